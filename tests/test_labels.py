"""Every Japanese label primehelp shows is one FACTS.md gives, byte for byte.

The list below is copied from ../shared/FACTS.md (not read at test time: CI has only this
repository). A label that is not in FACTS.md is an invented label; a label that differs by
one character (a full-width ＆, a missing 、) sends the member looking for a button that
does not exist. When FACTS.md changes a label, change it here and in the data together.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest

from tests.support.clihelp import run

# Copied verbatim from FACTS.md, by section.
FACTS_LABELS: dict[str, tuple[str, ...]] = {
    # §3 Renewal reminder e-mail: the link on the Prime membership page, and the scam mail
    # example the sheet quotes (shown as an example of a fake, not as a button).
    # Revision 2: the switch's wording varies between sources; all three are printed.
    "§3": (
        "更新前にお知らせを受ける",
        "更新前にお知らせを受け取る",
        "更新通知を受け取る",
        "Primeの定期更新についてのお知らせ",
    ),
    # §4 Cancelling (web steps 1–4 with older wordings; shopping app).
    "§4": (
        "アカウント&リスト",
        "Amazonプライム会員情報",
        "プライム",
        "会員情報を更新し、プライムをキャンセルする",
        "会員資格を終了する",
        "プライム会員資格を終了し、特典の利用を止める",
        "プライム無料体験と特典利用を止める",
        "特典と会員資格を終了",
        "プライムメンバーシップ",
        "プライム会員情報の管理、キャンセルなど",
        "au の料金プランとセットになったAmazonプライム",  # revision 2: a carrier's own plan
        # "Amazon's words: the buttons say 「キャンセル」 and 「会員資格を終了」" (said once).
        "キャンセル",
        "会員資格を終了",
    ),
    # §5 Refunds (revision 2): Amazon's own words on the refund's timing.
    "§5": ("この返金は、2~3営業日以内に処理されます",),
    # §6 Contact routes: the chat path, and the call-back label (revision 2: confirmed, M; the
    # other reported labels were dropped).
    "§6": ("カスタマーサービス", "カスタマーサービスへ連絡", "電話をリクエスト"),
    # §7 Scams: where to check a message, and how to report one.
    "§7": ("メッセージセンター", "不審な連絡について報告する"),
    # §9 Other subscriptions (revision 2): Prime Video channels' name in Amazon's pages, and
    # where each subscription is seen and cancelled.
    "§9": (
        "サブスクリプション",
        "メンバーシップおよび購読",
        "アカウントサービス",
        "退会手続きへ",
        "Amazon Musicの設定",
        "会員資格をキャンセルする",
        "Prime Videoチャンネルの管理",
        "チャンネルをキャンセル",
    ),
    # §10 How Amazon charges look on a card statement: the statement texts as the sheet writes
    # them (not buttons: what a card statement shows), and where to check inside Amazon.
    "§10": (
        "AMAZON DOWNLOADS",
        "AMAZON PRIME",
        "AMAZON DIGITAL DWNLD",
        "AMZN DIGITAL",
        "AMAZON.CO.JP",
        "Amazon Pay提携サイト",
        "利用国USA",
        "会員資格更新日",
        "コンテンツライブラリ",
    ),
}
LABELS = frozenset(label for section in FACTS_LABELS.values() for label in section)

# Words in 「」 that are not Amazon labels, each with the reason it is quoted.
NOT_LABELS = {
    # review 52a item 42: `sources` quotes the reported scam subjects (a scam's words, no label)
    "プライム会費のお支払い方法に問題があります": "a reported scam subject, quoted (message.toml alone)",
    "支払い方法を更新してプライムを継続する": "a reported scam subject, quoted (message.toml alone)",
    "プライムの使用が一時的にできません": "a reported scam subject, quoted (message.toml alone)",
    "今すぐ終了する場合": "primehelp's own heading on the cancel screen, pointed to (review 53b item 13)",
    "確認が必要な行について": (
        "primehelp's own heading on the statement screen, pointed to (review 53c item 9, 54c item 13)"
    ),
    "確認する場所": "primehelp's own heading on the statement screen, pointed to (review 59c item 2)",
    "Amazonの行": "primehelp's own heading on the statement screen, pointed to (review 59c item 4)",
    "{word}会費": "a template field and 会費: the statement text's own word typed (review 52c S 35)",
    "#": "the character typed before a number (「#188」), named as not needed (review 59a item 7)",
    "0": "the digit zero in a look-alike name (「AMAZ0N」), named (review 52c item 13)",
    "Amazon": "the name a circulating number pretends to (contact, ui)",
    "今日": "primehelp's own word, defined in the --explain text",
    "今日中": "the lead's own 「今日中に解約してください」, explained as a margin (review 64b, R-minor 1)",
    "message": "the field of complain's --json the member copies by hand (review 63a, R-minor 6)",
    "{plan}": "the plan name complain put in the message, quoted as written (review 63a, S 3)",
    "不明": "primehelp's own fee-table word, explained under the table",
    "報告によれば": "the qualifier primehelp prints before an unconfirmed fact",
    "o（オー）": "the letter a look-alike zero stands for, read aloud (ui_message, review 49a S 22)",
    "0（ゼロ）": "the digit that stands for it, read aloud (ui_message, review 49a S 22)",
    ",": "the comma of a thousands separator that split an amount (ui_statement, review 45c 1)",
    "{label}": "a template field, filled with the reminder switch's label (reminder.toml)",
    "{shown}": "a template field, filled with an attachment's name as a mail program may show it (review 64m item 2)",
    ".{ext}": "a template field, filled with an attachment's real extension (review 64m item 2)",
    "{topic}": "a template field, filled with the topic the member typed (sources' title)",
    "{name}": "a template field, filled with the name of the topic asked for (sources' title)",
    "{word}": "a template field, filled with the statement text's word (「プライム」) as typed data",
    "{said}": "a template field, filled with what systemctl printed (remind's error, quoted as its words)",
    "{rest}": "a template field, filled with what follows Amazon's domain in a look-alike name (check-message)",
    "{cell}": "a template field, filled with a statement cell primehelp cannot read, as written (46c S 12)",
    "{text}": "a template field, filled with the statement row's own text (charge --statement: the fee a refund gives back)",
    "{page}": "a template field, filled with the last label of a service's 「確認する場所」 (a FACTS label: review 56c item 3)",
    "$1": "what the shell removes from an unquoted $139 (charge's dollar hint, review 57c item 5): no label",
    "いいえ、有料会員です": "the walkthrough's own answer (ui_cancel.toml), named for choosing it again (review 38b item 4)",
    "�": "the replacement character a statement's unreadable byte is read as (review 38c item 9)",
    "data:": "a link's scheme, quoted by check-message's sign for links that are no web address (38a S 37)",
    "javascript:": "a link's scheme, quoted by the same sign (review 38a S 37)",
    "line://": "an app link's scheme, quoted by the same sign with both kinds (review 59m, 13)",
    ".top": "a domain ending fake sites use (FACTS §11), quoted by the borrowed-name note (41c item 3)",
    ".shop": "another such ending (FACTS §11), quoted by the same note (review 41c item 3)",
    "A M A Z O N": "a look-alike FACTS §11 lists, quoted by the same note (review 42c item 3)",
    "AMA ZON": "a name with spaces inside it, FACTS §11's look-alike, in the same note (44c item 3)",
    "AMAZON PRIME TOP": "a listed text with a word after it, quoted by the same note (44c item 1)",
    "PRIME VIDEO SHOP": "a service name with a word after it, quoted by the same note (44c item 1)",
    "利用国CN": "a country of use FACTS §10 does not give, quoted by the statement's note (43c 1)",
    "{domain}": "the place of a domain in the text (「amzn.com」), filled in (review 43c item 4)",
    ".exe": "a program file's extension, quoted by check-message's disguised-attachment sign (62m, R-major 5)",
    "{command}": "a template field, filled with a primehelp command in a calendar description (62b S 15)",
    "{renewal_command}": "a template field, filled with a primehelp command in a calendar alarm (62b S 15)",
    ".eml": "a file format (the original message), named in check-message's webmail-page notes (44a item 3)",
    "@": "the at sign of a link address, named in check-message's note on the part before it",
    "\\": "the backslash of a link address, named in check-message's note on what a browser reads (48a item 4)",
    "/": "the slash a browser reads a backslash as, in the same note (48a item 4)",
    "元のメッセージを表示": "Gmail's own menu item (not Amazon's), named in check-message's note on its summary (48a item 1)",
    "amazon": "the name a look-alike domain imitates, compared in check-message (review 37a, item 10)",
    "確認できなかったこと": "check-message's own section heading, pointed to by its verdict (38a, item 5)",
    "読み取った内容": "check-message's own section heading, named by the note on a long list of links (42a, item 9)",
}

# Where `cancel` says Kindle Unlimited, Audible and Music Unlimited are cancelled (issue 15).
KEEPS_BILLING_LABELS = (
    "アカウント&リスト",
    "メンバーシップおよび購読",
    "アカウントサービス",
    "退会手続きへ",
    "Amazon Musicの設定",
    "会員資格をキャンセルする",
)

# Data fields that hold labels and nothing else.
LABEL_FIELDS = (
    "label_ja",
    "path_ja",
    "switch_on_label",
    "chat_path_ja",
    "see_path_ja",
    "cancel_path_ja",
)
QUOTED = re.compile(r"「([^「」]*)」")
MATCHED = re.compile(r"一致した語句：[^\n]*")


def _data_files() -> Iterator[tuple[str, dict[str, Any]]]:
    for entry in sorted(resources.files("primehelp.data").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            yield entry.name, tomllib.loads(entry.read_text(encoding="utf-8"))


def _walk(node: Any, where: str) -> Iterator[tuple[str, str | None, Any]]:
    """(path, key, value) for every value below ``node``."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield f"{where}.{key}", key, value
            yield from _walk(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield f"{where}[{index}]", None, value
            yield from _walk(value, f"{where}[{index}]")


def _field_labels() -> list[tuple[str, str]]:
    found = []
    for name, data in _data_files():
        for where, key, value in _walk(data, name):
            if key not in LABEL_FIELDS:
                continue
            for label in [value] if isinstance(value, str) else value:
                if label:  # "" marks a step without a label
                    found.append((where, label))
    return found


def _quoted_in_texts() -> list[tuple[str, str]]:
    found = []
    for name, data in _data_files():
        for where, _key, value in _walk(data, name):
            if isinstance(value, str):
                found.extend((where, quoted) for quoted in QUOTED.findall(value))
    return found


def test_the_label_list_is_the_facts_sheet() -> None:
    # Guards against an "easy fix" of the list itself: ASCII & as FACTS.md writes it.
    assert "アカウント&リスト" in LABELS
    assert not any("＆" in label or label != label.strip() for label in LABELS)
    assert len(LABELS) == sum(len(section) for section in FACTS_LABELS.values())


def test_the_data_has_labels_to_check() -> None:
    fields = {label for _, label in _field_labels()}
    assert {"アカウント&リスト", "特典と会員資格を終了", "更新前にお知らせを受ける"} <= fields
    assert {"カスタマーサービスへ連絡", "プライム会員情報の管理、キャンセルなど"} <= fields


def test_every_label_field_is_a_facts_label() -> None:
    wrong = [(where, label) for where, label in _field_labels() if label not in LABELS]
    assert wrong == []


def test_every_quoted_word_in_the_data_is_a_facts_label_or_explained() -> None:
    quoted = _quoted_in_texts()
    assert len(quoted) > 30
    wrong = [(w, q) for w, q in quoted if q not in LABELS and q not in NOT_LABELS]
    assert wrong == []


def test_every_explained_exception_is_still_used() -> None:
    used = {q for _, q in _quoted_in_texts()}
    assert set(NOT_LABELS) <= used


def _labels_in_json(node: Any) -> Iterator[str]:
    for _where, key, value in _walk(node, "data"):
        if key in LABEL_FIELDS:
            yield from (label for label in ([value] if isinstance(value, str) else value) if label)
        if isinstance(value, str):
            # 「一致した語句：「…」」 quotes the message's own words, no label (review 36a, item 6:
            # 「支払い方法に問題」 in a message is now named there)
            value = MATCHED.sub("", value)
            yield from (q for q in QUOTED.findall(value) if q not in NOT_LABELS)


@pytest.mark.parametrize(
    "args",
    [
        ["contact"],
        ["check-number", "0120-999-373", "03-5757-5252"],
        ["renewal", "2026-12-31", "--plan", "annual", "--today", "2026-11-25"],
        ["trial", "2026-11-25", "--student", "--today", "2026-11-25"],
        ["cancel", "--via", "web", "--benefits-used"],
        ["cancel", "--via", "web", "--trial"],
        ["cancel", "--via", "app", "--student"],
        ["cancel", "--via", "carrier"],
        ["complain", "renewal"],
        ["charge", "980", "AMAZON", "DOWNLOADS"],
        ["charge", "600", "AMAZON PRIME", "--date", "2026-11-01"],
        ["charge", "1500"],
        ["subscriptions"],
        ["check-message", "--text", "【Amazon】お支払い方法に問題があります https://bit.ly/x"],
        ["check-message", "--text", "Amazonプライムの更新のお知らせ https://amzn.asia/d/x"],
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_what_the_commands_print_uses_only_facts_labels(args: list[str], lang: str) -> None:
    result = run(*args, "--json", "--lang", lang)
    assert result.exit_code in (0, 1), result.stderr
    labels = list(_labels_in_json(result.json()["data"]))
    # Every branch names labels; the carrier branch only the carrier plan's name, the
    # channels' 「サブスクリプション」 (revision 2) and where the subscriptions that keep billing
    # are cancelled (issue 15), and the page that shows who bills (quoted as Amazon's label,
    # review 26a, S 20): no button of Amazon's Prime pages.
    assert labels
    if args[-1] == "carrier":
        assert set(labels) == {  # the au plan an example, not quoted (review 53b item 2)
            "Amazonプライム会員情報",
            "サブスクリプション",
            "Prime Videoチャンネルの管理",  # where to check the channels stopped (52b item 16)
            *KEEPS_BILLING_LABELS,
        }
    assert sorted(set(labels) - LABELS) == []
