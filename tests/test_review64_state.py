"""Review 63m, items 3, 6 and 7 (check-message): an account or Prime out of use said as a
state (「お客様のアカウントは現在ご利用いただけません」「停止中です」「停止されています」), the
humble past 「停止いたしました」「制限いたしました」 titled as 「停止しました」 is, and the
payment-failure sign's reason when it stands (no 「本物の連絡かどうかは…分かりません」; the threat
that makes it a sign named with its number)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import joined, lang_run

_SUSPENSION = {"ja": "停止・制限を知らせる文面", "en": "Suspension or restriction notice"}
_NONE = {"ja": "危険な兆候は見つかりませんでした", "en": "No red flags found"}


def _check(text: str, lang: str = "ja") -> tuple[int, str]:
    done = lang_run("check-message", "--text", text, lang=lang)
    return done.exit_code, joined(done.stdout, lang)


# ------------------------------------------------------------ item 3: a state, not an event

STATES = [
    "お客様のアカウントは現在ご利用いただけません",
    "アカウントはご利用いただけない状態です",
    "アカウントはご利用できません",
    "お客様のアカウントは停止中です",
    "プライム会員資格が停止されています",
    "プライム会員資格を停止いたしました",
    "お客様のアカウントは現在、ご利用いただけません。",
    "プライム特典は一時的にご利用いただけません",
]


@pytest.mark.parametrize("text", STATES)
def test_an_account_out_of_use_as_a_state_is_the_suspension_sign(text: str) -> None:
    code, out = _check(text)
    assert code == 1
    assert f"1. {_SUSPENSION['ja']}" in out
    assert _NONE["ja"] not in out


@pytest.mark.parametrize(
    "text", ["Your account is currently unavailable.", "Your Prime membership is unavailable."]
)
def test_an_account_currently_unavailable_in_english(text: str) -> None:
    for lang in ("ja", "en"):
        code, out = _check(text, lang)
        assert code == 1
        assert _SUSPENSION[lang] in out


@pytest.mark.parametrize(
    "text", ["Your account has been suspended.", "Your Prime membership is on hold."]
)
def test_suspended_and_on_hold_stay_the_sign(text: str) -> None:
    code, out = _check(text, "en")
    assert code == 1
    assert _SUSPENSION["en"] in out


NO_SIGN = [
    "自動更新が停止されました",  # Amazon's own notice (review 62m, S 16)
    "自動更新は停止されています",
    "この商品は現在在庫切れです",
    "この商品は現在お取り扱いできません",
    "ご注文は現在ご利用いただけません",  # an order's, not the account's
    "ご注文は保留中です",
    # the end the member chose (review 59m, item 2), said as a state
    "会員資格は2026年12月31日に終了します。終了日以降、プライム特典はご利用いただけません。",
]


@pytest.mark.parametrize("text", NO_SIGN)
def test_amazons_notices_and_an_items_or_orders_state_stay_no_sign(text: str) -> None:
    code, out = _check(text)
    assert code == 0
    assert _NONE["ja"] in out


def test_an_item_currently_unavailable_in_english_stays_no_sign() -> None:
    code, out = _check("This item is currently unavailable.", "en")
    assert code == 0
    assert _NONE["en"] in out


def test_a_state_with_a_sign_in_request_is_the_sign_even_after_a_cancellation() -> None:
    code, out = _check("プライム特典はご利用いただけません。こちらからログインしてください。")
    assert code == 1
    assert _SUSPENSION["ja"] in out


# ------------------------------------------------------------ item 7: the humble past


@pytest.mark.parametrize(
    "text",
    [
        "お客様のアカウントを停止いたしました",
        "お客様のアカウントを制限いたしました",
        "お客様のアカウントを停止しました",
    ],
)
def test_the_humble_past_gets_the_suspension_title(text: str) -> None:
    for lang in ("ja", "en"):
        code, out = _check(text, lang)
        assert code == 1
        assert f"1. {_SUSPENSION[lang]}" in out


# ------------------------------------------------------------ item 6: the payment sign's reason

_UNKNOWN = {
    "ja": "本物の連絡かどうかは、このメッセージからは分かりません",
    "en": "cannot be told from the message",
}


def test_a_payment_sign_made_by_a_deadline_no_longer_says_the_text_proves_nothing() -> None:
    for lang in ("ja", "en"):
        code, out = _check("Amazonです。未払い料金があります。本日中にご連絡ください。", lang)
        assert code == 1
        assert _UNKNOWN[lang] not in out
    _, out = _check("Amazonです。未払い料金があります。本日中にご連絡ください。")
    assert "さらに「本日中」と期限を切って、手続きを急がせています。支払い方法は、" in out


_THREAT = (
    "お支払い方法が承認されませんでした。お支払い情報を更新しない場合、アカウントを停止します。"
)


def test_a_payment_sign_made_by_a_threat_names_the_threats_sign() -> None:
    code, out = _check(_THREAT)
    assert code == 1
    assert _UNKNOWN["ja"] not in out
    assert (
        "支払いができなかったと知らせる文面です。さらに、アカウントや会員資格の停止・制限を"
        "知らせて、手続きをさせようとしています（兆候2）。支払い方法は、" in out
    )
    assert f"2. {_SUSPENSION['ja']}" in out
    code, out = _check(_THREAT, "en")
    assert _UNKNOWN["en"] not in out
    assert (
        "It says that a payment failed. It also tells of a suspension or restriction of your"
        " account or membership to make you act (red flag 2). Check your payment method" in out
    )


def test_the_threats_number_follows_its_place() -> None:
    _, out = _check("アカウントを停止しました。お支払い方法が承認されませんでした。")
    assert f"1. {_SUSPENSION['ja']}" in out
    assert "手続きをさせようとしています（兆候1）。" in out


def test_the_json_reason_and_detail_name_the_same_number() -> None:
    for lang, said in (("ja", "（兆候{}）"), ("en", "(red flag {})")):
        done = lang_run("check-message", "--json", "--text", _THREAT, lang=lang)
        flags = done.json()["data"]["red_flags"]
        paid = next(f for f in flags if f["kind"] == "payment_problem")
        threat = next(f for f in flags if f["kind"] == "threatens_suspension")
        assert said.format(threat["number"]) in paid["reason"]
        assert said.format(threat["number"]) in paid["detail"]
        assert "{number}" not in done.stdout


def test_threat_words_that_make_no_sign_are_not_named() -> None:
    text = (
        "プライム会費のお支払いができませんでした。会員資格は2026年12月31日に終了します。"
        "終了日以降、プライム特典はご利用いただけなくなります。"
    )
    for lang in ("ja", "en"):
        code, out = _check(text, lang)
        assert code == 1
        assert _SUSPENSION[lang] not in out
        assert "兆候{number}" not in out and "red flag {number}" not in out
        assert "（兆候" not in out and "(red flag" not in out
