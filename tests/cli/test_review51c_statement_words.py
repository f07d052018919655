"""Review 51c (charge --statement wording): 「現地利用額」 throughout (item 22), the currency named
(S 24), a quoted word as the stacked row shows it (item 23)."""

from __future__ import annotations

from pathlib import Path

from tests.support.clihelp import run

FILES = Path(__file__).parents[1] / "fixtures" / "review51c"


def _run(lang: str, columns: str = "60") -> str:
    env = {"COLUMNS": columns, "PRIMEHELP_TODAY": "2026-12-06"}
    done = run("charge", "--statement", str(FILES / "vp-sjis.csv"), "--lang", lang, env=env)
    assert done.exit_code in (0, 1), done.stderr
    return " ".join(done.stdout.split())


def test_one_name_for_the_local_amount_and_the_currency_named() -> None:
    ja = _run("ja", "1000")
    assert "現地通貨額" not in ja
    assert "外国の通貨での請求（現地利用額から判断）" in ja
    assert "現地利用額は9.99ユーロ（EUR）です。" in ja
    assert "明細の現地利用額が米ドル以外の通貨です。" in ja
    en = _run("en", "1000")
    assert "The foreign amount is 9.99 euros (EUR)." in en
    assert "9.99 EUR." not in en


def test_a_code_with_no_name_is_given_as_the_file_gives_it() -> None:
    from primehelp.statement_abroad import _money

    assert _money("9.99", "CHF")("ja") == "9.99 CHF"
    assert _money("9.99", "CHF")("en") == "9.99 CHF"
    assert _money("8.99", "GBP")("ja") == "8.99英ポンド（GBP）"
    assert _money("8.99", "GBP")("en") == "8.99 pounds sterling (GBP)"


def test_a_quoted_word_is_half_width_where_the_row_is() -> None:
    ja = _run("ja")
    assert "「AMAZON MARKETPLACE」（明細では全角）" in ja
    # review 53c item 34: 「primehelpの情報源にある」 instead of 「primehelpが知っている」
    # (at 60 columns the longer sentence breaks after 「primehelpの」, so read it without the breaks)
    assert "「MARKETPLACE」は、primehelpの情報源にある" in ja.replace(" ", "")
    assert "ＭＡＲＫＥＴＰＬＡＣＥ" not in ja
    en = _run("en")
    assert "“MARKETPLACE” in the text" in en
    assert "ＭＡＲＫＥＴＰＬＡＣＥ" not in en
