"""Review 45a item 2 (round 54): a mail saved by hand — a byte order mark (UTF-8, or UTF-16 as
Notepad's 「Unicode」 writes it), blank lines before the headers, Gmail's 「元のメッセージ」 page
copied whole — is read as a mail with its headers, and a server named in a header line is never
a link of the message."""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import FlagKind, MessageCheck, MessageContent, Verdict, check_message
from tests.support.clihelp import run

_HERE = Path(__file__).parent / "fixtures" / "review45a"
GENUINE = (_HERE / "genuine.eml").read_bytes()  # Amazon's headers, dkim/spf/dmarc pass
SCAM = (_HERE / "hdr.eml").read_bytes()  # spf=fail, dmarc=fail, Return-Path on example-bulk.cn
SHOW_ORIGINAL = (_HERE / "showorig.txt").read_bytes()  # Gmail's summary, then the raw mail
# The same page in English (Gmail's 「Show original」 with English as its language).
SHOW_ORIGINAL_EN = (
    b"Original Message\n"
    b"Message ID\t<0100018c@email.amazonses.com>\n"
    b"Created at:\tSat, Dec 5, 2026 at 10:00 AM (Delivered after 1 second)\n"
    b"From:\tAmazon.co.jp <auto-confirm@amazon.co.jp>\n"
    b"To:\ttaro@gmail.com\n"
    b"Subject:\tAmazon.co.jp order\n"
    b"SPF:\tPASS with IP 54.240.0.1 Learn more\n"
    b"DKIM:\t'PASS' with domain amazon.co.jp Learn more\n"
    b"DMARC:\t'PASS' Learn more\n"
    b"Download Original\nCopy to clipboard\n" + GENUINE
)
BOM = b"\xef\xbb\xbf"


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def _utf16(data: bytes, codec: str) -> bytes:
    return data.decode("utf-8").encode(codec)  # "utf-16": with its byte order mark


SAVED_GENUINE = {
    "utf8_bom": BOM + GENUINE,
    "utf8_two_boms": BOM + BOM + GENUINE,
    "blank_line": b"\n" + GENUINE,
    "blank_lines_crlf": b"\r\n \r\n" + GENUINE.replace(b"\n", b"\r\n"),
    "utf16_le": b"\xff\xfe" + GENUINE.decode().encode("utf-16-le"),
    "utf16_be": b"\xfe\xff" + GENUINE.decode().encode("utf-16-be"),
    "utf16_notepad_of_bom": _utf16((BOM + GENUINE).decode("utf-8").encode("utf-8"), "utf-16"),
    "bom_and_blank_line": BOM + b"\n\n" + GENUINE,
    "show_original_ja": SHOW_ORIGINAL,
    "show_original_en": SHOW_ORIGINAL_EN,
    "show_original_bom": BOM + SHOW_ORIGINAL,
    "show_original_utf16": _utf16(SHOW_ORIGINAL, "utf-16"),
}


def _kinds(result: MessageCheck) -> set[FlagKind]:
    return {flag.kind for flag in result.red_flags}


@pytest.mark.parametrize("name", SAVED_GENUINE)
def test_a_genuine_mail_saved_by_hand_is_read_with_its_headers(
    name: str, content: MessageContent
) -> None:
    result = check_message(SAVED_GENUINE[name], content)
    assert result.input_kind.value == "email"
    assert result.headers.from_address == "auto-confirm@amazon.co.jp"
    assert result.headers.return_path.endswith("@bounces.amazon.co.jp")
    assert {check.result for check in result.authentication} == {"pass"}
    assert result.verdict is Verdict.NO_RED_FLAGS_FOUND, _kinds(result)
    hosts = {link.host for link in result.links}
    assert "mx.google.com" not in hosts and "email.amazonses.com" not in hosts


@pytest.mark.parametrize("prefix", [BOM, b"\n", b"\xff\xfe"])
def test_a_scam_mail_saved_by_hand_keeps_its_header_signs(
    prefix: bytes, content: MessageContent
) -> None:
    data = prefix + (SCAM.decode().encode("utf-16-le") if prefix == b"\xff\xfe" else SCAM)
    result = check_message(data, content)
    assert result.input_kind.value == "email"
    assert {FlagKind.AUTHENTICATION_FAILED, FlagKind.RETURN_PATH_OUTSIDE} <= _kinds(result)
    hosts = {link.host for link in result.links}
    assert not hosts & {"mx.example.jp", "mailer.example-bulk.cn", "example.jp"}


def test_header_lines_pasted_after_other_words_name_no_link(content: MessageContent) -> None:
    """Not a mail (words before the headers): read as text, but a server's name in a Received
    or Authentication-Results line, or a Message-ID's host, is no link of the message."""
    text = (
        "この下はメールのヘッダーです\n"
        "Received: from mx.google.com by mail.example.jp;\n\tSat, 5 Dec 2026 10:00:00 +0900\n"
        "X-Received: by 2002:a05:6a00 with SMTP id relay.example.net;\n"
        "Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=amazon.co.jp\n"
        "Message-ID: <0100018c@email.amazonses.com>\n\n"
        "ご注文は https://www.amazon.co.jp/ でご確認ください。\n"
    )
    result = check_message(text.encode(), content)
    assert result.input_kind.value == "text"
    assert [link.host for link in result.links] == ["www.amazon.co.jp"]
    assert result.verdict is Verdict.NO_RED_FLAGS_FOUND


def test_a_text_that_starts_with_the_words_of_gmail_s_page_alone_stays_text(
    content: MessageContent,
) -> None:
    text = "元のメッセージをダウンロード\nAmazonです。https://amaz0n.top/ でご確認ください。"
    result = check_message(text.encode(), content)
    assert result.input_kind.value == "text"
    assert FlagKind.LOOKALIKE_DOMAIN in _kinds(result)


@pytest.mark.parametrize(
    ("lang", "kind", "verdict"),
    [
        ("ja", "ヘッダー付きのメール", "危険な兆候は見つかりませんでした。"),
        ("en", "e-mail with headers", "No red flags found."),
    ],
)
@pytest.mark.parametrize("name", ["utf8_bom", "utf16_notepad_of_bom", "show_original_ja"])
def test_the_screen_says_a_mail_was_read(
    tmp_path: Path, name: str, lang: str, kind: str, verdict: str
) -> None:
    saved = tmp_path / "saved.eml"
    saved.write_bytes(SAVED_GENUINE[name])
    done = run("check-message", str(saved), "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 0, done.stdout
    assert done.stdout.startswith(verdict)
    assert kind in done.stdout
    assert "mx.google.com" not in done.stdout


def test_the_attached_files_of_a_mail_saved_with_a_bom_are_named(content: MessageContent) -> None:
    mail = (
        b"From: Amazon <a@amazon.co.jp>\nSubject: s\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\n'
        b"ok\n--b\nContent-Type: application/octet-stream\n"
        b'Content-Disposition: attachment; filename="invoice.pdf.exe"\n\nTVo=\n--b--\n'
    )
    for data in (mail, BOM + mail, b"\n" + mail):
        notes = check_message(data, content).could_not_know
        assert any("invoice.pdf.exe" in note.text.ja for note in notes)
