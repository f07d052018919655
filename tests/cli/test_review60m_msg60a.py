"""Fix round 60m (msg60a), check-message: review 60m items 1, 2, 3, 6, 11 and S 14, S 16."""

from __future__ import annotations

import json

import pytest

from primehelp.message_subjects import whole_word, words_held
from tests.support.clihelp import joined as _flat
from tests.support.clihelp import lang_run


def _result(*args: str, lang: str = "ja", columns: int = 80) -> tuple[str, int]:
    done = lang_run("check-message", *args, lang=lang, columns=columns)
    return done.stdout, done.exit_code


def _flags(text: str, lang: str = "ja") -> list[dict[str, object]]:
    data = json.loads(_result("--json", "--text", text, lang=lang)[0])["data"]
    flags = data["red_flags"]
    assert isinstance(flags, list)
    return flags


CARD_EXPIRED = "プライム会費のお支払いに使用するカードの有効期限が切れています。"
# 「本日中に」: without it, the message is Amazon's own words only and no sign (review 61m, item 2)
ACCOUNT_SERVICE = (
    "ご登録のクレジットカードの有効期限が切れています。"
    "本日中にアカウントサービスでお支払い方法を更新してください。"
)
# 「ご対応がない場合」, not 「…アカウントを制限します」: a threat of its own is the suspension sign,
# Amazon's own words beside it then not quoted (review 61m, item 4)
MEMBER_DETAILS = "会員情報の確認をお願いします。3日以内にご対応ください。"
SIGN_IN = (
    "お支払い情報をご確認ください。以下のリンクからサインインしてください "
    "https://www.amazon.co.jp/ap/signin"
)


# ------------------------- item 1: a card said to have expired is a fact, no scam subject


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "text",
    [
        CARD_EXPIRED,
        "Amazonから：お支払い情報の有効期限が切れています。",
        "ご登録のクレジットカードの有効期限が切れています。",
    ],
)
def test_1_a_card_expiry_notice_alone_is_no_sign(text: str, lang: str) -> None:
    screen, code = _result("--text", text, lang=lang)
    assert code == 0, screen
    assert not _flags(text, lang)
    said = "危険な兆候は見つかりませんでした。" if lang == "ja" else "No red flags found."
    assert screen.startswith(said)


@pytest.mark.parametrize(
    "text",
    [
        # an expired membership is the 「満期通知」 family (FACTS §11): still the scam subject
        "【Amazon】プライム会員の有効期限が切れました。会員資格を更新してください。",
        # the card's expiry with a deadline and a threat, or a sign-in request
        "ご登録のクレジットカードの有効期限が切れています。24時間以内にご対応がない場合は停止されます。",
        "お支払い方法の有効期限が切れています。以下からサインインしてください。",
    ],
)
def test_1_an_expiry_with_a_threat_or_of_the_membership_stays_a_sign(text: str) -> None:
    assert {flag["kind"] for flag in _flags(text)} & {"scam_subject", "threatens_suspension"}


# ------------------------- item 2: 「アカウントサービス」 is Amazon's label, no co-word 「アカウント」


def test_2_account_service_is_no_account_co_word() -> None:
    entry = "有効期限が切れ…アカウント"
    assert not words_held(entry, "有効期限が切れていますアカウントサービスをご確認ください")
    assert not words_held(entry, "有効期限が切れていますアカウント&リストをご確認ください")
    assert words_held(entry, "アカウントの有効期限が切れています")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_the_account_service_advice_is_not_named_as_scam_words(lang: str) -> None:
    screen, _ = _result("--text", ACCOUNT_SERVICE, lang=lang)
    flat = _flat(screen, lang)
    if lang == "ja":
        assert "「アカウント」（本文" not in flat
        # quoted for 「本日中」 (review 61m, item 1), with the note on Amazon's own words (item 4)
        # Amazon's own sentence named as quoted (review 63m, item 12)
        assert (
            "「ご登録のクレジットカードの有効期限が切れています」や「お支払い方法を更新してください」自体は"
            in flat
        )
        note = (
            "ただし、アカウントサービスから自分で更新するよう案内しているだけなら、"
            "Amazonの本物の連絡でも使われる言い方です。"
        )
    else:
        assert "'アカウント'" not in flat
        note = "genuine Amazon messages use this wording too."
    assert note in flat
    (flag,) = _flags(ACCOUNT_SERVICE, lang)
    assert note in " ".join(str(flag["detail"]).split("\n")) or note in str(flag["detail"])


# ------------------------- item 3: Amazon's own words, counted for a threat or a sign-in request


@pytest.mark.parametrize(
    ("text", "word", "sign"),
    [
        (
            MEMBER_DETAILS,
            "「会員情報の確認をお願いします」",  # as quoted (review 63m, item 12)
            "期限を切っていることが兆候です。",  # a deadline alone (review 63m, item 8)
        ),
        (
            SIGN_IN,
            "「お支払い情報をご確認ください」",
            "メッセージからサインインを求めていることが兆候です。",
        ),
    ],
)
def test_3_amazons_own_words_are_said_to_be_amazons(text: str, word: str, sign: str) -> None:
    screen, code = _result("--text", text)
    assert code == 1
    note = f"{word}自体はAmazonも使う言い方です。{sign}"
    assert note in _flat(screen)
    (flag,) = [f for f in _flags(text) if f["kind"] == "scam_subject"]
    assert note in str(flag["detail"]).replace("\n", "")  # JSON as on the screen


def test_3_the_note_in_english() -> None:
    screen, _ = _result("--text", MEMBER_DETAILS, lang="en")
    said = "'会員情報の確認をお願いします' itself is wording Amazon uses too."  # 63m, 12
    assert said in _flat(screen, "en")


def test_3_no_note_for_words_that_are_no_amazon_wording() -> None:
    screen, _ = _result("--text", "Amazon：お客様のアカウントが停止されました。")
    assert "自体はAmazonも使う言い方です" not in _flat(screen)


# ------------------------- item 6: 一致した語句 quotes whole words, not a pattern's stem


@pytest.mark.parametrize(
    ("text", "word", "whole"),
    [
        ("お支払い情報をご確認ください", "支払い情報をご確認", "お支払い情報をご確認ください"),
        (
            "プライム会員の有効期限が切れました",
            "会員の有効期限が切れ",
            "会員の有効期限が切れました",
        ),
        ("有効期限が切れています", "有効期限が切れ", "有効期限が切れています"),
        ("アカウントを制限します", "制限", "制限します"),
        ("プライム会費のお支払い", "プライム", "プライム"),
    ],
)
def test_6_whole_word(text: str, word: str, whole: str) -> None:
    assert whole_word(text, word) == whole


def test_6_the_screen_quotes_no_stem() -> None:
    flat = _flat(_result("--text", SIGN_IN)[0])
    # the quote's words: all of it; the sentence that makes the sign is the quote (63m, 12)
    assert "一致した語句：「サインインしてください」" in flat and "（本文の" not in flat
    assert "「支払い情報をご確認」" not in flat
    member = _flat(_result("--text", "プライム会員の有効期限が切れました。")[0])
    assert "「有効期限が切れ」" not in member and "「会員の有効期限が切れ」" not in member


def test_6_a_word_that_is_the_whole_quote_is_not_repeated() -> None:
    flat = _flat(_result("--text", "Amazon：お支払い方法に問題があります。")[0])
    assert "「Amazon：お支払い方法に問題があります」" in flat
    assert "一致した語句：「お支払い方法に問題があります」" not in flat


# ------------------------- item 11: one wording of the explanation: 「…などを知らせる件名も」


@pytest.mark.parametrize(
    ("text", "ja", "en"),
    [
        (
            "【Amazon】プライム会費のお支払い方法に問題があります",
            "ほかに、プライムの一時停止、アカウント停止、不正な注文・購入などを知らせる件名も",
            "a suspended account, an unauthorised order or purchase and the like.",
        ),
        (
            "Amazon：支払い方法を更新してプライムを継続する",
            "ほかに、プライムの一時停止、アカウント停止、不正な注文・購入などを知らせる件名も",
            "a suspended account, an unauthorised order or purchase and the like.",
        ),
    ],
)
def test_11_the_same_subject_explanation_says_nado(text: str, ja: str, en: str) -> None:
    assert ja in _flat(_result("--text", text)[0])
    assert en in _flat(_result("--text", text, lang="en")[0], "en")


# ------------------------- S 16: the real fee named proves nothing (FACTS §7)


@pytest.mark.parametrize(("fee", "shown"), [("600円", "600"), ("5,900円", "5,900")])
def test_s16_the_real_fee_in_a_payment_failed_message(fee: str, shown: str) -> None:
    text = f"【Amazon】プライム会費{fee}のお支払いが確認できませんでした。"
    flat = _flat(_result("--text", text)[0])
    assert (
        f"書かれている金額（{shown}円）は本物の会費と同じですが、金額が正しくても、"
        "Amazonからの連絡だという証明にはなりません。"
    ) in flat
    assert f"({shown} yen) is the same as the real fee" in _flat(
        _result("--text", text, lang="en")[0], "en"
    )


def test_s16_no_note_for_another_amount() -> None:
    text = "【Amazon】プライム会費1,600円のお支払いが確認できませんでした。"
    assert "書かれている金額" not in _flat(_result("--text", text)[0])


# ------------------------- S 14: a renewal-reminder subject may be the real reminder


def test_s14_a_reminder_subject_says_how_to_check() -> None:
    text = "Amazonプライム 定期更新のお知らせ：12月31日に会員資格が更新されます。5,900円"
    flat = _flat(_result("--text", text)[0])
    assert "Amazonの本物の更新前のお知らせに似せた詐欺がよく報告されています。" in flat
    assert "「Amazonプライム会員情報」のページで確認してください。" in flat
