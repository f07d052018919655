"""Helper f52a1, check-message: review 52a items 10 (a gift-card payment with what is paid
between), 49 (the "unauthorised order" and account families in other words) and 31 (requests
FACTS gives no rule on: the verdict says what was not judged, never comfort)."""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from primehelp.message_check import FlagKind
from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def _kinds(text: str, content: MessageContent) -> set[FlagKind]:
    return {one.kind for one in check_message(text, content).red_flags}


def _json(text: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = run("--lang", lang, "check-message", "--json", "--text", text).json()
    return data["data"]


# ----------------------------------------------------------------- item 10: gift-card payments

CARDS = ["Amazonギフトカード", "ギフト券", "アマギフ"]
BETWEEN = [
    "で料金を",
    "で会費を",
    "で未払いの会費を",
    "で本日中に料金を",
    "で、料金を",
    "にて残りの金額を",
    "を使って会費を",
    "を利用して料金を",
]
PAY = [
    "お支払いください。",
    "支払ってください。",
    "至急お支払い願います。",
    "お支払いをお願いします。",
]


@pytest.mark.parametrize(("card", "between", "pay"), list(itertools.product(CARDS, BETWEEN, PAY)))
def test_10_what_is_paid_between_the_card_and_the_payment(
    card: str, between: str, pay: str, content: MessageContent
) -> None:
    said = f"Amazonプライム：{card}{between}{pay}"
    flags = check_message(said, content).red_flags
    assert any(f.kind is FlagKind.ASKS_FOR_DETAILS for f in flags), said


@pytest.mark.parametrize(
    "said",
    [
        "Amazonギフトカードは、Amazon.co.jpでのお支払いにご利用いただけます。",
        "Amazonギフトカードで料金をお支払いいただけます。",
        "ギフトカードで購入した商品の代金をお支払いいただく必要はありません。",
        "ギフトカードの残高で会費が支払われました。",
    ],
)
def test_10_a_card_that_can_pay_asks_nothing(said: str, content: MessageContent) -> None:
    assert FlagKind.ASKS_FOR_DETAILS not in _kinds(said, content)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_10_the_sign_is_the_gift_card_payment_sign(lang: str) -> None:
    data = _json("Amazonギフト券で未納分を支払ってください。", lang)
    assert data["verdict"] == "red_flags_found"
    titles = " ".join(flag["title"] for flag in data["red_flags"])
    assert ("ギフトカード" in titles) if lang == "ja" else ("gift card" in titles.lower())


# ------------------------------------------------- item 49: the scam subjects in other words

SUBJECTS = [
    "お客様のアカウントで不正なご注文を確認しました。",
    "不正な注文がありました",
    "お客様のアカウントで不審なご注文が確認されました",
    "不審なお取引を検知しました",
    "身に覚えのない請求があります",
    "ご本人確認のお願い",
    "本人確認が完了していません",
    # the account details to confirm: a sign only with a threat or a sign-in request (57a, 1)
    "会員情報をご確認ください。確認できない場合、アカウントを一時停止します",
    "アカウント情報の更新をお願いします。24時間以内にサインインしてください",
    "セキュリティアラート",
    "プライム会員特典が利用できなくなりました",
    "Security alert: suspicious order on your account",
]


@pytest.mark.parametrize("subject", SUBJECTS)
@pytest.mark.parametrize("brand", ["【Amazon】", "Amazonプライム："])
def test_49_the_account_and_order_families_are_signs(
    subject: str, brand: str, content: MessageContent
) -> None:
    kinds = _kinds(brand + subject, content)  # a threat of its own is the sign (61m, item 4)
    assert FlagKind.SCAM_SUBJECT in kinds or FlagKind.THREATENS_SUSPENSION in kinds, subject


@pytest.mark.parametrize(
    "said",
    [
        "【Amazon】プライム会費の請求に失敗しました",
        "Amazon：会費のご請求ができませんでした。",
        "Amazon Prime: we could not charge your membership fee.",
    ],
)
def test_49_a_failed_charge_is_a_payment_problem(said: str, content: MessageContent) -> None:
    assert FlagKind.PAYMENT_PROBLEM in _kinds(said, content)


@pytest.mark.parametrize(
    "said",
    [
        "ご注文ありがとうございます。",
        "Amazon.co.jp：本人確認のため、次のコードを入力してください。",
        "Amazon: To verify your identity, use the following code.",
    ],
)
def test_49_ordinary_wording_is_no_sign(said: str, content: MessageContent) -> None:
    assert FlagKind.SCAM_SUBJECT not in _kinds(said, content)


@pytest.mark.parametrize(
    ("lang", "word"), [("ja", "不正な注文・購入"), ("en", "unauthorised order")]
)
def test_49_the_reason_names_orders(lang: str, word: str) -> None:
    data = _json("【Amazon】不審なご注文", lang)
    assert any(word in flag["reason"] for flag in data["red_flags"]), data["red_flags"]


# ------------------------------------- item 31: requests FACTS gives no rule on, never comfort

UNJUDGED = [
    "Amazonサポートです。サポートのためAnyDeskをインストールしてください。",
    "Amazonキャンペーンに当選しました。賞品の送料500円をお支払いください。",
    "Amazonです。LINEで友だち追加してください。",
    "Amazon：本日中に対応しない場合、法的措置をとります。",
]


@pytest.mark.parametrize("said", UNJUDGED)
def test_31_the_verdict_names_what_was_not_judged(said: str) -> None:
    ja, en = _json(said), _json(said, "en")
    assert ja["verdict_text"].startswith("この連絡には、primehelpでは判断できない"), ja
    assert "安全だという意味ではありません" in ja["verdict_text"]
    assert not ja["verdict_text"].startswith("危険な兆候は見つかりませんでした")
    assert en["verdict_text"].startswith("This message holds requests or warnings"), en
    assert "does not mean it is genuine or harmless" in en["verdict_text"]
    assert not re.search(r"\bsafe\b", en["verdict_text"], re.IGNORECASE)  # the property test


@pytest.mark.parametrize("said", UNJUDGED)
def test_31_the_note_does_not_suggest_amazon_may_ask_it(said: str) -> None:
    screen = run("--lang", "ja", "check-message", "--text", said, env=WIDE).stdout
    assert "Amazonがこれを求めることがあるかどうか" not in screen
    assert "Amazonがこのような" not in screen
    assert "応じる前に" not in screen
    assert "応じず、まず「メッセージセンター」" in screen
    english = run("--lang", "en", "check-message", "--text", said, env=WIDE).stdout
    assert "Whether Amazon ever" not in english and "Before you respond" not in english


def test_31_a_plain_message_keeps_the_plain_verdict() -> None:
    data = _json("ご注文ありがとうございます。")
    assert data["verdict_text"].startswith("危険な兆候は見つかりませんでした。ただし")
