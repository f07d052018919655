"""Review 52c (charge --statement): the reasons of undated rows (item 10), the places to check an
order and Amazon Pay (item 8), one name for a digital purchase (item 9), amazon.com's dollars
(item 7), the wording of items 11, 15, 19, 20, 23 and 24, the refusals of items 12, 18, S 30 and
S 33, the 件数 note (S 32), and determiners kept with their nouns (items 6 and 25)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.clihelp import run

FIXTURES = Path(__file__).parents[1] / "fixtures"
FILES = FIXTURES / "review52c_statement"
RAKUTEN = FIXTURES / "statements" / "rakuten-utf8-bom.csv"
PAYPAY = FIXTURES / "statements" / "paypay-utf8.csv"
GENERIC = FIXTURES / "statements" / "generic-utf8.csv"
REVIEW36C = FIXTURES / "statement_texts" / "generic-review36c.csv"
TODAY = {"PRIMEHELP_TODAY": "2026-12-07"}


def _out(path: Path, lang: str, columns: str = "1000", *more: str) -> str:
    env = {"COLUMNS": columns, **TODAY}
    done = run("charge", "--statement", str(path), "--lang", lang, *more, env=env)
    assert done.exit_code in (0, 1), done.stderr
    return done.stdout


def _flat(path: Path, lang: str) -> str:
    return " ".join(_out(path, lang).split())


def _error(path: Path, lang: str, *more: str) -> str:
    done = run("charge", "--statement", str(path), "--lang", lang, *more, env=TODAY)
    assert done.exit_code == 2, done.stdout
    return " ".join(done.stderr.split())


def test_a_blank_date_is_named_blank_in_the_summary() -> None:  # item 10
    ja = _flat(FILES / "three_date.csv", "ja")
    assert (
        "（ファイルの3行目は存在しない日付、4行目は形式の分からない日付、5行目は日付が空欄です）"
        in ja
    )
    en = _flat(FILES / "three_date.csv", "en")
    assert "line 4: a date in a form primehelp does not know; line 5: the date is blank" in en


def test_the_places_to_check_name_the_order_history_and_amazon_pay() -> None:  # item 8
    ja = _flat(RAKUTEN, "ja")
    assert (
        "・Amazon.co.jpでの注文は、Amazonの注文履歴で、日付と金額を照らし合わせて確認します。" in ja
    )
    assert "・Amazon Payでの支払いは、支払ったお店の注文履歴（または確認メール）で" in ja
    en = _flat(RAKUTEN, "en")
    assert "Look for an order on Amazon.co.jp in your Amazon order history" in en
    assert "Look for a payment with Amazon Pay in the order history" in en
    assert "注文履歴" not in _flat(GENERIC, "ja").split("確認する場所")[1]  # no order: not said


def test_a_digital_purchase_is_named_one_way_and_or_one_way() -> None:  # item 9
    ja = _flat(PAYPAY, "ja")
    # 「または」 one way, with no 「、」, as review 51c item 20 wrote it in the narrow cell
    assert "デジタルコンテンツの購入（Kindle本など）またはPrime Videoチャンネル" in ja
    assert "（Kindle本など）、または" not in ja and "Unlimited、または" not in ja
    assert "Prime Videoのレンタル、アプリなど）" not in ja.split("明細の表記について")[0]
    assert "Kindle Unlimitedまたはデジタルコンテンツの購入（Kindle本など）" in ja
    en = _flat(PAYPAY, "en")
    assert "A digital purchase (a Kindle book or the like) or a Prime Video channel" in en


def test_dollars_no_fee_say_why_the_account_is_still_to_check() -> None:  # item 7
    ja = _flat(RAKUTEN, "ja")
    assert "アカウントがないか" not in ja
    assert (
        "に税金を加えた金額とは考えにくいですが、米ドルでの請求のため、amazon.comのアカウントの"
        "ほかの請求の可能性もあります。amazon.comのアカウントをお持ちかどうかも確認してください。"
    ) in ja
    en = _flat(RAKUTEN, "en")
    assert "but as it is in dollars, it may be another charge of an amazon.com account" in en


def test_left_out_of_the_totals_one_way_and_dollars_said_as_charges() -> None:  # item 11
    ja = _flat(FILES / "bad.csv", "ja")
    # review 53c, item 38: the dollar 「AMAZON PRIME」 row in one paragraph
    assert (
        "プライム会費の可能性があります。米ドルの請求は合計に含めていません。何の請求かは、" in ja
    )
    assert "月ごとの合計に含めていません。" in ja
    assert "入れていません" not in ja
    en = _flat(FILES / "bad.csv", "en")
    assert "separate from amazon.co.jp. Charges in dollars are not included in the totals;" in en


def test_no_amazon_line_keeps_the_modifier_with_its_noun() -> None:  # item 15
    for columns in ("40", "60", "80"):
        ja = _out(FILES / "noamz.csv", "ja", columns)
        assert "分からない\n" not in ja, columns
        assert "行（そのほかの行）の内容は" in ja.replace("\n", "")
    en = _flat(FILES / "noamz.csv", "en")
    assert "(the other lines) were not checked" in en


def test_a_prime_fee_is_called_a_fee_in_a_rows_note() -> None:  # item 19
    ja = _flat(REVIEW36C, "ja")
    # review 61c, R-minor 2: the fee named as the other prices are (「（月額600円）」)
    assert "Amazonプライム（月間プラン）の会費（月額600円）とも同じ金額です" in ja
    assert "Amazonプライム（年間プラン）の会費（年額5,900円）とも同じ金額です" in ja
    assert "プラン）の料金とも" not in ja
    assert (
        "Amazon Kids+の料金（月額980円、プライム会員でない場合）とも同じ金額です" in ja
    )  # other services keep 「料金」
    en = _flat(REVIEW36C, "en")
    assert "The amount is also the fee of Amazon Prime (Monthly plan) (600 yen a month)." in en


def test_a_refund_after_its_period_said_once_each() -> None:  # item 20
    ja = _flat(REVIEW36C, "ja")
    assert (
        "2026年4月1日の月会費（600円）の返金かもしれません。返金の処理には数日かかることがあり、"
        "明細の日付がその会費の期間より後になることもあります。"
    ) in ja
    assert "期間の終わった後" not in ja
    en = _flat(REVIEW36C, "en")
    assert "may fall after the period that fee paid for" in en


def test_another_country_downloads_gets_no_prime_fee_history() -> None:  # item 23
    ja = re.sub(r"\s*\n\s*", "", _out(FILES / "misc.csv", "ja", "80"))  # a row, stacked
    row = ja.split("「AMAZON DOWNLOADS 利用国CN」")[1].split("利用日：")[0]
    assert "以前の月間プランの会費" not in row
    assert "この日付の会費と一致しません" not in row
    assert "※利用国が米国（USA）以外です" in row
    assert (
        "Amazonの明細の表記に「利用国CN」など「利用国USA」以外の利用国が付くという情報は、"
        "primehelpの情報源にはありません。"
    ) in ja
    assert "表記にある会社やサービスの請求かどうか" not in ja
    en = " ".join(_out(FILES / "misc.csv", "en", "80").split())
    assert "Check whether it is a charge of the company" not in en
    assert "a Prime fee of another time" not in en.split("AMAZON DOWNLOADS 利用国CN")[1][:300]


def test_a_totals_line_is_counted_as_a_line_without_a_date_or_an_amount() -> None:  # item 24
    ja = _flat(FILES / "misc.csv", "ja")
    # the header the columns were read from is no longer counted (review 63c, S 1)
    assert "・日付か金額のない行：1件（見出しや合計の行など）" in ja
    en = _flat(FILES / "misc.csv", "en")
    assert "Lines without a date or an amount: 1 (headings, totals and such)" in en


def test_the_count_of_charges_and_refunds_together_is_said() -> None:  # S 32
    assert "件数は請求と返金の行を合わせた数です。" in _flat(RAKUTEN, "ja")
    assert "The count includes both the charges and the refunds." in _flat(RAKUTEN, "en")
    assert "件数は請求と返金" not in _flat(FILES / "three_date.csv", "ja")  # no row of both


def test_text_copied_from_a_statement_page_is_named() -> None:  # item 12
    for columns in ("date,description,amount", "利用日,明細の表記,金額"):
        ja = _error(FILES / "p1.txt", "ja", "--columns", columns)
        assert ja == (
            "primehelp: エラー: 列の区切りがカンマ（,）ではなく空白のようです。明細の画面から"
            "コピーした文字は読み込めません。カード会社のサイトから保存したCSVファイルを指定して"
            "ください。"
        )
    assert "separated by spaces, not commas" in _error(FILES / "p1.txt", "en")


def test_a_cell_cut_short_ends_with_an_ellipsis(tmp_path: Path) -> None:  # item 12 (b)
    from primehelp.statement_refusals import _cut

    assert _cut("2026/11/01 AMAZON PRIME 600円") == "2026/11/01 AMAZON PRIME…"
    assert _cut("2026/11/01") == "2026/11/01"
    path = tmp_path / "s.csv"
    path.write_text("11/01/2026 AMAZON PRIME VIDEO X,AMAZON,600\n", encoding="utf-8")
    ja = _error(path, "ja", "--columns", "date,description,amount")
    assert "「11/01/2026 AMAZON PRIME…」" in ja


def test_a_column_is_named_in_japanese_first() -> None:  # item 18
    ja = _error(GENERIC, "ja", "--columns", "利用日,金額")
    assert "`--columns` に明細の表記（description）の列がありません。" in ja
    ja = _error(GENERIC, "ja", "--columns", "利用日,利用日,金額")
    assert "`--columns` で利用日（date）が2回指定されています。" in ja
    en = _error(GENERIC, "en", "--columns", "date,amount")
    assert "`--columns` lacks description" in en


def test_a_tab_separated_file_says_how_to_save_it_again() -> None:  # S 30
    ja = _error(FILES / "tab.tsv", "ja")
    assert ja.endswith(
        "タブのようです。表計算ソフトで開き、CSV形式（カンマ区切り）で保存し直したファイルを"
        "指定してください。"
    )
    assert "open the file in a spreadsheet program" in _error(FILES / "tab.tsv", "en")


def test_the_size_limit_is_one_sentence() -> None:  # S 33
    from primehelp.errors import BadInput
    from primehelp.statement_decode import MAX_FILE_BYTES, check_size

    with pytest.raises(BadInput) as caught:
        check_size(MAX_FILE_BYTES + 1)
    said = caught.value.message
    assert said.ja.startswith(
        "明細のファイルが大きすぎます。読み込めるのは5MB（5,242,880バイト）までです。"
    )
    assert "too large" in said.en


@pytest.mark.parametrize("columns", ["40", "80"])
def test_a_determiner_stays_with_its_noun(columns: str) -> None:  # items 6 and 25
    for path in (RAKUTEN, PAYPAY, FILES / "misc.csv"):
        ja = _out(path, "ja", columns)
        ends = re.findall(r"(どの|同じ|ほかの)\n", ja)
        assert not ends, (path.name, columns, ends)
