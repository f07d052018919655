"""Fix round 48 (helper d), check-message: review 41a, items 16 and 18."""

from __future__ import annotations

import itertools

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent
from tests.support.message_asks import asks as _asks


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


# Item 16: 「…サインインしてパスワードを変更してください」 is the advice Amazon's own notices give
# (as 「パスワードを変更してください」 alone already was): no request for the password when every
# link of the message is Amazon's; a look-alike link or another site's keeps it a request. With no
# link at all it is no request either (review 42a, item 1: round 50's decision replaced round 48's
# "no link keeps it a request"; tests/test_message_r50_text.py).
CHANGE = [
    "お客様のアカウントを保護するため、こちらからサインインしてパスワードを変更してください。",
    "心当たりがない場合は、ログインしてパスワードを再設定してください。",
    "サインインの上、パスワードをご変更ください。",
    "To protect your account, please sign in and change your password.",
    "Please log in and reset your password.",
]
AMAZON_LINKS = ["https://www.amazon.co.jp/ap/signin", "https://amazon.co.jp/a/c/r/x"]
OTHER_LINKS = [
    "https://www.amaz0n-jp.top/ap/signin",
    "https://amazon.co.jp.evil.top/ap/signin",
    "https://www.amazon.co.jp/gp/redirect.html?location=https%3A%2F%2Fevil.xyz",
    "https://evil.example/signin",
]


@pytest.mark.parametrize(("said", "link"), list(itertools.product(CHANGE, [*AMAZON_LINKS, ""])))
def test_16_a_password_to_change_at_amazon_is_no_request(
    said: str, link: str, content: MessageContent
) -> None:
    assert _asks(f"Amazon.co.jp {said} {link}", content) == []


@pytest.mark.parametrize(("said", "link"), list(itertools.product(CHANGE, OTHER_LINKS)))
def test_16_elsewhere_it_stays_a_request(said: str, link: str, content: MessageContent) -> None:
    assert ("password",) in _asks(f"Amazon.co.jp {said} {link}", content)


@pytest.mark.parametrize(
    "said",
    [
        "サインインして現在のパスワードを入力し、パスワードを変更してください。",
        "パスワードを変更するため、こちらに今のパスワードを入力してください。",
        "Please sign in, enter your password and change your password.",
    ],
)
def test_16_a_password_also_asked_for_stays_a_request(said: str, content: MessageContent) -> None:
    assert _asks(f"Amazon.co.jp {said} https://www.amazon.co.jp/ap/signin", content) != []


def _html_mail(href: str) -> str:
    return (
        "From: Amazon <account-update@amazon.co.jp>\nSubject: サインインがありました\n"
        "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
        "<p>お客様のアカウントを保護するため、"
        f'<a href="{href}">こちら</a>からサインインしてパスワードを変更してください。</p>\n'
    )


@pytest.mark.parametrize(
    ("href", "asked"),
    [
        ("https://www.amazon.co.jp/ap/signin", False),
        ("https://www.amaz0n-jp.top/ap/signin", True),
        ("https://www.amazon.co.jp/ap/signin?openid.return_to=https://evil.example.xyz/", True),
    ],
)
def test_16_an_html_mail_reads_its_links_targets(
    href: str, asked: bool, content: MessageContent
) -> None:
    assert bool(_asks(_html_mail(href), content)) is asked


# Item 18: the note on a deadline or legal threat names only what the message holds, and is not
# given for a sentence a threat-of-suspension sign already quotes.
def _threat_notes(text: str, content: MessageContent) -> list[str]:
    from primehelp.message import check_message

    found = check_message(text, content)
    return [n.text.ja for n in found.could_not_know if "と書かれています" in n.text.ja]


@pytest.mark.parametrize(
    ("text", "kind", "not_named"),
    [
        ("Amazonです。本日中にお支払いがない場合、ご注文は発送できません。", "期限を", "法的措置"),
        ("Amazonです。24時間以内にご返信がない場合、発送できません。", "期限を", "法的措置"),
        ("Amazonです。お支払いがない場合、法的措置をとります。", "法的措置を", "期限"),
        ("Amazonです。ご連絡がない場合、訴訟を起こします。", "法的措置を", "期限"),
        ("Amazonです。本日中にお支払いがない場合、法的措置をとります。", "期限や法的措置を", ""),
    ],
)
def test_18_the_note_names_only_what_is_there(
    text: str, kind: str, not_named: str, content: MessageContent
) -> None:
    (note,) = _threat_notes(text, content)
    said = note.split("primehelpにはこのような", 1)[1]
    assert said.startswith(kind)
    assert not not_named or not_named not in said


def test_18_a_sentence_already_a_sign_gets_no_note(content: MessageContent) -> None:
    text = (
        "Amazonをご利用いただきありがとうございます。お客様のアカウントは一時停止されました。"
        "24時間以内にカード情報を更新しない場合、アカウントは削除されます。"
    )
    from primehelp.message import check_message
    from primehelp.message_check import FlagKind

    found = check_message(text, content)
    assert any(f.kind is FlagKind.THREATENS_SUSPENSION for f in found.red_flags)
    assert _threat_notes(text, content) == []
