"""Review 16a (charge, check-message, check-number): a text that names Amazon is never said to be
another company's; the e-mail, call-back and link advice fits what was checked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.clihelp import run, screen

text = screen  # one sentence a line: a phrase is never split by wrapping

# The first sentence: what follows says how the candidates are ranked (the amount, or the
# service the text names and the amount: review 19a, item 3).
NOT_LISTED = {
    "ja": "この表記は、primehelpの情報源にありません。",  # review 53c, item 3
    "en": "This text is not in primehelp's sources.",
}
OTHER_COMPANY = {
    "ja": "Amazon以外の会社からの請求の可能性があります。",
    "en": "the charge may be from another company",
}
NONE_LIKELY = {"ja": "考えられるもの（どれも可能性は低めです）", "en": "none of these is likely"}


def flat(out: str) -> str:
    return "".join(out.split())


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("amount", "words", "first"),
    [
        ("600", "ｱﾏｿﾞﾝﾌﾟﾗｲﾑ", "Amazon"),
        ("600", "ＡＭＡＺＯＮプライム", "Amazon"),
        ("$139", "AMAZON.COM", "amazon.com"),
        ("1500", "AUDIBLE", "Audible"),
        ("1500", "audible.co.jp", "Audible"),
        ("600", "AMZN Mktp JP", "Amazon"),
    ],
)
def test_a_text_naming_amazon_is_not_said_to_be_another_company_s(
    lang: str, amount: str, words: str, first: str
) -> None:
    """Item 1: 「ｱﾏｿﾞﾝﾌﾟﾗｲﾑ」, 「AMAZON.COM」, 「AUDIBLE」, 「AMZN Mktp JP」 were 「Amazon以外の会社からの
    請求の可能性があります。」 and the service they name 「可能性は高くありません」."""
    out = text("charge", amount, words, lang=lang)
    assert flat(OTHER_COMPANY[lang]) not in flat(out)
    # Review 38c item 20 (round 44): a text naming a service says the name, not "unknown text"
    named = {"ja": "明細の表記に{}の名前があります。", "en": "The statement text names {}."}
    said = named[lang].format(first) if first == "Audible" else NOT_LISTED[lang]
    if words == "AMAZON.COM":  # read as --statement reads it (review 51c, item 37)
        said = {"ja": "表記にamazon.com（米国のAmazon）の名前があります。",
                "en": "The text names amazon.com (Amazon in the US)"}[lang]  # fmt: skip
    assert flat(said) in flat(out)
    if words != "AMZN Mktp JP":  # review 39c item 1: a marketplace text ranks no fee first
        assert NONE_LIKELY[lang] not in out
    candidates = re.findall(r"^\s*1\. (.*)$", out, flags=re.MULTILINE)
    assert candidates and first in candidates[0]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_text_naming_another_company_still_says_so(lang: str) -> None:
    """Item 1: NETFLIX.COM keeps the other-company sentence."""
    out = text("charge", "1500", "NETFLIX.COM", lang=lang)
    assert flat(OTHER_COMPANY[lang]) in flat(out)
    assert flat(NOT_LISTED[lang]) not in flat(out)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_statement_reads_an_unlisted_text_as_charge_does(tmp_path: Path, lang: str) -> None:
    """Item 1 / S 4: --statement said 「表記からは分かりません（金額からは…の可能性）」 for the same
    ｱﾏｿﾞﾝﾌﾟﾗｲﾑ row; now 「一覧にない表記です（金額からは…の可能性）」, as charge's 「一覧にはありません」."""
    path = tmp_path / "statement.csv"
    path.write_text("利用日,利用店名・商品名,利用金額\n2026/11/10,ｱﾏｿﾞﾝﾌﾟﾗｲﾑ,600\n", encoding="utf-8")
    done = run("charge", "--statement", str(path), "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    said = {
        "ja": "の可能性（primehelpの情報源にない表記のため、金額から推定）",  # review 18a, S 7
        "en": "(a text primehelp does not know: estimated from the amount)",
    }
    assert said[lang] in done.stdout
    assert "表記からは分か" not in done.stdout and "Not known from" not in done.stdout


PHONE_SMS = {
    "ja": "Amazonが電話やSMSで支払い情報を聞くことはありません。",
    "en": "Amazon never asks for payment information by phone or SMS.",
}


def checked(*args: str, lang: str) -> str:
    """check-message's or check-number's screen, one sentence a line (exit 1: signs found)."""
    done = run(*args, "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code in (0, 1), done.stderr
    return done.stdout


SUSPECT = {"ja": "このような連絡は、詐欺を疑ってください。", "en": "Suspect any message that asks"}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "message",
    [
        "このメールにカード番号を書いて返信してください",
        "Please reply to this email with your card number.",
    ],
)
def test_an_e_mail_asking_for_a_card_number_names_no_phone_or_sms(lang: str, message: str) -> None:
    """Item 2: 「このメールにカード番号を書いて返信してください」 ended with 「Amazonが電話やSMSで支払い
    情報を聞くことはありません。」: read as "by e-mail it may be genuine"; now the suspect rule alone."""
    out = flat(checked("check-message", "--text", message, lang=lang))
    assert flat(PHONE_SMS[lang]) not in out
    assert flat(SUSPECT[lang]) in out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_text_of_unknown_medium_keeps_the_phone_and_sms_rule(lang: str) -> None:
    """Item 2: the phone/SMS rule stays when the medium is unknown (a pasted SMS)."""
    out = flat(checked("check-message", "--text", "カード番号を入力してください", lang=lang))
    assert flat(PHONE_SMS[lang]) in out


CALLBACK = {  # the call-back line's new wording (review 43a, S 28)
    "ja": "・自分でコールバックを依頼した後にかかってきた電話は、表示された番号に見覚えがなくても、"
    "Amazonからの"  # review 44a, item 7
    "電話の場合があります。その場合も、電話で支払い情報を聞かれたら応じないでください。",
    "en": "- If the call came after you asked for a call-back yourself",  # "- " in English (36a S 27)
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "numbers",
    [
        ("0120-999-373",),
        ("050-1234-5678",),
        ("０１２０－９９９－３７３", "188", "050-1234-5678"),
        ("090-1234-5678", "0570064646"),
    ],
)
def test_the_call_back_rule_is_one_bullet_of_what_to_do(
    lang: str, numbers: tuple[str, ...]
) -> None:
    """Item 3: the call-back rule was inside the last number's block, or a bullet of 「どうすれば
    よいか」, or missing (0120-999-373, a former Amazon number): now always that bullet, once."""
    out = checked("check-number", *numbers, lang=lang)
    head = {"ja": "どうすればよいか", "en": "What to do"}[lang]
    assert out.count(CALLBACK[lang][1:12]) == 1
    assert CALLBACK[lang] in out.split(head, 1)[1]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_public_numbers_alone_get_no_call_back_rule(lang: str) -> None:
    """Item 3: 188 and 110 are public numbers: no call-back rule."""
    out = checked("check-number", "188", "110", lang=lang)
    assert CALLBACK[lang][1:12] not in out


DO_NOT_OPEN = {
    "ja": "届いたメッセージのリンクは開かないでください。",
    "en": "not from a link in the message",
}
MESSAGE_CENTRE = {
    "ja": "Amazonのアプリやブックマークからアカウントサービスを開き、「メッセージセンター」で確認",
    "en": "Look in the Message Centre",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "message",
    [
        "このメールにカード番号を書いて返信してください",
        "Amazonです。(03) 5757-5252にお電話ください",
    ],
)
def test_no_link_to_leave_unopened_when_the_message_has_none(lang: str, message: str) -> None:
    """S 5: 「届いたメッセージのリンクは開かないでください。」 was shown for messages with no link."""
    out = flat(checked("check-message", "--text", message, lang=lang))
    assert flat(MESSAGE_CENTRE[lang]) in out
    assert flat(DO_NOT_OPEN[lang]) not in out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_message_with_a_link_is_still_told_not_to_open_it(lang: str) -> None:
    """S 5: with a link, the screen keeps 「リンクは開かないでください」: in the advice, or, when red
    flags were found, once in the headline (「…リンクは開かず、…」, review 21a, S 8)."""
    message = "カード番号を入力してください https://amaz0n.example.com/x"
    out = checked("check-message", "--text", message, lang=lang)
    headline = {"ja": "リンクを開いたり", "en": "Do not open the links"}[lang]
    assert headline in out.splitlines()[0]
    out = flat(out)
    assert flat(MESSAGE_CENTRE[lang]) in out and flat(DO_NOT_OPEN[lang]) not in out
    plain = flat(checked("check-message", "--text", "https://www.amazon.co.jp/x", lang=lang))
    assert flat(MESSAGE_CENTRE[lang]) in plain and flat(DO_NOT_OPEN[lang]) in plain


# Review 37c, S 13: the wording 「primehelpが知らない表記」 pinned above is 「primehelpの情報源にない表記」 now.
