"""Review 40b item 5: `cancel --paid` with a saved free trial's date (and the walkthrough answered
「有料会員」) said "a paid membership's renewal date may differ from this date" in the first
paragraph and again twelve lines later. Now once a screen, on every variant of the cancel
screens: paid / trial / neither × a saved trial (regular, Prime Student) or a saved paid renewal
× each --via × the cancel-by day ahead or today, piped and walked through, in both languages."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest

from tests.support.clihelp import run
from tests.support.profiles import ANNUAL, STUDENT_TRIAL, TRIAL

# The caveat's sentences, as each screen words them (the action line and the saved-date note).
CAVEAT = re.compile(r"この日付と違うこと|differ from (?:it|this date)")
PROFILES = {"trial": TRIAL, "student-trial": STUDENT_TRIAL, "annual": ANNUAL}
TODAYS = ("2026-12-06", "2026-12-30")  # all three renew 2026-12-31: cancel by 12-30, or today
VIAS = ("web", "app", "carrier")
WIDE = {"COLUMNS": "1000"}  # one paragraph a line


def _counted(text: str) -> int:
    return len(CAVEAT.findall(re.sub(r"\s*\n\s*", "", text)))


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("today", TODAYS)
@pytest.mark.parametrize("via", VIAS)
@pytest.mark.parametrize("profile", sorted(PROFILES))
@pytest.mark.parametrize("kind", [(), ("--paid",), ("--trial",)])
def test_the_piped_screens_say_the_caveat_at_most_once(
    kind: tuple[str, ...], profile: str, via: str, today: str, lang: str
) -> None:
    args = ("cancel", *kind, "--via", via, "--today", today, "--lang", lang, "--no-interactive")
    done = run(*args, env={**WIDE, **PROFILES[profile]})
    assert done.exit_code == 0, done.stderr
    said = _counted(done.stdout)
    assert said <= 1, done.stdout
    if kind == ("--paid",) and profile != "annual":  # still said once: the date is the trial's
        assert said == 1, done.stdout


def _walk_answers(via: str, paid: bool, student: bool) -> Iterator[str]:
    yield str(VIAS.index(via) + 1)
    if via != "carrier":
        yield "2" if paid else "1"
        yield "2" if student else "1"
        if paid:
            yield "3"  # benefits used: not sure
    yield from itertools.repeat("", 12)  # every screen to the end
    yield "q"


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("today", TODAYS)
@pytest.mark.parametrize("via", VIAS)
@pytest.mark.parametrize("profile", sorted(PROFILES))
@pytest.mark.parametrize("paid", [True, False])
def test_the_walkthrough_says_the_caveat_at_most_once(
    paid: bool, profile: str, via: str, today: str, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walkthrough drawn in-process (a terminal assumed, the answers typed by the test):
    every screen from the first question to the last note."""
    from primehelp.cli import cancel

    answers = _walk_answers(via, paid, profile == "student-trial")
    monkeypatch.setattr(cancel, "_is_terminal", lambda stream: True)
    monkeypatch.setattr(cancel, "_ask_line", lambda prompt, chosen: next(answers))
    done = run("cancel", "--today", today, "--lang", lang, env={**WIDE, **PROFILES[profile]})
    assert done.exit_code == 0, done.stderr
    finished = "案内は以上です。" if lang == "ja" else "That is the end of the walkthrough."
    assert finished in done.stdout
    said = _counted(done.stdout)
    assert said <= 1, done.stdout
    if paid and profile != "annual" and via != "carrier":
        assert said == 1, done.stdout
