"""Review 49a (round 60), check-message wording: items 10 (the paste prompt), 11 (返送先（Return-Path）),
12 (an unknown character set), 13 (「…のドメインは、Amazonのものではありません」), 21 (verdict_text
without 「下の方法で」), 22 (英字, not ラテン文字) and S 25 (「今すぐしてほしいこと」)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from tests.support.clihelp import WIDE, run

MESSAGES = Path(__file__).parent / "messages"


def _check(name: str, lang: str, *more: str) -> str:
    done = run("check-message", str(MESSAGES / name), "--lang", lang, *more, env=WIDE)
    assert done.exit_code in (0, 1), done.stderr
    return done.stdout


# ---------------------------------------------------------------- 10: the paste prompt


class _Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


def test_10_the_paste_prompt_is_a_whole_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from primehelp.cli.check_message import _message

    monkeypatch.setattr(sys, "stdin", _Terminal(io.BytesIO(b"hi")))
    assert _message("-", None, "ja") == b"hi"
    said = capsys.readouterr().err
    assert said == (
        "primehelp: メッセージを貼り付けてから、Ctrl-D を押してください"
        "（Windows では Ctrl-Z を押してから Enter を押します）。\n"
    )


# ---------------------------------------------------------------- 11: 返送先（Return-Path）


def test_11_return_path_is_named_in_japanese_as_reply_to_is() -> None:
    shown = _check("scam-link-and-reply-to.eml", "ja")
    assert "Amazon以外の返送先（Return-Path）" in shown
    assert "・返送先（Return-Path）：bounce@mailer.example.cn" in shown
    assert "・返信先（Reply-To）：support@amaz0n-help.com" in shown
    assert "以外のReturn-Path" not in shown and "・Return-Path：" not in shown


def test_11_the_envelope_sender_is_said_with_one_header_name() -> None:
    shown = _check("scam-lookalike-sender.eml", "ja")
    assert "Amazon以外の返送先（Return-Path）" in shown
    assert (
        "このドメインは、受信したサーバーの記録（Authentication-Results）から読み取りました。"
        in shown  # a domain there, not an address (review 52a, item 7)
    )
    assert "smtp.mailfrom）で" not in shown
    english = _check("scam-lookalike-sender.eml", "en")
    assert "read from the receiving server's record (Authentication-Results)" in english


# ---------------------------------------------------------------- 12: an unknown character set


@pytest.mark.parametrize(
    ("lang", "first", "second"),
    [
        (
            "ja",
            "・形式：ヘッダー付きのメール（文字コード：X-UNKNOWN-CS）\n",
            "  primehelpが対応していない文字コードのため、文字コードを推定して読みました。"
            "本文の一部を正しく読めていない可能性があります。\n",
        ),
        (
            "en",
            "- Read as: e-mail with headers · X-UNKNOWN-CS\n",
            "  primehelp does not support this character set, so the body was read by guessing;"
            " part of it may not have been read right.\n",
        ),
    ],
)
def test_12_a_guessed_character_set_is_said_on_a_line_of_its_own(
    lang: str, first: str, second: str
) -> None:
    shown = _check("scam-unknown-charset.eml", lang)
    assert first + second in shown, shown
    assert "使えない" not in shown


def test_12_the_format_label_is_not_left_alone_at_80_columns() -> None:
    done = run(
        "check-message",
        str(MESSAGES / "scam-unknown-charset.eml"),
        "--lang",
        "ja",
        env={"COLUMNS": "80"},
    )
    assert "・形式：\n" not in done.stdout
    assert "・形式：ヘッダー付きのメール（文字コード：X-UNKNOWN-CS）\n" in done.stdout


# ---------------------------------------------------------------- 13: a domain is not an address


def test_13_signs_say_whose_domain_is_not_amazons(tmp_path: Path) -> None:
    shown = _check("scam-link-and-reply-to.eml", "ja")
    assert "返信先（Reply-To）のドメインは、Amazonのものではありません。" in shown
    assert "返送先（Return-Path）のドメインは、Amazonのものではありません。" in shown
    assert "リンク先のドメインは、Amazonのものではありません。" in shown
    sender = tmp_path / "sender.eml"
    sender.write_text(
        'From: "Prime Support" <info@prime-support.example.com>\n'
        "Subject: =?UTF-8?B?QW1hem9u44OX44Op44Kk44Og44Gu44GK55+l44KJ44Gb?=\n"
        "Content-Type: text/plain; charset=utf-8\n\nAmazonプライムの会員の皆さまへ。\n",
        encoding="utf-8",
    )
    said = run("check-message", str(sender), "--lang", "ja", env=WIDE).stdout
    assert (
        "差出人のメールアドレスのドメインは、Amazonが送信元として挙げているものではありません。"
        in said
    ), said
    for bad in ("アドレスが、Amazonが", "がAmazonのドメインではありません"):
        assert bad not in shown + said


def test_13_the_sources_say_it_so_too() -> None:
    shown = run("sources", "詐欺", "--lang", "ja", env=WIDE).stdout
    assert "がAmazonのドメインではありません" not in shown
    assert "メールアドレスはAmazonのドメインではありません" not in shown
    assert "差出人のメールアドレスのドメインは、" in shown


# ---------------------------------------------------------------- 21: nothing is below in JSON


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_21_the_verdict_names_where_to_check(lang: str) -> None:
    done = run("check-message", str(MESSAGES / "unreadable-base64.eml"), "--lang", lang, "--json")
    data = done.json()["data"]
    verdict = data["verdict_text"]
    # Review 53a item 23: a headline that cannot judge no longer repeats the Message Centre the
    # first bullet names; in JSON that bullet is the first advice, so the verdict points at
    # nothing "below" and the place to check is still in the document.
    assert "下の方法" not in verdict and "below" not in verdict
    assert ("本物かどうか確かめて" if lang == "ja" else "whether it is genuine") in verdict
    assert data["advice"][0]["id"] == "message.advice.message_centre_no_link"
    assert "メッセージセンター" in data["advice"][0]["text"]


# ---------------------------------------------------------------- 22: 英字, not ラテン文字


def test_22_a_zero_is_said_against_the_letter_o_in_everyday_words() -> None:
    shown = _check("scam-link-and-reply-to.eml", "ja")
    assert "5文字目の「0」は、英字の「o（オー）」ではなく数字の「0（ゼロ）」です。" in shown
    assert "ラテン文字" not in shown
    sources = run("sources", "詐欺", "--lang", "ja", env=WIDE).stdout
    assert "英字に見えるギリシャ文字やキリル文字" in sources and "ラテン文字" not in sources


def test_22_a_look_alike_letter_is_said_against_the_english_letter() -> None:
    done = run(
        "check-message",
        "--text",
        "Amazon: https://аmazon.co.jp.example.top/",
        "--lang",
        "ja",
        env=WIDE,
    )
    assert "ラテン文字" not in done.stdout
    assert "英字の「a（エー）」ではなく、よく似た別の文字（キリル文字）です。" in done.stdout, (
        done.stdout
    )


# ---------------------------------------------------------------- S 25: the heading


def test_s25_the_heading_is_addressed_to_the_member() -> None:
    text = "【Amazon】プライム会費のお支払い方法に問題があります https://bit.ly/3xAmzn"
    done = run("check-message", "--text", text, "--lang", "ja", env=WIDE)
    assert "\nまず確認してください\n" in done.stdout
    assert "今すぐすること" not in done.stdout
    entered = run("check-message", "--text", text, "--entered-details", "--lang", "ja", env=WIDE)
    assert "\nあわせて確認してください\n" in entered.stdout
