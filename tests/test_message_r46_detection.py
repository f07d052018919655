"""Fix round 46, check-message detection (review 40a, items 1, 2 and 6): a request phrased as a
condition, over two sentences, or in everyday words is a request; Amazon's own advice is none."""

from __future__ import annotations

import itertools

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from primehelp.message_check import FlagKind
from tests.support.message_asks import asks as _asks

# The object as a message names it → the kind the sign is named after.
OBJECTS = {
    "ギフトカード番号": "gift_card",
    "ギフト券のコード": "gift_card",
    "カード番号": "card",
    "セキュリティコード": "card",
    "有効期限": "card",
    "パスワード": "password",
    "暗証番号": "pin",
    "認証コード": "code",
    "認証番号": "code",
}
# do X or else (review 40a, item 1): each verb in each negative condition.
CONDITIONS = [
    "{o}を教えないと、返金できません",
    "{o}を入力しないと、ご注文は確定しません",
    "{o}を送らない限り、アカウントは復旧しません",
    "{o}を入力しなければ、ご注文は確定しません",
    "{o}をご返信いただかなければ、返金はできません",
    "{o}をお伝えいただけない場合は、アカウントを停止します",
    "{o}を記入しない場合、会員資格は失われます",
    "{o}を送信しないうちは、ご利用いただけません",
    "{o}を伝えなかった場合、アカウントは削除されます",
]
# Amazon's own advice: no request (the disclaimers are untouched by the conditions).
ADVICE = [
    "{o}は誰にも教えないでください",
    "{o}を入力しないようご注意ください",
    "Amazonが{o}をお尋ねすることはありません",
    "{o}は誰にも教えないでください。Amazonの担当者もお尋ねしません",
    "{o}を送信しないでください。注文番号をお伝えください",
]


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


@pytest.mark.parametrize(("obj", "said"), list(itertools.product(OBJECTS, CONDITIONS)))
def test_a_request_phrased_as_a_condition_is_a_request(
    obj: str, said: str, content: MessageContent
) -> None:
    assert _asks("Amazon：" + said.format(o=obj) + "。", content) == [(OBJECTS[obj],)]


@pytest.mark.parametrize(("obj", "said"), list(itertools.product(OBJECTS, ADVICE)))
def test_amazons_advice_is_no_request(obj: str, said: str, content: MessageContent) -> None:
    assert _asks("Amazon：" + said.format(o=obj) + "。", content) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Amazon: If you do not send your password, we cannot restore your account.", "password"),
        ("Amazon: Unless you enter your card number, your order will be cancelled.", "card"),
        ("Amazon: If you don't tell us the verification code, we cannot help you.", "code"),
    ],
)
def test_an_english_condition_is_a_request(text: str, kind: str, content: MessageContent) -> None:
    assert _asks(text, content) == [(kind,)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Amazon：ギフトカード番号は誰にも教えないでください。ただし、確認のため担当者には"
            "番号をお伝えください。",
            "gift_card",
        ),
        (
            "Amazon: Never share your gift card code with anyone except our agent. "
            "Please tell our agent the code.",
            "gift_card",
        ),
        ("Amazon：暗証番号は大切にしてください。その番号を担当者にお伝えください。", "pin"),
    ],
)
def test_a_request_over_two_sentences_is_one(text: str, kind: str, content: MessageContent) -> None:
    assert _asks(text, content) == [(kind,)]


EVERYDAY = {
    "カードの名義・番号・期限": "card",
    "カード番号・有効期限・名義": "card",
    "IDとパス": "password",
    "ＩＤとＰＡＳＳ": "password",
    "ID/PASS": "password",
    "登録のメールアドレスとパス": "password",
    "ログインパス": "password",
    "認証番号": "code",
    "セキュリティ番号": "card",
    "お支払いカードの16桁の番号": "card",  # item 6: no 6-digit code
    "クレジットカードの16桁の数字": "card",
    "SMSで届いた6桁の番号": "code",
}
SAY = ["送ってください", "返信してください", "返信ください", "教えてください", "入力してください"]


@pytest.mark.parametrize(("obj", "verb"), list(itertools.product(EVERYDAY, SAY)))
def test_everyday_wordings_of_a_request(obj: str, verb: str, content: MessageContent) -> None:
    assert _asks(f"Amazon：{obj}を{verb}", content) == [(EVERYDAY[obj],)]


@pytest.mark.parametrize(
    "text",
    [
        "Amazon：免許証とパスポートの写真を送ってください",
        "Amazon：メールアドレスとパスポート番号を教えてください",
        "Amazon：注文番号をお伝えください",
    ],
)
def test_no_password_or_card_in_other_words(text: str, content: MessageContent) -> None:
    asked = {kind for one in _asks(text, content) for kind in one}
    assert not asked & {"password", "card"}


# Review 40a, item 4: a message in Amazon's name naming a detail never ends in "nothing found"
# alone, whatever the wording: a sign, or the detail named under 「確認できなかったこと」.
NAMED = {
    "カード番号": "カード情報",
    "セキュリティコード": "カード情報",
    "パスワード": "パスワード",
    "暗証番号": "暗証番号",
    "確認コード": "認証コード（ワンタイムパスワード）",  # review 42a, item 18
    "ギフトカード番号": "ギフトカードの番号",
    "IDとパス": "パスワード",
}
WORDINGS = [
    "{o}をご用意のうえ、担当までお願いします",
    "{o}の件で至急ご対応をお願いします",
    "{o}が必要です",
    "{o}を控えてお待ちください",
    "{o}をお手元にご準備ください",
]


@pytest.mark.parametrize(("obj", "said"), list(itertools.product(NAMED, WORDINGS)))
def test_a_named_detail_is_never_nothing_found(
    obj: str, said: str, content: MessageContent
) -> None:
    result = check_message("Amazonプライム会員様\n" + said.format(o=obj) + "。", content)
    notes = [n.text.ja for n in result.could_not_know if n.id.endswith("mentioned_unasked")]
    asked = [f for f in result.red_flags if f.kind is FlagKind.ASKS_FOR_DETAILS]
    assert bool(asked) != bool(notes)  # one or the other, never both, never neither
    if notes:
        assert f"この連絡には、{NAMED[obj]}について" in notes[0]  # 41a, item 7: the new wording
        assert "必ずお読みください" in result.verdict_text.ja


@pytest.mark.parametrize(
    "text",
    [
        "お客様のパスワードは誰にも教えないでください。",  # no claim to be Amazon
        "Amazonからのお知らせです。ご注文の商品を発送しました。",  # no detail named
        "Amazon：パスワードを入力してください。",  # asked: the sign says it
    ],
)
def test_no_mention_note(text: str, content: MessageContent) -> None:
    result = check_message(text, content)
    assert not [n for n in result.could_not_know if n.id.endswith("mentioned_unasked")]


# Review 40a, item 4: a number written with spaces round its dashes, a digit at a time or in
# kanji digits is read; a request to phone is a sign with or without a number.
NUMBERS = [
    "0120 - 899 - 543",
    "0 1 2 0 - 8 9 9 - 5 4 3",
    "〇一二〇‐八九九‐五四三",
    "〇一二〇ー八九九ー五四三",
    "0120 ー 899 ー 543",
    "0120-899-543",
]
CALLS = [
    "お電話ください",
    "至急サポートセンターまでお電話ください",
    "折り返しお電話をお願いいたします",
    "下記の番号におかけください",
    "お電話にてご連絡ください",
]


@pytest.mark.parametrize(("number", "call"), list(itertools.product(NUMBERS, CALLS)))
def test_a_number_however_spaced_is_read(number: str, call: str, content: MessageContent) -> None:
    result = check_message(f"Amazonプライムの件で{call} {number}", content)
    assert [n.normalized for n in result.phone_numbers] == ["0120899543"]
    kinds = [f.kind for f in result.red_flags]  # the number's sign says it: one sign
    assert kinds == [FlagKind.PHONE_NUMBER]


@pytest.mark.parametrize("call", [*CALLS, "Please call us immediately"])
def test_a_request_to_phone_is_a_sign_without_a_number(call: str, content: MessageContent) -> None:
    result = check_message(f"Amazonカスタマーサービスです。プライム会費の件で、{call}。", content)
    assert [f.kind for f in result.red_flags] == [FlagKind.ASKS_TO_CALL]


@pytest.mark.parametrize(
    "text",
    [
        "Amazonからお客様にお電話することがあります。",
        "Amazon：お電話いただく必要はありません。",
        "お母さんにお電話ください。",  # no claim to be Amazon
        "Amazon：ご注文番号 250-1234567-1234567 をご確認ください。",
    ],
)
def test_no_request_to_phone(text: str, content: MessageContent) -> None:
    result = check_message(text, content)
    assert FlagKind.ASKS_TO_CALL not in [f.kind for f in result.red_flags]


@pytest.mark.parametrize(
    "before", ["こちら", "確認は", "ログイン→", "【", "「", "ページ:", "こちらから"]
)
@pytest.mark.parametrize("url", ["https://amaz0n.top/login", "http://amazon.co.jp.xyz.top"])
def test_a_link_glued_to_japanese_keeps_its_scheme(
    before: str, url: str, content: MessageContent
) -> None:  # review 40a, item 8: 「//amaz0n.top/login」 was shown
    result = check_message(f"Amazon：{before}{url}", content)
    assert [link.target for link in result.links] == [url]
