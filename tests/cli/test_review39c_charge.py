"""Review 39c (charge, single amounts and --statement): one test or more per item."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from primehelp.charges import Category, parse_amount, read_charge
from primehelp.content import charges as charge_data
from primehelp.content import statement as statement_data
from tests.support.clihelp import json_data, screen, statement_file, statement_screen

BOOK = charge_data.load()

# ---------------------------------------------------------------- item 1

_NOT_FEE_TEXTS = ("AMAZON WEB SERVICES", "AMZN Mktp JP", "AMAZON MARKETPLACE", "AWS EMEA")
# Every fee and fixed price the facts give (the amounts a text could be ranked by)
_AMOUNTS = sorted(
    {int(p.fee_yen) for plan in BOOK.fees.plans for p in plan.history}
    | {int(p.value) for s in BOOK.services for p in s.prices}
)


def test_1_the_not_fee_words_are_the_statement_readers() -> None:
    words = statement_data.load().not_fee_words
    assert words and all(
        any(w in t.lower().replace(" ", "") for w in words) for t in _NOT_FEE_TEXTS
    )


@pytest.mark.parametrize("text", _NOT_FEE_TEXTS)
def test_1_no_fee_or_subscription_is_ranked_first_under_a_not_fee_text(text: str) -> None:
    for yen in _AMOUNTS:
        for date in (
            None,
            *(p.renewals_from for plan in BOOK.fees.plans for p in plan.history if p.renewals_from),
        ):
            reading = read_charge(parse_amount(str(yen)), text, date, book=BOOK)
            first = reading.candidates[0]
            assert reading.not_fee, (text, yen)
            assert first.category not in (Category.PRIME_FEE, Category.SUBSCRIPTION), (text, yen)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("text", _NOT_FEE_TEXTS)
def test_1_the_screen_says_none_is_likely_and_what_to_check(text: str, lang: str) -> None:
    shown = screen("charge", "600", text, lang=lang)
    if lang == "ja":
        assert "可能性の高い順" not in shown
        assert "考えられるもの（どれも可能性は低めです）" in shown
        assert "金額が同じでも会費とは限りません" in shown
        assert "注文履歴" in shown and "カード会社に問い合わせてください" in shown
    else:
        assert "most likely first" not in shown.lower()
        assert "does not make it a fee" in shown
    data = json_data("charge", "600", text)
    assert data["candidates"][0]["kind"] == "shop_order"


def test_1_a_text_naming_prime_still_ranks_the_fee_first() -> None:
    reading = read_charge(parse_amount("600"), "AMAZON PRIME", None, book=BOOK)
    assert not reading.not_fee and reading.candidates[0].kind == "prime_monthly"


# ---------------------------------------------------------------- item 2

_BEFORE_STUDENT = (
    dt.date(2008, 3, 1),
    dt.date(2017, 7, 1),
    dt.date(2018, 7, 1),
    dt.date(2019, 4, 11),
)
_CONFIRMED = {400, 3900}  # the fees the facts confirm before 2019-04-12 (FACTS §1)


@pytest.mark.parametrize("text", ["AMAZON PRIME", None])
def test_2_before_2019_04_12_no_amount_is_called_not_a_prime_fee(text: str | None) -> None:
    for on in _BEFORE_STUDENT:
        for yen in (1, 1900, 2000, 2950, 3000, 7000):  # 250: no monthly plan yet (24a)
            reading = read_charge(parse_amount(str(yen)), text, on, book=BOOK)
            if reading.former_fees or reading.unconfirmed:
                continue  # a former fee, or an unconfirmed one: said by their own sentences
            kinds = {kind for kind, _ in reading.unknown_plans}
            assert "prime_student_annual" in kinds, (on, yen)
            args = ["charge", str(yen), *(() if text is None else (text,)), "--date", str(on)]
            shown = screen(*args, lang="ja")
            assert "会費ではありません" not in shown
            said = "時点のPrime Student 年間プラン"
            assert said in shown and "の会費は確認できていないため" in shown, (on, yen)
            english = screen(*args, lang="en")
            assert "is not the Amazon Prime fee" not in english


def test_2_not_for_a_text_that_is_no_prime_text_nor_after_the_student_fee_is_known() -> None:
    after = read_charge(parse_amount("1900"), "AMAZON PRIME", dt.date(2019, 4, 12), book=BOOK)
    assert not after.unknown_plans
    other = read_charge(parse_amount("1900"), "AMAZON DOWNLOADS", dt.date(2018, 7, 1), book=BOOK)
    assert not other.unknown_plans


def test_2_the_statement_flags_the_student_fee_unknown_not_no_known_price(tmp_path: Path) -> None:
    path = tmp_path / "st2018.csv"
    path.write_text(
        "2017/07/01,AMAZON PRIME,1900\n2018/07/01,AMAZON PRIME,1900\n2018/08/01,AMAZON PRIME,2450\n",
        encoding="utf-8",
    )
    data = statement_screen(str(path), json=True)
    assert [line["flags"] for line in data["lines"]] == [["student_fee_unknown"]] * 3
    shown = statement_screen(str(path))
    above = shown[: shown.index("どれにも当てはまらない行")]  # every screen's last step (59c, 2)
    assert "会費ではありません" not in shown and "不正利用" not in above
    assert "不明（表記はプライム。当時のPrime Studentの会費は未確認）" in shown
    assert "当時のPrime Studentの会費だった可能性があります" in shown
    # the amount a later Student fee keeps its own name (review 24a)
    assert "その後のPrime Student 年間プランの会費と同額" in shown


# ---------------------------------------------------------------- item 3

_VPASS = "山田　太郎　様,4980-11**-****-****,三井住友カードプラチナプリファード\r\n{rows}"
_VIEW = (
    "会員番号,****-****-****-1234\r\n対象カード,「ビュー・スイカ｣カード\r\n\r\n"
    "ご利用年月日,ご利用箇所,ご利用額,払戻額,ご請求額（うち手数料・利息）,支払区分（回数）,"
    "今回回数,今回ご請求額・弁済金（うち手数料・利息）,現地通貨額,通貨略称,換算レート\r\n"
    "****-****-****-1234 テスト　ユーザー\r\n{rows}"
)


def _vpass_row(yen: int, usd: str) -> str:
    return f"2026/10/10,AMAZON PRIME,{yen},,,,{usd}　USD　154.103　10 11\r\n"


def _view_row(yen: int, usd: str, currency: str = "USD") -> str:
    return f'2026/10/10,AMAZON PRIME,"{yen:,}",,"{yen:,}",１回払,,"{yen:,}",{usd},{currency},154.103\r\n'


def _statement(tmp_path: Path, text: str) -> dict[str, object]:
    from tests.support.clihelp import run

    path = tmp_path / "card.csv"
    path.write_bytes(text.encode("cp932"))
    args = ("charge", "--statement", str(path), "--json", "--lang", "ja")
    done = run(*args, env={"PRIMEHELP_TODAY": "2026-12-05"})
    assert done.exit_code in (0, 1), done.stderr
    data: dict[str, object] = done.json()["data"]
    return data


@pytest.mark.parametrize("layout", ["vpass", "view"])
@pytest.mark.parametrize("usd", ["14.99", "139", "139.00"])
def test_3_the_dollars_of_a_vpass_or_view_row_are_read(
    tmp_path: Path, layout: str, usd: str
) -> None:
    yen = 2310 if usd == "14.99" else 21000
    text = (_VPASS.format(rows=_vpass_row(yen, usd)) if layout == "vpass"
            else _VIEW.format(rows=_view_row(yen, usd)))  # fmt: skip
    line = _statement(tmp_path, text)["lines"][0]  # type: ignore[index]
    assert line["service"] == "amazon_com_prime", line
    assert "us_prime_fee" in line["flags"] and "no_known_price" not in line["flags"], line


def test_3_another_currency_or_amount_is_not_the_us_fee(tmp_path: Path) -> None:
    line = _statement(tmp_path, _VIEW.format(rows=_view_row(2310, "14.99", "EUR")))["lines"][0]  # type: ignore[index]
    assert line["service"] != "amazon_com_prime", line
    line = _statement(tmp_path, _VPASS.format(rows=_vpass_row(2310, "12.00")))["lines"][0]  # type: ignore[index]
    assert line["service"] != "amazon_com_prime", line


def test_3_the_notes_pattern_reads_the_parsers_example() -> None:
    from primehelp.statement_foreign import smbc_money, view_money  # any currency (46c, 4)

    cells = [
        "2023/04/30",
        "GITHUB, INC. (HTTPSGITHUB.C)",
        "1394",
        "",
        "",
        "",
        "10.00　USD　139.488　05 01",
    ]
    assert smbc_money(cells) == ("10.00", "USD")
    assert smbc_money([*cells[:6], "自神田橋外　　至台場　　　　軽・二"]) is None
    header = ["ご利用年月日", "ご利用箇所", "ご利用額", "払戻額", "現地通貨額", "通貨略称"]
    assert view_money(header, ["2020/03/21", "x", "3,000", "", "", "   "]) is None
    assert view_money(header, ["2020/03/21", "x", "3,000", "", "1,014.99", "USD"]) == (
        "1014.99",
        "USD",
    )


# ---------------------------------------------------------------- item 5


@pytest.mark.parametrize("back", [100, 3200, 5800])
@pytest.mark.parametrize("after", ["2026-02-03", "2026-01-11", "2026-06-30"])
def test_5_a_partial_refund_of_the_annual_fee_ends_its_period(
    tmp_path: Path, back: int, after: str
) -> None:
    rows = ("2025-09-25,AMAZON PRIME,5900", f"2026-01-10,AMAZON PRIME,-{back}")
    path = statement_file(tmp_path, *rows, f"{after},AMAZON PRIME,600")
    data = statement_screen(path, json=True)
    assert data["lines"][1]["refund_of_row"] is not None  # read as part of the annual fee
    assert not any("both_prime_plans" in x["flags"] for x in data["lines"]), data["lines"]


def test_5_a_monthly_fee_before_the_partial_refund_still_overlaps(tmp_path: Path) -> None:
    rows = ("2025-09-25,AMAZON PRIME,5900", "2025-12-03,AMAZON PRIME,600")
    path = statement_file(tmp_path, *rows, "2026-01-10,AMAZON PRIME,-3200")
    data = statement_screen(path, json=True)
    assert "both_prime_plans" in data["lines"][1]["flags"]


# ---------------------------------------------------------------- item 8


def test_8_partial_refunds_before_the_second_annual_fee_owe_no_rest(tmp_path: Path) -> None:
    rows = ["2026-01-10,AMAZON PRIME,5900", "2026-03-10,AMAZON PRIME,-1000"]
    rows += ["2026-04-10,AMAZON PRIME,-1200", "2026-07-10,AMAZON.CO.JP PRIME,5900"]
    path = statement_file(tmp_path, *rows)
    for lang, rest in (("ja", "残りの"), ("en", "remaining")):
        details = "".join(
            x["detail"] or "" for x in statement_screen(path, lang, json=True)["lines"]
        )
        assert rest not in details
    said = "2026年3月10日の1,000円、2026年4月10日の1,200円の返金は、この請求の一部返金の可能性があります。"
    assert said in "".join(x["detail"] or "" for x in statement_screen(path, json=True)["lines"])


# ---------------------------------------------------------------- item 6


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "texts", [("AMAZON DOWNLOADS", "KINDLE UNLIMITED"), ("AMAZON DOWNLOADS", "AMAZON DOWNLOADS")]
)
def test_6_the_twice_explanation_is_true_of_two_texts_too(
    tmp_path: Path, lang: str, texts: tuple[str, str]
) -> None:
    path = statement_file(tmp_path, f"2026-11-03,{texts[0]},980", f"2026-11-20,{texts[1]},980")
    data = statement_screen(path, json=True)
    assert all("same_charge_twice" in x["flags"] for x in data["lines"])
    shown = statement_screen(path, lang)
    assert "同じ表記・同じ金額の請求です" not in shown and "the same text and amount." not in shown
    said = "同じサービスを指す表記" if lang == "ja" else "names the same service"  # 49c 10
    assert said in shown


# ---------------------------------------------------------------- item 7


@pytest.mark.parametrize("usd", ["15.00", "16.23", "150.47", "14.99", "139", "10.00"])
@pytest.mark.parametrize("text", [("AMAZON PRIME",), ()])
def test_7_a_dollar_amount_above_the_us_fee_is_said_with_the_tax(
    usd: str, text: tuple[str, ...]
) -> None:
    ja = screen("charge", f"${usd}", *text, lang="ja")
    en = screen("charge", f"${usd}", *text, lang="en")
    above = float(usd) > 14.99 and usd not in ("139",)
    assert ("税金が加わる分、これより高くなることがあります" in ja) is above  # 56c, item 12
    assert ("higher by the tax" in en) is above
    if above:
        assert "可能性は低め" not in ja and "どれとも一致しません" not in ja
        assert "none of these is likely" not in en


# ---------------------------------------------------------------- item 9


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("yen", ["2310", "2500", "21000", "-2310"])
def test_9_no_note_of_the_lead_is_said_again_under_a_candidate(lang: str, yen: str) -> None:
    reading = read_charge(parse_amount(yen), "AMAZON PRIME 利用国USA", None, book=BOOK)
    shown = screen("charge", yen, "AMAZON PRIME 利用国USA", lang=lang)
    for note in reading.notes:
        first = note.text(lang).split("。")[0].split(". ")[0]
        assert shown.count(first) <= 1, (first, shown)
