"""Fix round 53 (helper r53-msg), check-message: review 44a's open items 1–4 (the owner's
address on a saved Gmail page, a card registered by name, a Google redirect, a forward's
headers in a pasted text)."""

from __future__ import annotations

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageCheck, MessageContent, check_message
from primehelp.message_check import FlagKind


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def _kinds(checked: MessageCheck) -> list[FlagKind]:
    return [f.kind for f in checked.red_flags]


# Item 2: a request to register the card or the payment method named without 「情報」「番号」
# is the same request as 「カード情報をご登録ください」 (FACTS §11).
REGISTERED = [
    ("クレジットカードのご登録をお願いします", "card"),
    ("お支払い方法のご登録をお願いします", "payment_details"),
    ("カードを登録してください", "card"),
    ("ご利用のクレジットカードを再登録してください", "card"),
    ("お支払い方法を登録してください", "payment_details"),
    ("有効なカードをご登録ください", "card"),
    ("Please register your credit card", "card"),
    ("Please register a payment method", "payment_details"),
]


@pytest.mark.parametrize(("said", "kind"), REGISTERED)
def test_2_a_card_or_payment_method_to_register_is_asked_for(
    said: str, kind: str, content: MessageContent
) -> None:
    checked = check_message(f"Amazon：{said}。", content)
    assert FlagKind.ASKS_FOR_DETAILS in _kinds(checked)
    sign = next(f for f in checked.red_flags if f.kind is FlagKind.ASKS_FOR_DETAILS)
    assert sign.asked == (kind,)


@pytest.mark.parametrize(
    "said",
    [
        "カードが登録されました",
        "クレジットカードの登録が完了しました",
        "お支払い方法が登録されました",
        "カードをご登録いただきありがとうございます",
        "カードの登録は不要です",
        "ギフトカードを登録してください",
        "ポイントカードを登録してください",
        "Please register your gift card",
    ],
)
def test_2_a_done_action_or_another_card_asks_for_nothing(
    said: str, content: MessageContent
) -> None:
    assert FlagKind.ASKS_FOR_DETAILS not in _kinds(check_message(f"Amazon：{said}。", content))

