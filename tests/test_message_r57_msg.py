"""Fix round 57 (helper fix-msg), check-message: review 47a's R-minors 8, 11, 14, 6, 7, 10, 9."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}


def _json(*args: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = run("--lang", lang, "check-message", "--json", *args).json()
    return data["data"]


def _screen(*args: str, lang: str = "ja") -> str:
    return run("--lang", lang, "check-message", *args, env=WIDE).stdout


# ----------------------------- item 14: amzn.com, amazon.jobs, amazon.dev are unconfirmed, as in charge


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "url", ["https://amzn.com/dp/B00TEST", "https://amazon.jobs/x", "https://amazon.dev/y"]
)
def test_14_amazon_names_facts_do_not_list_are_unconfirmed_not_lookalikes(
    lang: str, url: str
) -> None:
    flags = _json("--text", f"Amazon: {url}", lang=lang)["red_flags"]
    assert flags  # still not among the listed domains: still a sign
    for one in flags:
        assert one["kind"] != "lookalike_domain", one
        assert "Amazonのドメインではありません" not in one["reason"], one
        assert "is not Amazon's domain" not in one["reason"], one
    assert any("誰のもの" in f["reason"] or "whose" in f["reason"] for f in flags), flags


# ----------------------------- item 8: a pasted two-line header block, a saved Gmail page's sender

_NAMED = "Amazon.co.jp <notice@mail-center.top>"


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "block",
    [
        f"件名: Amazon.co.jp ご注文の確認\n差出人: {_NAMED}\n",
        f"送信者: {_NAMED}\n件名: Amazon.co.jp ご注文の確認\n",
        f"差出人：{_NAMED}\n宛先：hanako@example.jp\n",
    ],
)
def test_8_a_pasted_header_block_of_two_lines_keeps_the_name_mismatch(
    lang: str, block: str, tmp_path: Path
) -> None:
    path = tmp_path / "paste.txt"
    path.write_text(block + "\nご注文ありがとうございます。\n", "utf-8")
    data = _json(str(path), lang=lang)
    assert data["headers"]["from_address"] == "notice@mail-center.top"
    assert [f["kind"] for f in data["red_flags"]] == ["display_name_mismatch"]
    assert run("--lang", lang, "check-message", str(path)).exit_code == 1


def test_8_one_sender_line_alone_is_no_header_block(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(f"差出人：{_NAMED}\n\nご注文ありがとうございます。\n", "utf-8")
    assert _json(str(path))["headers"]["from_address"] == ""


_GMAIL = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Gmail - Amazon.co.jp ご注文の確認'
    '</title></head><body>\n<a href="https://mail.google.com/mail/u/0/#inbox"><img src="https://'
    'ssl.gstatic.com/ui/v1/icons/mail/rfr/logo_gmail_lockup_default_1x_r5.png" alt="Gmail"></a>\n'
    "<div>山田花子 &lt;hanako.yamada@gmail.com&gt;</div>\n<hr><table><tr><td><b>Amazon.co.jp "
    "ご注文の確認</b></td></tr>\n<tr><td><b>Amazon.co.jp</b> &lt;{sender}&gt;</td><td>2026年12月5日"
    " 10:00</td></tr>\n<tr><td>To: hanako.yamada@gmail.com</td></tr></table>\n<div>ご注文ありがとう"
    'ございます。<a href="https://www.amazon.co.jp/gp/primecentral">アカウントサービス</a></div>'
    "\n</body></html>\n"
)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_a_saved_gmail_pages_sender_line_is_read_as_its_from(lang: str, tmp_path: Path) -> None:
    path = tmp_path / "gmail.html"
    path.write_text(_GMAIL.replace("{sender}", "notice@mail-center.top"), "utf-8")
    data = _json(str(path), lang=lang)
    assert data["headers"]["from_name"] == "Amazon.co.jp"
    assert data["headers"]["from_address"] == "notice@mail-center.top"
    assert data["headers"]["subject"] == "Amazon.co.jp ご注文の確認"
    assert [f["kind"] for f in data["red_flags"]] == ["display_name_mismatch"]
    assert "notice@mail-center.top" not in str(
        data["email_addresses"]
    )  # listed once, as the sender
    screen = _screen(str(path), lang=lang)
    assert ("差出人：Amazon.co.jp <notice@mail-center.top>" in screen) == (lang == "ja")


def test_8_a_genuine_looking_gmail_page_gets_no_sign_from_its_own_account(tmp_path: Path) -> None:
    path = tmp_path / "gmail.html"
    path.write_text(_GMAIL.replace("{sender}", "account-update@amazon.co.jp"), "utf-8")
    data = _json(str(path))
    assert data["headers"]["from_address"] == "account-update@amazon.co.jp"
    assert data["red_flags"] == []


# ----------------------------- item 11: the forwarder's own words above the marker are not judged

_FORWARD = (
    "これ、カード番号を入力してくださいって書いてあるけど本物かな？至急ご確認ください、だって。\n\n"
    "転送されたメッセージ:\n\n"
    '差出人: "Amazon.co.jp" <auto-confirm@amazon.co.jp>\n日付: 2026年12月5日 10:00:00 JST\n'
    "宛先: hanako@example.jp\n件名: Amazon.co.jp ご注文の確認\n\n{body}\n"
)
_PLAIN = (
    "ご注文ありがとうございます。注文履歴: https://www.amazon.co.jp/gp/your-account/order-history"
)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_11_the_forwarders_words_are_not_quoted_as_the_messages_request(lang: str) -> None:
    text = _FORWARD.format(body=_PLAIN)
    data = _json("--text", text, lang=lang)
    assert data["red_flags"] == [], data["red_flags"]
    ids = [note["id"] for note in data["could_not_know"]]
    assert "message.limit.forwarder_words" in ids
    screen = _screen("--text", text, lang=lang)
    said = "転送するときに書き添えられたもの" if lang == "ja" else "a note added when forwarding"
    assert said in screen
    read_below = (
        "「確認できなかったこと」も必ずお読みください" if lang == "ja" else "Be sure to read"
    )
    assert read_below in screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_11_the_forwarded_mails_own_request_is_still_a_sign(lang: str) -> None:
    body = "お支払い方法を更新するため、カード番号を入力してください。"
    data = _json("--text", _FORWARD.format(body=body), lang=lang)
    assert "asks_for_details" in [f["kind"] for f in data["red_flags"]], data["red_flags"]
    evidence = " ".join(f["evidence"] for f in data["red_flags"])
    assert "本物かな" not in evidence


def test_11_a_link_in_the_forwarders_words_is_still_checked() -> None:
    text = "これ開いていい？ https://amazon-jp.evil.top/login\n\n" + _FORWARD.split("\n\n", 1)[1]
    data = _json("--text", text.format(body=_PLAIN))
    assert data["red_flags"], data
    assert any("evil.top" in f["evidence"] for f in data["red_flags"])


def test_11_no_note_without_words_above_the_marker() -> None:
    text = _FORWARD.split("\n\n", 1)[1].format(body=_PLAIN)
    ids = [note["id"] for note in _json("--text", text)["could_not_know"]]
    assert "message.limit.forwarder_words" not in ids


# ----------------------------- item 6: Safe Links and urldefense are read like Google's redirect

_SAFE = "https://jpn01.safelinks.protection.outlook.com/?url={url}&data=05%7C02%7C&reserved=0"
_FAKE = "https%3A%2F%2Famazon-jp.evil.top%2Flogin"


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "link",
    [
        _SAFE.format(url=_FAKE),
        "https://urldefense.com/v3/__https://amazon-jp.evil.top/login__;!!x$",
    ],
)
def test_6_a_lookalike_behind_link_protection_is_named(lang: str, link: str) -> None:
    data = _json("--text", f"Amazon.co.jp ご注文の確認 {link}", lang=lang)
    kinds = [f["kind"] for f in data["red_flags"]]
    assert "lookalike_domain" in kinds, kinds
    assert any("amazon-jp.evil.top" in f["reason"] for f in data["red_flags"])
    said = ("Safe Links", "urldefense")
    assert any(word in f["reason"] for f in data["red_flags"] for word in said)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_an_amazon_address_behind_safe_links_is_named_without_contradiction(lang: str) -> None:
    url = "https%3A%2F%2Fwww.amazon.co.jp%2Fgp%2Fcss%2Forder-history"
    data = _json("--text", f"Amazon.co.jp ご注文の確認 {_SAFE.format(url=url)}", lang=lang)
    assert [f["kind"] for f in data["red_flags"]] == ["foreign_link"]  # the link is outlook.com's
    reason = data["red_flags"][0]["reason"]
    assert "www.amazon.co.jp" in reason and "outlook.com" in reason
    assert "Amazonのドメインではありません（" not in reason


# ----------------------------- item 7: a page saved as .mhtml is read as the page it holds


def _mhtml(sender: str) -> bytes:
    import quopri

    page = _GMAIL.replace("{sender}", sender).encode()
    return (
        b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://mail.google.com/mail/u/0/\r\n"
        b"Subject: =?utf-8?Q?Gmail_-_Amazon.co.jp?=\r\nDate: Sat, 5 Dec 2026 10:00:00 +0900\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        b'\tboundary="----MultipartBoundary--abc----"\r\n\r\n\r\n------MultipartBoundary--abc----\r\n'
        b"Content-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n"
        b"Content-Location: https://mail.google.com/mail/u/0/\r\n\r\n"
        + quopri.encodestring(page)
        + b"\r\n------MultipartBoundary--abc------\r\n"
    )


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_7_a_genuine_looking_gmail_page_saved_as_mhtml_reads_as_the_html_does(
    lang: str, tmp_path: Path
) -> None:
    path = tmp_path / "gmail.mhtml"
    path.write_bytes(_mhtml("account-update@amazon.co.jp"))
    data = _json(str(path), lang=lang)
    assert data["input_kind"] == "html"
    assert data["red_flags"] == []
    assert data["headers"]["from_address"] == "account-update@amazon.co.jp"
    assert "Saved by Blink" not in _screen(str(path), lang=lang)


def test_7_a_scam_page_saved_as_mhtml_keeps_its_signs(tmp_path: Path) -> None:
    path = tmp_path / "gmail.mhtml"
    path.write_bytes(_mhtml("notice@mail-center.top"))
    kinds = [f["kind"] for f in _json(str(path))["red_flags"]]
    assert kinds == ["display_name_mismatch"]


@pytest.mark.parametrize(("lang", "said"), [("ja", ".mhtml"), ("en", ".mhtml")])
def test_7_help_names_mhtml(lang: str, said: str) -> None:
    assert said in run("--lang", lang, "check-message", "--help", env=WIDE).stdout


# ----------------------------- item 10: a mail cut off is not read as complete

_HEAD = (
    'From: "Amazon.co.jp" <order-update@amazon.co.jp>\nTo: user@example.jp\nSubject: Amazonプライム\n'
    "Date: Sat, 05 Dec 2026 10:00:00 +0900\nMIME-Version: 1.0\n"
)


def _cut_multipart(tmp_path: Path) -> str:
    import base64

    html = base64.b64encode(
        '<p>ご確認ください。<a href="https://www.amazon.co.jp/">Amazon</a></p>'.encode()
    ).decode()
    path = tmp_path / "cut.eml"
    path.write_text(
        _HEAD + 'Content-Type: multipart/alternative; boundary="b1"\n\n--b1\n'
        "Content-Type: text/plain; charset=UTF-8\n\nご確認ください。\n\n--b1\n"
        "Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
        + html
        + "\n",
        "utf-8",
    )
    return str(path)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_10_a_multipart_mail_without_its_closing_boundary_says_its_end_may_be_lost(
    lang: str, tmp_path: Path
) -> None:
    path = _cut_multipart(tmp_path)
    data = _json(path, lang=lang)
    assert data["verdict"] == "body_not_read"
    assert "message.limit.mail_cut_off" in [n["id"] for n in data["could_not_know"]]
    screen = _screen(path, lang=lang)
    said = (
        "メールの終わりが欠けている" if lang == "ja" else "The end of the mail seems to be missing"
    )
    assert said in " ".join(screen.split()) or said in "".join(screen.split())
    assert run("--lang", lang, "check-message", path).exit_code == 1


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_10_base64_missing_its_padding_is_not_read_as_a_whole_body(
    lang: str, tmp_path: Path
) -> None:
    path = tmp_path / "trunc.eml"
    body = "PGEgaHJlZj0iaHR0cHM6Ly9ldmlsLn"  # 「<a href="https://evil.」 cut: 30 characters
    path.write_text(
        _HEAD + "Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
        f"{body}\n",
        "utf-8",
    )
    data = _json(str(path), lang=lang)
    assert data["verdict"] == "body_not_read"
    assert "message.limit.body_not_read" in [n["id"] for n in data["could_not_know"]]
    assert all(link["domain"] != "evi" for link in data["links"]), data["links"]


# ----------------------------- item 9: a From outside Amazon's sender domains, in Amazon's name


def _from(tmp_path: Path, sender: str, subject: str, body: str) -> str:
    path = tmp_path / "from.eml"
    path.write_text(
        f"From: {sender}\nTo: m@example.jp\nSubject: {subject}\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n",
        "utf-8",
    )
    return str(path)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        ("support@evil.top", "Amazonプライム ご注文の確認", "ご利用ありがとうございます。"),
        ("<x@evil.top>", "ご注文の確認", "Amazonプライムをご利用いただきありがとうございます。"),
        ('"Amazon" <order-update@amazon.co.jp>, <x@evil.top>', "ご注文の確認", "hello"),
    ],
)
def test_9_a_plain_sender_outside_amazons_domains_is_a_sign_in_amazons_name(
    lang: str, sender: str, subject: str, body: str, tmp_path: Path
) -> None:
    path = _from(tmp_path, sender, subject, body)
    data = _json(path, lang=lang)
    assert [f["kind"] for f in data["red_flags"]] == ["sender_outside"]
    assert data["red_flags"][0]["domain"] == "evil.top"
    title = "Amazon以外の差出人アドレス" if lang == "ja" else "Sender address outside Amazon"
    assert title in _screen(path, lang=lang)


def test_9_no_sign_for_a_sender_of_a_message_not_in_amazons_name(tmp_path: Path) -> None:
    path = _from(tmp_path, "taro@example.jp", "週末の予定", "土曜日は空いていますか？")
    assert _json(path)["red_flags"] == []


def test_9_a_named_amazon_sender_outside_is_one_sign_not_two(tmp_path: Path) -> None:
    path = _from(tmp_path, "Amazon.co.jp <notice@mail-center.top>", "ご注文の確認", "Amazon")
    assert [f["kind"] for f in _json(path)["red_flags"]] == ["display_name_mismatch"]
