"""Review 37b (renewal, trial, cancel, due, remind, .ics, profiles), round 43 fixes."""

from __future__ import annotations

import pytest

from tests.support.clihelp import cancel_screen
from tests.support.profiles import STUDENT_TRIAL, TRIAL


@pytest.mark.parametrize("profile", [TRIAL, STUDENT_TRIAL])
@pytest.mark.parametrize("today", ["2026-12-05", "2026-12-30"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_a_saved_trial_end_is_no_definite_paid_renewal(
    profile: dict[str, str], today: str, lang: str
) -> None:
    """37b item 3: answered 「有料会員」 over a saved trial's end, the first line gave a definite
    deadline and 「更新日は…です」 for a date the screen then says may be wrong for a paid member.
    The first line now says the date is the saved trial's, and that a paid one may differ."""
    env = {**profile, "COLUMNS": "1000"}
    first = cancel_screen(env, "--paid", "--today", today, lang=lang).splitlines()[0]
    if lang == "ja":
        assert "保存した無料体験の自動更新日" in first
        assert "違うことがあります" in first
        assert "更新日は2026年12月31日です" not in first
        assert "更新日は明日" not in first
    else:
        assert "saved free-trial renewal date" in first
        assert "may differ" in first
        assert "The renewal date is" not in first
        assert "The renewal is tomorrow" not in first
