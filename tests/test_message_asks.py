"""Review 7 item 3: a request for details names only what the message asked for, and the
rule about how Amazon contacts members fits the medium (e-mail or text)."""

from __future__ import annotations

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from primehelp.message_check import FlagKind, RedFlag
from tests.support.message_corpus import eml


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def _asks(data: bytes | str, content: MessageContent) -> RedFlag:
    found = [
        f for f in check_message(data, content).red_flags if f.kind is FlagKind.ASKS_FOR_DETAILS
    ]
    assert len(found) == 1
    return found[0]


def test_an_email_asking_for_card_details_claims_only_card_details(content: MessageContent) -> None:
    mail = eml(
        subject="test",
        sender="Amazon <order-update@amazon.co.jp>",
        body="カード情報を更新してください。",
    )
    reason = _asks(mail, content).reason
    assert reason.ja.startswith("カード情報の入力や送信を求めています。")
    said = reason.ja.split("。")[0]  # what it asked for (the rule after it is general)
    assert "パスワード" not in said and "ギフトカード" not in reason.ja
    assert "SMS" not in reason.ja
    # review 33a, item 2: a mail that does not imitate the renewal reminder is not told of it
    assert "リンクからは、カード情報やパスワードを入力しないでください" in reason.ja
    assert "更新前のお知らせメール" not in reason.ja
    assert reason.en.startswith("It asks you to enter or send card details. ")
    assert "SMS" not in reason.en


def test_a_text_asking_for_a_password_is_to_be_suspected(content: MessageContent) -> None:
    """Review 10a item 7: the rule about payment information by phone or SMS is about card
    details; a password request gets the rule that fits it (FACTS §11)."""
    flag = _asks("【Amazon】パスワードを入力してください", content)
    assert flag.reason.ja == (
        "パスワードの入力や送信を求めています。このような連絡は、詐欺を疑ってください。"
    )
    assert flag.asked == ("password",)
    assert set(content.asks_rules["suspect"].sources) <= set(flag.sources)
    assert set(content.flags[FlagKind.ASKS_FOR_DETAILS].sources) <= set(flag.sources)


def test_a_text_asking_for_card_details_speaks_of_phone_and_sms(content: MessageContent) -> None:
    flag = _asks("【Amazon】カード情報を入力してください", content)
    assert flag.reason.ja.endswith("Amazonが電話やSMSで支払い情報を聞くことはありません。")
    assert set(content.asks_medium["text"].sources) <= set(flag.sources)


@pytest.mark.parametrize("medium", ["text", "email"])
def test_a_request_for_card_details_is_to_be_suspected_whatever_the_medium(
    content: MessageContent, medium: str
) -> None:
    """Review 13a, S 9: a reply scam by e-mail got only the phone-and-SMS rule; the general rule
    (FACTS §11: a request for card details is a red flag) comes before the medium's. Review 16a,
    item 2: a pasted text saying it is an e-mail (「このメールに…」) gets no phone-and-SMS rule."""
    body = "このメールにカード番号を書いて返信してください。"
    data = body if medium == "text" else eml(subject="test", sender="a@b.example", body=body)
    flag = _asks(data, content)
    assert flag.reason.ja == (
        "カード情報の入力や送信を求めています。このような連絡は、詐欺を疑ってください。"
        # a request by reply gets the advice about replies (review 42a, item 16)
        + ("" if medium == "text" else content.asks_medium["email_reply"].text.ja)
    )
    assert flag.reason.en.startswith(
        "It asks you to enter or send card details. Suspect any message that asks for them."
    )
    assert set(content.asks_rules["suspect"].sources) <= set(flag.sources)
    assert set(content.asks_medium["text"].sources) <= set(flag.sources)


def test_a_gift_card_number_is_not_card_details(content: MessageContent) -> None:
    reason = _asks("Please send us your gift card number and password.", content).reason
    assert reason.en.startswith("It asks you to enter or send a password or a gift-card number.")
    assert "card details" not in reason.en


def test_kinds_asked_in_different_sentences_are_all_named(content: MessageContent) -> None:
    text = "カード情報を更新してください。ギフトカードの番号を教えてください。"
    # two kinds joined with 「や」 (review 42a, item 26)
    assert _asks(text, content).reason.ja.startswith("カード情報やギフトカードの番号の入力や送信を")
