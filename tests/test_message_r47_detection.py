"""Fix round 47, check-message detection (review 41a, items 1, 3, 4 and 14; 40a S 23): a
one-time code named by its digits or by how it came, a list of details after 「以下をご返信
ください」, a request over a blank line, 「…が必要です」, and the payment-failure wordings."""

from __future__ import annotations

import itertools

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent
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
