"""Fix round 51 (helper fx-rules), check-message sentence rules: review 43a, items 6, 5 and 4."""

from __future__ import annotations

import itertools

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from primehelp.message_check import FlagKind
from tests.support.message_asks import asks as _asks


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def _kinds(text: str, content: MessageContent) -> set[FlagKind]:
    return {one.kind for one in check_message(text, content).red_flags}


# Item 6: a short parenthesised aside after the name of what is asked for hides nothing. Each
# request is tried with asides of each kind (full-width and half-width brackets, letters, digits,
# katakana, a middle dot) between the card's name and the rest of the sentence.
ASIDES = [
    "（コード）",
    "(VISA・Master)",
    "（VISA・Master）",
    "（16桁）",
    "（券面記載）",
    "（Amazon）",
]
GIFT_PAYMENTS = [
    "Amazonプライム会費のお支払いはAmazonギフトカード{}でお願いします。",
    "お支払いはギフト券{}でお願いいたします。",
    "Amazonギフトカード{}でのお支払いをお願いいたします。",
    "ギフトカード{}でお支払いください。",
]
CARD_REQUESTS = [
    "Amazon：クレジットカード{}の番号をご入力ください。",
    "カード{}の番号と有効期限をご返信ください。",
    "クレジットカード{}情報を入力してください。",
]


@pytest.mark.parametrize(("said", "aside"), list(itertools.product(GIFT_PAYMENTS, ASIDES)))
def test_6_an_aside_hides_no_gift_card_payment(
    said: str, aside: str, content: MessageContent
) -> None:
    assert ("gift_card_payment",) in _asks(said.format(aside), content)


@pytest.mark.parametrize(("said", "aside"), list(itertools.product(CARD_REQUESTS, ASIDES)))
def test_6_an_aside_hides_no_card_request(said: str, aside: str, content: MessageContent) -> None:
    assert any("card" in kinds for kinds in _asks(said.format(aside), content))


# 「〜のみ」: a payment only by gift card is the demand, in either order.
ONLY = [
    "お支払いはギフト券のみとなります。",
    "お支払いはAmazonギフトカードのみとなっております。",
    "未払いの会費5,900円は、ギフト券でのお支払いのみ受け付けております。",
    "プライム会費のお支払いは、Amazonギフトカード（コード）のみ受け付けております。",
    "ギフトカードでのお支払いのみとさせていただきます。",
    "お支払い方法はアマギフのみとなります。",
]


@pytest.mark.parametrize("said", ONLY)
def test_6_a_payment_by_gift_card_only_is_a_demand(said: str, content: MessageContent) -> None:
    assert ("gift_card_payment",) in _asks(said, content)


# …and no false alarm on what Amazon says of gift cards and of asides.
GENUINE_6 = [
    "Amazonギフトカード（Eメールタイプ）をご購入いただき、ありがとうございます。",
    "ギフトカードでのお支払いはAmazon.co.jpでのご注文のみとなります。",
    "Amazonギフトカード（チャージタイプ）は、Amazon.co.jpでのお支払いにご利用いただけます。",
    "お支払い方法（クレジットカード）の有効期限が近づいています。",
    "ギフトカード番号（コード）は誰にも教えないでください。",
]


@pytest.mark.parametrize("said", GENUINE_6)
def test_6_genuine_gift_card_and_aside_wording_asks_nothing(
    said: str, content: MessageContent
) -> None:
    assert _asks(said, content) == []


# Item 5: the scam wording counts as a request or a problem statement only, never when the
# sentence says it is not needed or tells how to do it through the app or account service.
PHRASES = ["お支払い方法を更新", "お支払い情報を更新", "支払い方法を更新"]
NOT_NEEDED = [
    "{}する必要はありません。",
    "{}する必要はございません。",
    "{}していただく必要はありません。",
]
HOW_TO = [
    "Amazon：{}するには、Amazonのアプリからアカウントサービスを開いてください。",
    "Amazon：{}する場合は、アカウントサービスの「お支払い方法」から行ってください。",
    "ご注文の支払いを処理できませんでした。{}するには、Amazonのアプリで「注文履歴」を開いてください。",
    "{}したい場合は、ブックマークからAmazon.co.jpを開いてください。",
]
ADVICE = [*NOT_NEEDED, *HOW_TO]


@pytest.mark.parametrize(("said", "phrase"), list(itertools.product(ADVICE, PHRASES)))
def test_5_advice_is_no_scam_wording(said: str, phrase: str, content: MessageContent) -> None:
    assert FlagKind.SCAM_SUBJECT not in _kinds(said.format(phrase), content)


ENGLISH_ADVICE = [
    "To update your payment method, open the Amazon app and go to Your Account.",
    "Open the Amazon app to update your payment method.",
    "You do not need to update your payment method.",
]


@pytest.mark.parametrize("said", ENGLISH_ADVICE)
def test_5_english_advice_is_no_scam_wording(said: str, content: MessageContent) -> None:
    assert FlagKind.SCAM_SUBJECT not in _kinds(said, content)


# …while the request, through the message, still counts: with a sign-in request, or with
# 「継続」 as the reported 「支払い方法を更新してプライムを継続する」 (review 61m, item 2: alone,
# 「お支払い方法を更新してください」 is Amazon's own wording after a declined card).
REQUESTS_5 = [
    "{}するには、以下のリンクからログインしてください。",
    "プライムを継続するため、{}してください。",
]
OWN_5 = [
    "{}してください。",
    "{}する場合は、こちら https://amaz0n-pay.top/ から行ってください。",
    "{}する必要があります。",
]


@pytest.mark.parametrize(("said", "phrase"), list(itertools.product(OWN_5, PHRASES)))
def test_5_amazons_own_request_alone_is_no_scam_wording(
    said: str, phrase: str, content: MessageContent
) -> None:
    assert FlagKind.SCAM_SUBJECT not in _kinds(said.format(phrase), content)


@pytest.mark.parametrize(("said", "phrase"), list(itertools.product(REQUESTS_5, PHRASES)))
def test_5_a_request_to_update_still_counts(
    said: str, phrase: str, content: MessageContent
) -> None:
    assert FlagKind.SCAM_SUBJECT in _kinds(said.format(phrase), content)


# Item 4: a problem with the card, then a request to register (enter, update, send) it again.
FAULTS = [
    "Amazon：ご登録のクレジットカード情報に不備があります。",
    "お客様のカード情報が無効になっています。",
    "ご登録のクレジットカードの有効期限が切れています。",
    "カード情報に誤りがございます。",
]
AGAIN = [
    "ご確認のうえ、再度ご登録をお願いいたします。",
    "再度ご入力ください。",
    "もう一度ご登録ください。",
    "改めてご登録をお願いします。",
    "お手数ですが、再登録をお願いいたします。",
]


@pytest.mark.parametrize(("fault", "again"), list(itertools.product(FAULTS, AGAIN)))
def test_4_a_card_problem_then_a_request_to_register_again_asks_for_the_card(
    fault: str, again: str, content: MessageContent
) -> None:
    assert any("card" in kinds for kinds in _asks(fault + again, content))


# …not a problem with something else, nor a card's details said to be fine.
NOT_4 = [
    "ご注文の配送先住所に不備があります。再度ご登録をお願いいたします。",
    "ご登録のクレジットカード情報に不備はありません。お届け先を再度ご入力ください。",
    "お届け先の郵便番号が無効です。再度ご入力ください。",
]


@pytest.mark.parametrize("said", NOT_4)
def test_4_no_card_problem_asks_for_no_card(said: str, content: MessageContent) -> None:
    assert not any("card" in kinds for kinds in _asks(said, content))
