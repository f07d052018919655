"""Review 38b (renewal, trial, cancel, due, profile, .ics), round 44 fixes."""

from __future__ import annotations

import pytest

from tests.cli.test_review33b_cancel import _intro
from tests.support.clihelp import cancel_screen
from tests.support.profiles import STUDENT_TRIAL, TRIAL

# A saved trial's end (2026-12-31) for each kind of trial; the other kind's words.
_OTHER_KIND = {
    "trial": ("--student", "Prime Studentの無料体験の自動更新日としては使っていません"),
    "student_trial": ("--regular", "通常のプライムの無料体験の自動更新日としては使っていません"),
}


@pytest.mark.parametrize("profile", ["trial", "student_trial"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_a_saved_trial_end_is_not_the_other_kind_of_trials(profile: str, lang: str) -> None:
    """38b item 3: a saved trial's end was used for the other kind of trial (30 days against 6
    months): with --student over a saved regular trial too (--regular was fixed in 36b S 16),
    the date is not used, and said so; the same kind keeps it."""
    env = {**(TRIAL if profile == "trial" else STUDENT_TRIAL), "COLUMNS": "1000"}
    flag, said = _OTHER_KIND[profile]
    if lang == "en":
        kind = "Prime Student" if flag == "--student" else "regular Prime"
        said = f"not used for a {kind} free trial"
    screen = cancel_screen(env, "--trial", flag, "--today", "2026-12-05", lang=lang)
    assert said in screen
    assert "2026年12月30日（あと25日）" not in screen and "2026-12-30 (in 25 days)" not in screen
    kept = cancel_screen(env, "--trial", "--today", "2026-12-05", lang=lang)
    assert said not in kept
    assert ("2026年12月30日（あと25日）" if lang == "ja" else "2026-12-30 (in 25 days)") in kept


@pytest.mark.parametrize(("profile", "student"), [("trial", "2"), ("student_trial", "1")])
def test_3_the_walkthrough_says_so_too(profile: str, student: str) -> None:
    """38b item 3: the walkthrough answered 「無料体験中」 and the other kind of Prime showed the
    saved date as that trial's end; now the date is not used, and the line says why."""
    page = _intro(profile, "2026-12-05", ["1", "1", student])
    assert _OTHER_KIND[profile][1] in page, page
    assert "2026年12月30日（あと25日）" not in page, page


def test_18_the_walkthrough_names_a_saved_paid_date_not_used_for_a_trial() -> None:
    """38b S 18: a saved paid renewal, answered 「無料体験中」: the piped screen's line that the
    date is not a trial's end, in the walkthrough too. Since 46b item 4 a saved paid plan
    answers the trial question, so a member on a trial says so with --trial."""
    page = _intro("annual", "2026-12-05", ["1", "1"], "--trial")
    assert "無料体験の自動更新日としては使っていません" in page, page


@pytest.mark.parametrize(("plan", "today"), [("monthly", "2026-12-21"), (None, "2026-12-11")])
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("json", [False, True])
def test_2_and_6_due_after_a_renewal_says_if_renewed(
    tmp_path: object, plan: str | None, today: str, lang: str, json: bool
) -> None:
    """38b items 2 and 6: the days after a saved renewal, `due` says the fee may come back if
    the membership ends now (with or without a plan, in both languages and in JSON: item 2),
    and says it as `renewal` and `cancel` do, if renewed, not as a fact (item 6)."""
    from pathlib import Path

    from tests.support.clihelp import run, saved_profile

    saved = "2026-12-20" if plan else "2026-12-10"
    env = saved_profile(Path(str(tmp_path)), saved, plan, False)
    done = run("due", "--today", today, "--lang", lang, *(("--json",) if json else ()), env=env)
    assert done.exit_code == (1 if plan else 2)
    if json:
        document = done.json()
        said = str(document.get("error") or document.get("data"))
    else:
        said = done.stdout + done.stderr
    day = (saved.replace("-", "年", 1).replace("-", "月") + "日").replace("月0", "月")
    if lang == "ja":
        # review 62b item 8: the fee named by its day, as everywhere
        assert f"{day}に更新されている場合は、今すぐ終了すると、{day}に請求された会費が" in said, (
            said
        )
    else:
        assert f"If it renewed on {saved}, the fee charged on {saved} may be refunded" in said, said


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_13_a_plan_added_to_the_same_date_is_said_so(tmp_path: object, lang: str) -> None:
    """38b item 13: `renewal DATE --plan X --save` over the same date saved without a plan said
    「2026年12月20日から2026年12月20日（月間プラン）に置き換えました」; now that the plan was added.
    Another plan over a saved one is still a replacement."""
    from pathlib import Path

    from tests.support.clihelp import run, saved_profile

    env = saved_profile(Path(str(tmp_path)), "2026-12-20", None, False)
    base = ("renewal", "2026-12-20", "--save", "--today", "2026-12-05", "--lang", lang)
    done = run(*base, "--plan", "monthly", env=env)
    assert done.exit_code == 0, done.stderr
    added = "プランを追加し" if lang == "ja" else "added the plan"
    assert added in done.stderr and ("置き換え" not in done.stderr), done.stderr
    again = run(*base, "--plan", "annual", "--force", env=env)
    assert added not in again.stderr
    assert ("置き換えました" if lang == "ja" else "replaced") in again.stderr
