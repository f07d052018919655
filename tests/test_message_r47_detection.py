"""Fix round 47, check-message detection (review 41a, items 1, 3, 4 and 14; 40a S 23): a
one-time code named by its digits or by how it came, a list of details after 「以下をご返信
ください」, a request over a blank line, 「…が必要です」, and the payment-failure wordings."""

from __future__ import annotations

import itertools

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from primehelp.message_check import FlagKind
from tests.support.genuine_asks import MAILS, SENTENCES
from tests.support.message_asks import asks as _asks


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


# Review 41a, item 1: a one-time code named by its digits, by how it came, or bare, with every
# verb that hands it over.
CODES = [
    "届いた6桁のコード",
    "SMSで届いた6桁のコード",
    "6桁のコード",
    "4桁のコード",
    "コード",
    "このあと届くコード",
    "SMSに記載のコード",
    "SMSに記載されたコード",
    "メッセージに表示されたコード",
    "送られてきた6桁のコード",
]
HAND_OVER = [
    "を教えてください",
    "を返信してください",
    "をお知らせください",
    "を送ってください",
    "を、担当者にお伝えください",
    "をこちらに入力してください",
]


@pytest.mark.parametrize(("code", "verb"), list(itertools.product(CODES, HAND_OVER)))
def test_a_one_time_code_is_asked_for(code: str, verb: str, content: MessageContent) -> None:
    assert _asks(f"Amazonです。{code}{verb}。", content) == [("code",)]


def test_a_code_request_is_named_by_its_own_object(content: MessageContent) -> None:
    """Not 「お支払い情報の要求」 because the sentence before names payment details (41a, 1)."""
    text = "アマゾンです。お支払い情報の確認が必要です。SMSで届いた6桁のコードを返信してください。"
    assert _asks(text, content) == [("code",)]


@pytest.mark.parametrize(
    "text",
    [
        "クーポンのコードを入力してください。",
        "ご注文時にプロモーションコードを入力してください。",
        "QRコードを読み取ってください。",
        "お届け先の電話番号を入力してください。",
        "届いた商品の注文番号をお知らせください。",
        "Amazon: 482913 はあなたの確認コードです。このコードは誰にも教えないでください。",
    ],
)
def test_other_codes_and_numbers_are_no_code_request(text: str, content: MessageContent) -> None:
    assert "code" not in {kind for one in _asks(text, content) for kind in one}


@pytest.mark.parametrize("text", [*SENTENCES, *MAILS])
def test_genuine_wordings_stay_no_request(text: str, content: MessageContent) -> None:
    assert _asks(text, content) == []


# Review 41a, item 3: a request over a list, 「…が必要です」, a blank line inside the sentence.
SPLIT = [
    (
        "Amazon：返金手続きのため、以下の項目をご返信ください。\n・カード番号\n・有効期限\n・セキュリティコード\n",
        "card",
    ),
    (
        "Amazon：返金手続きのため、以下をご返信ください。カード番号／有効期限／セキュリティコード",
        "card",
    ),
    (
        "Amazonです。以下の情報をご返信ください。\n\nカード番号：\n有効期限：\nセキュリティコード：\n",
        "card",
    ),
    ("Amazon：下記をご入力ください。\n■パスワード\n", "password"),
    ("Amazon: Please reply with the following:\n- card number\n- security code\n", "card"),
    (
        "Amazon：返金には、カード番号とセキュリティコードが必要です。このメッセージに返信してください。",
        "card",
    ),
    ("Amazon：クレジットカード番号が必要です。", "card"),
    ("Amazon：カード番号を\n\nご入力ください\n", "card"),
    ("Amazonです。パスワードを\n\n返信してください\n", "password"),
]


@pytest.mark.parametrize(("text", "kind"), SPLIT)
def test_a_request_split_over_lines_is_counted(
    text: str, kind: str, content: MessageContent
) -> None:
    assert _asks(text, content) == [(kind,)]


def test_a_list_request_quotes_the_request_and_its_items(content: MessageContent) -> None:
    text = "Amazon：返金手続きのため、以下の項目をご返信ください。\n・カード番号\n・有効期限\n"
    (one,) = [
        f for f in check_message(text, content).red_flags if f.kind is FlagKind.ASKS_FOR_DETAILS
    ]
    assert "以下の項目をご返信ください" in one.evidence and "カード番号" in one.evidence


@pytest.mark.parametrize(
    "text",
    [
        "ご注文内容は以下をご確認ください。\nカード番号：****1234\n有効期限：12/28\n",
        "以下のご注文を発送しました。\n・商品：充電ケーブル\n・お支払い方法：クレジットカード\n",
        "パスワードの再設定が必要です。アカウントサービスから行ってください。",
        "お問い合わせは以下までご連絡ください。\n・カード番号の下4桁は不要です\n",
    ],
)
def test_a_list_that_asks_for_nothing_stays_no_request(text: str, content: MessageContent) -> None:
    assert _asks(text, content) == []


def _kinds(text: str, content: MessageContent) -> set[FlagKind]:
    return {one.kind for one in check_message(text, content).red_flags}


# Review 41a, item 4: "verify your payment information" and a membership to be cancelled.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Amazon: Please verify your payment information.", FlagKind.SCAM_SUBJECT),
        ("Amazon: Please confirm your billing information.", FlagKind.SCAM_SUBJECT),
        (
            "Amazon: Unless you verify your payment information, your Prime membership will be "
            "cancelled.",
            FlagKind.SCAM_SUBJECT,
        ),
        (
            "Amazon: Unless you verify your payment information, your Prime membership will be "
            "cancelled.",
            FlagKind.THREATENS_SUSPENSION,
        ),
        ("Amazon: Your Prime membership will be cancelled.", FlagKind.THREATENS_SUSPENSION),
        ("Amazon: Your Prime membership will be canceled today.", FlagKind.THREATENS_SUSPENSION),
        ("Amazon：プライム会員資格はキャンセルされます。", FlagKind.THREATENS_SUSPENSION),
        ("Amazon：アカウントが一時的に利用できなくなっています。", FlagKind.THREATENS_SUSPENSION),
    ],
)
def test_english_and_suspension_wordings_are_signs(
    text: str, kind: FlagKind, content: MessageContent
) -> None:
    assert kind in _kinds(text, content)


@pytest.mark.parametrize(
    "text",
    [
        "Your Prime membership has been cancelled. You can use Prime until December 31.",
        "プライム会員資格をキャンセルしました。特典は12月31日までご利用いただけます。",
        "お支払いが確認できない場合、ご注文はキャンセルされます。",
        "Your order will be cancelled if the payment is not received.",
    ],
)
def test_a_cancellation_confirmation_is_no_threat(text: str, content: MessageContent) -> None:
    assert FlagKind.THREATENS_SUSPENSION not in _kinds(text, content)


# Review 42a, item 8: a shop's own sentence about a payment it confirms is no scam subject (the
# request to verify names the details: "your payment information/details/method").
@pytest.mark.parametrize(
    "text",
    [
        "Amazon: Once we confirm your payment, we will ship your order.",
        "Amazon: We will verify your payment and send a confirmation e-mail.",
        "Amazon: After we confirm your billing, your order ships.",
    ],
)
def test_a_shop_confirming_a_payment_is_no_scam_subject(text: str, content: MessageContent) -> None:
    assert FlagKind.SCAM_SUBJECT not in _kinds(text, content)


# Review 41a, item 14 and 40a, S 23: the payment-failure and suspension wordings scam texts use.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Amazonプライム会費のご請求に関してお支払い未確認のため、ご連絡いたしました。ご確認ください。",
            FlagKind.PAYMENT_PROBLEM,
        ),
        ("Amazon：プライム会費のお支払いが未確認です。", FlagKind.PAYMENT_PROBLEM),
        ("プライム会員資格の更新ができません", FlagKind.PAYMENT_PROBLEM),
        ("Amazon：プライム会員資格を更新できません。", FlagKind.PAYMENT_PROBLEM),
        # the Prime fee named: a bare failure notice is no sign (review 62m, item 6)
        ("Amazonプライム：お支払いの承認が得られませんでした", FlagKind.PAYMENT_PROBLEM),
        ("Amazonプライム：カード会社の承認を得られませんでした。", FlagKind.PAYMENT_PROBLEM),
        ("Amazon：会費の決済が完了できませんでした", FlagKind.PAYMENT_PROBLEM),
        ("Amazon：プライム会費の決済が完了していません。", FlagKind.PAYMENT_PROBLEM),
        ("Amazon：プライム会員資格が保留されています", FlagKind.THREATENS_SUSPENSION),
        ("Amazon：お客様のプライム特典は保留中です。", FlagKind.THREATENS_SUSPENSION),
    ],
)
def test_payment_failure_wordings_are_signs(
    text: str, kind: FlagKind, content: MessageContent
) -> None:
    assert kind in _kinds(text, content)


@pytest.mark.parametrize(
    "text",
    [
        "ご注文の商品を発送しました。お支払いは確認済みです。",
        "プライム会員資格を更新しました。ご利用ありがとうございます。",
        "お客様のご注文は出品者の承認を得られました。",
    ],
)
def test_a_done_payment_is_no_failure(text: str, content: MessageContent) -> None:
    kinds = _kinds(text, content)
    assert FlagKind.PAYMENT_PROBLEM not in kinds and FlagKind.THREATENS_SUSPENSION not in kinds
