"""Fix round 52 (helper r52-msg), check-message: review 44a items 1–3 and R-minors."""

from __future__ import annotations

import itertools

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageCheck, MessageContent, check_message
from primehelp.message_check import FlagKind


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def _asks(text: str, content: MessageContent) -> bool:
    found = check_message(text, content).red_flags
    return any(f.kind == FlagKind.ASKS_FOR_DETAILS for f in found)


# Item 1: card / payment / login details written with 「の」 (「カードの情報」) are the same details
# as without it, with every request verb the reviewer tried (FACTS §11).
CARD_NOUNS = [
    "カードの情報", "クレジットカードの情報", "ご利用のカードの情報", "カードの詳細",
    "お持ちのカードの詳細", "カードの番号", "クレジットカード情報", "カード情報",
]  # fmt: skip
PAYMENT_NOUNS = ["お支払いの情報", "お支払い情報", "支払情報", "決済情報", "決済の情報"]
LOGIN_NOUNS = ["ログインの情報", "ログイン情報"]
VERBS = [
    "を入力してください", "をご入力ください", "を返信してください", "を教えてください",
    "をお知らせください", "を送信してください", "をご登録ください", "を更新してください",
    "をご確認ください", "を再設定してください", "をお伝えください", "をご提供ください",
    "をご記入ください", "の入力をお願いします", "をこちらまでお送りください", "をお伺いします",
]  # fmt: skip
# 「お支払い情報をご確認ください」 names no handing over (Amazon's own mails say it), and a
# login's 「再設定」 is a password reset (the decision on the member's own password change).
NOT_ASKING = {("payment", "をご確認ください"), ("login", "を再設定してください")}
# 「お支払い情報を更新してください」 is Amazon's own wording too (review 61m, item 2): no request
# by itself (「決済情報を更新してください」 still is one).
OWN_UPDATE = {
    ("payment", noun, "を更新してください")
    for noun in ("お支払いの情報", "お支払い情報", "支払情報")
}


@pytest.mark.parametrize(
    ("kind", "noun", "verb"),
    [
        (kind, noun, verb)
        for kind, nouns in (
            ("card", CARD_NOUNS),
            ("payment", PAYMENT_NOUNS),
            ("login", LOGIN_NOUNS),
        )
        for noun, verb in itertools.product(nouns, VERBS)
        if (kind, verb) not in NOT_ASKING and (kind, noun, verb) not in OWN_UPDATE
    ],
)
def test_1_details_with_or_without_no_are_asked_for_with_every_verb(
    kind: str, noun: str, verb: str, content: MessageContent
) -> None:
    assert _asks(f"Amazon：{noun}{verb}。", content)


@pytest.mark.parametrize(
    "text",
    [
        "Amazon：お電話にて、クレジットカードの情報をお伺いします。",
        "Amazonです。ご利用のカードの情報を、改めてご登録いただく必要があります。"
        "こちらの返信フォームにてご登録ください。",
        "Amazon: Please enter your card info.",
        "Amazon: Reply with your card info.",
        "Amazon: Send us your card info.",
        "Amazon: Tell our agent your card info.",
        "Amazon: Re-enter your card info to continue Prime.",
    ],
)
def test_1_the_reviewers_wordings_are_requests(text: str, content: MessageContent) -> None:
    assert _asks(text, content)


@pytest.mark.parametrize(
    "text",
    [
        "Amazon：カードの有効期限が近づいています。アカウントサービスから更新できます。",
        "Amazon：お支払い方法を更新してください。",  # the payment method: Amazon's own wording
        "Amazon：クレジットカードの情報の登録が完了しました。",
        "Amazon：カードの情報は誰にも教えないでください。",
        "Amazon：パスワードを変更しました。",
    ],
)
def test_1_no_request_stays_none(text: str, content: MessageContent) -> None:
    assert not _asks(text, content)


def test_1_a_mention_with_no_is_noted(content: MessageContent) -> None:
    checked = check_message("Amazon：クレジットカードの情報について、ご案内します。", content)
    assert any("カード情報" in note.text.ja for note in checked.could_not_know), (
        checked.could_not_know
    )


# Item 2: a request ending in a colon, then a list of details (plain text and HTML), asks for
# them, as a request for 「以下の項目」 does.
LEADS = [
    "このメールにご返信ください：", "このメールにご返信ください:", "担当者にお伝えください：",
    "以下をご返信ください。", "下記をご記入のうえ、ご返信ください。",
]  # fmt: skip
LISTS = {
    "card": ["カード名義", "カード番号", "有効期限"],
    "password": ["ログインID", "パスワード"],
    "code": ["SMSで届いた6桁のコード"],
}


def _plain(lead: str, items: list[str]) -> str:
    return "\n".join(("Amazonです。", lead, *(f"・{one}" for one in items)))


def _html(lead: str, items: list[str]) -> bytes:
    listed = "".join(f"<li>{one}</li>" for one in items)
    body = f"<html><body><p>Amazonです。</p><p>{lead}</p><ul>{listed}</ul></body></html>"
    head = "From: Amazon <account@amazon-help.example>\nSubject: Amazon\nMIME-Version: 1.0\n"
    return (head + "Content-Type: text/html; charset=UTF-8\n\n" + body).encode()


@pytest.mark.parametrize(("lead", "kind"), list(itertools.product(LEADS, LISTS)))
def test_2_a_request_with_a_colon_asks_for_the_list_after_it(
    lead: str, kind: str, content: MessageContent
) -> None:
    for message in (_plain(lead, LISTS[kind]), _html(lead, LISTS[kind])):
        asked = [
            f.asked
            for f in check_message(message, content).red_flags
            if f.kind == FlagKind.ASKS_FOR_DETAILS
        ]
        assert asked and kind in asked[0], (message, asked)


def test_2_a_colon_with_no_request_asks_for_nothing(content: MessageContent) -> None:
    text = _plain(
        "ご注意ください：",
        ["パスワードは誰にも教えないでください", "カード番号は入力しないでください"],
    )
    assert not _asks(text, content)


# Item 3: a mail saved from Gmail as a web page: the page's own links are set apart and named,
# never counted as the message's, and never said to be safe; every other link counts as before.
_GMAIL_HEAD = (
    "<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
    "<table><tr><td><a href='https://mail.google.com/mail/u/0/'>{logo}</a></td>"
    "<td><b>山田 花子</b></td><td><a href='{logout}'>ログアウト</a></td></tr></table><hr>"
    "<b>Amazon.co.jp</b> &lt;auto-confirm@amazon.co.jp&gt;<p>ご注文ありがとうございます。</p>"
    "<p><a href='{link}'>注文履歴</a></p></body></html>"
)
_LOGO = (
    "<img src='https://ssl.gstatic.com/ui/v1/icons/mail/rfr/logo_gmail_lockup_default_1x_r5.png'>"
)
_AMAZON = "https://www.amazon.co.jp/gp/css/order-history"
_LOGOUT = "https://accounts.google.com/Logout"


def _page(title: str = "Gmail - ご注文の確認", logo: str = _LOGO, **links: str) -> bytes:
    named = {"logout": _LOGOUT, "link": _AMAZON, **links}
    return _GMAIL_HEAD.format(title=title, logo=logo, **named).encode()


def _link_domains(checked: MessageCheck) -> list[str]:
    return [f.domain for f in checked.red_flags if f.kind is not FlagKind.ASKS_FOR_DETAILS]


@pytest.mark.parametrize(
    ("title", "logo"), [("Gmail - ご注文の確認", ""), ("ご注文の確認", _LOGO), ("Gmail – x", _LOGO)]
)
def test_3_a_recognised_gmail_page_sets_its_links_apart(
    title: str, logo: str, content: MessageContent
) -> None:
    checked = check_message(_page(title, logo), content)
    assert _link_domains(checked) == []
    assert all("google.com" not in x.target for x in checked.links)
    (note,) = [n for n in checked.could_not_know if n.id.endswith("webmail_links")]
    assert "https://mail.google.com/mail/u/0/" in note.text.ja and _LOGOUT in note.text.ja
    assert ".eml" in note.text.ja and "安全" not in note.text.ja


def test_3_other_links_of_a_gmail_page_still_count(content: MessageContent) -> None:
    evil = "https://accounts.google.com/Logout?continue=https://amaz0n-login.top/x"
    checked = check_message(_page(link="https://amaz0n-login.top/x"), content)
    assert _link_domains(checked) == ["amaz0n-login.top"]
    checked = check_message(_page(logout=evil), content)  # names another site: the message's
    # …and the site its continue= sends the member on to is checked too (review 46a, item 5)
    assert _link_domains(checked) == ["google.com", "amaz0n-login.top"]
    assert evil in [x.target for x in checked.links]


def test_3_an_unrecognised_page_counts_the_links_and_says_they_may_be_the_page(
    content: MessageContent,
) -> None:
    checked = check_message(_page("ご注文の確認", ""), content)
    assert "google.com" in _link_domains(checked)
    assert any(n.id.endswith("webmail_maybe") for n in checked.could_not_know)


# Item 4: every form check-message reads a number in, check-number reads the same number.
FORMS = ["1-855-370-0151", "1 (855) 370-0151", "☎0120-899-543", "☎ 0120-899-543", "📞0120-899-543"]


@pytest.mark.parametrize("typed", FORMS)
def test_4_check_number_reads_what_check_message_reads(typed: str, content: MessageContent) -> None:
    from primehelp.phone import normalize

    (number,) = check_message(f"Amazon：至急 {typed} までお電話ください", content).phone_numbers
    assert normalize(typed) == number.normalized


# Item 5: the addresses of a forward's header block (its From, To, Cc) are the original mail's
# header, not addresses the message gives: not listed again; one in the body still is.
BLOCKS = [
    ("---------- Forwarded message ---------", "From", "To", "Cc"),
    ("-----Original Message-----", "差出人", "宛先", "Cc"),
    ("-------- 転送メッセージ --------", "From", "To", "CC"),
]


@pytest.mark.parametrize(("marker", "sender", "to", "cc"), BLOCKS)
def test_5_a_forwards_header_addresses_are_not_listed_again(
    marker: str, sender: str, to: str, cc: str, content: MessageContent
) -> None:
    mail = (
        "From: Taro <taro@example.jp>\nTo: me@example.jp\nSubject: Fwd\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\n\nこれ本物？\n\n"
        f"{marker}\n{sender}: Amazon <no-reply@amazon-prime.jp.net>\n{to}: hanako@example.jp\n"
        f"{cc}: Jiro <jiro@example.jp>\n件名: アカウントの確認\n\n"
        "お問い合わせ：support@amazon-help.example\n"
    ).encode()
    checked = check_message(mail, content)
    assert checked.headers.from_address == "no-reply@amazon-prime.jp.net"
    assert list(checked.email_addresses) == ["support@amazon-help.example"]


# Item 6: 「転送」 on check-message's screens means a mail forwarded, never a link's redirect
# (「移動」): every Japanese sentence of its data that says 「転送」 is about a mail.
def test_6_tensou_is_said_of_mails_only() -> None:
    import tomllib
    from pathlib import Path

    data = Path(__file__).parents[1] / "primehelp" / "data"

    def strings(node: object) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, dict):
            return [s for value in node.values() for s in strings(value)]
        if isinstance(node, list):
            return [s for value in node for s in strings(value)]
        return []

    said = [
        s
        for name in (
            "ui_message.toml",
            "ui_message_read.toml",
            "message.toml",
            "message_notes.toml",
        )
        for s in strings(tomllib.loads((data / name).read_text("utf-8")))
        if "転送" in s and any(ord(c) > 0x3000 for c in s) and len(s) > 12
    ]
    assert said and all("メール" in s or "メッセージ" in s for s in said), said


# Item 7: `sources` shows each fact alone: no fact's text points 「上の…」 / "above" to what
# another screen shows before it.
def test_7_no_fact_points_to_what_is_above_it() -> None:
    import re

    from primehelp.facts import all_facts

    pointing = [
        f.id
        for f in all_facts()
        if re.search(r"(?<!ネット)(?<!法律)上(?:の|と|で|記)", f.text.ja)
        or re.search(r"\babove\b", f.text.en)
    ]
    assert pointing == []


# Item 8: 「添付ファイルの中身を確認していない」 is said once, with or without images beside it.
def _mail(files: int, image: bool) -> bytes:
    parts = ["Content-Type: text/plain; charset=UTF-8\n\n請求書を添付しました。"]
    for at in range(files):
        parts.append(
            "Content-Type: application/octet-stream\n"
            f'Content-Disposition: attachment; filename="invoice{at}.pdf"\n'
            "Content-Transfer-Encoding: base64\n\nJVBERi0=\n"
        )
    if image:
        parts.append("Content-Type: image/png\nContent-ID: <logo>\n\niVBORw0KGgo=\n")
    body = "".join(f"--BB\n{part}\n" for part in parts) + "--BB--\n"
    head = "From: Amazon <a@amazon-info.example>\nSubject: invoice\nMIME-Version: 1.0\n"
    return (head + 'Content-Type: multipart/mixed; boundary="BB"\n\n' + body).encode()


@pytest.mark.parametrize(("files", "image"), list(itertools.product((0, 1, 2), (False, True))))
def test_8_attachments_not_examined_is_said_once(
    files: int, image: bool, content: MessageContent
) -> None:
    notes = [n.text.ja for n in check_message(_mail(files, image), content).could_not_know]
    said = sum("添付ファイル" in one and "確認していません" in one for one in notes)
    assert said == (1 if files or image else 0), notes
    assert any("画像" in one for one in notes) == image, notes


# Item 9: the envelope sender a server recorded (smtp.mailfrom) outside Amazon's domains is the
# Return-Path's sign, whatever SPF said; once with a Return-Path of the same domain; none for
# Amazon's own.
def _auth_mail(results: str, return_path: str = "") -> bytes:
    path = f"Return-Path: <{return_path}>\n" if return_path else ""
    return (
        f"From: Amazon <account@amazon.co.jp>\nTo: me@example.jp\nSubject: x\n{path}"
        f"Authentication-Results: mx.google.com; {results}\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\n\nご注文ありがとうございます。\n"
    ).encode()


@pytest.mark.parametrize(
    ("results", "return_path", "domains"),
    [
        ("dkim=pass header.i=@mail-evil.top; spf=pass smtp.mailfrom=bounce@mail-evil.top", "",
         ["mail-evil.top"]),
        ("spf=pass smtp.mailfrom=evil.top; dmarc=pass header.from=evil.top", "", ["evil.top"]),
        ('spf=softfail smtp.mailfrom="b@evil.top"', "", ["evil.top"]),
        ("spf=pass smtp.mailfrom=bounce@mail-evil.top", "bounce@mail-evil.top", ["mail-evil.top"]),
        ("spf=pass smtp.mailfrom=x@bounces.amazon.co.jp; dkim=pass header.i=@amazonses.com", "",
         []),
    ],
)  # fmt: skip
def test_9_an_envelope_sender_outside_amazon_is_the_return_paths_sign(
    results: str, return_path: str, domains: list[str], content: MessageContent
) -> None:
    flags = check_message(_auth_mail(results, return_path), content).red_flags
    assert [f.domain for f in flags if f.kind is FlagKind.RETURN_PATH_OUTSIDE] == domains
