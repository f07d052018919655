"""Review 38b (round 45): `due` — the days left in the reminder window (S 20)."""

from __future__ import annotations

import datetime as dt

import pytest

from primehelp.due import Moment, due_report
from primehelp.due_text import WORDING
from primehelp.profile import Profile

D = dt.date
SAVED = D(2026, 12, 20)


@pytest.mark.parametrize("trial", [False, True])
@pytest.mark.parametrize("within", [None, 10])
def test_every_day_before_the_cancel_by_date_says_how_many_are_left(
    trial: bool, within: int | None
) -> None:
    """S 20: 「…解約の目安日の2026年12月19日までに…」 with no count, while renewal, trial and
    cancel all give one; now every day of the window before the cancel-by date gives it."""
    for back in range(2, 12):
        today = SAVED - dt.timedelta(days=back)
        report = due_report(Profile(SAVED, None, trial), today, WORDING, within=within)
        if report.moment is not Moment.COMING:
            continue
        left = back - 1  # to the cancel-by date
        ja, en = report.message.ja, report.message.en
        if left == 1:
            # the date, then its label (review 52b item 25)
            assert "2026年12月19日（解約の目安日、明日）までに" in ja, ja
            assert "2026-12-19 (the cancel-by date, tomorrow" in en, en
        else:
            assert f"2026年12月19日（解約の目安日、あと{left}日）までに" in ja, ja
            assert f"2026-12-19 (the cancel-by date, in {left} days" in en, en


# ---------------------------------------------------------------- S 22: trial length as data


@pytest.mark.parametrize("student", [False, True])
def test_trial_json_gives_the_length_as_numbers(student: bool) -> None:
    """S 22: `trial_length` is display text (「6か月間」); scripts get the months or days."""
    import json

    from typer.testing import CliRunner

    from primehelp.cli import app
    from primehelp.content import trial

    args = ["trial", "2026-08-31", "--today", "2026-12-05", "--json", "--lang", "ja"]
    result = CliRunner().invoke(app, args + (["--student"] if student else []))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)["data"]
    facts = trial.load()
    if student:
        assert data["trial_period"] == {"months": facts.student_months, "days": None}
        assert data["trial_length"] == f"{facts.student_months}か月間"
    else:
        assert data["trial_period"] == {"months": None, "days": facts.regular_days}
        assert data["trial_length"] == f"{facts.regular_days}日間"
