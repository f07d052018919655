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
