"""Review 36b, cancel: item 7 (the interactive carrier page dropped --trial/--student from the
situation and from `primehelp cancel --via web …`, so a trial or Student member was sent to the
paid, regular-Prime screens). Now the walkthrough's carrier page says what the piped screen says:
the same note on the flags and the same command, for every combination of answer flags."""

from __future__ import annotations

import re
import sys

import pexpect
import pytest

from tests.cli.test_cancel_e2e import HANG_GUARD, ROOT, env
from tests.support.clihelp import run

_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
# the sentence naming the flags, and the web command, as the piped screen words them
_IGNORES = {"ja": r"携帯電話会社で解約する場合の案内は、[^。]*。", "en": r"When you cancel[^.]*\."}
_COMMAND = re.compile(r"`primehelp cancel --via web[^`]*`")
FLAGS = [
    (),
    ("--trial",),
    ("--paid",),
    ("--student",),
    ("--trial", "--student"),
    ("--paid", "--regular", "--benefits-used"),
    ("--trial", "--no-benefits-used"),
    ("--student", "--no-benefits-used"),
]


def _joined(text: str, lang: str) -> str:
    """Lines joined as one paragraph (Japanese wraps with no space)."""
    return re.sub(r"\s*\n\s*", "" if lang == "ja" else " ", text)


def _walked(flags: tuple[str, ...], lang: str) -> str:
    """The walkthrough's one carrier page (situation and what to check), then q."""
    child = pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", "cancel", "--via", "carrier", *flags, "--lang", lang],
        cwd=str(ROOT),
        env=env(COLUMNS="200", TERM="dumb"),
        encoding="utf-8",
        timeout=HANG_GUARD,
        dimensions=(60, 200),
    )
    child.expect("> ")
    page = _ESCAPE.sub("", child.before).replace("\r", "")
    child.sendline("q")
    child.expect(pexpect.EOF)
    return _joined(page, lang)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("flags", FLAGS)
def test_7_the_carrier_page_keeps_the_flags_as_the_piped_screen_does(
    flags: tuple[str, ...], lang: str
) -> None:
    args = ("cancel", "--via", "carrier", *flags, "--no-interactive", "--lang", lang)
    piped = _joined(run(*args, env={"COLUMNS": "200"}).stdout, lang)
    walked = _walked(flags, lang)
    commands = _COMMAND.findall(piped)
    assert len(commands) == 1, piped
    assert _COMMAND.findall(walked) == commands, walked
    kept = [flag for flag in flags if "benefits" not in flag or "--trial" not in flags]
    assert all(flag in commands[0] for flag in kept), commands
    ignores = re.findall(_IGNORES[lang], piped)
    assert re.findall(_IGNORES[lang], walked) == ignores, walked
    assert bool(ignores) == bool(flags)


def test_7_the_reported_case() -> None:
    walked = _walked(("--trial", "--student"), "ja")
    assert "`primehelp cancel --via web --trial --student` の手順で解約してください。" in walked
    assert "有料会員か無料体験中か、通常のプライムかPrime Studentかに関係なく同じです。" in walked


# ---------------------------------------------------------------- S 13: English bullets


VIAS = ("web", "app", "carrier")
MEMBERS = (("--trial",), ("--paid", "--benefits-used"), ("--paid", "--student"), ())


@pytest.mark.parametrize("via", VIAS)
@pytest.mark.parametrize("member", MEMBERS)
def test_s13_english_lists_have_no_japanese_bullet_and_no_line_ends_in_a_space(
    via: str, member: tuple[str, ...]
) -> None:
    """「・Where: Amazon website」 on English screens; "Your situation: " ending in a space."""
    for renewal in ((), ("--renewal", "2026-12-06", "--today", "2026-12-05")):
        for columns in ("40",):
            args = ("cancel", "--via", via, *member, *renewal, "--no-interactive")
            english = run(*args, "--lang", "en", env={"COLUMNS": columns}).stdout
            assert not re.search(r"^\s*・", english, re.M), english
            assert re.search(r"^\s*- \S", english, re.M), english
            assert not re.search(r" $", english, re.M), english
            japanese = run(*args, "--lang", "ja", env={"COLUMNS": columns}).stdout
            assert re.search(r"^\s*・\S", japanese, re.M) and "\n- " not in japanese


def test_s13_the_english_walkthrough_too() -> None:
    child = pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", "cancel", "--via", "web", "--paid", "--regular", "--lang", "en"],
        cwd=str(ROOT),
        env=env(COLUMNS="40", TERM="dumb"),
        encoding="utf-8",
        timeout=HANG_GUARD,
        dimensions=(40, 40),
    )
    pages = []
    for answer in ("3", "", "q"):  # benefits: not sure; the intro, step 1, stop
        child.expect("> ")
        pages.append(_ESCAPE.sub("", child.before).replace("\r", ""))
        child.sendline(answer)
    child.expect(pexpect.EOF)
    shown = "\n".join([*pages, child.before.replace("\r", "")])
    assert "Your situation:\n" in shown and "Your situation: \n" not in shown, shown
    assert not re.search(r"^\s*・", shown, re.M), shown
    assert re.search(r"^- Where: ", shown, re.M), shown
