"""Review 4 (issue 12): wording findings, each shown on the screen where a member meets it.

One test per finding (the review's item number in the name); the text is read at a width
wide enough that no sentence is broken by wrapping.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.clihelp import run, with_lang

WIDE = {"COLUMNS": "1000"}


def _text(*args: str, lang: str = "ja") -> str:
    result = run(*with_lang(args, lang), env=WIDE)  # before 「--」 (review 39c, S 3)
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def test_11_fees_says_there_was_no_student_monthly_plan_before_2019() -> None:
    row = next(line for line in _text("fees").splitlines() if "250円" in line)
    assert "2019年より前は、Prime Student 月間プランはありませんでした" in row
    assert "不明" not in row
    assert "there was no Prime Student monthly plan before 2019" in _text("fees", lang="en")


@pytest.mark.parametrize("command", [("fees",), ("subscriptions",), ("charge", "390")])
def test_15_the_ad_free_option_has_one_name(command: tuple[str, ...]) -> None:
    out = _text(*command)
    assert "広告フリー" not in out
    assert "広告なしで見るためのオプション" in out


def test_17_a_refund_is_not_told_how_to_stop_and_its_date_is_a_refund_date() -> None:
    out = _text("charge", "--", "-600")
    assert "止め方" not in out
    assert "以前の返金なら、`--date` で明細の利用日を指定してください。" in out
    assert "How to stop it" not in _text("charge", "--", "-600", lang="en")
    dated = _text("charge", "--date", "2026-11-01", "--", "-600")
    assert "返金額：600円（2026年11月1日の返金）" in dated
    assert "止め方" in _text("charge", "600")  # a charge still says how to stop it


def test_18_fit_with_the_statement_text_is_a_likelihood() -> None:
    out = _text("charge", "980", "AMAZON", "DOWNLOADS")
    assert "可能性は低めです" in out and "可能性が高いです" in out
    assert "珍しい請求" not in out and "よくある請求" not in out


def test_19_a_dollar_charge_is_cancelled_on_amazon_com() -> None:
    assert "amazon.comのアカウントで解約します。" in _text("charge", "US$14.99")
    sources = _text("sources")
    assert "米ドルの金額でプライムの請求がある場合は、amazon.co.jpとは別にamazon.comの" in sources


SCAM = (
    "【Amazon】プライム会費のお支払い方法に問題があります。こちらから更新してください "
    "https://amazon-prime-update.top/login カード情報を入力しないとアカウントが停止されます"
)


def test_15_reporting_to_amazon_names_the_same_button_as_the_line_above_it() -> None:
    out = _text("check-message", "--entered-details", "--text", SCAM)
    assert "報告フォーム" not in out
    # one wording of the step everywhere (review 52a, item 6)
    assert "サインインして「不審な連絡について報告する」から報告できます" in out
    assert "report a suspicious contact" in _text(
        "check-message", "--entered-details", "--text", SCAM, lang="en"
    )


def test_15_the_police_consultation_line_has_one_name() -> None:
    out = _text("check-message", "--entered-details", "--text", SCAM)
    assert "警察相談専用電話（#9110）か、" in out
    assert "警察の相談専用電話" not in out
    assert "警察相談専用電話の番号です" in _text("check-number", "#9110")


def test_35_each_piece_of_evidence_counted_is_one_bullet() -> None:
    out = _text("check-message", "--text", SCAM)
    flag = out.split("詐欺でよく使われる件名・文面（2件）\n", 1)[1].split("2025〜26年", 1)[0]
    assert [line.strip()[:1] for line in flag.splitlines()].count("・") == 2
    en = _text("check-message", "--text", SCAM, lang="en")
    assert "(2)\n" in en


@pytest.mark.parametrize(("lang", "urgent", "calm"), [
    ("ja", "まず確認してください", "本物かどうか確かめるには"),  # review 52a, item 5
    ("en", "What to do", "To check whether it is genuine"),
])  # fmt: skip
def test_36_a_message_with_no_warning_sign_gets_no_urgent_heading(
    lang: str, urgent: str, calm: str
) -> None:
    harmless = _text("check-message", "--text", "Amazonです。ご注文の商品は明日お届け予定です。",
                     lang=lang)  # fmt: skip
    assert calm in harmless and urgent not in harmless
    scam = _text("check-message", "--text", SCAM, lang=lang)
    assert urgent in scam and calm not in scam


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_37_public_numbers_are_not_called_safe(lang: str) -> None:
    out = _text("check-number", "110", "188", "#9110", lang=lang)
    assert "詐欺の番号でもありません" not in out and "not scams" not in out
    # Each verdict says it (the list of public numbers is left out when all are public).
    assert ("公共の電話番号で、Amazonの番号ではありません。" if lang == "ja"
            else "Public service: police; not Amazon.") in out  # fmt: skip


# The path is said once (review 5, item 26): in the sentence, which names the step too.
@pytest.mark.parametrize("command", [("contact",), ("complain", "other")])
@pytest.mark.parametrize(("lang", "path"), [
    ("ja", "「カスタマーサービス」でお問い合わせの内容を選んでから「カスタマーサービスへ連絡」を選ぶ"),
    ("en", "open 「カスタマーサービス」 (Customer Service), pick the topic, then choose 「カスタマーサービスへ連絡」"),
])  # fmt: skip
def test_leftover_a_the_chat_path_has_the_step_between_its_labels(
    command: tuple[str, ...], lang: str, path: str
) -> None:
    out = _text(*command, lang=lang)
    assert path in out
    assert out.count("「カスタマーサービスへ連絡」") == 1


def test_leftover_a_the_step_without_a_label_is_in_the_json() -> None:
    contact = run("contact", "--json", "--lang", "en").json()["data"]
    chat = next(route for route in contact["routes"] if route["id"] == "chat")
    assert chat["path_ja"] == ["カスタマーサービス", "カスタマーサービスへ連絡"]
    assert chat["path_steps"] == [{"after": 1, "text": "pick the topic"}]
    kit = run("complain", "other", "--json", "--lang", "ja").json()["data"]["kit"]
    assert kit["chat_path_steps"] == [{"after": 1, "text": "お問い合わせの内容を選ぶ"}]


def test_27_when_the_old_numbers_stopped_is_not_known() -> None:
    out = _text("contact")
    assert "（使われなくなった時期は分かっていません）" in out and "終了した時期" not in out


@pytest.mark.parametrize("command", [("contact",), ("complain", "other")])
def test_28_it_is_the_centre_that_cannot_compel_the_business(command: tuple[str, ...]) -> None:
    out = _text(*command)
    assert "ただし、センターが事業者に対応を強制することはできません。" in out


def test_39_contact_headers_say_the_order_is_a_recommendation_and_the_hours_are_there() -> None:
    out = run("contact", "--lang", "ja", env={"COLUMNS": "40"}).stdout
    # Review 9: stacked, each route is a numbered heading after one line saying the order.
    assert "おすすめ順に並べています。\n1. チャット\n24時間365日" in out
    assert "順番" not in out


def _block(out: str, name: str) -> str:
    """The lines of one service in `subscriptions`: from its name to the blank line."""
    return out.split(f"\n{name}\n", 1)[1].split("\n\n", 1)[0]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_26_subscriptions_says_each_thing_once(lang: str) -> None:
    out = _text("subscriptions", lang=lang)
    kindle = _block(out, "Kindle Unlimited")
    assert kindle.count("請求" if lang == "ja" else "billing") == 1, kindle
    assert kindle.count("「メンバーシップおよび購読」") == 1, kindle
    photos = _block(out, "Amazon Photos")  # a bullet that adds to its status line stays
    assert "5GB" in photos or "5 GB" in photos


def test_26_cancel_names_each_service_and_where_it_is_cancelled_once() -> None:
    out = _text("cancel", "--no-interactive")
    block = out.split("プライムを解約しても請求が続くもの\n", 1)[1]
    assert block.count("請求が続きます") == 0
    assert (
        "・Kindle Unlimited：プライムとは別に、「アカウント&リスト」→「メンバーシップおよび購読」で解約します。"
        in block
    )
    assert "（それぞれ別に解約してください）" not in out


def test_32_subscriptions_gives_the_charge_command_as_the_help_does() -> None:
    out = _text("subscriptions")
    assert "`primehelp charge 980` のように金額を指定して確認できます。" in out
    assert "charge 金額" not in out


@pytest.mark.parametrize(
    ("lang", "line"), [("ja", "ID：cancel.carrier"), ("en", "ID: cancel.carrier")]
)
def test_31_each_fact_in_sources_starts_with_its_id_named_as_one(lang: str, line: str) -> None:
    lines = _text("sources", "cancel", lang=lang).splitlines()
    assert line in lines
    assert not any(text.startswith("[") for text in lines)


def test_31_an_unknown_topic_names_what_can_be_given() -> None:
    result = run("sources", "xyzzy", "--lang", "ja")
    assert result.exit_code == 2
    assert "指定できる言葉：解約、" in result.stderr
    assert "または情報の ID の先頭（例：escalation.law）" in result.stderr
    assert "使える言葉" not in result.stderr and "id の先頭部分" not in result.stderr


WORDS = {  # H, M-H, M, M-L, L as shown: words, not the fact sheet's letters (review 17a, item 4)
    "ja": ("高", "中〜高", "中", "低〜中", "低"),
    "en": ("high", "medium–high", "medium", "low–medium", "low"),
}

LEGEND = {  # a grade a line under 「確度」 (review 9a, item 12)
    "ja": (
        "\n高：",
        "\n中〜高：信頼できる情報源があり、",  # review 19a, S 20: says what it is
        "\n中：",
        "\n低〜中：複数の報告があるが未確認",
        "\n低：",
    ),
    "en": (
        "\nhigh: several",
        "\nmedium–high: a good source, and other",
        "\nmedium: one",
        "\nlow–medium: several reports",
        "\nlow: reported",
    ),
}


def _legend(text: str) -> str:
    """The legend at the end of a sources screen: its heading line, then a line a grade."""
    lines = text.splitlines()
    at = max(
        i
        for i, line in enumerate(lines)
        if line in ("確度（情報の確かさ）", "Confidence (how sure the information is)")
    )
    return "\n" + "\n".join(lines[at + 1 :])


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_33_the_legend_explains_every_confidence_shown_and_only_those(lang: str) -> None:
    every = _text("sources", lang=lang)
    legend = _legend(every)
    for value, meaning in zip(WORDS[lang], LEGEND[lang], strict=True):
        assert f"：{value}　" in every or f": {value}  " in every  # shown on some fact
        assert meaning in legend, (value, legend)
    trial = _text("sources", "trial", lang=lang)
    shown = {line.split("：" if lang == "ja" else ": ")[1].split()[0].split("　")[0]
             for line in trial.splitlines() if line.startswith(("確度：", "Confidence: "))
             and ("確認日" in line or "Checked" in line)}  # fmt: skip
    legend = _legend(trial)
    for value, meaning in zip(WORDS[lang], LEGEND[lang], strict=True):
        assert (meaning in legend) == (value in shown), (value, shown, legend)


STATEMENT = (
    "date,description,amount\n"
    "2026-10-01,AMAZON PRIME,600\n"
    "2026-10-05,AMAZON DOWNLOADS,980\n"
    "2026-10-09,AMAZON PRIME,-600\n"
)


def _statement(tmp_path: Path, lang: str, columns: str = "1000") -> str:
    path = tmp_path / "statement.csv"
    path.write_text(STATEMENT, encoding="utf-8")
    args = ("charge", "--statement", str(path), "--columns", "date,text,amount", "--lang", lang)
    result = run(*args, env={"COLUMNS": columns})
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


@pytest.mark.parametrize("columns", ["30", "40"])
def test_leftover_b_a_stacked_month_total_reads_as_totals(tmp_path: Path, columns: str) -> None:
    lines = _statement(tmp_path, "ja", columns).splitlines()
    assert "考えられる請求：合計" not in lines
    assert "請求の合計：1,580円" in lines and "返金の合計：600円" in lines
    wide = _statement(tmp_path, "ja")  # side by side, the total row is still 「合計」
    assert any(line.split()[:2] == ["合計", "1,580円"] for line in wide.splitlines())


def test_39_and_leftover_c_statement_wording(tmp_path: Path) -> None:
    out = _statement(tmp_path, "ja")
    assert "`--columns` で指定した列の並びで明細を読み込みました（文字コード：UTF-8）" in out
    assert "日付か金額のない行：1件（見出しや合計の行など）" in out
    en = _statement(tmp_path, "en")
    assert "Read the statement in the column order given with `--columns` (encoding: UTF-8)" in en
    flagged = run("charge", "--statement", "tests/fixtures/statements/rakuten-utf8-bom.csv", "--lang", "ja",
                  env=WIDE).stdout  # fmt: skip
    # the month table's 「2※」 after a count (review 36c, S 21) is no flag written 「※ …」
    rows = flagged.split("\nAmazonの行\n", 1)[1]
    assert "（※の行）" in flagged and "※ " not in rows


def test_39_the_unknown_layout_error_has_no_stray_space(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    result = run("charge", "--statement", str(path), "--lang", "ja")
    assert result.exit_code == 2
    assert "対応しているのは楽天カード、" in result.stderr


def test_39_sources_and_complain_wording() -> None:
    assert (
        "既存会員は、年間プランと同じく2019年5月17日以降の更新時の請求からと考えられます。"
        in _text("sources")
    )
    assert "プライム会員資格が自動で更新されることに気づかないまま、会費が請求されていました。" in (
        _text("complain", "renewal")
    )


def test_39_the_reminder_event_says_the_switch_may_read_a_little_differently() -> None:
    args = ("renewal", "2027-03-01", "--ics", "-", "--events", "notice", "--today", "2026-12-05")
    ics = re.sub(r"\r?\n ", "", run(*args, "--lang", "ja").stdout)  # unfold RFC 5545 lines
    assert "この設定の表示は、少し異なる場合があります。" in ics  # review 9b S 23: which 表示
    assert "このボタンの言葉" not in ics
