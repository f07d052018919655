"""Fix round 49 (helper a), check-message: false alarms on genuine Amazon wording (review 42a,
items 1, 6 and 7)."""

from __future__ import annotations

import itertools

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent
from tests.support.message_asks import asks as _asks


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


# Item 1: a condition on what the member has not done (or is not), then the advice to change
# the password: Amazon's sign-in notice, no request for the password, with or without a link.
NOT_DONE = [
    "サインインしていない場合は、",
    "サインインを試みていない場合は、",
    "お客様ご自身でサインインしていない場合は、",
    "ログインしていない場合は、",
    "お客様ご自身によるサインインでない場合は、",
    "サインインしたのがお客様でない場合は、",
    "ご自身でログインしていない場合、",
]
CHANGE = [
    "パスワードを変更してください。",
    "すぐにパスワードを変更してください。",
    "パスワードを変更し、2段階認証を有効にしてください。",
    "パスワードを再設定してください。",
]


@pytest.mark.parametrize(("cond", "advice"), list(itertools.product(NOT_DONE, CHANGE)))
@pytest.mark.parametrize("link", ["", " https://www.amazon.co.jp/ap/signin"])
def test_1_a_condition_on_what_was_not_done_before_a_password_change_is_no_request(
    cond: str, advice: str, link: str, content: MessageContent
) -> None:
    assert _asks(cond + advice + link, content) == []


def test_1_a_genuine_one_time_code_mail_is_no_request(content: MessageContent) -> None:
    mail = (
        "Amazonアカウントにサインインするには、次のワンタイムパスワード(OTP)を入力してください。\n"
        "384920\nサインインを試みていない場合は、パスワードを変更してください。\n"
        "このワンタイムパスワードは誰とも共有しないでください。"
    )
    assert _asks(mail, content) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [  # the same condition before anything but a password change is read as before
        ("サインインしていない場合は、パスワードを返信してください。", "password"),
        ("カード番号を入力していない場合は、アカウントを停止します。", "card"),
        (
            "パスワードを入力していない場合は、サインインしてパスワードを変更してください。",
            "password",
        ),
        ("ログインしていない場合は、こちらにカード番号を入力してください。", "card"),
    ],
)
def test_1_the_condition_before_a_request_keeps_it(
    text: str, kind: str, content: MessageContent
) -> None:
    assert _asks(text, content) == [(kind,)]


def test_1_a_reset_notice_with_amazons_link_is_no_request(content: MessageContent) -> None:
    text = (
        "お客様のアカウントを保護するため、パスワードをリセットしました。"
        "https://www.amazon.co.jp/ap/forgotpassword から新しいパスワードを設定してください。"
    )
    assert _asks(text, content) == []
