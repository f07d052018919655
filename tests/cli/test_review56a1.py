"""Fix round 56a1, check-message (review 56a items 1, 3, 4, 5 and 6)."""

from __future__ import annotations

import json

import pytest

from tests.support.clihelp import run


def _screen(*args: str, lang: str = "ja", columns: int = 80) -> str:
    return run("--lang", lang, "check-message", *args, env={"COLUMNS": str(columns)}).stdout


def _flat(screen: str, lang: str = "ja") -> str:
    """The screen with its wrapped lines joined (their indent dropped; a space in English)."""
    return ("" if lang == "ja" else " ").join(line.strip() for line in screen.splitlines())


def _signs(screen: str, lang: str = "ja") -> str:
    start, end = (
        ("見つかった兆候", "読み取った内容") if lang == "ja" else ("Red flags", "What was read")
    )
    return screen.split(start, 1)[1].split(end, 1)[0]


# ------------------------------ item 1: only the quotes that matched a scam phrase are named

_REPORTED = "【Amazon】プライムの使用が一時的にできません"
_PLAIN = "お客様のプライム会員資格を一時停止しました"


@pytest.mark.parametrize("columns", [40, 80])
def test_1_a_quote_without_scam_words_is_not_said_to_match(columns: int) -> None:
    text = f"{_REPORTED}\n{_PLAIN}"
    flat = _flat(_signs(_screen("--text", text, columns=columns)))
    assert "1つ目の文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。" in flat
    assert "2つ目の文面も" not in flat and "似ています" not in flat
    assert "一致した語句" not in flat  # the match is exact: no words listed
    en = _flat(_signs(_screen("--text", text, lang="en", columns=columns), "en"), "en")
    assert "Wording 1 matches a scam subject" in en
    assert "wording 2" not in en and "Words that matched" not in en


def test_1_the_matching_quote_is_named_by_its_place() -> None:
    flat = _flat(_signs(_screen("--text", f"{_PLAIN}\n{_REPORTED}")))
    assert "2つ目の文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。" in flat
    assert "1つ目の文面" not in flat


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_the_screen_names_only_what_the_json_found(lang: str) -> None:
    text = f"{_REPORTED}\n{_PLAIN}"
    data = json.loads(run("--lang", lang, "check-message", "--json", "--text", text).stdout)
    (scam,) = [f for f in data["data"]["red_flags"] if f["kind"] == "scam_subject"]
    assert [scam["evidence"], *scam["more_evidence"]] == [_REPORTED]  # the screen's 「1つ目」


def test_1_a_similar_second_quote_has_its_own_words() -> None:
    text = f"{_REPORTED}\nアカウントが停止されました。"
    flat = _flat(_signs(_screen("--text", text)))
    assert "1つ目の文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。" in flat
    assert "2つ目の文面も、よく報告されている詐欺の件名・文面に似ています。" in flat
    assert "2つ目の文面の一致した語句：「アカウントが停止」" in flat
    assert "「プライムの使用が一時的にできません」" not in flat.split("2つ目の文面の一致")[1]
    en = _flat(_signs(_screen("--text", text, lang="en"), "en"), "en")
    assert "Words that matched in wording 2: “アカウントが停止”" in en


def test_1_a_mixed_scam_sign_lists_only_the_similar_words() -> None:
    flat = _flat(_screen("tests/cli/messages/scam-iso-2022-jp.eml"))
    assert "2つ目の文面の一致した語句：「支払い方法に問題」" in flat
    assert "「プライム会費のお支払い方法に問題があります」、" not in flat
