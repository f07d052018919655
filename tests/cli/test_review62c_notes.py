"""Review 61c (charge --statement, fixed in round 62): a row's notes say what the single charge
says of the same amount and text.

- R-minor 2: 「AMAZON PRIME VIDEO」 600円 names the Prime fee of that amount, with the fee.
- R-minor 3: 「AMAZON MUSIC」 980円 says 980円 is none of Music Unlimited's prices and is Kindle
  Unlimited's; 「AMAZON KIDS」 480円 (Kids+'s own price) still names no other service (15a).
- R-minor 5: 「primehelpの情報源にある」 on both screens, never 「primehelpが知っている」.
- R-minor 6: 「（月額480円、プライム会員の場合）」.
- R-minor 7: the price-change note names its service.
- S 2: a row in dollars at amazon.com's Prime fee says what it may be.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run, statement_file

TODAY = {"PRIMEHELP_TODAY": "2026-12-05"}


def _statement(path: str, lang: str, columns: int = 80) -> str:
    done = lang_run("charge", "--statement", path, lang=lang, columns=columns, env=TODAY)
    assert done.exit_code in (0, 1), done.stderr
    assert done.stderr == ""
    return done.stdout


def _row(screen: str, text: str) -> str:
    """The stacked block of the row whose statement text is ``text``, its lines joined."""
    blocks = screen.split("\n\n")
    return next(b for b in blocks if f"「{text}」" in b or f"“{text}”" in b)


PRIME_FEE = {
    "ja": "注意：Amazonプライム（月間プラン）の会費（月額600円）とも同じ金額です。",  # 62c, R-minor 6
    "en": "The amount is also the fee of Amazon Prime (Monthly plan) (600 yen a month).",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 60, 80])
def test_a_prime_video_row_at_the_monthly_fee_names_the_fee(
    tmp_path: Path, lang: str, columns: int
) -> None:
    """R-minor 2: the row said only 「Prime Videoチャンネルの可能性」; `charge` lists the fee too."""
    path = statement_file(tmp_path, "2026/03/11,AMAZON PRIME VIDEO,600")
    row = joined(_row(_statement(path, lang, columns), "AMAZON PRIME VIDEO"), lang)
    assert PRIME_FEE[lang].replace("注意：", "") in row
    if lang == "ja":
        assert "Prime Videoチャンネルの可能性" in row
    single = joined(lang_run("charge", "600", "AMAZON", "PRIME", "VIDEO", lang=lang).stdout, lang)
    assert {"ja": "Amazonプライム（月間プラン）", "en": "Amazon Prime (Monthly plan)"}[
        lang
    ] in single


def test_the_fee_note_is_one_line_at_80_columns(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/03/11,AMAZON PRIME VIDEO,600")
    assert PRIME_FEE["ja"] in _statement(path, "ja", 80).splitlines()


MUSIC = {
    # review 62c, R-minor 5: Kids+ too, no 「とも」 (tests/cli/test_review62c2_notes.py)
    "ja": "980円は、primehelpの情報源にあるAmazon Music Unlimitedのどの料金とも違います。"
    "Kindle Unlimitedの料金（月額980円）、Amazon Kids+の料金（月額980円、プライム会員でない場合）"
    "と同じ金額です。",
    "en": "980 yen is none of the prices primehelp knows for Amazon Music Unlimited. "
    "The amount is the same as the price of Kindle Unlimited (980 yen a month) and the price of "
    "Amazon Kids+ (980 yen a month, non-members).",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 60, 80])
def test_a_music_row_at_no_music_price_says_so_and_names_kindle_unlimited(
    tmp_path: Path, lang: str, columns: int
) -> None:
    """R-minor 3: the row named Music Unlimited alone, with only the price-change note."""
    path = statement_file(tmp_path, "2026/03/12,AMAZON MUSIC,980")
    row = joined(_row(_statement(path, lang, columns), "AMAZON MUSIC"), lang)
    assert MUSIC[lang] in row


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_text_naming_the_service_of_its_price_names_no_other(tmp_path: Path, lang: str) -> None:
    """The rule kept (review 15a): 「AMAZON KIDS」 480 and 「KINDLE UNLIMITED」 980 are the named
    service's own prices: no 「…とも同じ金額です」 and no 「どの料金とも違います」."""
    path = statement_file(tmp_path, "2026/11/09,AMAZON KIDS,480", "2026/11/10,KINDLE UNLIMITED,980")
    screen = _statement(path, lang)
    for text in ("AMAZON KIDS", "KINDLE UNLIMITED"):
        row = joined(_row(screen, text), lang)
        assert {"ja": "とも同じ金額です", "en": "The amount is also"}[lang] not in row
        assert {"ja": "どの料金とも違います", "en": "is none of the prices"}[lang] not in row


LOOKALIKES = ("2026/09/21,AMAZ0N PRIME,600", "2026/10/01,PAYPAL *AMAZONPRIME,600")


@pytest.mark.parametrize("columns", [40, 80, 1000])
def test_one_term_for_the_texts_primehelp_knows(tmp_path: Path, columns: int) -> None:
    """R-minor 5: the statement said 「primehelpが知っているAmazonの明細の表記」 where `charge` says
    「primehelpの情報源にある…」."""
    screen = joined(_statement(statement_file(tmp_path, *LOOKALIKES), "ja", columns))
    assert "primehelpが知っている" not in screen
    assert "この表記は、primehelpの情報源にあるAmazonの明細の表記のどれでもありません。" in screen
    assert "primehelpの情報源にあるAmazonの明細の表記ではありません" in screen  # borrowed flag
    single = joined(lang_run("charge", "600", "AMAZ0N", "PRIME", lang="ja").stdout)
    assert "primehelpの情報源にあるAmazonの明細の表記ではありません" in single


def test_no_statement_wording_says_primehelp_knows() -> None:
    """R-minor 5, the refund's sentence too (said beside a refund of a borrowed name)."""
    from primehelp.facts import ui

    said = ui("refund_not_borrowed", "ui_statement_lines").ja
    assert "primehelpの情報源にあるAmazonの明細の表記ではないため" in said


KIDS = {
    "ja": "Amazon Kids+の料金（月額480円、プライム会員の場合）とも同じ金額です",
    "en": "The amount is also the price of Amazon Kids+ (480 yen a month, Prime members).",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_kids_price_says_for_whom_as_a_clause(tmp_path: Path, lang: str) -> None:
    """R-minor 6: 「（月額480円、プライム会員）」 read as a noun fragment beside 「…でない場合」."""
    path = statement_file(tmp_path, "2026/09/14,AMAZON DOWNLOADS,480")
    row = joined(_row(_statement(path, lang), "AMAZON DOWNLOADS"), lang)
    assert KIDS[lang] in row
    assert "プライム会員）" not in row


CHANGED = {
    "ja": "報告によれば、Amazon Music Unlimitedの料金は2026年2月に改定されました"
    "（改定後の料金は未確認）",
    "en": "Reportedly, the prices of Amazon Music Unlimited changed in February 2026",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_price_change_note_names_its_service(tmp_path: Path, lang: str) -> None:
    """R-minor 7: 「報告によれば、料金は…」 on a row read as 「Amazon Music Unlimitedまたは
    デジタルコンテンツの購入」 left open whose 料金."""
    path = statement_file(tmp_path, "2026/11/13,AMAZON DIGITAL DWNLD 利用国USA,1080")
    row = joined(_row(_statement(path, lang, 80), "AMAZON DIGITAL DWNLD 利用国USA"), lang)
    assert CHANGED[lang] in row
    assert "報告によれば、料金は" not in row


US_FEE = {
    "ja": "考えられる内容：amazon.com（米国）のプライム会費の可能性（amazon.co.jpとは別のアカウント）",
    "en": "Possibly the amazon.com (US) Prime fee (an account separate from amazon.co.jp)",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 60, 80])
def test_a_dollar_row_at_the_us_fee_says_what_it_may_be(
    tmp_path: Path, lang: str, columns: int
) -> None:
    """S 2: 「金額：14.99米ドル（合計には含めていません）」 stood alone; `charge 'US$14.99'` reads
    it as amazon.com's Prime fee (FACTS §10). Dollars that are no fee say nothing more."""
    path = statement_file(
        tmp_path,
        "2026/08/15,AMAZON,US$14.99",
        "2026/08/16,AMAZON,US$139",
        "2026/08/17,AMAZON,US$16.00",
    )
    marker = {"ja": "米ドル（合計には含めていません）", "en": "(not included in the totals)"}
    blocks = (joined(b, lang) for b in _statement(path, lang, columns).split("\n\n"))
    rows = [b for b in blocks if marker[lang] in b]
    fee = [r for r in rows if "14.99" in r or "139" in r]
    other = [r for r in rows if "16.00" in r]
    assert len(fee) == 2 and len(other) == 1, rows
    assert all(US_FEE[lang] in r for r in fee)
    assert "amazon.com" not in other[0]


def test_a_dollar_row_at_the_us_fee_in_the_wide_table(tmp_path: Path) -> None:
    """S 2 at a width that shows the rows as a table: the reading in its column."""
    path = statement_file(tmp_path, "2026/08/15,AMAZON,US$14.99")
    screen = _statement(path, "en", 200)
    line = next(x for x in screen.splitlines() if "US$14.99 (not included" in x)
    assert US_FEE["en"] in line
