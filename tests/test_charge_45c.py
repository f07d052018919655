"""Review 45c (charge AMOUNT TEXT and the statement's reading of texts): items 2, 3, 5, 6, 7, 9,
10 and 11."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import rakuten_statement, wide_stdout

BORROWED_JA = "Amazonの名前を使ったほかの会社やサイト"
BORROWED_EN = "may be a charge of another company or site using Amazon's name"


def _row(day: str, text: str, amount: str) -> str:
    return f"2026/11/{day},{text},本人,1回払い,{amount},0,{amount}"


# -- item 2: a service's own site is its name; a path on Amazon's listed site is the site's


@pytest.mark.parametrize("text", ["AUDIBLE.CO.JP", "WWW.AUDIBLE.CO.JP", "audible.co.jp"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_audible_site_is_audibles_name(text: str, lang: str) -> None:
    screen = wide_stdout("charge", "1500", text, "--lang", lang)
    assert BORROWED_JA not in screen and BORROWED_EN not in screen
    assert ("Audibleの名前があります" if lang == "ja" else "Audible") in screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_amazon_site_path_is_its_own(lang: str) -> None:
    screen = wide_stdout("charge", "600", "AMAZON.CO.JP/BILL", "--lang", lang)
    assert BORROWED_JA not in screen and BORROWED_EN not in screen


@pytest.mark.parametrize("text", ["AUDIBLE.CO.JP.TOP", "AUDIBLE-JP.TOP", "AMAZON.CO.JP/BILL TOP"])
def test_other_sites_still_borrow(text: str) -> None:
    assert BORROWED_JA in wide_stdout("charge", "1500", text, "--lang", "ja")


def test_audible_site_on_statement_is_not_flagged(tmp_path: Path) -> None:
    screen = rakuten_statement(tmp_path, _row("03", "AUDIBLE.CO.JP", "1500"))
    assert "名前を含みますが" not in screen
    data = rakuten_statement(tmp_path, _row("03", "WWW.AUDIBLE.CO.JP", "1500"), json=True)
    assert "borrowed_name" not in str(data)


def test_borrowed_flag_says_amazon_or_its_services(tmp_path: Path) -> None:
    screen = rakuten_statement(tmp_path, _row("03", "PRIME VIDEO SHOP", "600"))
    assert "※Amazonやそのサービスの名前を含みますが" in screen
    assert "※Amazonの名前を含みますが" not in screen
