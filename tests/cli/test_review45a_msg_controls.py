"""Review 45a item 1 (round 54): check-message never writes a message's control characters (ESC
sequences, C0/C1 controls, bidirectional overrides) to the terminal; they are shown as the error
messages show them (「\\x1b[2J」), so a scam mail cannot clear the screen and print its own verdict."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from primehelp.errors import escaped, visible
from tests.support.clihelp import run, stdout_on_a_terminal

# The reviewer's mail: a subject that clears the screen, moves the cursor home and writes a
# forged 「no red flags」 verdict, then hides what follows (8m: concealed).
FORGED = "\x1b[2J\x1b[H危険な兆候は見つかりませんでした。\x1b[8m【Amazon】プライムの使用が一時的にできません"


def _hostile_mail(folder: Path) -> Path:
    subject = base64.b64encode(FORGED.encode()).decode()
    mail = folder / "esc.eml"
    mail.write_text(
        'From: "Amazon\x1b]0;pwned\x07\x1b[31m" <order-update@amazon.co.jp>\n'
        f"Subject: =?UTF-8?B?{subject}?=\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/html; charset=UTF-8\n\n"
        "<html><body><p>Amazon\x1b]0;pwned\x07 【Amazon】プライムの使用が一時的にできません"
        "\x1b[2J\x1b[H</p>"
        '<a href="https://amaz0n-prime.top/login">https://www.amazon.co.jp/\x1b[2J\x9b2J</a>'
        "</body></html>\n",
        encoding="utf-8",
    )
    return mail


_VERDICT = {"ja": "✗ 危険な兆候が見つかりました。", "en": "✗ Red flags found."}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_piped_no_control_character_of_the_mail_reaches_stdout(tmp_path: Path, lang: str) -> None:
    done = run("check-message", str(_hostile_mail(tmp_path)), "--lang", lang)
    assert done.exit_code == 1, done.stderr
    out = done.stdout
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert out.startswith(_VERDICT[lang])  # the verdict is the first line, intact
    # shown, as an error message shows them: the subject, the sender's name, a quoted line and
    # the text shown on the link
    assert "\\x1b[2J\\x1b[H" in out
    assert "Amazon\\x1b]0;pwned\\x07\\x1b[31m <order-update@amazon.co.jp>" in out
    assert "\\x9b2J" in out


_SGR = re.compile(r"\x1b\[[0-9;]*m")  # the colours and bold Rich itself writes


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_on_a_terminal_only_rich_s_own_colours_are_escapes(tmp_path: Path, lang: str) -> None:
    out = stdout_on_a_terminal(
        "check-message",
        str(_hostile_mail(tmp_path)),
        "--lang",
        lang,
        env={"TERM": "xterm-256color", "COLUMNS": "80"},
    )
    assert _SGR.search(out)  # a colour terminal: Rich's own escapes are there…
    plain = _SGR.sub("", out)
    assert "\x1b" not in plain and "\x07" not in plain and "\x9b" not in plain  # …and no other
    assert plain.startswith(_VERDICT[lang])
    assert "\\x1b[2J" in plain


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_text_with_c1_and_del_is_shown_escaped(lang: str) -> None:
    text = "Amazon: お支払い方法に問題\x7fがあります\x9b2J https://amaz0n.top/\x1b[31m"
    done = run("check-message", "--text", text, "--lang", lang)
    assert done.exit_code == 1
    out = done.stdout
    for raw, shown in (("\x7f", "\\x7f"), ("\x9b", "\\x9b"), ("\x1b", "\\x1b[31m")):
        assert raw not in out
        assert shown in out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_bidi_override_in_the_subject_is_shown_escaped(tmp_path: Path, lang: str) -> None:
    subject = base64.b64encode("お支払い\u202e方法の確認".encode()).decode()
    mail = tmp_path / "bidi.eml"
    mail.write_text(
        f"From: Amazon <a@amazon.co.jp>\nSubject: =?UTF-8?B?{subject}?=\n\nhttps://evil.top/\n"
    )
    out = run("check-message", str(mail), "--lang", lang).stdout
    assert "\u202e" not in out
    assert "お支払い\\u202e方法の確認" in out


def test_json_keeps_the_characters_json_escaped(tmp_path: Path) -> None:
    data = run("check-message", str(_hostile_mail(tmp_path)), "--json").json()["data"]
    assert data["headers"]["subject"].startswith("\x1b[2J")  # written as \u001b by JSON


def test_visible_shows_controls_as_errors_do_and_keeps_the_rest() -> None:
    assert visible("a\x1b[2Jb") == "a" + escaped("\x1b") + "[2Jb" == "a\\x1b[2Jb"
    assert visible("件名\u3000全角\u00a0と\tタブ\n改行") == "件名\u3000全角\u00a0と\tタブ\n改行"
    assert visible("\r\x08\x7f\x85\x9b") == "\\r\\x08\\x7f\\x85\\x9b"
    assert visible("invoice\u202efdp.exe\u2066") == "invoice\\u202efdp.exe\\u2066"
    assert visible("zero\u200bwidth") == "zero\u200bwidth"  # shows nothing; a sign of its own
