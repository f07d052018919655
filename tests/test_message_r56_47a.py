"""Fix round 56 (helper fix-47a), check-message: review 47a's R-majors 1–5 and R-minor 13 (a
repeated href read by its last value; an attached Amazon mail judged in place of the received
one; Outlook's conditional comments not read; a refund at an ATM not counted; pictures not said
to be unread; a scheme-relative <base href>)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import WIDE, run

HEAD = (
    "From: Amazon.co.jp <order-update@amazon.co.jp>\n"
    "To: member@example.jp\n"
    "Subject: test\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/html; charset=UTF-8\n\n"
)
AMAZON = "https://www.amazon.co.jp/"


def _mail(tmp_path: Path, body: str, head: str = HEAD) -> str:
    path = tmp_path / "m.eml"
    path.write_text(head + body, encoding="utf-8")
    return str(path)


def _json(*args: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = run("--lang", lang, "check-message", "--json", *args).json()
    return data["data"]


def _targets(data: dict[str, Any]) -> list[str]:
    return [link["target"] for link in data["links"]]


# ----------------------------- item 1: a repeated attribute: the first, as browsers read it


@pytest.mark.parametrize(
    "anchor",
    [
        f'<a href="https://evil.top/login" href="{AMAZON}">サインイン</a>',
        f'<a HREF="https://evil.top/login" href="{AMAZON}">サインイン</a>',
        f"<a href=https://evil.top/login href={AMAZON}>サインイン</a>",
        f'<a href="https://evil.top/login"href="{AMAZON}">サインイン</a>',
        f'<a href="https://evil.top/login"/href="{AMAZON}">サインイン</a>',
    ],
)
def test_1_the_first_href_is_the_link(tmp_path: Path, anchor: str) -> None:
    data = _json(_mail(tmp_path, f"<html><body>{anchor}</body></html>"))
    assert _targets(data) == ["https://evil.top/login"]
    assert data["verdict"] == "red_flags_found"
    assert "evil.top" in {flag["domain"] for flag in data["red_flags"]}


def test_1_the_first_base_href_is_the_base(tmp_path: Path) -> None:
    body = f'<base href="https://evil.top/" href="{AMAZON}"><a href="/ap/signin">サインイン</a>'
    assert _targets(_json(_mail(tmp_path, body))) == ["https://evil.top/ap/signin"]


# ----------------------------- item 13: a base without a scheme is read as https


def test_13_a_scheme_relative_base_is_resolved(tmp_path: Path) -> None:
    body = '<base href="//evil.top/"><a href="ap/signin">サインイン</a>'
    data = _json(_mail(tmp_path, body))
    assert _targets(data) == ["https://evil.top/ap/signin"]
    assert "ap" not in {flag["domain"] for flag in data["red_flags"]}


# ----------------------------- item 2: the received mail's own headers are checked

OUTER = (
    "From: Amazon.co.jp <support@amazon.co.jp>\n"
    "To: member@example.jp\n"
    "Subject: Amazon.co.jp ご注文の確認\n"
    "Return-Path: <bounce@evil.top>\n"
    "Authentication-Results: mx.example.jp; spf=fail smtp.mailfrom=evil.top;\n"
    " dkim=none; dmarc=fail header.from=amazon.co.jp\n"
    "Reply-To: help@evil.top\n"
    "MIME-Version: 1.0\n"
    'Content-Type: multipart/mixed; boundary="B"\n\n'
    "--B\nContent-Type: text/plain; charset=UTF-8\n\n"
    "添付のご注文について確認が必要です。このメールにご返信ください。\n"
    "--B\nContent-Type: message/rfc822\n\n"
    "From: Amazon.co.jp <auto-confirm@amazon.co.jp>\n"
    "Subject: Amazon.co.jp ご注文の確認\n"
    "Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=amazon.co.jp;\n"
    " dkim=pass header.d=amazon.co.jp; dmarc=pass header.from=amazon.co.jp\n"
    "Content-Type: text/plain; charset=UTF-8\n\n"
    "ご注文ありがとうございます。https://www.amazon.co.jp/gp/your-account/order-history\n"
    "--B--\n"
)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_an_attached_amazon_mail_never_replaces_the_received_one(
    tmp_path: Path, lang: str
) -> None:
    data = _json(_mail(tmp_path, "", head=OUTER), lang=lang)
    kinds = {flag["kind"] for flag in data["red_flags"]}
    assert {"reply_to_outside", "return_path_outside", "authentication_failed"} <= kinds
    headers = data["headers"]
    assert headers["from_address"] == "support@amazon.co.jp"
    assert headers["forwarded_by"] == ""
    assert headers["attached_mail"] == "Amazon.co.jp <auto-confirm@amazon.co.jp>"
    assert all("spf=fail" in one for one in headers["authentication_results"])
    assert any("amazon.co.jp/gp/your-account" in t for t in _targets(data))  # text still read


@pytest.mark.parametrize(
    ("lang", "said"),
    [("ja", "添付されたメールのヘッダーは、送った人が書き換えられます"), ("en", "can be written")],
)
def test_2_the_screen_says_what_was_attached(tmp_path: Path, lang: str, said: str) -> None:
    done = run("--lang", lang, "check-message", _mail(tmp_path, "", head=OUTER), env=WIDE)
    assert done.exit_code == 1
    assert said in done.stdout and "auto-confirm@amazon.co.jp" in done.stdout
    assert "いずれも pass" not in done.stdout and "all pass" not in done.stdout


def test_2_a_members_forward_as_an_attachment_is_still_the_original(tmp_path: Path) -> None:
    head = OUTER.replace("Amazon.co.jp <support@amazon.co.jp>", "Hanako <hanako@example.jp>")
    head = head.replace("Reply-To: help@evil.top\n", "").replace("bounce@evil.top", "h@example.jp")
    head = head.replace("spf=fail smtp.mailfrom=evil.top", "spf=pass smtp.mailfrom=example.jp")
    head = head.replace("dmarc=fail header.from=amazon.co.jp", "dmarc=pass header.from=example.jp")
    headers = _json(_mail(tmp_path, "", head=head))["headers"]
    assert headers["from_address"] == "auto-confirm@amazon.co.jp"
    assert headers["forwarded_by"] == "Hanako <hanako@example.jp>"
    assert headers["attached_mail"] == ""


# ----------------------------- item 3: what Outlook's conditional comments show


@pytest.mark.parametrize(
    "outlook",
    [
        '<!--[if mso]><a href="https://evil.top/login">サインイン</a><![endif]-->',
        '<!--[if gte mso 9]><v:roundrect href="https://evil.top/login"><center>サインイン'
        "</center></v:roundrect><![endif]-->",
    ],
)
def test_3_a_link_only_outlook_shows_is_read(tmp_path: Path, outlook: str) -> None:
    body = f'{outlook}<!--[if !mso]><!--><a href="{AMAZON}">サインイン</a><!--<![endif]-->'
    data = _json(_mail(tmp_path, body))
    assert "https://evil.top/login" in _targets(data)
    assert "evil.top" in {flag["domain"] for flag in data["red_flags"]}


def test_3_the_same_button_for_outlook_is_listed_once(tmp_path: Path) -> None:
    body = (
        f'<!--[if mso]><v:roundrect href="{AMAZON}">注文</v:roundrect><![endif]-->'
        f'<!--[if !mso]><!--><a href="{AMAZON}">注文</a><!--<![endif]-->'
    )
    assert _targets(_json(_mail(tmp_path, body))) == [AMAZON]


# ----------------------------- item 4: a refund at an ATM is a sign (FACTS §5)

HELP = "https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y"


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "text",
    [
        "Amazonプライム会費を二重に請求しました。返金しますので、お近くのATMで手続きしてください。",
        "【Amazon】お客様の口座から不正な引き落としがありました。返金手続きのため、ATMに行ってください。",
    ],
)
def test_4_a_refund_at_an_atm_is_a_sign(text: str, lang: str) -> None:
    data = _json("--text", text, lang=lang)
    (sign,) = [f for f in data["red_flags"] if f["kind"] == "refund_at_atm"]
    assert HELP in sign["sources"]
    if lang == "ja":
        assert sign["title"] == "ATMでの返金の手続き"
        assert "支払いに使った方法に戻されます" in sign["reason"]
        assert "ATMでの返金の手続きを求めています" in sign["reason"]
    else:
        assert "payment method used" in sign["reason"] and "at an ATM" in sign["reason"]
    said = " ".join(note["text"] for note in data["could_not_know"])
    assert "ATM" not in said  # never 「…確認できていない」 beside the sign


def test_4_a_prime_fee_refund_by_transfer_asked_for_is_a_sign() -> None:
    text = "Amazonプライム会費の返金について。返金はお振込みで行いますので、口座番号を入力してください。"
    (sign,) = [f for f in _json("--text", text)["red_flags"] if f["kind"] == "refund_at_atm"]
    assert sign["title"] == "振込での返金の手続き"


@pytest.mark.parametrize(
    "text",
    [
        "Amazonプライム会費の返金に、ATMでの手続きは必要ありません。",
        "ATMでのお支払い方法はヘルプページをご覧ください。",
        "ご注文の返金は、ご指定の口座へお振込みいたします。",  # no Prime fee: FACTS has no rule
    ],
)
def test_4_no_sign_without_an_atm_refund_asked_for(text: str) -> None:
    kinds = {f["kind"] for f in _json("--text", text)["red_flags"]}
    assert "refund_at_atm" not in kinds


# ----------------------------- item 5: pictures are said to be unread

IMG = '<html><body><p>下のQRコードを読み取ってください</p><img src="https://evil.top/qr.png"></body></html>'


@pytest.mark.parametrize(
    ("lang", "limit", "line"),
    [
        ("ja", "画像の中身（QRコード", "本文の文字には、リンク"),
        ("en", "Images (a QR code", "in the text of the body (images were not examined)"),
    ],
)
def test_5_an_image_is_said_not_examined(tmp_path: Path, lang: str, limit: str, line: str) -> None:
    path = _mail(tmp_path, IMG)
    ids = [note["id"] for note in _json(path, lang=lang)["could_not_know"]]
    assert "message.limit.images_not_read" in ids
    done = run("--lang", lang, "check-message", path, env=WIDE)
    assert limit in done.stdout and line in done.stdout
    assert "本文には、リンク" not in done.stdout


@pytest.mark.parametrize(
    "body",
    [
        '<div style="background-image:url(https://evil.top/a.png)">x</div>',
        "<style>.q{background:url(https://evil.top/a.png)}</style><div class=q>x</div>",
        '<!--[if mso]><v:imagedata src="https://evil.top/a.png"/><![endif]-->',
    ],
)
def test_5_css_and_outlook_pictures_count_too(tmp_path: Path, body: str) -> None:
    ids = [note["id"] for note in _json(_mail(tmp_path, body))["could_not_know"]]
    # a body of that picture only, no text, has its own note (review 53a, item 22)
    pictured = (
        "message.limit.images_only" if "x</div>" not in body else "message.limit.images_not_read"
    )
    assert pictured in ids


def test_5_no_picture_no_note(tmp_path: Path) -> None:
    ids = [
        note["id"]
        for note in _json(_mail(tmp_path, "<p>ご注文ありがとうございます</p>"))["could_not_know"]
    ]
    assert "message.limit.images_not_read" not in ids


# ----------------------------- item 12: 「https:evil.top」 is a web link to evil.top


@pytest.mark.parametrize("href", ["https:evil.top/login", "https:/\\evil.top/login"])
def test_12_a_link_without_its_slashes_is_named_by_its_host(tmp_path: Path, href: str) -> None:
    data = _json(_mail(tmp_path, f'<p><a href="{href}">こちら</a></p>'))
    assert _targets(data) == ["https://evil.top/login"]
    kinds = {(flag["kind"], flag["domain"]) for flag in data["red_flags"]}
    assert ("foreign_link", "evil.top") in kinds
    assert "non_web_link" not in {kind for kind, _ in kinds}


def test_12_a_lookalike_without_its_slashes_is_one(tmp_path: Path) -> None:
    data = _json(_mail(tmp_path, '<a href="https:amazon-co-jp.evil.top/">こちら</a>'))
    assert "lookalike_domain" in {flag["kind"] for flag in data["red_flags"]}
