"""Fix round f52a2, check-message's reading screen (review 52a)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.support.clihelp import run


def _screen(*args: str, lang: str = "ja", columns: int = 80) -> str:
    return run("--lang", lang, "check-message", *args, env={"COLUMNS": str(columns)}).stdout


def _read(screen: str) -> list[str]:
    """The lines of 「読み取った内容」 / "What was read"."""
    lines = screen.splitlines()
    start = next(i for i, line in enumerate(lines) if line in ("読み取った内容", "What was read"))
    end = next(i for i in range(start, len(lines)) if not lines[i])
    return lines[start + 1 : end]


# ---------------------------------------------------- item 28: a label never alone on its line

_MIXED = "詳細 https://www.amazon.co.jp/gp/css/order-history とお支払い https://evil.top/x"
_MIXED_EN = "Details https://www.amazon.co.jp/gp/css/order-history and pay https://evil.top/x"
_THREE = (
    "Amazon お支払い https://amazon.co.jp.secure-login.info/update 0120-899-543 support@amaz0n.jp"
)


@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize(("lang", "text"), [("ja", _MIXED), ("ja", _THREE), ("en", _MIXED_EN)])
def test_a_link_or_address_label_keeps_its_domain(columns: int, lang: str, text: str) -> None:
    read = _read(_screen("--text", text, lang=lang, columns=columns))
    for line in read:
        assert line.rstrip() not in (
            "・リンク：",
            "・メールアドレス：",
            "- Link:",
            "- Email address:",
        )
        assert cell_len(line) <= columns or line.strip().startswith("https://")  # never cut
    domains = [
        line for line in read if line.startswith(("・リンク：", "・メールアドレス：", "- Link:"))
    ]
    assert domains
    for line in domains:  # the domain on the label's line
        assert any(
            name in line for name in ("amazon.co.jp", "evil.top", "secure-login.info", "amaz0n.jp")
        )


def test_a_note_is_not_split_inside_its_words() -> None:
    read = "\n".join(_read(_screen("--text", _THREE, columns=40)))
    assert "（Amazon以外のドメイン。兆候1）" in read  # never 「Amazon以外の│ドメイン」 (61m, 7)
    assert "・リンク：secure-login.info\n" in read


def test_amazons_link_and_its_note_on_one_line_at_80() -> None:
    read = _read(_screen("--text", _MIXED))
    assert "・リンク：amazon.co.jp（Amazonのドメインですが、ここからは開かないでください）" in read


# ------------------------------------------ item 7: the 返送先 read from Authentication-Results

_LOOKALIKE = "tests/cli/messages/scam-lookalike-sender.eml"


def test_the_envelope_sender_is_listed_under_what_was_read() -> None:
    read = _read(_screen(_LOOKALIKE))
    assert "・返送先（Return-Path）：amazone-support.com（受信したサーバーの記録から）" in read
    read_en = _read(_screen(_LOOKALIKE, lang="en"))
    assert "- Return-Path: amazone-support.com (from the receiving server's record)" in read_en


def test_the_envelope_sign_calls_a_domain_a_domain() -> None:
    screen = _screen(_LOOKALIKE, columns=1000)
    assert "このドメインは、受信したサーバーの記録（Authentication-Results）から" in screen
    assert "SPFの認証結果は、Amazonのドメインではなく、このドメインについてのものです。" in screen
    assert "このアドレスは、受信した" not in screen
    screen_en = _screen(_LOOKALIKE, lang="en", columns=1000)
    assert "This domain was read from the receiving server's record" in screen_en


# ------------------------------------------------- item 9: no 「どの」 left at a line's end


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_the_server_note_leaves_no_determiner_at_a_line_end(columns: int) -> None:
    screen = _screen("tests/cli/messages/genuine-order-iso-2022-jp.eml", columns=columns)
    assert "書き込んだサーバーがどこなのかは、primehelpでは確認できません。" in screen.replace(
        "\n  ", ""
    )
    assert not any(line.rstrip().endswith("どの") for line in screen.splitlines())


# --------------------------------------------- item 24: a binary file, every accepted form said


def test_a_binary_file_error_names_every_accepted_form(tmp_path: Path) -> None:
    data = tmp_path / "bin.dat"
    data.write_bytes(bytes(range(256)) * 4)
    ja = run("--lang", "ja", "check-message", str(data), env={"COLUMNS": "80"})
    assert ja.exit_code == 2
    assert "メール（.eml）、ウェブページとして保存したメール（.html、.mhtml）です。" in ja.stderr
    en = run("--lang", "en", "check-message", str(data), env={"COLUMNS": "80"})
    assert "an e-mail saved as a web page (.html, .mhtml)" in en.stderr


# ------------------------------- item 52: a pasted forward's 差出人 line shows an address: 「本文には」

_FORWARD = (
    "Amazonからのお知らせ\n---------- 転送メッセージ ----------\n"
    "From: Amazon <info@amaz0n.top>\nSubject: 支払い\n\n支払い方法に問題があります"
)


def test_nothing_found_says_in_the_body_under_a_sender_line() -> None:
    read = _read(_screen("--text", _FORWARD))
    assert "・差出人：Amazon <info@amaz0n.top>" in read
    assert "・本文には、リンク、メールアドレス、電話番号はありませんでした。" in read
    assert "・リンク、メールアドレス、電話番号はありませんでした。" not in read
    read_en = _read(_screen("--text", _FORWARD, lang="en"))
    assert "- No links, e-mail addresses or phone numbers in the body." in read_en


# ------------------------------------- item 22: a pasted mail's label, 「本文に書かれていた」 once


def test_a_pasted_mail_is_said_once() -> None:
    read = "\n".join(_read(_screen("--text", _FORWARD, columns=1000)))
    assert "・本文に貼り付けられたメール：下の件名と差出人は、本文に書かれていたものです。" in read
    assert read.count("本文に書かれていた") == 1
