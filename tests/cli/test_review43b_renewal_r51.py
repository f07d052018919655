"""Review 43b (round 51): `renewal` for a Prime Student plan names `primehelp cancel --student`
(item 7) on the screen, in JSON and in the calendar, as `due` and `trial --student` do."""

from __future__ import annotations

import pytest

from tests.support.clihelp import WIDE, json_data, run

TODAYS = ["2026-12-06", "2026-12-30", "2026-12-31", "2027-02-10"]


def _unfolded(ics: str) -> str:
    return ics.replace("\r\n", "\n").replace("\n ", "").replace("\\,", ",")


@pytest.mark.parametrize("today", TODAYS)
@pytest.mark.parametrize("plan", ["student-annual", "student-monthly", "annual", "monthly"])
def test_item7_renewal_names_the_cancel_command_of_the_plan(plan: str, today: str) -> None:
    args = ("renewal", "2026-12-31", "--plan", plan, "--today", today)
    student = plan.startswith("student-")
    shown = run(*args, "--lang", "ja", env=WIDE).stdout
    assert ("primehelp cancel --student" in shown) is student, shown
    assert "`primehelp cancel`" not in shown or not student, shown
    action = json_data(*args)["action"]
    command = action["command"]
    # Review 53b S 19: on the renewal day the command names that day, so that cancel's screen
    # leads with it; the screen shows the same command as the JSON. Review 63b S 9: before it
    # too, the renewal the screen is about (the next one, with a plan).
    dated = f" --renewal {action['renewal_date']}"
    assert command == "primehelp cancel" + " --student" * student + dated
    assert f"`{command}`" in shown, shown
    for lang in ("ja", "en"):
        ics = _unfolded(run(*args, "--lang", lang, "--ics", "-").stdout)
        assert "primehelp cancel" in ics
        assert ("primehelp cancel --student" in ics) is student, ics
