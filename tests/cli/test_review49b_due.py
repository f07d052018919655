"""Review 49b: `due --verbose` after a renewal, once nothing is due, says so first, not the
alert's words (item 13); the next renewal date is given itself, not 「…の1年後」「1か月後」
(item 14)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import WIDE, run

NOTHING = {  # 50b 11; 56b item 3: 「すぐに」 beside the refund note
    "ja": "今日、期限の近い手続きはありません。",
    "en": "Nothing is due yet",
}
REFUND = {"ja": "返金されることがあります", "en": "be refunded if you end"}  # 53b item 4
QUIET_REFUND = {"ja": "返金されることがあります", "en": "may still refund the fee"}  # 56b item 3


@pytest.mark.parametrize(
    ("saved", "quiet_day", "alert_day"),
    [
        (("2026-12-31", "student-annual"), "2027-02-05", "2027-01-01"),
        (("2026-12-20", "monthly"), "2026-12-25", "2026-12-21"),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_13_verbose_after_a_renewal_says_nothing_is_due(
    lang: str, saved: tuple[str, str], quiet_day: str, alert_day: str
) -> None:
    date, plan = saved
    done = run("renewal", date, "--plan", plan, "--save", "--today", "2026-12-06")
    assert done.exit_code == 0, done.stderr
    quiet = run("--lang", lang, "due", "--verbose", "--today", quiet_day, env=WIDE)
    assert quiet.exit_code == 0, quiet.stderr
    assert quiet.stdout.startswith(NOTHING[lang]), quiet.stdout
    assert QUIET_REFUND[lang] in quiet.stdout  # still said, after (review 6 item 20)
    alert = run("--lang", lang, "due", "--verbose", "--today", alert_day, env=WIDE)
    assert alert.exit_code == 1, alert.stderr
    assert REFUND[lang] in alert.stdout and NOTHING[lang] not in alert.stdout, alert.stdout
    assert quiet.stdout != alert.stdout


NEXT = {
    ("ja", "renewal", "2026-12-06"): "次の更新日（年間プランなら2027年12月6日、月間プランなら"
    "2027年1月6日。計算による目安）に終了すると",
    ("en", "renewal", "2026-12-06"): "Ending on the next renewal date (2027-12-06 on the annual"
    " plan, 2027-01-06 on the monthly plan; estimates)",
    ("ja", "renewal", "2026-12-05"): "次の更新日（年間プランなら2027年12月5日、月間プランなら"
    "2027年1月5日。計算による目安）に終了すると",
    ("en", "renewal", "2026-12-05"): "Ending on the next renewal date (2027-12-05 on the annual"
    " plan, 2027-01-05 on the monthly plan; estimates)",
    ("ja", "monthly", "2026-12-06"): "次の更新日（2027年1月6日、計算による目安）に終了すると",
    ("en", "monthly", "2026-12-06"): "Ending on the next renewal date (2027-01-06, an estimate)",
    ("ja", "annual", "2026-12-06"): "次の更新日（2027年12月6日、計算による目安）に終了すると",
    ("en", "annual", "2026-12-06"): "Ending on the next renewal date (2027-12-06, an estimate)",
}


@pytest.mark.parametrize(("lang", "plan", "date"), list(NEXT))
def test_14_the_next_renewal_date_is_given(lang: str, plan: str, date: str) -> None:
    args = ("renewal", date, *(["--plan", plan] if plan != "renewal" else []))
    done = run("--lang", lang, *args, "--today", "2026-12-06", env=WIDE)
    assert done.exit_code == 0, done.stderr
    assert NEXT[lang, plan, date] in done.stdout, done.stdout
    assert "1年後" not in done.stdout and "a year after" not in done.stdout
    assert "a year from now" not in done.stdout


DUE = {
    "ja": "解約して2027年12月31日（次の更新日、計算による目安）に終了すると",  # 52b 25, 61b 2
    "en": "Ending on the next renewal date (2027-12-31, an estimate)",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_14_due_on_the_renewal_day_gives_the_next_date(lang: str) -> None:
    done = run("renewal", "2026-12-31", "--plan", "annual", "--save", "--today", "2026-12-06")
    assert done.exit_code == 0, done.stderr
    due = run("--lang", lang, "due", "--today", "2026-12-31", env=WIDE)
    assert due.exit_code == 1
    assert DUE[lang] in due.stdout, due.stdout
