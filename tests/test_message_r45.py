"""Review 38a, round 44 (fix44m): check-message items 2, 4, 5, 6, 7 and 12, 14, 15."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.clihelp import run


def _json(text: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = run("--lang", lang, "check-message", "--json", "--text", text).json()
    return data["data"]


def _kinds(text: str) -> set[str]:
    return {flag["kind"] for flag in _json(text)["red_flags"]}


# ----------------------------- item 2: near-identical forms of the reported subjects (FACTS §11)

_SCAM_FORMS = [
    "Amazon: お客様のアカウントで不審な購入が確認されました。ご本人確認をお願いします。",
    "Amazonで 89,800円 のご注文がありました。心当たりがない場合は、このメールに返信してください。",
    "Amazon: ご注文（89,800円）を受け付けました。心当たりがない場合はご連絡ください。",
    "Amazon: 身に覚えのないご注文はありませんか？",
    "Amazon: お客様のアカウントで異常なアクティビティが検出されました。",
    "Amazonプライム会員の満期のお知らせ",
    "【Amazon】プライム会員の有効期限が切れました。会員資格を更新してください。",
    "Amazonプライムの自動更新ができませんでした",
    "【Amazon】アカウントの利用制限のお知らせ",
    "Amazon: アカウントに利用制限がかかっています。",
    "Amazon: お客様のアカウントが無効になりました。",
    "Amazon: お客様のアカウントは一時保留されています。",
    "Amazon: アカウントを保留しました",
    "Amazon: ロックを解除するには本人確認が必要です。",
    "Amazon: 今すぐアカウントを確認しないと、プライム特典が失われます。",
    "Amazon: 会費のお支払いが遅れています。",
    # with a deadline: the billing details to confirm alone are Amazon's words too (review 58a, 1)
    "Amazon: 24時間以内にご請求先情報の確認が必要です。",
]


@pytest.mark.parametrize("text", _SCAM_FORMS)
def test_near_identical_scam_wording_is_a_sign(text: str) -> None:
    data = _json(text)
    assert data["verdict"] == "red_flags_found", text
    assert _kinds(text) & {"scam_subject", "threatens_suspension", "payment_problem"}


@pytest.mark.parametrize(
    "text",
    [
        # the loose words need their other part: an answer to "no idea?" without an order
        "心当たりがない場合は、このメッセージを削除してください。",
        # an expiry that is no membership's
        "クーポンの有効期限が切れました。",
        # Amazon's own words without a threat or a sign-in request (review 58a, item 1)
        "Amazon: ご請求先情報の確認が必要です。",
    ],
)
def test_loose_forms_need_their_context(text: str) -> None:
    assert not _kinds(text) & {"scam_subject", "payment_problem"}


# ----------------------------- item 6: a one-time code asked for as a number


@pytest.mark.parametrize(
    "text",
    [
        "Amazon: SMSで届いた番号を教えてください。",
        "Amazon: 確認のため、SMSで届いた番号をお伝えいただけますか。",
        "Amazon: 届いた確認番号を折り返しお知らせください。",
        "Amazon: ショートメールに届いた6桁の数字を返信してください。",
        "Amazon: ワンタイムパスコードをお知らせください。",
    ],
)
def test_a_code_asked_for_as_a_number_is_the_code_sign(text: str) -> None:
    flags = _json(text)["red_flags"]
    assert [f for f in flags if f["kind"] == "asks_for_details"], text
    assert any("認証コード" in f["title"] for f in flags), [f["title"] for f in flags]


def test_a_code_never_to_be_told_is_no_request() -> None:
    text = "Amazonが、SMSで届いた確認番号をお尋ねすることはありません。誰にも教えないでください。"
    assert not _kinds(text) & {"asks_for_details"}


# ----------------------------- items 4 and 5: named under 「確認できなかったこと」, or the gift-card sign


def _could_not_know(text: str) -> str:
    return " ".join(note["text"] for note in _json(text)["could_not_know"])


def test_pay_in_gift_cards_in_the_other_order_is_the_gift_card_sign() -> None:
    for text in (
        "Amazon: お支払いはAmazonギフトカードでお願いします。",
        "Amazon: 会費のお支払いには、ギフト券でお願いいたします。",
    ):
        assert "asks_for_details" in _kinds(text), text


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Amazon: コンビニでiTunesカードを3万円分買ってきてください。", "プリペイドカード"),
        ("Amazon: Google Playカードを購入してお支払いください。", "プリペイドカード"),
        ("Amazon: お支払いにはiTunesカードをご利用ください。", "プリペイドカード"),
        (
            "LINEで友だち追加して、Amazonの返金手続きを進めてください。ID: @amazon-refund",
            "LINEなどほかのアプリ",
        ),
        (
            "Amazonからの返金のお知らせ。返金を受け取るには、下記のアプリをインストールしてください。",
            "アプリのインストール",
        ),
    ],
)
def test_what_facts_give_no_rule_on_is_named_never_nothing(text: str, named: str) -> None:
    data = _json(text)
    assert named in _could_not_know(text), text
    # not counted as a sign of its own (FACTS gives no rule on it)
    assert not [f for f in data["red_flags"] if f["kind"] == "asks_for_details"]


def test_a_mere_mention_of_line_or_a_card_is_not_named() -> None:
    for text in ("iTunesカードは家電量販店でも売られています。", "LINEの新機能が公開されました。"):
        assert "LINEなどほかのアプリ" not in _could_not_know(text)
        assert "プリペイドカード" not in _could_not_know(text)


def test_no_flags_verdict_points_to_what_could_not_be_checked() -> None:
    """Item 5: never 「見つかりませんでした」 alone when 「確認できなかったこと」 names a request."""
    for text in (
        "LINEで友だち追加して、Amazonの返金手続きを進めてください。ID: @amazon-refund",
        "Amazon: お支払いにはiTunesカードをご利用ください。",
        "Amazon: 返金のため、銀行口座番号をお伝えください。",  # an ATM: a sign since 47a, item 4
    ):
        data = _json(text)
        assert data["verdict"] == "no_red_flags_found", text
        assert (
            "判断できない依頼や警告があります（下の「確認できなかったこと」）"
            in data["verdict_text"]
        )
    plain = _json("ご注文の商品を発送しました。")
    assert "確認できなかったこと" not in plain["verdict_text"]


def test_15_the_suspension_reason_says_it_once() -> None:
    flags = _json("アマゾン：アカウントがロックされました。")["red_flags"]
    (sign,) = [f for f in flags if f["kind"] == "threatens_suspension"]
    # no deadline: the notice's reason, 「急がせ」 not at all (review 43a, item 10), said once
    assert sign["reason"].count("停止・制限を知らせ") == 1, sign["reason"]
    assert "急がせ" not in sign["reason"]
