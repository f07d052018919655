"""Review 38a, round 45 (fix45m): check-message items 7, 12, 14, 11 (b) and S items."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.clihelp import run


def _data(*args: str, stdin: str | None = None, lang: str = "ja") -> dict[str, Any]:
    result = run("--lang", lang, "check-message", "--json", *args, stdin=stdin)
    data: dict[str, Any] = result.json()["data"]
    return data


def _mail(sender: str, body: str = "お客様のアカウント情報をこのメールに返信してください。") -> str:
    return f'From: "{sender}" <info@example.com>\nSubject: ご確認\n\n{body}\n'


def _flags(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [flag for flag in data["red_flags"] if flag["kind"] == kind]


# ----------------------------- item 7: katakana look-alikes and one Latin letter off

_LOOKALIKE_NAMES = [
    "アマゾソ",  # 「ソ」 for 「ン」
    "アマソン",  # 「ゾ」 without its marks
    "アマソソ",
    "ｱﾏｿﾞｿ",  # half-width, read as full-width
    "アマゾソ・カスタマーセンター",
    "Amazom",  # a letter changed
    "AMAZOM",
    "Amazn",  # a letter left out
    "Amaozn",  # two letters swapped
    "Arnazom",  # 「rn」 read as 「m」, then a letter changed
]


@pytest.mark.parametrize("name", _LOOKALIKE_NAMES)
def test_7_a_lookalike_sender_name_is_the_lookalike_name_sign(name: str) -> None:
    data = _data("-", stdin=_mail(name))
    assert data["verdict"] == "red_flags_found", name
    (sign,) = _flags(data, "display_name_lookalike")
    # the address is not Amazon's either: said in the same sign, no 「名前はAmazonですが」
    assert "メールアドレスも" in sign["detail"], sign
    assert not _flags(data, "display_name_mismatch")


@pytest.mark.parametrize("name", _LOOKALIKE_NAMES)
def test_7_a_lookalike_name_in_the_words_is_the_name_sign(name: str) -> None:
    data = _data("--text", f"{name}：お客様のアカウントについてのお知らせ")
    assert data["verdict"] == "red_flags_found", name
    assert _flags(data, "name_lookalike"), name


def test_7_each_katakana_letter_is_named() -> None:
    (sign,) = _flags(_data("-", stdin=_mail("アマゾソ")), "display_name_lookalike")
    assert "「アマゾソ」は、Amazonの文字を見た目の似た別の文字に変えて" in sign["detail"]
    assert "4文字目の「ソ」は、「ン」ではありません。" in sign["detail"]
    (sign,) = _flags(_data("--text", "アマソンより"), "name_lookalike")
    assert "3文字目の「ソ」は、「ゾ」ではありません。" in sign["detail"]


@pytest.mark.parametrize(
    ("name", "how"),
    [("Amazn", "を抜いて"), ("Amaozn", "の順番を入れ替えて"), ("Amazom", "を変えて")],
)
def test_7_how_a_latin_name_imitates_is_said(name: str, how: str) -> None:
    (sign,) = _flags(_data("-", stdin=_mail(name)), "display_name_lookalike")
    assert f"「{name}」は、Amazonの文字{how}" in sign["detail"]


@pytest.mark.parametrize(
    "text",
    [
        "アマゾンプライムのご案内です。",
        "アマゾン川の写真を見ました。",
        "Amazon2段階認証を設定しました。",
        "The Amazons of legend.",
        "What an amazing offer.",
        "Amazon.co.jp でのご注文です。",
    ],
)
def test_7_ordinary_words_are_no_lookalike_name(text: str) -> None:
    assert not _flags(_data("--text", text), "name_lookalike"), text


def test_7_a_confusable_letter_is_not_read_as_a_letter_left_out() -> None:
    signs = _flags(_data("--text", "Аmazonプライム"), "name_lookalike")  # a Cyrillic 「А」
    assert [sign["evidence"] for sign in signs] == ["Аmazon"]


def test_7_the_genuine_name_keeps_its_mismatch_sign() -> None:
    data = _data("-", stdin=_mail("アマゾン"))
    assert _flags(data, "display_name_mismatch")
    assert not _flags(data, "display_name_lookalike")
