"""Review 50a, the message and wording items of fix-50a-msg.

Item 1: the call-back note said 「Amazonが公開していない番号からでも」 on a screen that says Amazon
publishes no phone number; it now speaks of a number the member does not recognize.
Item 7: the 10MB error nested brackets 「（…10MB（10,485,760バイト）…）」.
Item 11: the complain --copy failure line had no severity word (house style 「警告: 」).
Item 14: 「ただし差出人の欄は」 without the 読点 of every other 「ただし、」.
Item 20 (S): 「私のアカウントの解約の状況を」, three の in a row.
Item 25: 「base64 が壊れています」, an encoding name a member cannot act on."""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp import clipboard
from primehelp.clipboard import CopyOutcome
from primehelp.i18n import Text
from tests.support.clihelp import WIDE, run

ENV = {"PRIMEHELP_TODAY": "2026-12-06", **WIDE}
MESSAGES = Path(__file__).parent / "messages"


@pytest.mark.parametrize("args", [("contact",), ("check-number", "03-1234-5678")])
def test_1_the_call_back_note_names_no_unpublished_number(args: tuple[str, ...]) -> None:
    ja = run("--lang", "ja", *args, env=ENV).stdout
    assert "公開していない番号" not in ja
    assert "表示された番号に見覚えがなくても、Amazonからの電話の場合があります。" in ja
    en = run("--lang", "en", *args, env=ENV).stdout
    assert "a number Amazon does not publish" not in en
    assert "even if you do not recognize the number shown" in en


def test_7_the_size_error_nests_no_brackets(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (11 * 1024 * 1024))
    ja = run("--lang", "ja", "check-message", str(big), env=ENV)
    assert ja.exit_code == 2
    assert ja.stderr == (  # the file named (review 64m, item 6)
        f"primehelp: エラー: 「{big}」は大きすぎます。確認できるのは10MB（10,485,760バイト）までです。"
        "メールなら、添付ファイルを外してから確認してください。\n"
    )
    en = run("--lang", "en", "check-message", str(big), env=ENV)
    assert en.exit_code == 2 and "up to 10 MiB" in en.stderr


def _failed(monkeypatch: pytest.MonkeyPatch) -> None:
    failed = CopyOutcome(
        copied=False,
        tool="xsel",
        problem=Text("xsel でのコピーに失敗しました", "xsel: exit status 1"),
    )
    monkeypatch.setattr(clipboard, "copy", lambda _text: failed)


def test_11_the_copy_failure_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    _failed(monkeypatch)
    ja = run("complain", "renewal", "--copy", "--lang", "ja", env=ENV).stderr
    assert ja == (
        "primehelp: 警告: 問い合わせ文をクリップボードにコピーできませんでした。"
        "上に表示した問い合わせ文を選択してコピーしてください。\n"  # review 59a S 17
    )
    en = run("complain", "renewal", "--copy", "--lang", "en", env=ENV).stderr
    assert en == (
        "primehelp: warning: could not copy the message to the clipboard; select the message "
        "above and copy it yourself (xsel: exit status 1).\n"
    )


def test_11_the_exit_status_is_no_japanese_detail() -> None:
    assert "終了コード" not in Path(clipboard.__file__).read_text(encoding="utf-8")


def test_14_tadashi_takes_a_comma(tmp_path: Path) -> None:
    # a saved page: a pasted text gets one short line on e-mail (review 61m, S 15)
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>ご注文ありがとうございます。</p></body></html>", "utf-8")
    ja = run("--lang", "ja", "check-message", str(page), env=ENV)
    assert "ただし、差出人の欄は偽装できるため" in ja.stdout
    assert "ただし差出人" not in ja.stdout


def test_20_the_cancel_letter_says_kaiyaku_joukyou() -> None:
    ja = run("--lang", "ja", "complain", "cancel", env=ENV).stdout
    assert "私のアカウントの解約状況をご確認いただき" in ja  # 「ご確認」: review 56a, S 13
    assert "解約の状況" not in ja


def test_25_no_base64_in_japanese() -> None:
    mail = str(MESSAGES / "unreadable-base64.eml")
    ja = run("--lang", "ja", "check-message", mail, env=ENV).stdout
    assert "base64" not in ja
    assert "（文字コードが分からないか、本文のデータが壊れています）" in ja
    as_json = run("--lang", "ja", "check-message", mail, "--json", env=ENV).stdout
    assert "base64" not in as_json
    en = run("--lang", "en", "check-message", mail, env=ENV).stdout
    assert "base64" not in en and "the body's data is damaged" in en


# Item 9: a pasted mail (its 差出人/件名 lines in the text) is not called forwarded.
_PASTED = (
    "差出人: Amazon <account-update@amazon.co.jp>\n件名: Amazon Prime 会員の満期通知\n\n"
    "お客様のプライム会員は満期となります。継続するには https://amazon.co.jp.secure-renew.info/ "
    "からお支払い情報を更新してください。\n"
)


def test_9_a_pasted_mail_is_not_called_forwarded() -> None:
    ja = run("--lang", "ja", "check-message", "-", stdin=_PASTED, env=ENV).stdout
    assert "転送" not in ja
    assert (
        "・本文に貼り付けられたメール：下の件名と差出人は、本文に書かれていたものです。" in ja
    )  # 52a
    assert "・本文に書かれていた差出人と件名は確認しましたが、" in ja
    en = run("--lang", "en", "check-message", "-", stdin=_PASTED, env=ENV).stdout
    assert "forward" not in en.lower()
    assert "Mail written in the text" in en


# Item 10: the sign of a phone number does not say Amazon publishes some numbers.
def test_10_the_phone_number_sign_title() -> None:
    text = "Amazon：アカウントがロックされました。03-5757-5252 まで電話"
    ja = run("--lang", "ja", "check-message", "--text", text, env=ENV).stdout
    assert "Amazonが公開していない電話番号" not in ja
    assert "2. 電話番号への誘導" in ja
    assert "現在、Amazonは電話番号を公開していません。" in ja
    en = run("--lang", "en", "check-message", "--text", text, env=ENV).stdout
    assert "2. Phone number to call" in en and "Phone number Amazon does not publish" not in en


# Item 16: the Return-Path sentence says where the address was read, nothing 「同じ」.
def test_16_the_envelope_sender_sentence() -> None:
    mail = str(MESSAGES / "scam-lookalike-sender.eml")
    ja = run("--lang", "ja", "check-message", mail, env=ENV).stdout
    assert "返送先と同じです" not in ja
    assert (
        "このドメインは、受信したサーバーの記録（Authentication-Results）から読み取りました。"
        "SPFの認証結果は、Amazonのドメインではなく、このドメインについてのものです。" in ja
    )
    en = run("--lang", "en", "check-message", mail, env=ENV).stdout
    assert "the same as the Return-Path" not in en
    assert "This domain was read from the receiving server's record" in en  # 52a, 7
