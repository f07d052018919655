"""Review 49c (charge and charge --statement)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import charge_screen, run, statement_file, statement_screen

_WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}

# -- item 3: a service whose later price is the amount is named, never "none matches"

NONE_MATCH_JA = "料金の決まったほかのサービスにも、この金額と一致するものはありません"
NONE_MATCH_EN = "no other fixed subscription price, matches"


@pytest.mark.parametrize("date", ["2010-01-01", "2016-01-01"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_same_later_price_is_named_in_the_summary(date: str, lang: str) -> None:
    screen = charge_screen("charge", "980", "--date", date, lang=lang)
    summary = screen.split("\n\n")[0]
    assert (NONE_MATCH_JA if lang == "ja" else NONE_MATCH_EN) not in summary
    assert "Amazon Kids+" in summary and "Kindle Unlimited" in summary
    if lang == "ja":
        assert "この日付に同じ料金だったかは確認できていません" in summary
    else:
        assert "whether they had it on" in summary.replace("\n", " ")


# -- item 17: a line split by an unquoted 「5,900」 names its amount cell, never 「空欄」


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_split_amount_names_its_cell(lang: str) -> None:
    path = "tests/fixtures/review45c/pp2.csv"
    done = run("charge", "--statement", path, "--lang", lang, env=_WIDE)
    assert (
        "読み取れません（列が分かれています：「5」「900」）"
        if lang == "ja"
        else "cannot be read (split into columns: “5” “900”)"
    ) in done.stdout
    assert ("（空欄）" if lang == "ja" else "(empty)") not in done.stdout
    data = run("charge", "--statement", path, "--json", "--lang", lang, env=_WIDE).json()
    unread = data["data"]["unread_amazon_lines"]
    assert [line["amount_text"] for line in unread] == ["5"]


# -- item 5: the monthly plan's 400 yen, its start unknown, is the first candidate


@pytest.mark.parametrize("date", ["2018-03-01", "2015-03-01"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_unconfirmed_monthly_fee_is_a_candidate(date: str, lang: str) -> None:
    screen = charge_screen("charge", "400", "--date", date, lang=lang)
    first = "1. Amazonプライム（月間プラン）" if lang == "ja" else "1. Amazon Prime (Monthly plan)"
    assert first in screen
    said = "会費：月額400円だった可能性があります" if lang == "ja" else "possibly 400 yen a month"
    assert said in screen
    if lang == "ja":
        assert "月間プランの会費は2019年4月11日" in screen
    data = run("charge", "400", "--date", date, "--json", "--lang", lang, env=_WIDE).json()
    top = data["data"]["candidates"][0]
    assert (top["kind"], top["match"]) == ("prime_monthly", "fee_unknown")


# -- item 4: the unknown Student fee is said with why it matters


@pytest.mark.parametrize(("amount", "date"), [("980", "2010-01-01"), ("1900", "2008-01-01")])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_unknown_student_fee_says_why(amount: str, date: str, lang: str) -> None:
    flat = " ".join(charge_screen("charge", amount, "--date", date, lang=lang).split())
    if lang == "ja":
        flat = flat.replace(" ", "")
        assert "会費は確認できていないため、この金額がその会費かどうかは分かりません。" in flat
    else:
        assert "is not confirmed, so whether this amount is that fee is not known." in flat


# -- item 29: 「当時なかった…と同額」 is gone; the flag says the plan did not exist yet


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_plan_yet_label(tmp_path: Path, lang: str) -> None:
    path = statement_file(tmp_path, "2018/03/01,AMAZON PRIME,300", "2019/01/01,AMAZON PRIME,5900")
    out = statement_screen(path, lang).replace("\n", "")
    if lang == "ja":
        assert "当時なかった" not in out
        assert "Amazonプライム（その後のPrime Student 月間プランの会費と同額）" in out
        assert "この日付にはPrime Student 月間プランはありませんでした" in out
    else:
        assert "a plan that did not exist yet" not in out
        assert "the same amount as a later Prime Student monthly plan fee" in out


# -- items 24 and 28: a blank cell is said to be blank; 「日にち」


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_blank_cells_are_said_blank(tmp_path: Path, lang: str) -> None:
    rows = (
        ",AMAZON PRIME,600",
        "2026/11/04,AMAZON PRIME,",
        "2026/11,AMAZON PRIME,600",
        "2026/11/06,AMAZON PRIME,600",
    )
    out = statement_screen(statement_file(tmp_path, *rows), lang, width="80")
    if lang == "ja":
        assert "注意：日付が空欄です" in out and "注意：金額が空欄です" in out
        assert "注意：日付が年と月だけです" in out
        assert "注意：形式の分からない日付です" not in out
        assert "注意：金額を読み取れません" not in out
    else:
        assert "The date is blank" in out and "The amount is blank" in out
