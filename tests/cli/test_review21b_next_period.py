"""On the renewal day 「次の更新日」 says how far it is: the plan's period when the plan is known
(``renewal --plan``, a saved plan in ``due``), both periods only when it is not (helper note on
review 21b, 3: a monthly member was also told 「年間プランなら1年後」). Review 49b item 14: the
date itself, not 「1年後」 to count."""

from __future__ import annotations

import pytest

from tests.support.clihelp import WIDE, run

DAY = "2026-12-05"
BOTH_JA = "（年間プランなら2027年12月5日、月間プランなら2027年1月5日。計算による目安）"  # 61b 2
BOTH_EN = "(2027-12-05 on the annual plan, 2027-01-05 on the monthly plan; estimates)"


@pytest.mark.parametrize(
    ("plan", "ja", "en"),
    [
        (
            "annual",
            "次の更新日（2027年12月5日、計算による目安）に終了すると",
            "next renewal date (2027-12-05, an estimate) refunds",
        ),
        (
            "monthly",
            "次の更新日（2027年1月5日、計算による目安）に終了すると",
            "next renewal date (2027-01-05, an estimate) refunds",
        ),
        (
            "student-monthly",
            "次の更新日（2027年1月5日、計算による目安）に終了すると",
            "(2027-01-05, an estimate) refunds",
        ),
    ],
)
def test_renewal_day_with_a_plan_names_its_period_only(plan: str, ja: str, en: str) -> None:
    args = ("renewal", DAY, "--plan", plan, "--today", DAY)
    japanese = run(*args, "--lang", "ja", env=WIDE)
    english = run(*args, "--lang", "en", env=WIDE)
    assert japanese.exit_code == english.exit_code == 0, japanese.stderr + english.stderr
    assert ja in japanese.stdout and BOTH_JA not in japanese.stdout
    assert en in english.stdout and BOTH_EN not in english.stdout


def test_renewal_day_without_a_plan_names_both_periods() -> None:
    done = run("renewal", DAY, "--today", DAY, "--lang", "ja", env=WIDE)
    assert done.exit_code == 0, done.stderr
    # dated (review 37b S 9), the dates themselves (review 49b item 14)
    assert "次の更新日" + BOTH_JA + "に終了すると" in done.stdout


@pytest.mark.parametrize(("plan", "ja"), [("monthly", "2027年1月5日"), ("annual", "2028年11月5日")])
def test_due_on_the_saved_plans_renewal_day_names_its_period(plan: str, ja: str) -> None:
    saved = run("renewal", "2026-11-05", "--plan", plan, "--save", "--today", "2026-11-01")
    assert saved.exit_code == 0, saved.stderr
    renewal_day = "2026-12-05" if plan == "monthly" else "2027-11-05"
    done = run("due", "--today", renewal_day, "--lang", "ja", env=WIDE)
    # the date before its label (review 52b items 25, 26), marked as computed (61b item 2)
    assert ja + "（次の更新日、計算による目安）に終了すると" in done.stdout, done.stdout
    assert BOTH_JA not in done.stdout
    assert "年間プランなら" not in done.stdout and "月間プランなら" not in done.stdout
