"""Review 62c (helper c62x): 「AMAZON PRIME JAPAN」 read as the Prime fee, not a look-alike
(R-major 1); 「AMAZON.COM」 is amazon.com's whatever the amount (R-major 2); the statement JSON's
``lines`` name a row read from a service's name as ``services`` does (B 1); a named service whose
price started after the date heads the list as the text's fit (B 2, R-minor 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run

CSV = Path(__file__).parents[1] / "fixtures" / "statement_texts" / "generic-review62c.csv"
COLUMNS = ("--columns", "date,description,amount")


def _statement(lang: str = "ja", *more: str) -> str:
    done = lang_run("charge", "--statement", str(CSV), *COLUMNS, *more, lang=lang, columns=80)
    assert done.exit_code == 0, done.stderr
    return done.stdout  # 80 columns: the rows one by one (wider, a table)


def _lines() -> list[dict[str, object]]:
    done = lang_run("charge", "--statement", str(CSV), *COLUMNS, "--json")
    assert done.exit_code == 0, done.stderr
    found: list[dict[str, object]] = done.json()["data"]["lines"]
    return found


# ---------------------------------------------------------------- R-major 1: 「… JAPAN」


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_prime_japan_single_charge_is_no_lookalike(lang: str) -> None:
    done = lang_run("charge", "600", "AMAZON", "PRIME", "JAPAN", lang=lang)
    assert done.exit_code == 0, done.stderr
    text = joined(done.stdout, lang)
    other = "ほかの会社" if lang == "ja" else "another company"
    assert other not in text
    assert ("「JAPAN」" if lang == "ja" else "“JAPAN”") not in text
    first = "1. Amazonプライム（月間プラン）" if lang == "ja" else "1. Amazon Prime (Monthly plan)"
    assert first in done.stdout
    data = lang_run("charge", "600", "AMAZON", "PRIME", "JAPAN", "--json").json()["data"]
    assert data["looks_like_amazon"] is False
    assert data["candidates"][0]["kind"] == "prime_monthly"


def test_prime_japan_statement_row_is_the_fee_estimated() -> None:
    screen = _statement()
    assert "Amazonに似た表記" not in screen
    assert "Amazonプライム（月間プラン・推定）" in screen
    row = screen.split("「AMAZON PRIME JAPAN」", 1)[1].split("利用日：", 1)[0]
    assert "Amazonプライム（月間プラン）の可能性" in row
    assert "ほかの会社" not in row and "含まれない語" not in row
    line = next(x for x in _lines() if x["description"] == "AMAZON PRIME JAPAN")
    assert (line["service"], line["estimated"]) == ("prime_monthly", "prime_monthly")
    assert "borrowed_name" not in str(line["flags"])


@pytest.mark.parametrize(
    "words",
    [("AMAZ0N", "PRIME", "JAPAN"), ("AMAZON", "PRIME", "TOP"), ("A", "M", "A", "Z", "O", "N")],
)
def test_misspelling_and_other_words_keep_the_imitation_note(words: tuple[str, ...]) -> None:
    data = lang_run("charge", "600", *words, "--json").json()["data"]
    screen = joined(lang_run("charge", "600", *words).stdout)
    assert data["looks_like_amazon"] is True or "ほかの会社" in screen


# ---------------------------------------------------------------- R-major 2: 「AMAZON.COM」


@pytest.mark.parametrize(
    ("amount", "lang", "note"),
    [
        ("600", "ja", "金額はAmazonプライム（月間プラン）の会費（月額600円）とも同じですが、"
         "表記はamazon.comです。まずamazon.comのアカウントを確認してください。"),
        ("300", "ja", "金額はAmazonプライム（Prime Student 月間プラン）の会費（月額300円）とも"),
        ("980", "ja", "金額はKindle Unlimitedの料金（月額980円）とも同じですが、"),
        ("600", "en", "The amount is also the fee of Amazon Prime (Monthly plan) (600 yen a "
         "month), but the text is amazon.com: check your amazon.com account first."),
    ],
)  # fmt: skip
def test_amazon_com_first_whatever_the_amount(amount: str, lang: str, note: str) -> None:
    done = lang_run("charge", amount, "AMAZON.COM", lang=lang)
    assert done.exit_code == 0, done.stderr
    text = joined(done.stdout, lang)
    assert note in text
    unknown = "この表記は、primehelpの情報源にありません" if lang == "ja" else "not in primehelp's"
    assert unknown not in text
    first = "1. amazon.com（米国）" if lang == "ja" else "1. "
    assert first in done.stdout
    data = lang_run("charge", amount, "AMAZON.COM", "--json").json()["data"]
    assert data["candidates"][0]["kind"] == "amazon_com"


def test_amazon_com_large_amount_has_no_fee_note() -> None:
    text = joined(lang_run("charge", "35000", "AMAZON.COM").stdout)
    assert "とも同じですが" not in text
    assert "1. amazon.com（米国）" in lang_run("charge", "35000", "AMAZON.COM").stdout


def test_amazon_com_statement_rows_are_amazon_com_and_in_no_prime_check() -> None:
    lines = {x["row"]: x for x in _lines()}
    for row in (2, 3, 4):  # 35,000, 300, 600
        assert lines[row]["service"] == "amazon_com"
        assert lines[row]["estimated"] == "amazon_com"
        assert lines[row]["flags"] == ["us_account"]
    flags = {str(f) for x in lines.values() for f in x["flags"]}  # type: ignore[attr-defined]
    assert "two_monthly_plans_guess" not in flags and "two_monthly_plans" not in flags
    screen = _statement()
    assert "Prime Student 月間プラン・推定" not in screen
    assert "通常のプライムとPrime Studentの月会費が同じ時期に" not in screen
    row = joined(screen.split("金額：300円", 1)[1].split("利用日：", 1)[0])
    assert "amazon.com（米国）での請求（表記から推定）" in row
    assert (
        "金額はAmazonプライム（Prime Student 月間プラン）の会費（月額300円）とも同じですが、"
        "表記はamazon.comです。まずamazon.comのアカウントを確認してください。"
    ) in row
    en = joined(_statement("en"), "en")
    assert "The amount is also the fee of Amazon Prime (Monthly plan) (600 yen a month)" in en


# ---------------------------------------------------------------- B 1: lines agree with services


def test_lines_name_estimated_rows_as_services_do() -> None:
    done = lang_run("charge", "--statement", str(CSV), *COLUMNS, "--json")
    data = done.json()["data"]
    # grouped as ``services`` does: unknown_text whenever the text is not known (the schema)
    pairs = {
        ("unknown_text" if not x["text_known"] else x["service"], x["estimated"])
        for x in data["lines"]
    }
    totals = {(t["service"], t["estimated"]) for t in data["services"]}
    assert pairs == totals
    by_text = {x["description"]: (x["service"], x["estimated"]) for x in data["lines"]}
    assert by_text["AMAZON AUDIBLE"] == ("audible", "audible")
    assert by_text["KINDLE UNLIMITED"] == ("kindle_unlimited", "kindle_unlimited")
    assert by_text["アマゾン プライム"] == ("prime_monthly", "prime_monthly")
    assert by_text["AMAZON.COM"] == ("amazon_com", "amazon_com")
    assert by_text["AMAZON PRIME"] == ("prime_annual", None)


# ---------------------------------------------------------------- B 2 / R-minor 3


@pytest.mark.parametrize(
    ("args", "lang", "heading"),
    [
        (("1500", "AUDIBLE", "--date", "2021-06-01"), "ja", "明細の表記に合うものを先に並べています。"),
        (("880", "AMAZON", "MUSIC", "--date", "2022-06-01"), "ja", "明細の表記に合うものを先に並べています。"),
        (("1500", "AUDIBLE", "--date", "2021-06-01"), "en", "Those that fit the statement text come first."),
    ],
)  # fmt: skip
def test_named_service_before_its_price_heads_as_the_fit(
    args: tuple[str, ...], lang: str, heading: str
) -> None:
    done = lang_run("charge", *args, lang=lang)
    assert done.exit_code == 0, done.stderr
    assert heading in done.stdout
    assert "どれも可能性は低めです" not in done.stdout
    assert "none of these is likely" not in done.stdout
    unlikely = "明細の表記から見て、可能性は低めです。" if lang == "ja" else "Unlikely with this"
    assert unlikely in done.stdout  # the others each say so, as the heading no longer does
    first = lang_run("charge", *args, "--json").json()["data"]["candidates"][0]
    assert (first["match"], first["fit"]) == ("price_before_start", "usual")


# ---------------------------------------------------------------- R-minor 8: 400 after 2019-05-16


@pytest.mark.parametrize("on", ["2019-05-17", "2019-06-10"])
def test_400_just_after_the_assumed_switch_is_hedged(on: str) -> None:
    done = lang_run("charge", "400", "--date", on)
    text = joined(done.stdout)
    y, m, d = (int(x) for x in on.split("-"))
    assert (
        f"400円は、{y}年{m}月{d}日時点の新規会員の月間プランの会費ではありません（500円です）。"
        "既存会員の月会費が500円になった日は確認できていないため（年間プランと同じ2019年5月17日と"
        "考えられます）、以前の会費の請求の可能性もあります。"
    ) in text
    assert "以前の月間プランの会費です" not in text
    assert (
        "考えられるもの（どれも可能性は低めです）1. Amazonプライム（月間プラン、以前の会費）"
        in text
    )
    first = lang_run("charge", "400", "--date", on, "--json").json()["data"]["candidates"][0]
    assert (first["kind"], first["match"]) == ("prime_monthly", "fee_unknown")
    en = joined(lang_run("charge", "400", "--date", on, lang="en").stdout, "en")
    assert "so it may still be a bill at the former fee." in en
    assert "1. Amazon Prime (Monthly plan, former fee)" in en


def test_400_a_month_after_the_switch_is_still_not_the_fee() -> None:
    text = joined(lang_run("charge", "400", "--date", "2019-06-20").stdout)
    assert "400円は、2019年6月20日時点のAmazonプライムの会費ではありません" in text
    assert "以前の会費）" not in text


def test_a_prime_fee_beside_amazon_com_at_its_amount_is_no_double_charge(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text(
        "date,description,amount\n2026-06-01,AMAZON PRIME,600\n2026-06-02,AMAZON.COM,600\n",
        encoding="utf-8",
    )
    done = lang_run("charge", "--statement", str(path), *COLUMNS, "--json")
    lines = done.json()["data"]["lines"]
    assert [x["flags"] for x in lines] == [[], ["us_account"]]
