"""Review 43b item 4 (round 51): `trial --json` carries the renewal fees the screen prints."""

from __future__ import annotations

import pytest

from tests.support.clihelp import WIDE, json_data, run


@pytest.mark.parametrize("today", ["2026-12-06", "2026-12-25", "2027-01-10"])
@pytest.mark.parametrize("student", [False, True])
def test_item4_trial_json_has_the_fees_the_screen_prints(student: bool, today: str) -> None:
    args = ("trial", "2026-11-25", "--today", today, *(["--student"] if student else []))
    fees = json_data(*args)["renewal_fees"]
    shown = run(*args, "--lang", "ja", env=WIDE).stdout
    assert fees is not None
    for yen in (fees["annual"], fees["monthly"]):
        assert f"{yen:,}円" in shown, (yen, shown)
    assert (fees["annual"], fees["monthly"]) == ((2950, 300) if student else (5900, 600))
    assert len(fees["facts"]) == 2
