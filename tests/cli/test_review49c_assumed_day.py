"""Review 49c, item 19: 「…年間プランと同じと考えられます」 says what is the same: the day."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

ENV = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}
SAID = {
    ("500", "2026-11-01", "ja"): "既存会員の月会費が500円になった日は確認できていませんが、"
    "年間プランと同じ2019年5月17日ごろと考えられます。",
    ("500", "2026-11-01", "en"): "The day existing members' monthly fee became 500 yen is not "
    "confirmed; it is thought to be around 2019-05-17, as for the annual plan.",
    ("500", "2019-05-01", "ja"): "既存会員に400円が請求された最後の日は、"
    "年間プランと同じ2019年5月16日ごろと考えられます。",
    ("500", "2019-05-01", "en"): "The last day existing members were billed 400 yen is thought "
    "to be around 2019-05-16, as for the annual plan.",
}


@pytest.mark.parametrize(("amount", "date", "lang"), list(SAID))
def test_item19_the_assumed_day_is_named(amount: str, date: str, lang: str) -> None:
    done = run("charge", amount, "--date", date, "--lang", lang, env=ENV)
    assert done.exit_code == 0, done.stderr
    assert SAID[amount, date, lang] in done.stdout
    assert "年間プランと同じと考えられます" not in done.stdout
