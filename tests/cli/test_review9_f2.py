"""Review 9 (a native-level Japanese reader), the contact/check/charge/complain items."""

from __future__ import annotations

import re

import pytest

from primehelp.content import contact
from tests.support.clihelp import WIDE, run


def _text(*args: str, lang: str = "ja", env: dict[str, str] | None = None) -> str:
    result = run(*args, "--lang", lang, env=env or WIDE)
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 1: complain's headings


@pytest.mark.parametrize("topic", ["renewal", "refund", "cancel", "other"])
def test_1_every_complain_heading_names_its_case_without_a_dangling_clause(topic: str) -> None:
    heading = _text("complain", topic).splitlines()[0]
    found = re.fullmatch(r"チャットに貼り付ける問い合わせ文（(.+)）", heading)
    assert found, heading
    # A heading ends in a noun (「…場合」, 「…相談」), never in a verb's 「…た」/「…たい」/「…ない」.
    assert not found.group(1).endswith(("た", "い")), heading
    en = _text("complain", topic, lang="en").splitlines()[0]
    assert re.fullmatch(r"Message to paste into the chat \(.+\)", en), en


def test_1_the_renewal_heading_says_the_fee_was_charged() -> None:
    heading = _text("complain", "renewal").splitlines()[0]
    # review 19a, S 14: short enough for 60 columns, 「場合）」 never alone on a line
    assert heading == "チャットに貼り付ける問い合わせ文（自動更新で請求された場合）"


# ---------------------------------------------------------------- items 2 and 3: contact's routes


def _route_summaries(lang: str) -> list[str]:
    return [route.hours(lang) for route in contact.load().routes]  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_each_route_summary_is_a_sentence_of_its_own(lang: str) -> None:
    summaries = _route_summaries(lang)
    assert len(summaries) == 3
    for summary in summaries:
        assert summary.endswith("。" if lang == "ja" else "."), summary


@pytest.mark.parametrize("columns", ["40", "80"])
def test_2_the_summary_and_the_next_sentence_are_separate_sentences(columns: str) -> None:
    lines = _text("contact", env={"COLUMNS": columns}).splitlines()
    # The table's third column, or the stacked lines, joined as one text.
    cells = [line.split("│")[3] if line.count("│") == 4 else line for line in lines]
    out = "".join(cell.strip() for cell in cells)
    assert "Amazonから電話がかかってきます。こちらからAmazonに電話を" in out
    assert "利用できます（サインインが必要です）。Amazon.co.jpにサインインし" in out
    assert "公開されていません。報告によれば、メールでの対応を希望するときは" in out


def test_3_narrow_contact_numbers_each_route_as_a_heading() -> None:
    lines = _text("contact", env={"COLUMNS": "40"}).splitlines()
    assert "おすすめ順：" not in "\n".join(lines)
    assert lines.index("おすすめ順に並べています。") + 1 == lines.index("1. チャット")
    assert "2. 電話（コールバック）" in lines and "3. メール" in lines


def test_3_the_json_keeps_the_order_as_a_number() -> None:
    result = run("contact", "--json", "--lang", "ja")
    routes = result.json()["data"]["routes"]
    assert [route["order"] for route in routes] == [1, 2, 3]


# ---------------------------------------------------------------- item 4: one term for the verdict

_OTHER_TERMS = ("公式でない", "公式の問い合わせ先ではありません", "Amazonが使っていない", "安全")


def test_4_contact_and_check_number_say_not_a_number_amazon_publishes() -> None:
    numbers = ("0120-999-373", "050-1234-5678", "0120-899-543")
    checked = run("check-number", *numbers, "--lang", "ja", env=WIDE).stdout  # exit 1: a finding
    helped = run("check-number", "--help", "--lang", "ja", env=WIDE).stdout.replace("\n  ", "")
    shown = _text("contact") + checked + helped
    for term in _OTHER_TERMS:
        assert term not in shown, term
    # The ordinary number and the circulating one: the same words, as in contact.
    verdict = "Amazonが公開している番号ではありません。"
    assert checked.count(verdict) >= 2 and verdict in _text("contact")
    assert "公共の電話番号だけなら終了コード0、それ以外の番号が1つでもあれば1" in helped
    en = " ".join(run("check-number", "--help", "--lang", "en", env=WIDE).stdout.split())
    # the help's exit-code note no longer says 「Amazonが公開していない」 (review 32a, item 7)
    assert "not official" not in en and "not a public-service number" in en


# ---------------------------------------------------------------- item 5: charge's fields, heading


def test_5_the_charge_heading_is_short_and_the_order_is_said_above_the_list() -> None:
    lines = _text("charge", "600", "AMAZON PRIME").splitlines()
    assert lines[0] == "この請求の候補（情報は2026年12月2日時点）"  # review 32c, S 11
    assert (
        lines[lines.index("1. Amazonプライム（月間プラン）") - 1]
        == "可能性の高い順に並べています。"
    )
    en = _text("charge", "600", "AMAZON PRIME", lang="en").splitlines()
    assert en[0].startswith("What this charge can be  (") and "Most likely first." in en


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_look_for_only_when_where_to_see_does_not_name_the_labels(lang: str) -> None:
    out = _text("charge", "600", "AMAZON PRIME", lang=lang)
    where, look = (
        # review 9a S 29: the label names a page to open
        ("確認する場所：", "開くページ：")
        if lang == "ja"
        else ("Where to see it: ", "Page to open: ")
    )
    for block in out.split("\n\n"):
        lines = block.splitlines()
        seen = next((line for line in lines if where in line), None)
        shown = next((line for line in lines if look in line), None)
        if seen is None or shown is None:
            continue
        labels = re.findall(r"「[^」]+」", shown)
        assert not all(label in seen for label in labels), block  # never the same labels twice
    # The Prime fee: its place names the page by its label (review 10a, item 15), so no
    # separate page line repeats it.
    assert out.count(look) == 0
    assert "「Amazonプライム会員情報」" in out


# ---------------------------------------------------------------- item 6: the reported Music price


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_the_reported_music_price_change_reads_as_two_plain_sentences(lang: str) -> None:
    # review 53a item 11: subscriptions says it under the price list's heading; the full note
    # (with the 2023 prices, for `charge`) is in `sources`
    out = _text("sources", "subscriptions.music_unlimited.price_change_2026", lang=lang)
    note = next(line for line in out.splitlines() if "2026" in line and "Music" in line)
    if lang == "ja":
        assert "報告によれば、" in note
        # no parenthesised aside after a past-tense 「改定されました」
        # review 52a item 16: 「確認できていません。」 a sentence of its own, then the caveat
        assert "改定されました。改定後の料金は確認できていません。" in note
        # review 56c item 6: the conclusion hedged as the report is, never 「可能性が高い」
        assert "報告のとおりなら、今の料金は" in note and "とは異なります。" in note
        assert "可能性が高い" not in note and "で確認してください。" in note
        assert "（確認できていないため" not in note
    else:
        # review 36a S 27: English lists after "- ", not 「・」
        assert "Reportedly," in note and "(unconfirmed" not in note


# ---------------------------------------------------------------- item 7: no red flags: where to check


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_7_no_red_flags_says_what_to_check_where_before_the_advice(lang: str) -> None:
    """Review 9a item 9: the headline says it once (no proof); the first bullet says where to
    check, before the generic advice; 「本物かどうか」 only in the heading."""
    out = _text("check-message", "--text", "ご注文ありがとうございました。", lang=lang)
    verdict, advice = out.split("\n\n")[:2]
    heading, first, second = advice.split("\n・" if lang == "ja" else "\n- ")[:3]  # 45a 13
    assert "メッセージセンター" not in verdict
    assert "メッセージセンター" in first and "メッセージセンター" not in second
    if lang == "ja":
        assert verdict.replace("\n", "").endswith("証明にはなりません。")
        assert heading == "本物かどうか確かめるには"
        assert "本物かどうか" not in verdict + first
    else:
        assert verdict.replace("\n", " ").endswith("does not prove it is from Amazon.")
        assert "genuine" not in verdict + first


# ---------------------------------------------------------------- item 8: the stacked statement


def test_8_stacked_statement_lines_quote_the_text_as_charge_does() -> None:
    statement = "tests/fixtures/statements/rakuten-utf8-bom.csv"
    narrow = _text("charge", "--statement", statement, env={"COLUMNS": "40"})
    lines = narrow.split("\nAmazonの行\n", 1)[1].split("\n\n明細の表記について")[0].splitlines()
    texts = [line for line in lines if line.startswith("明細の表記：")]
    assert len(texts) == 8
    # a text too long beside its label goes under it, indented (review 13a, S 6)
    joined = re.sub(r"明細の表記：\n +", "明細の表記：", "\n".join(lines))
    for text in re.findall(r"^明細の表記：(.*)$", joined, re.MULTILINE):
        # a full-width text is shown half-width, with 「（明細では全角）」 after it (review 12a, S 6)
        assert text.startswith("「") and text.removesuffix("（明細では全角）").endswith("」"), text
    # review 14a, item 5: a refund is said after its amount, never under 注意 (the ※ flags)
    assert "金額：-600円（返金）" in narrow and "注意：返金" not in narrow
    # one note beside its label, several under it (review 31c S 12 added 「…と同じ金額」)
    # review 38c, item 4: the longer flag may wrap; joined, it follows its label (36c, 2)
    flat = re.sub(r"\n +", "", narrow)
    assert re.search(
        r"^注意：※同じ金額の請求が、同じ月のうちに、または25日未満の間隔で2回以上あります",
        flat,
        re.M,
    )
    # the charge screen shows a text it was given the same way
    assert "明細の表記：「AMAZON PRIME」" in _text("charge", "600", "AMAZON PRIME")
    # wide, the column of texts stays as the statement prints it
    # (140: the notes are sentences and the channel a marked guess since review 21a, items 3, 4;
    # 160: the twice flag names its subject, 「同じ金額の請求が、…」, since review 41c, item 10)
    wide = _text("charge", "--statement", statement, env={"COLUMNS": "160"})
    assert re.search(
        r"^2026年10月3日 +AMAZON PRIME ", wide, re.M
    )  # review 9a item 17: a date in words


# ---------------------------------------------------------------- item 9: check-message's sources

_SCAM = "Amazonです。0120-999-373 にお電話ください。https://amazon.co.jp.secure-pay.info/"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_9_red_flag_sources_are_the_same_bare_urls_in_json_and_text(lang: str) -> None:
    # Decision (review 9): schema_version 1 unchanged; a red flag's sources stay openable URLs,
    # and the text view cites those same URLs (no date the JSON would not have).
    args = ("check-message", "--entered-details", "--text", _SCAM, "--lang", lang)
    document = run(*args, "--json", env=WIDE).json()
    assert document["schema_version"] == 1
    flagged = {s for flag in document["data"]["red_flags"] for s in flag["sources"]}
    assert flagged and all(re.fullmatch(r"https://\S+", source) for source in flagged)
    text = run(*args, env=WIDE).stdout
    cited = {
        # one source a row, indented (review 32b item 1); a dated page's date after it, which
        # the JSON gives in source_dates (komitsu.org: review 62a, R-minor 6)
        re.sub(r" ?[（(]\S+[)）]$", "", line.strip().rstrip("、;。"))
        for line in text.split("\n出典：\n" if lang == "ja" else "\nSources:\n")[1].splitlines()
    }
    assert flagged <= cited
    dated = {d["url"] for flag in document["data"]["red_flags"] for d in flag["source_dates"]}
    assert dated <= flagged
