"""Review 9a (a native-level Japanese reader): the charge, statement, subscriptions, fees and
profile items (h2). Each test failed before its fix."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import WIDE, run

_FIT_RANK = {"usual": 2, "possible": 1, "unconfirmed": 1, None: 1, "unusual": 0}


def _text(*args: str, lang: str = "ja", env: dict[str, str] | None = None) -> str:
    result = run(*args, "--lang", lang, env=env or WIDE)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _data(*args: str) -> Any:
    result = run(*args, "--json", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    return result.json()["data"]


def _numbered(out: str) -> list[str]:
    return re.findall(r"^\s*\d+\. (.+?)\s*$", out, flags=re.MULTILINE)


# ---------------------------------------------------------------- item 2: the order is the fit


CASES = [
    ("880", "Amazon Pay提携サイト"),
    ("600", "AMAZON PRIME", "--date", "2019-03-01"),
    ("980", "AMAZON DOWNLOADS"),
    ("600", "AMAZON.CO.JP"),
    ("1500", "AMZN DIGITAL"),
]


@pytest.mark.parametrize("args", CASES)
def test_2_candidates_are_ranked_by_the_likelihood_they_print(args: tuple[str, ...]) -> None:
    fits = [c["fit"] for c in _data("charge", *args)["candidates"]][:-1]  # the last: nowhere
    ranks = [_FIT_RANK[fit] for fit in fits]
    assert ranks == sorted(ranks, reverse=True), fits


def test_2_amazon_pay_comes_first_for_its_own_text() -> None:
    out = _text("charge", "880", "Amazon Pay提携サイト")
    assert _numbered(out) == ["Amazon Pay（ほかのお店での支払い）"]  # alone (review 23a, S 10)


@pytest.mark.parametrize(
    ("lang", "said"),
    [("ja", "考えられるもの（どれも可能性は低めです）"), ("en", "none of these is likely")],
)
def test_2_no_order_is_claimed_when_nothing_fits_the_text(lang: str, said: str) -> None:
    out = _text("charge", "600", "AMAZON PRIME", "--date", "2019-03-01", lang=lang)
    assert said in out
    assert "可能性の高い順" not in out and "Most likely first" not in out


# ---------------------------------------------------------------- item 14: a closing note


@pytest.mark.parametrize(
    ("lang", "label"), [("ja", "どれにも当てはまらないとき："), ("en", "If none of these fits: ")]
)
@pytest.mark.parametrize("amount", ["600", "-600", "US$14.99"])
def test_14_found_nowhere_is_a_closing_note_not_a_candidate(
    lang: str, label: str, amount: str
) -> None:
    out = _text("charge", amount, lang=lang)
    names = _numbered(out)
    assert "どこにも見つからない場合" not in names and "If you find it nowhere" not in names
    after = out.split("\n\n")
    note = next(block for block in after if block.startswith(label))
    assert out.index(note) > out.rindex(names[-1]) if names else True
    stop = "カード会社" if lang == "ja" else "card company"
    assert (stop in note) is (not amount.startswith("-"))
    assert "止め方" not in note and "How to stop" not in note


# ---------------------------------------------------------------- item 3: the text before the amount


def _lines(name: str, *extra: str) -> list[dict[str, Any]]:
    path = str(Path(__file__).parents[1] / "fixtures" / "statements" / name)
    result = run("charge", "--statement", path, *extra, "--json")
    assert result.exit_code == 0, result.stderr
    lines: list[dict[str, Any]] = result.json()["data"]["lines"]
    return lines


@pytest.mark.parametrize("name", ["smbc-vpass-shift_jis.csv", "paypay-utf8.csv"])
def test_3_a_statement_line_is_never_audible_by_its_amount_alone(name: str) -> None:
    lines = _lines(name)
    assert any(abs(line["amount_yen"]) == 1500 for line in lines)
    assert all(line["service"] != "audible" for line in lines)
    for line in lines:
        if line["text"] == "amazon_co_jp":  # facts §10: usually a shop order
            assert line["service"] == "shop_order", line


@pytest.mark.parametrize(
    "text", ["ＡＭＡＺＯＮ．ＣＯ．ＪＰ", "AMAZON DOWNLOADS", "AMZN DIGITAL 利用国USA"]
)
@pytest.mark.parametrize("amount", ["1500", "-1500"])
def test_3_the_first_candidate_is_one_the_statement_text_stands_for(text: str, amount: str) -> None:
    first = _data("charge", amount, text)["candidates"][0]
    assert first["kind"] != "audible" and first["fit"] == "usual", first


# ---------------------------------------------------------------- item 15: a date after today

TODAY = {"PRIMEHELP_TODAY": "2026-12-02"}


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "`--date` の値「2027-01-01」は今日（2026年12月2日）より後の日付です。"),
        ("en", "`--date` '2027-01-01' is after today (2026-12-02)"),
    ],
)
def test_15_a_charge_date_after_today_is_refused(lang: str, said: str) -> None:
    result = run("charge", "600", "--date", "2027-01-01", "--lang", lang, env=TODAY)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert said in result.stderr and "2026/11/01" in result.stderr  # the forms (review 10a, S 25)
    assert "Traceback" not in result.stderr


def test_15_today_itself_is_a_charge_date() -> None:
    assert run("charge", "600", "--date", "2026-12-02", "--lang", "en", env=TODAY).exit_code == 0


# ---------------------------------------------------------------- item 16: one field, no echo


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_16_no_bullet_repeats_the_after_prime_field(lang: str) -> None:
    from primehelp.content.subscriptions import load

    out = _text("subscriptions", lang=lang)
    for service in load()[0]:
        said = service.billing.text(lang) in out
        assert said is (service.after_prime.value == "benefit_ends"), service.id
    detail = "（料金が続いたという報告も1件あります）" if lang == "ja" else "one report says"
    field = (
        "プライムの解約後：止まるとされています" if lang == "ja" else "After Prime ends: reported"
    )
    assert any(line.strip().startswith(field) and detail in line for line in out.splitlines())


# ---------------------------------------------------------------- item 17: one date style a screen

_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@pytest.mark.parametrize("columns", ["40", "80", "200"])
@pytest.mark.parametrize(
    "name", ["smbc-vpass-shift_jis.csv", "paypay-utf8.csv", "view-shift_jis.csv"]
)
def test_17_statement_rows_write_dates_as_the_month_table_does(name: str, columns: str) -> None:
    path = str(Path(__file__).parents[1] / "fixtures" / "statements" / name)
    out = _text("charge", "--statement", path, env={"COLUMNS": columns})
    assert not _ISO.search(out), _ISO.search(out)
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日", out)


def test_17_the_flag_says_no_price_fits_in_the_legend_s_words() -> None:
    path = str(Path(__file__).parents[1] / "fixtures" / "statements" / "rakuten-utf8-bom.csv")
    out = _text("charge", "--statement", path)
    assert "該当価格" not in out
    if "※決まった料金のどれとも一致しません" in out:  # review 10a, item 11
        assert "・決まった料金のどれとも一致しません：" in out


def test_17_and_18_profile_writes_its_date_in_words_and_nothing_saved_takes_ga() -> None:
    saved = run("renewal", "2026-12-31", "--save", "--today", "2026-12-05", env=WIDE)
    assert saved.exit_code == 0, saved.stderr
    shown = _text("profile")
    assert "更新日：2026年12月31日" in shown and not _ISO.search(shown)
    assert "Renewal date: 2026-12-31" in _text("profile", lang="en")
    _text("profile", "--clear")
    again = _text("profile", "--clear")
    assert again.startswith("保存した更新日がないため、削除するものはありません")
    assert "Nothing" in _text("profile", "--clear", lang="en")


# ---------------------------------------------------------------- S 27: the plans' own names


def test_s27_fees_compares_the_plans_by_their_names() -> None:
    out = _text("fees")
    assert "年間プランと月間プランの比較" in out and "年会費と月会費" not in out
    assert "年払い" not in out and "年間プランのほうが1,300円（18.1%）安くなります" in out
    en = _text("fees", lang="en")
    assert "Annual plan against monthly plan" in en and "the Annual plan saves 1,300 yen" in en


# ---------------------------------------------------------------- S 29: a page, not an item


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        # review 10a, item 15: in the sentence, once, by Amazon's label
        ("ja", "「Amazonプライム会員情報」のページ"),
        ("en", "「Amazonプライム会員情報」 (Prime membership) page"),
    ],
)
def test_s29_the_prime_candidate_names_the_page_to_open(lang: str, label: str) -> None:
    out = " ".join(_text("charge", "600", lang=lang).split())
    assert label in (out.replace(" ", "") if lang == "ja" else out)
    assert "選ぶ項目" not in out and "Look for: " not in out


# ---------------------------------------------------------------- S 30: no brackets in brackets


def test_s30_the_encoding_is_said_without_nested_brackets() -> None:
    path = str(Path(__file__).parents[1] / "fixtures" / "statements" / "rakuten-utf8-bom.csv")
    first = _text("charge", "--statement", path).splitlines()[0]
    assert first.endswith("（文字コード：BOM付きUTF-8）"), first  # review 38c, item 12
    assert first.count("（") == 1


# ---------------------------------------------------------------- S 31: a refund is no charge


@pytest.mark.parametrize(
    ("lang", "refund", "charge"),
    [
        ("ja", "考えられる返金の対象：", "考えられる内容："),  # review 14a, item 5
        ("en", "Likely refund for: ", "What it may be: "),
    ],
)
def test_s31_a_stacked_refund_row_names_what_it_may_refund(
    lang: str, refund: str, charge: str
) -> None:
    path = str(Path(__file__).parents[1] / "fixtures" / "statements" / "rakuten-utf8-bom.csv")
    out = _text("charge", "--statement", path, lang=lang, env={"COLUMNS": "40"})
    rows = out.split("\n\n")
    refunds = [row for row in rows if "-" in row and ("（返金）" in row or "(refund)" in row)]
    assert refunds
    for row in refunds:  # a long value goes under its label (review 13a, S 6): no space after
        assert refund.strip() in row and charge.strip() not in row, row
    assert any(charge.strip() in row for row in rows)


# ---------------------------------------------------------------- S 32: a label, not a question


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s32_subscriptions_say_who_can_use_a_service(lang: str) -> None:
    out = _text("subscriptions", lang=lang)
    assert "プライム会員が必要か" not in out and "Needs Prime" not in out
    label = "利用条件：" if lang == "ja" else "Who can use it: "
    assert out.count(label) == 6  # every billed service, never a benefit


def test_15_the_help_says_the_date_is_up_to_today() -> None:
    assert "今日までの日付" in "".join(_text("charge", "--help").split())
    assert "up to today" in " ".join(_text("charge", "--help", lang="en").split())
