"""Review 14a (charge, statement): the screens say what was typed, and never deny what they
then claim."""

from __future__ import annotations

import itertools
import re

import pytest

from tests.support.clihelp import run, screen

text = screen  # one sentence a line: a phrase is never split by wrapping


def items(out: str) -> list[str]:
    """Each numbered candidate's block, in the order printed."""
    return re.split(r"^\s*\d+\. ", out, flags=re.MULTILINE)[1:]


HEADING = {  # the paragraph before it says the amount matches no fixed price (review 32c, 10);
    # the ones it fits first, unlikely ones after (review 59c, R-minor 3)
    "ja": "明細の表記に合うものを先に並べています。",
    "en": "Those that fit the statement text come first.",
}
FITS = {
    "ja": "明細の表記とは合います（決まった料金とは一致しません）。",
    "en": "Fits this statement text (no fixed price matches the amount).",
}
# Review 27a, S 19: a channel (no fixed price) whose range holds the amount says so
RANGE_FITS = {
    "ja": "明細の表記と合い、金額も料金の範囲内です。",
    "en": "Fits this statement text, and the amount is within its range of prices.",
}
PURCHASE_FITS = {
    "ja": "明細の表記と合います（決まった料金のない買い物です）。",
    "en": "Fits this statement text (a purchase, with no fixed price).",
}
LIKELY = {"ja": "可能性が高いです", "en": "Likely with this statement text"}
NONE_LIKELY = {"ja": "考えられるもの（どれも可能性は低めです）", "en": "none of these is likely"}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("words", [("AMZN", "DIGITAL"), ("AMAZON", "DIGITAL", "DWNLD")])
def test_text_fits_but_amount_matches_nothing(lang: str, words: tuple[str, ...]) -> None:
    """Item 1: 「どれも可能性は高くありません」 over items each 「可能性が高いです」: the heading
    now says the amount matches no fixed price and the text points to these; the items the text
    points to say the text fits (never "likely"), the one it does not points to says so."""
    out = text("charge", "1394", *words, lang=lang)
    assert HEADING[lang] in out and NONE_LIKELY[lang] not in out and LIKELY[lang] not in out
    blocks = items(out)
    # the ones the text points to first; a purchase (no fixed price) says so (review 18a, item 1)
    fitting = [b for b in blocks if any(f[lang] in b for f in (FITS, RANGE_FITS, PURCHASE_FITS))]
    assert len(fitting) == 2 and blocks[:2] == fitting
    unlikely = {"ja": "可能性は低めです", "en": "Unlikely with this statement text"}[lang]
    assert unlikely in blocks[2]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_statement_text_quoted_is_what_was_typed(lang: str) -> None:
    """Item 2: 「AMAZON DIGITAL DWNLD / AMZN DIGITAL」 (the facts' group name) was quoted as if
    it were the statement's text; the member typed 「AMZN DIGITAL」."""
    out = text("charge", "1394", "AMZN", "  DIGITAL", lang=lang)
    label = {"ja": "明細の表記：", "en": "Statement text: "}[lang]
    quoted = "「AMZN DIGITAL」" if lang == "ja" else "“AMZN DIGITAL”"  # English quotes (45c, S 16)
    assert f"{label}{quoted}" in out
    assert "AMAZON DIGITAL DWNLD / AMZN DIGITAL" not in out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_an_unknown_text_is_shown_before_it_is_judged(lang: str) -> None:
    """Item 3: 「この明細の表記は…どれでもありません」 with no 明細の表記 line: the line is shown,
    then 「この表記は、…」."""
    out = text("charge", "1200", "NETFLIX.COM", lang=lang)
    lines = out.splitlines()
    label = {"ja": "明細の表記：「NETFLIX.COM」", "en": "Statement text: “NETFLIX.COM”"}[lang]
    judged = {
        "ja": "この表記は、primehelpの情報源にあるAmazonの明細の表記のどれでもありません。",
        "en": "This text is none of the Amazon statement texts primehelp knows",
    }[lang]
    at = lines.index(label)
    # the no-date note right under the label since review 56c, item 2; then the judgement
    no_date = {"ja": "日付の指定がないため", "en": "No date given"}[lang]
    assert lines[at + 1].startswith(no_date)
    assert any(line.startswith(judged) for line in lines[at + 2 : at + 4]), lines[: at + 4]


def flat(out: str) -> str:
    return "".join(out.split())


def test_an_assumed_day_is_said_plainly() -> None:
    """S 12: 「既存会員の開始日は、年間プランと同じと考えられる日です。」 was clumsy: said as
    fees says it, 「…年間プランと同じと考えられます。」."""
    out = flat(text("charge", "500", "--date", "2026-11-01", lang="ja"))
    assert "既存会員：2019年5月17日ごろ〜" in out  # 23a, S 19; 51c, item 18: a line of its own
    assert "既存会員の切り替え日は、年間プランと同じ日と考えられます。" in out  # review 51c, item 6
    assert "考えられる日" not in out


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "args",
    [("3900", "--date", "2020-01-01"), ("500",), ("600", "AMAZON PRIME", "--date", "2019-03-01")],
    ids=" ".join,
)
def test_not_the_prime_fee_is_said_once(lang: str, args: tuple[str, ...]) -> None:
    """S 13: 「…時点のAmazonプライムの会費ではありません。」 then 「…時点のプライム会費にも、料金の
    決まったほかのサービスにも…」: the second sentence now speaks of the other services only."""
    out = " ".join(text("charge", *args, lang=lang).split())
    said = {"ja": "のAmazonプライムの会費ではありません", "en": "is not the Amazon Prime fee"}
    assert out.count(said[lang]) == 1
    other = {
        "ja": "料金の決まったほかのサービスにも、この金額と一致するものはありません。",
        "en": "No other fixed subscription price matches this amount either.",
    }[lang]
    assert other in out and out.index(said[lang]) < out.index(other)
    assert {"ja": "プライム会費にも", "en": "No Prime fee"}[lang] not in out


RAKUTEN = "tests/fixtures/statements/rakuten-utf8-bom.csv"


def statement(lang: str, columns: int) -> str:
    result = run("charge", "--statement", RAKUTEN, "--lang", lang, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_stacked_refund_names_what_it_is_for_and_is_no_warning(lang: str) -> None:
    """Item 5: 「考えられる返金元：Kindle Unlimited」 (返金元: who pays it back) and 「注意：返金」 (a
    warning for an ordinary refund) → 「金額：-600円（返金）」, 「考えられる返金の対象：…」; 注意
    keeps the ※ flags only."""
    rows = statement(lang, 40).split("\n\n")
    amount = {"ja": "金額：-600円（返金）", "en": "Amount: -600 yen (refund)"}[lang]
    [refund] = [row for row in rows if amount in row]
    target = {"ja": "考えられる返金の対象：", "en": "Likely refund for:"}[lang]
    note = {"ja": "注意：", "en": "Note:"}[lang]
    assert target in refund and note not in refund
    # a note too long beside its label is indented under it (review 21a, item 4: sentences)
    flagged = [
        line if line != note else after
        for row in rows
        for line, after in itertools.pairwise([*row.splitlines(), ""])
        if line.startswith(note)
    ]
    assert flagged and all(("※" if lang == "ja" else "!") in line for line in flagged)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_refund_in_the_wide_table_is_said_after_its_amount(lang: str) -> None:
    """Item 5, the table: the refund row's amount says it, the 注意 column stays empty."""
    out = statement(lang, 200)
    [row] = [line for line in out.splitlines() if "-600" in line]
    said = {"ja": "-600円（返金）", "en": "-600 yen (refund)"}[lang]
    assert said in row and row.rstrip().endswith({"ja": "）", "en": ")"}[lang])
    assert not row.rstrip().endswith({"ja": "返金", "en": "refund"}[lang])


def test_the_refund_json_is_unchanged() -> None:
    """Item 5: the view changed, the data did not: the refund keeps its flag."""
    result = run("charge", "--statement", RAKUTEN, "--json", "--lang", "en")
    lines = result.json()["data"]["lines"]
    [refund] = [line for line in lines if line["amount_yen"] < 0]
    assert "refund" in refund["flags"]


@pytest.mark.parametrize(("lang", "columns"), [("ja", 40), ("ja", 200), ("en", 200)])
def test_the_monthly_totals_name_what_it_is_not_a_service(lang: str, columns: int) -> None:
    """S 17: 「考えられるサービス：Amazon.co.jpでの注文」 (an order is no service) → 「考えられる
    内容：」, in the table's header and the stacked lines alike."""
    out = statement(lang, columns)
    heading = {"ja": "月ごとの合計", "en": "Totals per month"}[lang]
    totals = out.split(heading, 1)[1].split({"ja": "Amazonの行", "en": "Amazon lines"}[lang])[0]
    label = {"ja": "考えられる内容", "en": "What it may be"}[lang]
    assert label in totals.splitlines()[1 if columns == 200 else 2]  # the header or a row
    if columns == 40:
        assert f"{label}：Amazon.co.jpでの注文" in totals
    assert {"ja": "考えられるサービス", "en": "Likely service"}[lang] not in out


def test_a_typed_text_is_quoted_escaped() -> None:
    """Item 3 shows every typed text, unknown ones too: one a terminal would act on (DEL,
    a lone surrogate) is quoted escaped, as the statement view quotes a description."""
    out = text("charge", "1200", "NETFLIX\x7f.COM\udcff", lang="ja")
    assert "明細の表記：「NETFLIX\\x7f.COM\\udcff」" in out and "\x7f" not in out
