"""Review 49c, item 19: 「…年間プランと同じと考えられます」 says what is the same: the day."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

ENV = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}
SAID = {
    # review 51c, item 6: the day in the period (「ごろ」), then one sentence
    (
        "500",
        "2026-11-01",
        "ja",
    ): "・既存会員：2019年5月17日ごろ〜2023年9月23日の請求\n既存会員の切り替え日は、年間プランと同じ日と考えられます。",
    ("500", "2026-11-01", "en"): "- existing members: bills from around 2019-05-17 to 2023-09-23\n"
    "Existing members' change day is thought to be the same as the annual plan's.",
    ("500", "2019-05-01", "ja"): "（2019年5月16日ごろまでの請求）",
    ("500", "2019-05-01", "en"): "(bills up to around 2019-05-16)",
}


@pytest.mark.parametrize(("amount", "date", "lang"), list(SAID))
def test_item19_the_assumed_day_is_named(amount: str, date: str, lang: str) -> None:
    done = run("charge", amount, "--date", date, "--lang", lang, env=ENV)
    assert done.exit_code == 0, done.stderr
    assert SAID[amount, date, lang] in done.stdout
    assert "年間プランと同じと考えられます" not in done.stdout
