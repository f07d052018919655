"""Review 33b: cancel with a saved profile (S 7 the walkthrough, S 8 and S 9 the saved date's
line)."""

from __future__ import annotations

import re
import sys

import pexpect
import pytest

from tests.cli.test_cancel_e2e import HANG_GUARD, ROOT, env
from tests.support.profiles import PROFILES

_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


def _intro(profile: str, today: str, answers: list[str], *flags: str) -> str:
    """The walkthrough's first page after ``answers``, on a wide terminal (one line each)."""
    child = pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", "cancel", "--lang", "ja", "--today", today, *flags],
        cwd=str(ROOT),
        env=env(COLUMNS="300", TERM="xterm", PRIMEHELP_CONFIG_DIR=str(PROFILES / profile)),
        encoding="utf-8",
        timeout=HANG_GUARD,
        dimensions=(60, 300),
    )
    for answer in answers:
        child.expect("> ")
        child.sendline(answer)
    child.expect("> ")
    page = _ESCAPE.sub("", child.before).replace("\r", "")
    child.sendline("q")
    child.expect(pexpect.EOF)
    return page


# S 7: a saved Student trial ended, answered 「はい、無料体験中です」: the screen says what the saved
# date means, and not 「更新日は --save で保存した日付から求めました」 after it. Review 38b item 4
# changed what it shows: the answer is kept (the saved end is an estimate), no longer the paid
# screen 「…過ぎているため、有料会員に更新された場合を表示しています」.
def test_s7_an_ended_saved_trial_answered_trial_says_why_the_screen_is_paid() -> None:
    page = _intro("student_trial", "2027-01-01", ["1", "1", "1"])
    assert "・会員：無料体験中" in page, page
    assert "保存した自動更新日（2026年12月31日、目安）は過ぎています。" in page, page
    assert "保存した日付から求めました" not in page, page
    assert "--paid" not in page, page  # no flags in the walkthrough


@pytest.mark.parametrize("answers", [["1", "2", "1"]])
def test_s7_answered_paid_has_no_such_line(answers: list[str]) -> None:
    page = _intro("student_trial", "2027-01-01", answers)
    assert "有料会員に更新された場合" not in page, page


# S 8: the saved date itself is named, as `renewal` says it (「…から求めました」 only for a date
# counted on from it). Review 38b item 12: where the first sentence has named it, 「この更新日は」.
@pytest.mark.parametrize(
    ("profile", "today", "said"),
    [
        ("trial", "2026-12-20", "この自動更新日は `--save` で保存した日付です。"),
        ("annual", "2026-12-20", "この更新日は `--save` で保存した日付です。"),
        ("annual", "2027-01-10", "前回の更新日（2026年12月31日）は、`--save` で保存した日付です。"),
        ("annual", "2028-03-01", "更新日は `--save` で保存した日付から求めました。"),
    ],
)
def test_s8_the_saved_date_is_named_a_counted_one_computed(
    profile: str, today: str, said: str
) -> None:
    from tests.support.clihelp import run

    env = {"PRIMEHELP_CONFIG_DIR": str(PROFILES / profile), "COLUMNS": "1000"}
    out = run("cancel", "--no-interactive", "--today", today, "--lang", "ja", env=env).stdout
    assert said in out, out
    counted = today == "2028-03-01"
    assert ("保存した日付から求めました" in out) is counted, out
    en = run("cancel", "--no-interactive", "--today", today, "--lang", "en", env=env).stdout
    named = "saved with `--save` (2026-12-31)" in en or "(2026-12-31) is the date saved" in en
    named = named or "renewal date is the one saved with `--save`;" in en  # 38b item 12
    assert named is not counted, en  # 34b item 2: 「前回の更新日（…）」 after the next renewal


# S 9: the saved date is said to be saved as the trial's, not asserted and then doubted.
def test_s9_the_saved_date_is_not_asserted_then_doubted() -> None:
    from tests.support.clihelp import run

    env = {"PRIMEHELP_CONFIG_DIR": str(PROFILES / "trial"), "COLUMNS": "1000"}
    out = run("cancel", "--no-interactive", "--today", "2027-01-05", "--lang", "ja", env=env).stdout
    assert "保存した日付（2026年12月31日）は無料体験の自動更新日なので、" in out  # 34b item 7
    assert "（この日付が有料会員の更新日なら、`--paid` を付けると" in out
    assert "自動更新日ではなく" not in out


# S 12: at 40 every 出典 list is laid out alike, whichever command; since review 34a S 22 each
# URL is indented; since review 36c, item 11 one that does not fit too (it runs past the line).
@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2026-12-31"),
        ("renewal", "2026-11-25"),
        ("cancel", "--no-interactive", "--via", "carrier"),
        ("cancel", "--no-interactive", "--via", "web"),
    ],
)
def test_s12_sources_at_40_are_indented_alike(args: tuple[str, ...]) -> None:
    from tests.support.clihelp import run

    out = run(*args, "--today", "2026-11-25", "--lang", "ja", env={"COLUMNS": "40"}).stdout
    block = out.split("\n出典：\n", 1)[1].split("\n\n")[0].splitlines()
    rows = [row for row in block if "https://" in row]
    assert rows
    for row in rows:  # indented alike, at every width (review 42a item 22 / 41a item 21, decided in round 50: a URL keeps its indent at every width)
        assert row.startswith("  https://"), block
