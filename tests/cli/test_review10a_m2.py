"""Review 10a (a native-level Japanese reader): charge, fees, sources, contact, complain."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from tests.support.clihelp import WIDE, run


def _text(*args: str, lang: str = "ja", env: dict[str, str] | None = None, code: int = 0) -> str:
    result = run(*args, "--lang", lang, env=env or WIDE)
    assert result.exit_code == code, result.stderr
    return result.stdout


def _flat(text: str) -> str:
    return re.sub(r"\s", "", text)


# ---------------------------------------------------------------- item 15: one name for the Prime page


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_15_a_prime_candidate_names_its_page_once_as_amazon_labels_it(lang: str) -> None:
    out = _text("charge", "600", "--date", "2026-11-01", lang=lang)
    first = out.split("\n2. ")[0]
    if lang == "ja":
        flat = _flat(first)
        assert (
            flat.count("「Amazonプライム会員情報」のページ") == 2
        )  # where to see it, how to stop it
        assert "プライム会員情報のページ" not in flat.replace(
            "「Amazonプライム会員情報」のページ", ""
        )
        assert "開くページ" not in first  # the page is named in the sentence already
    else:
        assert "Page to open" not in first
        assert (
            " ".join(first.split()).count("「Amazonプライム会員情報」 (Prime membership) page") == 2
        )


# ---------------------------------------------------------------- items 11 and 4: the flag of a row


REVIEW24A = str(
    Path(__file__).parents[1] / "fixtures" / "statement_texts" / "generic-review24a.csv"
)
STATEMENTS = Path(__file__).parents[1] / "fixtures" / "statements"


@pytest.mark.parametrize("name", ["rakuten-utf8-bom.csv", "smbc-vpass-shift_jis.csv"])
def test_11_a_row_naming_a_ranged_service_is_not_told_no_price_fits(name: str) -> None:
    out = _text("charge", "--statement", str(STATEMENTS / name), env={"COLUMNS": "60"})
    rows = out.split("\n\n")
    # the file's digital row is billed in dollars: since review 48c item 3 it is read from its
    # dollars as a digital purchase (any amount), never as a yen-priced channel, and not flagged
    named = [
        row
        for row in rows
        if "考えられる内容：" in row and "デジタルコンテンツの購入" in row and "米ドル" in row
    ]
    assert named
    assert not any("Prime Videoチャンネル" in row for row in named)
    assert "当てはまる料金なし" not in out  # which the row's own candidate contradicted
    # Review 24a, S 9: read as a digital purchase (any amount) or a channel: no flag at all
    assert not any("注意：" in row for row in named)
    flagged = REVIEW24A, "--columns", "date,description,amount"
    # the heading's own line (the lead names it too since review 53c item 9: 「理由は下の「確認が…」)
    shown = _text("charge", "--statement", *flagged)
    legend = _flat(shown.split("\n確認が必要な行について\n")[1])
    assert "・決まった料金のどれとも一致しません：" in legend
    assert "料金に幅のあるサービスの可能性があります" in legend
    en = " ".join(_text("charge", "--statement", *flagged, lang="en").split())
    assert "! Matches none of the fixed prices" in en and "no known price" not in en
    # review 53c item 10: the ranged-price sentence names the amounts it is about
    assert "1,500 yen may be a service with a range of prices, such as Prime Video channels." in en


# ---------------------------------------------------------------- item 12 and S 23: nothing fits well


def test_12_a_text_that_is_none_of_amazon_s_is_said_first_and_claims_no_order() -> None:
    out = _text("charge", "1200", "NETFLIX.COM")
    flat = _flat(out)
    said = "Amazon以外の会社からの請求の可能性があります。"
    assert said in flat
    assert flat.index(said) < flat.index("1.Prime")  # before the list
    assert "考えられるもの（どれも可能性は低めです）" in out
    assert "可能性の高い順" not in out and "安全" not in out
    en = " ".join(_text("charge", "1200", "NETFLIX.COM", lang="en").split())
    assert "the charge may be from another company" in en
    assert "What it may be (none of these is likely)" in en and "Most likely first" not in en


@pytest.mark.parametrize(
    "args", [("980", "NETFLIX.COM"), ("2880",), ("500", "--date", "2026-11-01")]
)
def test_s23_no_order_is_claimed_whenever_no_fee_matched_or_the_text_is_not_amazon_s(
    args: tuple[str, ...],
) -> None:
    out = _text("charge", *args)
    assert "考えられるもの（どれも可能性は低めです）" in out
    assert "可能性の高い順" not in out


def test_s23_a_fee_that_matches_is_still_ranked() -> None:
    assert "可能性の高い順に並べています。" in _text("charge", "600", "--date", "2026-11-01")


# ---------------------------------------------------------------- item 13: a Student fee not confirmed


def test_13_a_student_fee_before_2019_04_12_is_not_confirmed_and_stays_a_candidate() -> None:
    """Review 24a, items 1 and 3: still unknown, never "not the fee", but no longer a candidate
    (no Student plan is named as what the charge is)."""
    out = _text("charge", "2450", "--date", "2018-01-01")
    flat = _flat(out)
    assert "2018年1月1日時点のPrimeStudent年間プランの会費は確認できていないため、" in flat
    assert "2018年1月1日時点の会費ではありません" not in flat  # the firm claim is gone
    assert "2018年1月1日時点のプライム会費にも" not in flat
    assert "プライム会費のうち確認できているものにも" in flat
    listed = re.findall(r"^\d+\. (.+)$", out, re.MULTILINE)
    assert not any("Prime Student" in name for name in listed)
    en = " ".join(_text("charge", "2450", "--date", "2018-01-01", lang="en").split())
    assert "The Prime Student annual plan fee on 2018-01-01 is not confirmed, so whether" in en
    assert "not the fee on 2018-01-01" not in en


def test_13_the_json_names_the_unconfirmed_fee() -> None:
    result = run("charge", "2450", "--date", "2018-01-01", "--json", env=WIDE)
    kinds = {c["kind"]: c["match"] for c in result.json()["data"]["candidates"]}
    assert "prime_student_annual" not in kinds  # review 24a, item 1: no candidate then


def test_13_a_known_fee_on_a_known_date_is_still_said_firmly() -> None:
    out = _flat(_text("charge", "2450", "--date", "2024-01-01"))
    assert "2024年1月1日時点のAmazonプライムの会費ではありません" in out  # review 13a, item 2


# ---------------------------------------------------------------- line breaks: items 1, 4, 5, 16, S 32


def _splits(out: str, word: str) -> list[str]:
    """The places where a line break falls inside ``word``."""
    lines = out.splitlines()
    cut = []
    for first, second in itertools.pairwise(lines):
        joined = first + second.lstrip()
        at = joined.find(word)
        while at != -1:
            if at < len(first) < at + len(word):
                cut.append(f"{first[-12:]}│{second.lstrip()[:8]}")
            at = joined.find(word, at + 1)
    return cut


def _wrapped(*args: str, columns: int, lang: str = "ja", code: int = 0) -> str:
    return _text(*args, lang=lang, env={"COLUMNS": str(columns)}, code=code)


@pytest.mark.parametrize("columns", [40, 50, 60])
def test_1_a_former_fee_without_a_date_breaks_between_words(columns: int) -> None:
    out = _wrapped("charge", "4900", columns=columns)
    assert "現在のAmazonプライムの会費ではありません" in _flat(out)  # review 13a, item 2
    assert _splits(out, "現在") == [] and _splits(out, "会費") == []


@pytest.mark.parametrize("columns", [40, 50, 60, 80])
def test_4_the_verb_when_nothing_fits_is_whole(columns: int) -> None:
    out = _wrapped("charge", "2880", columns=columns)
    assert "どれも可能性は低めです" in out and "どれにも当てはまらないとき" in _flat(out)
    assert _splits(out, "当てはまら") == [] and _splits(out, "当てはまり") == []


@pytest.mark.parametrize("columns", [40, 50, 60, 80])
def test_5_a_prime_student_plan_name_is_kept_whole(columns: int) -> None:
    out = _wrapped("fees", columns=columns)
    assert "Prime Student 年間プラン" in out and "Prime Student 月間プラン" in out
    lines = [line.strip("│ ") for line in out.splitlines()]
    for first, second in itertools.pairwise(lines):
        if second.startswith(("年間プラン", "月間プラン")):
            assert not first.endswith("Student"), (first, second)
        if second.startswith("Student"):
            assert not first.endswith("Prime"), (first, second)


@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize(
    ("args", "code"),
    [(("contact",), 0), (("complain", "renewal"), 0), (("sources",), 0)],
)
def test_16_the_adr_s_formal_name_is_kept_whole(
    args: tuple[str, ...], code: int, columns: int
) -> None:
    out = _wrapped(*args, columns=columns, code=code)
    assert "和解の仲介・仲裁" in out
    assert _splits(out, "和解の仲介・仲裁") == []


@pytest.mark.parametrize("topic", ["refund", "cancel"])
def test_s32_a_complaint_title_keeps_its_words_at_40(topic: str) -> None:
    out = _wrapped("complain", topic, columns=40)
    assert _splits(out, "について") == []


# ---------------------------------------------------------------- S 24: a separate account, once


@pytest.mark.parametrize("amount", ["US$14.99", "US$139"])
def test_s24_a_us_charge_says_separate_account_once(amount: str) -> None:
    assert _flat(_text("charge", amount)).count("別のアカウント") == 1
    assert " ".join(_text("charge", amount, lang="en").split()).count("separate account") == 1


# ---------------------------------------------------------------- S 25: examples the error accepts


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s25_a_later_date_is_refused_with_examples_it_accepts(lang: str) -> None:
    result = run("charge", "600", "--date", "2027-01-01", "--lang", lang, env=WIDE)
    assert result.exit_code == 2 and result.stdout == ""
    assert "2026-12-31" not in result.stderr and "2026-11-01" in result.stderr
    for example in re.findall(
        r"\d{4}-\d{2}-\d{2}", result.stderr.split("：" if lang == "ja" else "forms:")[-1]
    ):
        assert run("charge", "600", "--date", example, env=WIDE).exit_code == 0


# ---------------------------------------------------------------- S 26: sources text stands alone


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s26_sources_never_points_below_or_to_a_list_that_is_not_there(lang: str) -> None:
    out = " ".join(_text("sources", "cancel", lang=lang, env={"COLUMNS": "200"}).split())
    for said in ("下のとおり", "以下はウェブサイト", "is below", "the labels below"):
        assert said not in out
    assert out.count("primehelp cancel") >= 2


# ---------------------------------------------------------------- S 29 and S 30: complain's values


@pytest.mark.parametrize(
    ("lang", "glossed"),
    [
        ("ja", "student-annual（Prime Student 年間プラン）"),
        ("en", "student-annual (Prime Student annual plan)"),
    ],
)
def test_s29_a_bad_plan_is_refused_with_what_each_plan_is(lang: str, glossed: str) -> None:
    result = run("complain", "renewal", "--plan", "weekly", "--lang", lang, env=WIDE)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert glossed in result.stderr and (
        "「weekly」" in result.stderr or "'weekly'" in result.stderr
    )
    assert run("complain", "renewal", "--plan", "student-annual", env=WIDE).exit_code == 0


def test_s29_the_help_glosses_the_plans() -> None:
    out = _flat(run("complain", "--help", "--lang", "ja", env=WIDE).stdout)
    assert "annual（年間プラン）monthly（月間プラン）" in out  # one a line (review 51a item 32)


def test_s30_one_wording_for_the_renewal_topic() -> None:
    said = "自動更新で請求された"
    assert said in _flat(run("complain", "--help", "--lang", "ja", env=WIDE).stdout)
    refused = run("complain", "renewall", "--lang", "ja", env=WIDE)
    assert said in refused.stderr and "意図しない更新で" not in refused.stderr


# ---------------------------------------------------------------- S 21: fees, the legend last


def test_s21_the_notes_come_before_the_legend_and_every_renewal_says_from_when() -> None:
    out = _text("fees", env={"COLUMNS": "80"})
    lines = out.splitlines()
    legend = lines.index("確度（情報の確かさ）")  # review 37a, S 7: the legend's heading
    notes = [n for n, line in enumerate(lines) if line.startswith("・2024年〜2026年")]
    assert notes and notes[0] < legend
    no_date = ("該当なし", "いつからかは確認できていません")  # review 18a S 16, review20a S8
    renewals = [
        line
        for line in lines
        if line.startswith("既存会員：") and not any(word in line for word in no_date)
    ]
    # an old fee with no known start says until when instead (review 24a, S 12)
    assert renewals and all(
        re.search(r"以降の(更新時の請求|更新|請求)|までの(請求|更新)", line) for line in renewals
    )


# ---------------------------------------------------------------- S 37: 180 days from when


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "180日を数え始める日は確認できていません"),
        ("en", "from which day the 180 days count is not confirmed"),
    ],
)
def test_s37_amazon_photos_says_the_start_of_the_180_days_is_not_confirmed(
    lang: str, said: str
) -> None:
    out = _text("subscriptions", lang=lang, env={"COLUMNS": "60"})
    assert said in (_flat(out) if lang == "ja" else " ".join(out.split()))
    assert "180日後に" not in _flat(out)


# ---------------------------------------------------------------- S 33, S 34, S 35: help


def _help(*args: str, columns: int) -> str:
    result = run(*args, "--help", env={"COLUMNS": str(columns), "PRIMEHELP_LANG": "ja"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_s33_the_sources_summary_leaves_no_word_alone_at_40() -> None:
    out = _help(columns=40)
    assert "情報の出典・確認日・確度を" in _flat(out)
    assert all(line.strip() != "情報を、" for line in out.splitlines())


def test_s34_the_summary_lists_what_the_tool_does_not_dead_numbers() -> None:
    out = _flat(_help(columns=80))
    assert "Amazonを名乗る電話番号やメッセージの確認" in out
    assert "使われていない電話番号" not in out
    en = " ".join(run("--help", env={"COLUMNS": "200", "PRIMEHELP_LANG": "en"}).stdout.split())
    assert "checking numbers and messages that claim to be Amazon" in en


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_s35_the_card_name_keeps_its_parenthesis(columns: int) -> None:
    out = _help("charge", columns=columns)
    assert _splits(out, "三井住友カード（Vpass）") == []
    assert "三井住友カード（Vpass）" in out
