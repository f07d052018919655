"""Review 57a, item 1 (R-major): 「会員情報の確認」 and the like are Amazon's own words (its page
「Amazonプライム会員情報」, its cancel button 「会員情報を更新し、プライムをキャンセルする」), not
a scam subject of FACTS §11. A message holding them is a scam sign only when it also threatens
(a suspension, a limit, a deadline) or asks to sign in."""

from __future__ import annotations

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import FlagKind, MessageContent, check_message
from tests.support.clihelp import WIDE, run


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def _kinds(text: str, content: MessageContent) -> set[FlagKind]:
    return {flag.kind for flag in check_message(text, content).red_flags}


AMAZONS_OWN_WORDS = [
    "Amazonプライム会員資格は12月31日に自動更新されます。会員情報の確認はこちら https://amzn.asia/d/abcd",
    "Amazonプライム会員情報のページで会員情報を確認できます。",
    "【Amazon】会員情報をご確認ください",
    "Amazonプライム：アカウント情報の更新をお願いします",
    "「会員情報を更新し、プライムをキャンセルする」を選んでください。",
]

WITH_A_THREAT_OR_SIGN_IN = [
    "【Amazon】会員情報をご確認ください。確認できない場合、アカウントを一時停止します",
    "Amazon：会員情報の更新をお願いします。24時間以内に手続きをしてください",
    "Amazonプライム：登録情報の確認のため、以下からサインインしてください",
    "【Amazon】アカウント情報を確認してください。ご利用が制限されています",
]


@pytest.mark.parametrize("text", AMAZONS_OWN_WORDS)
def test_amazons_own_words_alone_are_no_scam_subject(text: str, content: MessageContent) -> None:
    assert FlagKind.SCAM_SUBJECT not in _kinds(text, content)


@pytest.mark.parametrize("text", WITH_A_THREAT_OR_SIGN_IN)
def test_with_a_threat_or_a_sign_in_request_they_are(text: str, content: MessageContent) -> None:
    # a threat in a sentence of its own is the sign, Amazon's own words beside it are not
    # quoted (review 61m, item 4)
    kinds = _kinds(text, content)
    assert FlagKind.SCAM_SUBJECT in kinds or FlagKind.THREATENS_SUSPENSION in kinds


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_genuine_looking_renewal_sms_gets_no_danger_screen(lang: str) -> None:
    done = run("check-message", "--text", AMAZONS_OWN_WORDS[0], "--lang", lang, env=WIDE)
    assert done.exit_code == 0, done.stdout
    assert (
        "危険な兆候は見つかりませんでした。ただし" if lang == "ja" else "No red flags"
    ) in done.stdout
