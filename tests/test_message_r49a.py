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


# Item 6: a request told of as the scam to beware of is described, not made (every detail, every
# medium, every caution); a request after the caution, or a caution of no such message, is read.
DETAILS = {"パスワード": "password", "カード番号": "card", "クレジットカード情報": "card"}
WARNINGS = [
    "Amazonを名乗って、{o}を入力するよう求める{m}にご注意ください。",
    "{o}を入力するよう求める{m}にはご注意ください。",
    "{o}の入力を求める{m}にご注意ください。",
    "{o}を送信するよう要求する{m}には十分ご注意ください。",
    "{o}を入力させようとする偽の{m}にご注意ください。",
    "{o}を聞き出そうとする{m}にはお気をつけください。",
]
MEDIA = ["メール", "SMS", "電話", "サイト"]


@pytest.mark.parametrize(
    ("said", "obj", "medium"), list(itertools.product(WARNINGS, DETAILS, MEDIA))
)
def test_6_a_request_warned_of_is_no_request(
    said: str, obj: str, medium: str, content: MessageContent
) -> None:
    assert _asks(said.format(o=obj, m=medium), content) == []


@pytest.mark.parametrize(
    "text",
    [
        "Beware of emails asking you to enter your {o}.",
        "Be careful of messages that ask you to update your {o}.",
        "Phishing emails may ask you to confirm your {o}.",
        "Watch out for fake websites that ask you to enter your {o}.",
    ],
)
@pytest.mark.parametrize("obj", ["password", "card number"])
def test_6_an_english_warning_is_no_request(text: str, obj: str, content: MessageContent) -> None:
    assert _asks(text.format(o=obj), content) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("パスワードを求めるメールに注意して、こちらにカード番号を入力してください。", "card"),
        ("不審なメールにご注意ください。カード番号を入力してください。", "card"),
        ("Be aware of the new policy, please enter your card number.", "card"),
        ("Beware of delays; please send your password to restore your account.", "password"),
    ],
)
def test_6_a_request_beside_a_caution_is_still_read(
    text: str, kind: str, content: MessageContent
) -> None:
    assert _asks(text, content) == [(kind,)]


# Item 7: a condition before a reassurance asks for nothing; before a loss or a threat (round 46's
# CONDITIONS) it stays a demand.
IF_NOT = [
    "{o}を入力しない限り、",
    "{o}を教えない限り、",
    "お客様が{o}を送信しなければ、",
    "{o}を伝えなければ、",
]
REASSURANCES = [
    "請求されることはありません。",
    "アカウントは安全です。",
    "第三者がサインインすることはできません。",
    "ご注文に問題はありません。",
    "お客様の情報が悪用されることはございません。",
]
THREATS = [
    "アカウントは安全ではありません。アカウントを停止します。",
    "アカウントは安全ではなくなり、停止されます。",
    "ご注文は確定しません。",
]


@pytest.mark.parametrize(
    ("cond", "main", "obj"), list(itertools.product(IF_NOT, REASSURANCES, DETAILS))
)
def test_7_a_condition_before_a_reassurance_is_no_request(
    cond: str, main: str, obj: str, content: MessageContent
) -> None:
    assert _asks(cond.format(o=obj) + main, content) == []


@pytest.mark.parametrize(("cond", "main"), list(itertools.product(IF_NOT, THREATS)))
def test_7_a_condition_before_a_threat_stays_a_request(
    cond: str, main: str, content: MessageContent
) -> None:
    assert _asks(cond.format(o="パスワード") + main, content)[:1] == [("password",)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Unless you share your password, your account is safe.", ""),
        ("If you do not enter your card number, you will not be charged.", ""),
        ("Unless you tell someone your password, no one can sign in.", ""),
        ("Unless you enter your card number, your order will be cancelled.", "card"),
    ],
)
def test_7_english(text: str, kind: str, content: MessageContent) -> None:
    assert _asks(text, content) == ([(kind,)] if kind else [])
