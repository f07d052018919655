"""Fix round f52 (helper f52msg), check-message: review 51a items 4, 28 and review 50a S 21."""

from __future__ import annotations

import quopri
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


# ----------------------------- 51a item 28: a webmail's own links in a saved .mhtml / .html

_PAGE = (
    '<html><body><div>Amazonプライム <a href="https://www.amazon.co.jp/gp/css/homepage.html">'
    "アカウントサービス</a></div>"
    '<a href="https://mail.google.com/mail/u/0/#settings">設定</a></body></html>'
)


def _mhtml(location: str) -> bytes:
    return (
        f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {location}\r\n".encode()
        + b"Subject: =?utf-8?Q?Gmail_-_Amazon?=\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; type="text/html"; boundary="--b--"\r\n\r\n'
        b"----b--\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        + f"Content-Location: {location}\r\n\r\n".encode()
        + quopri.encodestring(_PAGE.encode())
        + b"\r\n----b----\r\n"
    )


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("suffix", ["mhtml", "html"])
def test_28_a_page_saved_from_the_webmail_sets_its_own_links_apart(
    lang: str, suffix: str, tmp_path: Path
) -> None:
    path = tmp_path / f"gmail.{suffix}"
    if suffix == "mhtml":
        path.write_bytes(_mhtml("https://mail.google.com/mail/u/0/#inbox/abc"))
    else:
        mark = "<!-- saved from url=(0043)https://mail.google.com/mail/u/0/#inbox -->\n"
        path.write_text(mark + _PAGE, encoding="utf-8")
    data = _json(str(path), lang=lang)
    assert data["red_flags"] == []
    assert [link["host"] for link in data["links"]] == ["www.amazon.co.jp"]
    (note,) = [x for x in data["could_not_know"] if x["id"].endswith("webmail_links")]
    assert "https://mail.google.com/mail/u/0/#settings" in note["text"]  # named, not hidden
    assert "Gmail" in note["text"]
    assert data["verdict"] == "no_red_flags_found"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_28_a_page_saved_from_elsewhere_keeps_every_link_counted(lang: str, tmp_path: Path) -> None:
    path = tmp_path / "page.mhtml"
    path.write_bytes(_mhtml("https://example.com/saved"))
    data = _json(str(path), lang=lang)
    assert "mail.google.com" in [link["host"] for link in data["links"]]
    assert [flag["kind"] for flag in data["red_flags"]] == ["foreign_link"]
    assert any(x["id"].endswith("webmail_maybe") for x in data["could_not_know"])


# ----------------------------- 50a S 21: one address linked from two texts is listed once

_TWO_TEXTS = (
    "<html><body><p>Amazon</p><a href='https://evil.example.com/login'>ログイン</a> "
    "<a href='https://evil.example.com/login'>こちら</a>"
    "<a href='https://evil.example.com/login'>ログイン</a></body></html>"
)


@pytest.mark.parametrize(
    ("lang", "heading", "end", "shown"),
    [
        ("ja", "読み取った内容", "確認できなかったこと", "リンクの文字："),
        ("en", "What was read", "What this check could not know", "Link text: "),
    ],
)
def test_s21_one_target_from_two_texts_is_listed_once_with_both(
    lang: str, heading: str, end: str, shown: str, tmp_path: Path
) -> None:
    path = tmp_path / "two.html"
    path.write_text(_TWO_TEXTS, encoding="utf-8")
    screen = _screen(str(path), lang=lang)
    read = screen[screen.index(heading) : screen.index(end)]
    assert read.count("https://evil.example.com/login") == 1
    assert f"{shown}ログイン" in read and f"{shown}こちら" in read
    assert read.count(f"{shown}ログイン") == 1  # the same text twice: once
    assert read.index(f"{shown}ログイン") < read.index(f"{shown}こちら")  # as found


# ----------------------------- 51a item 4: a form's send address is its own sign, not a link

_FORM = (
    "<html><body><p>Amazonプライム会員様</p>"
    "<p><a href='https://evil.example.ru/a'>https://www.amazon.co.jp/your-account</a></p>"
    "<form action='https://phish.example.com/post'><input name='card'></form></body></html>"
)


@pytest.mark.parametrize(
    ("lang", "title", "label", "link"),
    [
        ("ja", "入力フォームの送信先", "・入力フォームの送信先：", "・リンク："),
        ("en", "Where a form sends what you type", "- Form sends to:", "- Link:"),
    ],
)
def test_4_a_forms_send_address_is_its_own_sign(
    lang: str, title: str, label: str, link: str, tmp_path: Path
) -> None:
    path = tmp_path / "form.html"
    path.write_text(_FORM, encoding="utf-8")
    data = _json(str(path), lang=lang)
    kinds = [(flag["kind"], flag["evidence"]) for flag in data["red_flags"]]
    assert ("form_target", "https://phish.example.com/post") in kinds
    assert ("foreign_link", "https://phish.example.com/post") not in kinds
    assert ("foreign_link", "https://evil.example.ru/a") in kinds  # a link stays a link
    (sign,) = [flag for flag in data["red_flags"] if flag["kind"] == "form_target"]
    assert sign["title"] == title and sign["domain"] == "example.com"
    assert "example.com" in sign["reason"] and "{domain}" not in sign["reason"]
    forms = {x["target"]: x["is_form_target"] for x in data["links"]}
    assert forms == {"https://evil.example.ru/a": False, "https://phish.example.com/post": True}
    screen = _screen(str(path), lang=lang)
    read = screen[screen.index(label) :]
    assert read.split("\n", 2)[1].strip() == "https://phish.example.com/post"
    assert f"{link}example.com".replace(" ", "") not in screen.replace(
        " ", ""
    )  # never called a link
    assert f"{title}\n" in screen
    for word in ("安全", "safe"):
        assert word not in sign["reason"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_a_buttons_formaction_to_amazon_is_a_form_target_with_no_sign(
    lang: str, tmp_path: Path
) -> None:
    path = tmp_path / "form.html"
    path.write_text(
        "<html><body><form><button formaction='https://www.amazon.co.jp/x'>OK</button></form>"
        "</body></html>",
        encoding="utf-8",
    )
    data = _json(str(path), lang=lang)
    assert [x["is_form_target"] for x in data["links"]] == [True]
    assert data["red_flags"] == []
    assert data["verdict"] == "no_red_flags_found"


@pytest.mark.parametrize(("lang", "link"), [("ja", "リンク"), ("en", "link")])
def test_4_a_mail_with_a_form_and_no_link_is_not_told_to_leave_its_links(
    lang: str, link: str
) -> None:
    mail = Path(__file__).parent / "cli" / "messages" / "scam-html-form.html"
    data = _json(str(mail), lang=lang)
    assert data["verdict"] == "red_flags_found"
    assert link not in data["verdict_text"].lower()
    assert [x["is_form_target"] for x in data["links"]] == [True]
