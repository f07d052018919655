"""Review 59c (charge, one amount), helper chg59: a text made only of the words of a listed
statement text is read as it, never as another company's (R-major 1); round 58c's partial refunds
of former fees (B 1, S 13) and JSON ``fit`` (B 3); the headings (R-minor 3); a date before 2007
(8); the fraud sentence (9); decimal amounts (10); 0 yen (11); the help's amount forms (12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.clihelp import run

_WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-07"}
_LANGS = ["ja", "en"]


def _charge(*args: str, lang: str) -> str:
    done = run("charge", "--lang", lang, *args, env=_WIDE)
    assert done.exit_code == 0, done.stderr
    return done.stdout


def _json(*args: str, lang: str = "ja") -> dict[str, object]:
    done = run("charge", "--json", "--lang", lang, *args, env=_WIDE)
    assert done.exit_code == 0, done.stderr
    data = json.loads(done.stdout)["data"]
    assert isinstance(data, dict)
    return data


# ---------------------------------------------------------------- R-major 1

_OTHER_COMPANY = {"ja": "ほかの会社やサイトの請求かもしれません", "en": "another company"}
_NO_SUCH_WORD = {"ja": "含まれない語です", "en": "has such a word"}
_REWORDED = {"ja": "表記とは少し違いますが", "en": "differs slightly"}


@pytest.mark.parametrize("lang", _LANGS)
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("AMZN DIGITAL DWNLD", "AMAZON DIGITAL DWNLD"),
        ("AMAZON CO JP", "AMAZON.CO.JP"),
        ("AMAZON CO.JP", "AMAZON.CO.JP"),
        ("AMAZON-CO-JP", "AMAZON.CO.JP"),
        ("PRIME AMAZON", "AMAZON PRIME"),
    ],
)
def test_a_text_of_listed_words_only_is_no_other_companys(text: str, label: str, lang: str) -> None:
    screen = _charge("5900", text, lang=lang)
    assert _OTHER_COMPANY[lang] not in screen
    assert _NO_SUCH_WORD[lang] not in screen
    assert _REWORDED[lang] in screen
    assert label in screen
    data = _json("5900", text, lang=lang)
    assert data["text_recognized"] is True
    assert any(_REWORDED[lang] in said for said in data["text_detail"])  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", _LANGS)
@pytest.mark.parametrize("text", ["AMAZON PRIME", "AMAZON.CO.JP", "AMAZON DIGITAL DWNLD"])
def test_a_listed_text_is_not_said_to_differ(text: str, lang: str) -> None:
    assert _REWORDED[lang] not in _charge("5900", text, lang=lang)


@pytest.mark.parametrize("lang", _LANGS)
@pytest.mark.parametrize("text", ["AMAZON PRIME TOP", "AMAZON CO JP SUPPORT"])
def test_a_word_of_no_listed_text_still_gets_the_warning(text: str, lang: str) -> None:
    screen = _charge("5900", text, lang=lang)
    assert _REWORDED[lang] not in screen
    assert _OTHER_COMPANY[lang] in screen


def test_the_statement_reads_amazon_co_jp_spaced_as_amazons(tmp_path: Path) -> None:
    sheet = tmp_path / "cojp.csv"
    sheet.write_text("date,description,amount\n2026/11/03,AMAZON CO JP,5900\n", encoding="utf-8")
    done = run("charge", "--statement", str(sheet), "--lang", "ja", env=_WIDE)
    assert done.exit_code == 0, done.stderr
    assert "Amazon.co.jpでの注文" in done.stdout
    assert "primehelpが知っているAmazonの明細の表記ではありません" not in done.stdout


# ---------------------------------------------------------------- round 58c B 1, 59c S 13


def _partial_fees(*args: str) -> list[tuple[str, int]]:
    found = _json(*args)["candidates"]
    assert isinstance(found, list)
    return [(c["kind"], c["price"]["value"]) for c in found if c["match"] == "partial_refund"]


@pytest.mark.parametrize("on", ["2023-10-01", "2024-03-01"])
def test_a_partial_refund_in_the_year_after_2023_may_be_of_the_former_fees(on: str) -> None:
    parts = _partial_fees("--date", on, "--", "-2000", "AMAZON", "PRIME")
    assert ("prime_annual", 5900) in parts
    assert ("prime_annual", 4900) in parts  # paid before 2023-09-24, refunded in part later
    assert ("prime_student_annual", 2450) in parts
    assert parts.index(("prime_annual", 5900)) < parts.index(("prime_annual", 4900))


def test_a_partial_refund_long_after_2023_is_of_the_fee_now_only() -> None:
    parts = _partial_fees("--date", "2026-11-01", "--", "-2000", "AMAZON", "PRIME")
    assert ("prime_annual", 4900) not in parts
    assert ("prime_annual", 5900) in parts


@pytest.mark.parametrize("lang", _LANGS)
def test_the_former_fee_partly_refunded_is_on_the_screen(lang: str) -> None:
    screen = _charge("--date", "2024-03-01", "--", "-2000", "AMAZON", "PRIME", lang=lang)
    assert ("年額4,900円" if lang == "ja" else "4,900 yen a year") in screen


_PART_TITLE = {
    "ja": "Amazonプライム（年間プラン）の会費の一部返金",
    "en": "Amazon Prime (Annual plan): a partial refund of the fee",
}
_PART_NOTE = {"ja": "計算方法は公開されていません", "en": "not published"}
_FROM_TEXT = {"ja": "表記から", "en": "the text points"}


@pytest.mark.parametrize("lang", _LANGS)
@pytest.mark.parametrize("args", [("--", "-3421"), ("--date", "2026-11-01", "--", "-4900")])
def test_a_refund_without_text_may_be_part_of_the_annual_fee(
    args: tuple[str, ...], lang: str
) -> None:
    screen = _charge(*args, lang=lang)
    assert _PART_TITLE[lang] in screen
    assert _PART_NOTE[lang] in screen
    assert _FROM_TEXT[lang] not in screen  # no text was given
    assert ("prime_annual", 5900) in _partial_fees(*args)


def test_a_whole_annual_fee_refund_without_text_is_no_partial_refund() -> None:
    assert _partial_fees("--", "-5900") == []


# ---------------------------------------------------------------- round 58c B 3


@pytest.mark.parametrize(
    ("args", "kind", "fit"),
    [
        (("1080", "AMAZON MUSIC"), "music_unlimited", "usual"),
        (("1500", "AMAZON AUDIBLE"), "audible", "usual"),
        (("600", "PRIME VIDEO"), "prime_video_channel", "usual"),
        (("980", "AMAZON MUSIC"), "music_unlimited", "possible"),  # none of its prices
    ],
)
def test_json_fit_of_a_service_the_text_names(args: tuple[str, ...], kind: str, fit: str) -> None:
    data = _json(*args)
    found = data["candidates"]
    assert isinstance(found, list)
    assert found[0]["kind"] == kind
    assert found[0]["fit"] == fit
    assert kind in data["text_names"]  # type: ignore[operator]


@pytest.mark.parametrize("lang", _LANGS)
def test_the_screen_of_a_named_service_keeps_its_one_sentence(lang: str) -> None:
    screen = _charge("1080", "AMAZON MUSIC", lang=lang)
    assert ("明細の表記と金額から見て" if lang == "ja" else "Likely with") not in screen


# ---------------------------------------------------------------- R-minor 3

_POINTS_TO = {"ja": "明細の表記から考えられるもの", "en": "What the statement text points to"}
_FIT_FIRST = {
    "ja": "明細の表記に合うものを先に並べています。",
    "en": "Those that fit the statement text come first.",
}
_UNLIKELY = {"ja": "可能性は低めです", "en": "Unlikely with"}


@pytest.mark.parametrize("lang", _LANGS)
@pytest.mark.parametrize(
    "args",
    [("--", "-3421", "AMAZON", "PRIME"), ("1234", "AMAZON", "DOWNLOADS"), ("990", "PRIME VIDEO")],
)
def test_no_points_to_heading_over_unlikely_candidates(args: tuple[str, ...], lang: str) -> None:
    screen = _charge(*args, lang=lang)
    assert _UNLIKELY[lang] in screen
    assert _POINTS_TO[lang] not in screen
    assert _FIT_FIRST[lang] in screen


# ---------------------------------------------------------------- R-minor 8, 9


_CARD = {"ja": "カード会社に問い合わせてください", "en": "ask your card company"}


@pytest.mark.parametrize("lang", _LANGS)
@pytest.mark.parametrize(
    "args", [("--date", "1999-01-01", "600"), ("--date", "2005-01-01", "3900")]
)
def test_a_date_before_prime_ends_with_the_card_company(args: tuple[str, ...], lang: str) -> None:
    screen = _charge(*args, lang=lang).replace("\n", "" if lang == "ja" else " ")
    assert _CARD[lang] in screen
    assert screen.index(_CARD[lang]) > screen.index("注文履歴" if lang == "ja" else "order history")


@pytest.mark.parametrize(
    "args", [("5900", "AMAZON", "PRIME"), ("1234",), ("--date", "1999-01-01", "600")]
)
def test_the_fraud_sentence_is_worded_as_the_statement_screen_words_it(
    args: tuple[str, ...],
) -> None:
    screen = _charge(*args, lang="ja").replace("\n", "")
    assert "カードが不正利用されている可能性があります。" in screen
    assert "（詐欺の）" not in screen


# ---------------------------------------------------------------- R-minor 10, 11, 12


def _error(*args: str, lang: str) -> str:
    done = run("charge", "--lang", lang, *args, env=_WIDE)
    assert done.exit_code == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    return done.stderr


@pytest.mark.parametrize(
    ("lang", "said"),
    [("ja", "1円未満の端数（小数点以下が0でない数）"), ("en", "no fraction of a yen")],
)
def test_the_decimal_error_names_the_fraction_as_600_point_0_is_read(lang: str, said: str) -> None:
    assert said in _error("14.99", lang=lang)
    assert "小数点は使えません" not in _error("14.99", lang=lang)
    assert ("金額：600円" if lang == "ja" else "600 yen") in _charge("600.0", lang=lang)


def test_zero_yen_cannot_be_looked_into() -> None:
    said = _error("0", lang="ja")
    assert "0円の請求は調べられません。明細に書かれている金額を指定してください。" in said
    assert "確認できません" not in said


_FORMS = ["600", "5,900", "¥5,900", "5900円", "14.99ドル", "USD14.99", "14.99USD", "'US$14.99'"]


@pytest.mark.parametrize("lang", _LANGS)
def test_the_help_lists_the_same_amount_forms_in_both_languages(lang: str) -> None:
    done = run("charge", "--help", "--lang", lang, env=_WIDE)
    joined = ("" if lang == "ja" else " ").join(line.strip() for line in done.stdout.splitlines())
    said = joined.split("TEXT..." if lang == "en" else "表記...")[0]
    sep = "、" if lang == "ja" else ", "
    listed = [form for form in _FORMS if f"{form}{sep}" in said or f"{form} " in said]
    assert listed == _FORMS, said
    assert ("全角の数字も使えます" if lang == "ja" else "full-width digits too") in said
