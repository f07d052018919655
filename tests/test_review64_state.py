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
