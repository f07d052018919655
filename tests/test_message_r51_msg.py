"""Fix round 51 (helper r51-msg), check-message rules and wording: review 43a items 4, 8, 10 and
S items, and the confirmation false alarm seen in round 50."""

from __future__ import annotations

import itertools

import pytest

from primehelp.content.message import load as load_content
from primehelp.i18n import Text
from primehelp.message import MessageContent, check_message
from primehelp.message_check import FlagKind, RedFlag
from tests.test_message_r51_rules import AGAIN, FAULTS


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def _asking(text: str, content: MessageContent) -> list[RedFlag]:
    return [
        f for f in check_message(text, content).red_flags if f.kind == FlagKind.ASKS_FOR_DETAILS
    ]


def _quotes(found: RedFlag) -> list[str]:
    return [found.evidence, *found.more_evidence]


# Item 4: the request that refers back to the sentence before it is quoted with that sentence, so
# the member sees what makes it a request for the card (「…不備があります。…再度ご登録を…」).
@pytest.mark.parametrize(("fault", "again"), list(itertools.product(FAULTS, AGAIN)))
def test_4_a_request_for_what_the_sentence_before_names_quotes_both(
    fault: str, again: str, content: MessageContent
) -> None:
    (found,) = _asking(fault + again, content)
    fault_said = fault.removeprefix("Amazon：").rstrip("。")
    assert any(fault_said in one and again.rstrip("。") in one for one in _quotes(found)), found


# The same for the other requests whose object is in the sentence before (review 40a item 1,
# 41a items 1 and 12): what they ask for is quoted with them.
BEFORE = [
    ("SMSで6桁のコードが届きます。", "届きましたら、担当者にお伝えください。"),
    (
        "パスワードは誰にも教えないでください。",
        "ただし、サポート担当者には例外的にお伝えください。",
    ),
]


@pytest.mark.parametrize(("before", "asking"), BEFORE)
def test_4_a_request_whose_object_is_named_before_quotes_it(
    before: str, asking: str, content: MessageContent
) -> None:
    (found,) = _asking(before + asking, content)
    assert before.rstrip("。") in found.evidence and asking.rstrip("。") in found.evidence


def test_4_a_sentence_before_already_quoted_as_a_request_is_not_quoted_again(
    content: MessageContent,
) -> None:
    text = "Amazonギフトカードをコンビニで購入してください。購入後、その番号をお伝えください。"
    (found,) = _asking(text, content)
    assert all(one.count("購入してください") <= 1 for one in _quotes(found))
    assert sum("購入してください" in one for one in _quotes(found)) == 1


# Round 50's false alarm: a confirmation of the member's own action (「クレジットカード情報の登録が
# 完了しました。」) asks for nothing, as a password change at Amazon asks for nothing (41a, 16). With
# a request, a link outside Amazon, a reply or a call asked for, it stays a request.
CONFIRMATIONS = [
    "クレジットカード情報の登録が完了しました。",
    "ご登録のクレジットカード情報が更新されました。",
    "クレジットカード情報を更新しました。",
    "カード情報の登録を受け付けました。",
    "Amazon：クレジットカード情報の登録が完了いたしました。",
    "カード情報の変更を受け付けました。",
    "カード番号の変更を受け付けました。",
]
# Those whose verb asks for the card in a request (登録, 更新): a sign before round 51.
SAID_WITH_REQUEST_VERBS = CONFIRMATIONS[:5]
REAL_REQUESTS = [
    "カード情報をご登録ください。",
    "再度カード番号をご入力ください。",
    "クレジットカード情報を更新してください。",
    "カード情報の登録を完了してください。",
    "カード情報を更新しましたら、カード番号をご返信ください。",
]
AMAZON_AFTER = [
    "",
    "内容は https://www.amazon.co.jp/cpe/yourpayments でご確認いただけます。",
    "ご利用ありがとうございます。",
]
NOT_AMAZON_AFTER = [
    "内容は https://amaz0n-pay.top/cards でご確認ください。",
    "ご不明な点はこのメールにご返信ください。",
    "お心当たりがない場合は050-1234-5678までお電話ください。",
]


@pytest.mark.parametrize(("said", "then"), list(itertools.product(CONFIRMATIONS, AMAZON_AFTER)))
def test_a_confirmation_of_the_members_own_action_asks_for_no_card(
    said: str, then: str, content: MessageContent
) -> None:
    assert _asking(said + then, content) == []


@pytest.mark.parametrize(
    ("said", "then"), list(itertools.product(SAID_WITH_REQUEST_VERBS, NOT_AMAZON_AFTER))
)
def test_a_confirmation_sending_the_member_elsewhere_stays_a_request(
    said: str, then: str, content: MessageContent
) -> None:
    assert _asking(said + then, content)


@pytest.mark.parametrize(("said", "then"), list(itertools.product(REAL_REQUESTS, AMAZON_AFTER)))
def test_a_request_for_the_card_stays_a_request(
    said: str, then: str, content: MessageContent
) -> None:
    assert _asking(said + then, content)


# Item 8: a mail forwarded inline quotes its subject once: the forward's 「Subject: …」 line (or
# 「件名：…」) in the body is the subject already checked, not a second sentence.
FORWARD_MARKERS = [
    "---------- Forwarded message ---------",
    "-------- 転送メッセージ --------",
    "-----Original Message-----",
]


@pytest.mark.parametrize(
    ("marker", "label"), list(itertools.product(FORWARD_MARKERS, ["Subject:", "件名：", "件名: "]))
)
def test_8_a_forwarded_subject_is_quoted_once(
    marker: str, label: str, content: MessageContent
) -> None:
    subject = "【Amazon】プライムの使用が一時的にできません"
    mail = (
        "From: Taro Yamada <taro@gmail.com>\nTo: me@example.jp\n"
        f"Subject: Fwd: {subject}\nContent-Type: text/plain; charset=utf-8\n\n"
        f"見てください。\n\n{marker}\nFrom: Amazon <info@amazon-prime-jp.top>\n"
        f"{label}{subject}\nTo: <taro@gmail.com>\n\n"
        "お客様のプライム会員資格が一時的に停止されました。\n"
    )
    quotes = [
        one
        for found in check_message(mail, content).red_flags
        if found.kind != FlagKind.DISPLAY_NAME_MISMATCH
        for one in _quotes(found)
    ]
    assert sum(subject in one for one in quotes) >= 1
    assert not [one for one in quotes if "Subject" in one or "件名" in one], quotes


# Item 10: 「停止・制限を知らせて急がせる文面」 only when the message hurries the reader (a deadline,
# 至急, ただちに…); a stop or restriction said alone is titled and explained as a notice.
SUSPENSIONS = [
    "Amazon：お客様のアカウントがロックされました。",
    "プライム会員特典が一時停止されています。",
    "第三者による不正利用の可能性があるため、ご利用を制限しております。",
    "Your Amazon account has been suspended.",
]
URGENCY = [
    "本日中にお手続きください。",
    "24時間以内にご確認ください。",
    "至急ご確認ください。",
    "ただちにお手続きをお願いします。",
    "12月10日までにお手続きください。",
    "Please act immediately.",
]


def _suspension(text: str, content: MessageContent) -> RedFlag:
    from primehelp.output.flag_detail import flag_title

    (found,) = [
        f for f in check_message(text, content).red_flags if f.kind == FlagKind.THREATENS_SUSPENSION
    ]
    return found._replace(title=Text(flag_title(found, "ja"), flag_title(found, "en")))


@pytest.mark.parametrize("said", SUSPENSIONS)
def test_10_a_stop_said_alone_does_not_hurry(said: str, content: MessageContent) -> None:
    found = _suspension(said, content)
    assert found.title is not None
    for told in (found.title.ja, found.reason.ja):
        assert "急が" not in told
    assert "rush" not in found.title.en + found.reason.en


@pytest.mark.parametrize(("said", "hurry"), list(itertools.product(SUSPENSIONS, URGENCY)))
def test_10_a_stop_with_a_deadline_hurries(said: str, hurry: str, content: MessageContent) -> None:
    found = _suspension(said + hurry, content)
    assert found.title is not None
    assert "急がせる" in found.title.ja and "急がせて" in found.reason.ja
