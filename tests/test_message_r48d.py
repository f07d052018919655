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
# link of the message is Amazon's; a look-alike link, another site's, or none keeps it a request.
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
    "",
]


@pytest.mark.parametrize(("said", "link"), list(itertools.product(CHANGE, AMAZON_LINKS)))
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
