"""Review 58a, item 1: 「お支払い情報をご確認ください」「お支払い方法をご確認ください」 are Amazon's own
words too. Alone they are no scam sign; with a threat or a sign-in request they are, and with a
failure stated they are the "payment failed" sign (as 57a item 1 did for 会員情報)."""

from __future__ import annotations

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from primehelp.message_check import FlagKind
from tests.support.clihelp import run

WIDE = {"COLUMNS": "200", "TERM": "dumb"}

AMAZON_OWN = [
    "お支払い情報をご確認ください。",
    "Amazonです。お支払い方法をご確認ください。",
    "ご注文のお支払い方法の確認はこちらから行えます。",
    "お支払い情報の確認：アカウントサービスの「お支払い方法」をご覧ください。",
    "請求先情報をご確認のうえ、ご注文を確定してください。",
]
THREATENING = [
    "24時間以内にお支払い情報をご確認ください。",
    "お支払い方法をご確認ください。確認いただけない場合、アカウントを停止します。",
    "お支払い情報の確認のため、こちらからログインしてください。",
    "請求先情報をご確認ください。ご確認いただけない場合、会員資格を制限します。",
]
FAILED = [
    "プライム会費のお支払いができませんでした。お支払い方法をご確認ください。",
    "プライム会費：カードが承認されませんでした。お支払い方法を確認してください。",  # 62m 6
]


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def _kinds(text: str, content: MessageContent) -> list[FlagKind]:
    return [flag.kind for flag in check_message(text, content).red_flags]


@pytest.mark.parametrize("text", AMAZON_OWN)
def test_amazon_own_payment_words_alone_are_no_sign(text: str, content: MessageContent) -> None:
    kinds = _kinds(text, content)
    assert FlagKind.SCAM_SUBJECT not in kinds
    assert FlagKind.PAYMENT_PROBLEM not in kinds


@pytest.mark.parametrize("text", THREATENING)
def test_with_a_threat_or_a_sign_in_request_they_are_a_sign(
    text: str, content: MessageContent
) -> None:
    kinds = _kinds(text, content)  # a threat of its own is the sign (review 61m, item 4)
    assert FlagKind.SCAM_SUBJECT in kinds or FlagKind.THREATENS_SUSPENSION in kinds


@pytest.mark.parametrize("text", FAILED)
def test_with_a_failure_stated_they_are_the_payment_failed_sign_only(
    text: str, content: MessageContent
) -> None:
    result = check_message(text, content)
    kinds = [flag.kind for flag in result.red_flags]
    assert kinds.count(FlagKind.PAYMENT_PROBLEM) == 1
    assert FlagKind.SCAM_SUBJECT not in kinds
    quoted = [q for flag in result.red_flags for q in (flag.evidence, *flag.more_evidence)]
    # Amazon's own words beside the failure stated are not quoted (review 61m, item 4)
    assert not any("支払い方法" in q and "確認" in q for q in quoted), quoted


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_screen_names_no_scam_sign_for_amazon_own_words(lang: str) -> None:
    done = run("check-message", "--text", AMAZON_OWN[1], "--lang", lang, env=WIDE)
    assert done.exit_code == 0, done.stderr
    said = "危険な兆候は見つかりませんでした" if lang == "ja" else "No red flags found"
    assert said in done.stdout
    # never false comfort: the screen still says it proves nothing
    proof = "証明にはなりません" if lang == "ja" else "does not prove"
    assert proof in done.stdout
