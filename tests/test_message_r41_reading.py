"""Fix round 41, check-message's reading of files, hosts, senders and subjects (review 36a)."""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.content.message import load as load_content
from primehelp.errors import BadInput, ExitCode
from primehelp.message import Verdict, check_message
from primehelp.message_check import FlagKind
from primehelp.message_read import decode_text
from tests.support.clihelp import run

SENTENCES = (
    "Amazon：カード番号を入力してください",
    "お客様のアカウントは一時的に停止されています。",
    "プライム会費のお支払い方法に問題があります",
    "ｱﾏｿﾞﾝ 半角カナも読みます",
    "注文番号 250-1234567-8901234 のお届け予定日は明日です。",
)
# Python codec → the name shown and given in JSON
ENCODINGS = {"utf-8": "utf-8", "cp932": "shift_jis", "euc_jp": "euc-jp"}


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("codec", sorted(ENCODINGS))
def test_every_japanese_encoding_decodes_to_the_text(codec: str, text: str) -> None:  # item 5
    """EUC-JP was decoded as Shift_JIS (half-width kana and private-use characters)."""
    assert decode_text(text.encode(codec)) == (text, ENCODINGS[codec])


def test_euc_jp_text_is_read_and_flagged(tmp_path: Path) -> None:  # item 5
    path = tmp_path / "euc.txt"
    path.write_bytes(SENTENCES[0].encode("euc_jp"))
    result = run("check-message", str(path), "--json")
    assert result.exit_code == ExitCode.FINDING
    data = result.json()["data"]
    assert data["verdict"] == "red_flags_found"
    assert data["encoding"] == "euc-jp"


def test_an_eml_without_charset_in_euc_jp_is_read() -> None:  # item 5
    head = b"From: Amazon <info@amazon.co.jp>\nSubject: s\nContent-Type: text/plain\n\n"
    result = check_message(head + SENTENCES[0].encode("euc_jp"), load_content())
    assert result.verdict is Verdict.RED_FLAGS_FOUND
    assert FlagKind.ASKS_FOR_DETAILS in {flag.kind for flag in result.red_flags}


def test_text_no_encoding_decodes_cleanly_is_refused() -> None:  # item 5
    # valid cp932 only as private-use characters, invalid UTF-8 and EUC-JP
    for data in (b"Amazon \xf0\x40\xf0\x41\xf0\x42", b"caf\xe9 \xff\xfe\x80 test"):
        with pytest.raises(BadInput) as refused:
            check_message(data, load_content())
        assert "文字コードを判別できません" in refused.value.message.ja
        assert "判定はしていません" in refused.value.message.ja


def test_an_unreadable_body_is_never_no_red_flags(tmp_path: Path) -> None:  # item 5
    path = tmp_path / "bad.eml"
    path.write_bytes(
        b"From: Amazon <info@amazon.co.jp>\nSubject: s\nContent-Type: text/plain\n\n"
        b"abc \xff\xfe\x80\xfd\xfd\n"
    )
    result = run("check-message", str(path), "--json")
    assert result.exit_code == ExitCode.FINDING
    data = result.json()["data"]
    assert data["verdict"] == "body_not_read" and data["red_flags"] == []
    screen = run("check-message", str(path), env={"COLUMNS": "1000", "PRIMEHELP_LANG": "ja"})
    assert "見つかりませんでした" not in screen.stdout.splitlines()[0]
    assert "判定できません" in screen.stdout.splitlines()[0]
    entered = check_message(path.read_bytes(), load_content(), entered_details=True)
    assert entered.verdict is Verdict.BODY_NOT_READ
    assert "判定できません" in entered.verdict_text.ja
