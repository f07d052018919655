"""Review 57b, share 2 (trial, remind status, .ics alarms, due): items 4, 5, 6 and S 7, S 8."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

TODAY = ("--today", "2026-12-07")


def _ok(*args: str, lang: str = "ja") -> str:
    """The output of a command that must succeed, one paragraph a line."""
    done = run(*args, "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    return done.stdout


# ------------------------------------- item 4: a trial past its end names the trial and its end


@pytest.mark.parametrize(
    ("start", "student", "end"),
    [
        ("2026-11-06", (), "2026-12-06"),  # yesterday
        ("2026-10-20", (), "2026-11-19"),  # weeks ago
        ("2026-06-06", ("--student",), "2026-12-06"),
    ],
)
def test_4_a_trial_past_its_end_gives_cancel_with_the_trial_and_its_end(
    start: str, student: tuple[str, ...], end: str
) -> None:
    flags = " --student" if student else ""
    command = f"`primehelp cancel --trial{flags} --renewal {end}`"
    ja = _ok("trial", start, *student, *TODAY)
    assert f"解約の手順は {command} で確認できます。" in ja
    assert "`primehelp cancel`" not in ja and f"`primehelp cancel{flags}` " not in ja
    en = _ok("trial", start, *student, *TODAY, lang="en")
    assert f"cancel and choose when it ends: {command}." in en
