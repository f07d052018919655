"""Fix round 49 (helper b), check-message requests it missed: review 42a, items 3, 2, 10, 12."""

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


# Item 3: a look-alike of 「ー」 between katakana (the kanji 「一」, a horizontal bar, dashes, a
# hyphen, a tilde) reads on screen as 「ー」 and hid the request; so did 「セキュリテイ」.
ALIKES = ["一", "―", "—", "‐", "-", "−", "~", "〜", "～", "–"]
ASKS = [
    ("カ{}ド番号を入力してください。", "card"),
    ("パスワ{}ドを入力してください。", "password"),
    ("クレジットカ{}ドの番号を返信してください。", "card"),
]


@pytest.mark.parametrize(("alike", "said"), list(itertools.product(ALIKES, ASKS)))
def test_3_a_look_alike_long_vowel_mark_hides_no_request(
    alike: str, said: tuple[str, str], content: MessageContent
) -> None:
    text, kind = said
    found = check_message(text.format(alike), content).red_flags
    asked = [one for one in found if one.kind is FlagKind.ASKS_FOR_DETAILS]
    assert asked and kind in asked[0].asked
    # the evidence is the member's own words, look-alike and all
    assert f"{alike}ド" in asked[0].evidence


def test_3_a_misspelt_security_code_is_a_request(content: MessageContent) -> None:
    assert _asks("セキュリテイコードを返信してください。", content) == [("card",)]


@pytest.mark.parametrize(
    "said",
    [
        "1ヶ月無料体験をお楽しみください。",  # 「ヶ」 after 「一」 is a counter
        "プラン一つをお選びください。",
        "カード一枚でお支払いいただけます。",
        "ステイホーム期間のお知らせです。",
    ],
)
def test_3_the_fold_asks_nothing_of_plain_words(said: str, content: MessageContent) -> None:
    assert _asks(said, content) == []


# Item 2: the number a text message holds, told to 「担当者」, and a request to tell a person whose
# object is left out (ordinary Japanese ellipsis) are requests for the code.
TOLD = [
    ("SMSに記載された番号を担当者にお伝えください。", ("code",)),
    ("ショートメッセージに記載された番号を担当者にお伝えください。", ("code",)),
    ("携帯電話に表示された数字をオペレーターに読み上げてください。", ("code",)),
    ("SMSに書かれたコードを返信してください。", ("code",)),
    ("6桁のコードが届いたら、担当者にお伝えください。", ("code",)),
    ("SMSで6桁のコードが届きます。届きましたら、担当者にお伝えください。", ("code",)),
    (
        "パスワードは誰にも教えないでください。ただし、サポート担当者には例外的にお伝えください。",
        ("password",),
    ),
]


@pytest.mark.parametrize(("said", "kinds"), TOLD)
def test_2_a_code_told_to_an_agent_is_asked_for(
    said: str, kinds: tuple[str, ...], content: MessageContent
) -> None:
    assert _asks(said, content) == [kinds]


@pytest.mark.parametrize(
    "said",
    [
        "パスワードを再設定しました。ご不明な点がございましたら、担当者にお伝えください。",
        "パスワードは誰にも教えないでください。不審な点は担当者にお伝えください。",
        "ご注文番号を担当者にお伝えください。",
        "メールに記載のお問い合わせ番号を担当者にお伝えください。",
    ],
)
def test_2_telling_an_agent_something_else_asks_nothing(said: str, content: MessageContent) -> None:
    assert _asks(said, content) == []


# Item 10: a blank form for card details, with no verb, asks for them.
FORMS = [
    (
        "【ご本人確認フォーム】\nお名前：\nカード番号：\n有効期限：\nセキュリティコード：\n",
        ("card",),
    ),
    ("カード番号：\n有効期限（MM/YY）：\nセキュリティコード（3桁）：\n", ("card",)),
    ("カード番号：＿＿＿＿\n暗証番号：\n", ("card", "pin")),
    ("Card number:\nExpiry date: ____\nCVV:\n", ("card",)),
]


@pytest.mark.parametrize(("form", "kinds"), FORMS)
def test_10_a_blank_card_form_is_a_request(
    form: str, kinds: tuple[str, ...], content: MessageContent
) -> None:
    assert _asks(form, content) == [kinds]


@pytest.mark.parametrize(
    "text",
    [
        "ご注文番号：123-456\nお支払い方法：クレジットカード\nカード番号：****1234\n有効期限：2027/01\n",
        "お名前：\nカード番号：\n",  # one card field: no form for the card
        "お名前：\nご住所：\n電話番号：\n",
    ],
)
def test_10_filled_labels_or_one_field_are_no_form(text: str, content: MessageContent) -> None:
    assert _asks(text, content) == []


# Item 12: an amount between 「ギフトカードで」 and 「お支払いください」 kept the payment sign away.
@pytest.mark.parametrize("amount", ["", "600円を", "600円分", "5,900円分を", "50000円を"])
@pytest.mark.parametrize("before", ["", "プライム会員の特典を継続するには、", "本日中に"])
def test_12_an_amount_between_keeps_the_gift_card_payment_sign(
    amount: str, before: str, content: MessageContent
) -> None:
    said = f"{before}ギフトカードで{amount}お支払いください。"
    assert _asks(said, content) == [("gift_card_payment",)]


def test_12_an_amount_said_as_a_way_to_pay_asks_nothing(content: MessageContent) -> None:
    assert _asks("ギフトカードで600円をお支払いいただけます。", content) == []
