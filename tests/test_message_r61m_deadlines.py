"""Review 61m, item 1: Amazon's own phrases (「お支払い情報をご確認ください」「会員情報の確認」
「カードの有効期限が切れています」) are a sign with a deadline or a sign-in request: a date's
「…日までに」, 「本日中に」 and 「サインインはこちら」 were missed (exit 0, false comfort), and
「カードの有効期限」 did not name the card for the expiry rule."""

from __future__ import annotations

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from primehelp.message_check import FlagKind
from tests.support.clihelp import run

MISSED = [
    "12月10日までにお支払い情報をご確認ください。",
    "2026年12月8日までに会員情報の確認をお願いします",
    "本日中に会員情報の確認をお願いします。",
    "カードの有効期限が切れています。本日中にご対応ください。",
    "カードの有効期限が切れています。48時間以内に更新してください。",
    "カードの有効期限が切れています。サインインしてください。",
    "お支払い情報をご確認ください。サインインはこちら https://www.amazon.co.jp/ap/signin",
    "至急、会員情報をご確認ください。",
]
AMAZON_OWN = [
    "お支払い情報をご確認ください。",
    "プライム会費のお支払いに使用するカードの有効期限が切れています。"
    "アカウントサービスからお支払い情報をご確認ください。",
    "会員情報の確認はこちら https://amzn.asia/x",
]


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


@pytest.mark.parametrize("text", MISSED)
def test_a_deadline_or_a_sign_in_request_makes_them_a_sign(
    text: str, content: MessageContent
) -> None:
    kinds = [flag.kind for flag in check_message(text, content).red_flags]
    assert FlagKind.SCAM_SUBJECT in kinds, text


@pytest.mark.parametrize("text", AMAZON_OWN)
def test_alone_they_stay_no_sign(text: str, content: MessageContent) -> None:
    kinds = [flag.kind for flag in check_message(text, content).red_flags]
    assert FlagKind.SCAM_SUBJECT not in kinds, text


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_screen_says_the_deadline_is_the_sign(lang: str) -> None:
    done = run("check-message", "--text", MISSED[0], "--lang", lang, env={"COLUMNS": "200"})
    assert done.exit_code == 1, done.stderr
    if lang == "ja":
        assert "危険な兆候が見つかりました" in done.stdout
        assert "期限を切っていることが兆候です" in done.stdout  # alone (review 63m, item 8)
    else:
        assert "Red flags found" in done.stdout
