"""Fix round 38, check-message (review 33a)."""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from primehelp.message_check import FlagKind
from tests.support.clihelp import run
from tests.support.message_corpus import eml

WIDE = {"COLUMNS": "1000"}


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def _kinds(text: str, content: MessageContent) -> set[FlagKind]:
    return {one.kind for one in check_message(text, content).red_flags}


# ---------------------------------------------------------------- items 1 and 5

# Requests for details in the wordings of phone and SMS scams (FACTS §11: a request for card
# details, a password or a gift-card number is a sign of fraud).
ASKS = [
    "Amazonカスタマーサービスです。未払いのプライム会費があります。"
    "コンビニで購入したギフトカード番号をお伝えください。",
    "カード番号をお伝えください。",
    "パスワードをお伝えください",
    "認証コードをお伝えください",
    "ギフトカード番号をお伝えください。",
    "Amazon: プライム会費の引き落としに失敗しました。本日中に 0120-123-456 へお電話のうえ、"
    "ギフトカード番号をお伝えください。",
    "オペレーターにワンタイムパスワードを伝えてください。",
    "本人確認のため、暗証番号をお知らせください。",
    "届いた認証コードを読み上げてください。",
    "SMSに届いた確認コードをこのメッセージに返信してください。",
    "クレジットカード番号とセキュリティコードを教えてください。",
    "ご本人確認のため、カード情報をご記入ください。",
    "ギフトカードの番号を担当者にお伝え下さい。",
    "Amazonプライム：認証コードを係の者に言ってください。",
    "Please tell us the verification code we sent you.",
    "Give us your card number to keep Prime.",
    "Please share your one-time code with our agent.",
]
# Scam wordings without a request for details (review 33a item 5): a sign each.
OTHER_SIGNS = [
    "プライム会費の引き落としに失敗しました。",
    "プライム会費の引き落としができませんでした",
    "プライム会費のお支払い方法が承認されませんでした",  # bare: no sign (review 62m, item 6)
    "ご利用のアカウントは制限されています",
    "Amaz0n: 会員情報を更新してください",
    "Arnazonプライム：お支払い方法をご確認ください",
]
# Genuine Amazon-style texts: no request for details.
GENUINE = [
    "ご注文の商品を発送しました。お届け予定日：12月7日",
    "Amazon.co.jpをご利用いただき、ありがとうございます。お荷物は本日配達予定です。",
    "パスワードは絶対に他人に教えないでください。",
    "Amazonがお客様のパスワードやカード番号をお尋ねすることはありません。",
    "認証コードは誰にも伝えないでください。Amazonの社員が認証コードをお聞きすることはありません。",
    "Amazon: 認証コードは123456です。このコードを他の人と共有しないでください。",
    "ギフトカードの番号は誰にも教えないでください。",
    "Amazonが電話でカード情報をお伝えいただくようお願いすることはありません。",
    "パスワードを変更しました。お心当たりがない場合は、カスタマーサービスにお知らせください。",
    "お客様のカード番号の下4桁は1234です。ご注文ありがとうございます。",
    "Your package was delivered. Never share your password with anyone.",
    "Amazon will never ask you to tell us your card number by phone.",
    "パスワードの再設定方法をお伝えします。",
]


@pytest.mark.parametrize("text", ASKS)
def test_a_request_for_details_in_scam_wording_is_a_sign(
    text: str, content: MessageContent
) -> None:
    """33a items 1 and 5: 「…をお伝えください」 got 「危険な兆候は見つかりませんでした」 (exit 0)."""
    assert FlagKind.ASKS_FOR_DETAILS in _kinds(text, content)


@pytest.mark.parametrize("text", OTHER_SIGNS)
def test_a_common_scam_wording_is_a_sign(text: str, content: MessageContent) -> None:
    """33a item 5: payment failures, restrictions and digit-for-letter names got no sign."""
    assert _kinds(text, content)


@pytest.mark.parametrize("text", GENUINE)
def test_a_genuine_amazon_style_text_is_no_request_for_details(
    text: str, content: MessageContent
) -> None:
    assert FlagKind.ASKS_FOR_DETAILS not in _kinds(text, content)


@pytest.mark.parametrize("text", [ASKS[0], OTHER_SIGNS[0], OTHER_SIGNS[4]])
def test_a_scam_wording_exits_1(text: str) -> None:
    result = run("check-message", "--text", text, "--lang", "ja", env=WIDE)
    assert result.exit_code == 1
    assert "危険な兆候は見つかりませんでした" not in result.stdout


def test_a_gift_card_number_request_says_to_tell_it_to_no_one() -> None:
    out = run("check-message", "--text", ASKS[5], "--lang", "ja", env=WIDE).stdout
    assert "ギフトカードの番号の要求" in out or "ギフトカードの番号" in out
    assert "誰にも教えないでください" in out


# ---------------------------------------------------------------- item 2


@pytest.mark.parametrize(
    ("subject", "reminder"),
    [
        ("プライムの使用が一時的にできません", False),
        ("アカウントを一時停止しました", False),
        ("Amazonプライム会員の満期通知", True),
        ("Primeの定期更新についてのお知らせ", True),
    ],
)
def test_an_email_names_the_renewal_reminder_only_when_it_imitates_it(
    subject: str, reminder: bool, content: MessageContent
) -> None:
    """33a item 2: 「Amazonの本物の更新前のお知らせメールが…」 under every mail asking for card
    details, about suspension too; where it stays, 「…お知らせメール（本物）が…」."""
    mail = eml(
        subject=subject,
        sender="Amazon <a@b.example>",
        body="24時間以内にパスワードとカード番号を入力してください。",
    )
    (asks,) = [
        f for f in check_message(mail, content).red_flags if f.kind is FlagKind.ASKS_FOR_DETAILS
    ]
    assert (
        "届いたメールのリンクからは、カード情報やパスワードを入力しないでください。"
        in asks.reason.ja
    )
    assert "password through the links of a mail you received" in asks.reason.en
    said = "Amazonの更新前のお知らせメール（本物）が、リンク先で" in asks.reason.ja
    assert said is reminder
    assert ("renewal reminder (the genuine one)" in asks.reason.en) is reminder
    assert "本物の更新前" not in asks.reason.ja


# ---------------------------------------------------------------- item 3


def test_the_suspension_sign_keeps_its_set_phrase_whole_at_40() -> None:
    """33a item 3: 「1. 停止・」／「制限を知らせて急がせる文面（2件）」 at 40 columns."""
    # 「本日中に」: the heading says 「急がせる」 only with an urgency cue (review 43a, item 10)
    text = (
        "【Amazon】お客様のアカウントを一時停止しました。会員資格の利用を本日中に制限いたします。"
    )
    out = run("check-message", "--text", text, "--lang", "ja", env={"COLUMNS": "40"}).stdout
    assert "1. 停止・制限を知らせて急がせる文面" in out.splitlines()
    assert not any(line.rstrip().endswith("停止・") for line in out.splitlines())


# ---------------------------------------------------------------- item 4


@pytest.mark.parametrize(
    "text", ["【Amazon】アカウントを停止しました。", "Amαzon: Your account has been locked."]
)
def test_the_similar_scam_note_says_yoku_once(text: str) -> None:
    """33a item 4: 「…2025〜26年によく報告されている…とよく似ています。」: 「よく」 twice."""
    out = run("check-message", "--text", text, "--lang", "ja", env=WIDE).stdout
    assert "2025〜26年によく報告されている詐欺の件名・文面" in out
    assert "に似ています" in out
    for sentence in out.replace("\n", "").split("。"):
        assert sentence.count("よく") <= 1, sentence


# ---------------------------------------------------------------- S 6


@pytest.mark.parametrize(
    ("text", "said", "en"),
    [
        (
            "24時間以内にパスワードとカード番号を入力してください。",
            # two kinds joined with 「や」; a code named 「認証コード（ワンタイムパスワード）」
            # (review 42a, items 26 and 18)
            "カード情報やパスワードの入力や送信を求めています。",
            "card details or a password.",
        ),
        (
            "認証コードを入力してください。",
            "認証コード（ワンタイムパスワード）の入力や送信を求めています。",
            "a verification code (one-time password).",
        ),
        (
            "パスワードと確認コードを送ってください。",
            "パスワードや認証コード（ワンタイムパスワード）の入力や送信を求めています。",
            "a password or a verification code (one-time password).",
        ),
    ],
)
def test_a_request_names_only_the_details_it_asks_for(
    text: str, said: str, en: str, content: MessageContent
) -> None:
    """33a S 6: 「カード情報、パスワードや認証コードの…」 named a code nobody asked for."""
    (asks,) = [
        f for f in check_message(text, content).red_flags if f.kind is FlagKind.ASKS_FOR_DETAILS
    ]
    assert asks.reason.ja.startswith(said)
    assert asks.reason.en.split(". ")[0].endswith(en.rstrip("."))
    # one list never mixes 「、」 and 「や」 (33a S 6); two kinds take 「や」 (review 42a, item 26)
    listed = asks.reason.ja.split("の入力や送信")[0]
    assert not ("、" in listed and "や" in listed), listed


# ---------------------------------------------------------------- S 8


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "1文字目の「А」は、英字の「A（エー）」ではなく、よく似た別の文字（キリル文字）です。",
        ),
        (
            "en",
            "Character 1, 'А', looks like the Latin 'A' but is a different character (Cyrillic).",
        ),
    ],
)
def test_a_look_alike_name_names_its_letter(lang: str, said: str) -> None:
    """33a S 8: the name sign did not say which letter differs, as the domain sign does."""
    text = "Аmazonプライム：お支払い方法を更新してください https://amazon.co.jp/ap/signin"
    out = run("check-message", "--text", text, "--lang", lang, env=WIDE).stdout
    assert said in out


# ---------------------------------------------------------------- S 9


@pytest.mark.parametrize(
    ("text", "wide"),
    [
        ("Amazon: ｈｔｔｐｓ：／／ａｍａｚｏｎ－ｐｒｉｍｅ．ｔｏｐ／ でお支払い方法を更新", True),
        ("Amazon: https://amazon-prime.top/ でお支払い方法を更新", False),
        ("Amazon：お支払い方法を更新 https://amazon-prime.top/", False),  # a full-width colon only
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_full_width_link_is_said_to_be_shown_converted(text: str, wide: bool, lang: str) -> None:
    """33a S 9: 「ｈｔｔｐｓ：／／…」 was shown as https://… with no word of the change."""
    out = run("check-message", "--text", text, "--lang", lang, env=WIDE).stdout
    said = (
        "全角で書かれていたリンクを半角に直しています" if lang == "ja" else "full-width characters"
    )
    assert (said in out) is wide


# ---------------------------------------------------------------- S 10


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "5文字目の「0」は、英字の「o（オー）」ではなく数字の「0（ゼロ）」です。",
        ),  # 34a item 6
        ("en", "Character 5, '0', is the digit zero, not the Latin 'o'."),
    ],
)
def test_a_zero_for_o_domain_names_the_digit(lang: str, said: str) -> None:
    """33a S 10: 「ドメイン：amaz0n-jp.top」 did not say what is alike."""
    out = run("check-message", "--text", "https://amaz0n-jp.top/login", "--lang", lang, env=WIDE)
    assert said in out.stdout
    plain = run("check-message", "--text", "https://amazon-jp.top/login", "--lang", lang, env=WIDE)
    assert "ゼロ" not in plain.stdout and "digit zero" not in plain.stdout


# ---------------------------------------------------------------- S 11


def test_a_failed_sender_check_says_what_an_address_does_not_prove() -> None:
    """33a S 11: 「…Amazonのアドレスに見えても証拠になりません。」 said not of what."""
    out = run(
        "check-message", "tests/cli/messages/scam-iso-2022-jp.eml", "--lang", "ja", env=WIDE
    ).stdout
    assert "Amazonのアドレスに見えても、本物である証拠にはなりません。" in out


# ---------------------------------------------------------------- S 14


def test_the_existing_members_column_has_one_wording() -> None:
    """33a S 14: 「…までの更新」, 「…までの更新時の請求」 and 「…以降の請求から」 in one column."""
    data = run("fees", "--json", "--lang", "ja").json()["data"]
    cells = {row["renewals"] for row in data["history"] if "年" in (row["renewals"] or "")}
    assert cells and all("の請求" in cell for cell in cells), cells
    assert not any(cell.endswith(("から", "の更新")) for cell in cells)
    assert "2023年9月24日以降の更新時の請求" in cells and "2019年5月16日までの更新時の請求" in cells


# ---------------------------------------------------------------- S 15


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_accepted_forms_name_no_circulating_number(lang: str) -> None:
    """33a S 15: "(03) 5757 5252", listed as circulating as 「Amazon」, was a model form."""
    result = run("check-number", "abc", "--lang", lang, env=WIDE)
    assert result.exit_code == 2
    assert "5757" not in result.stderr
    assert '"(0120) 999 373"' in result.stderr


# ---------------------------------------------------------------- S 16


@pytest.mark.parametrize(
    ("today", "past"), [("2026-12-05", True), ("2025-01-10", False), ("2024-12-31", False)]
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_past_saved_date_is_said_to_be_past(
    tmp_path: Path, today: str, past: bool, lang: str
) -> None:
    """33a S 16: 「更新日：2025年1月10日」 11 months past, with nothing said."""
    env = {"XDG_CONFIG_HOME": str(tmp_path), "PRIMEHELP_TODAY": "2024-12-31", **WIDE}
    saved = run("renewal", "2025-01-10", "--plan", "monthly", "--save", env=env)
    assert saved.exit_code == 0, saved.stderr
    out = run("profile", "--lang", lang, env={**env, "PRIMEHELP_TODAY": today}).stdout
    said = "この日付は過ぎています。" if lang == "ja" else "This date has passed."
    assert (said in out) is past
    # on the renewal day itself the next step is named too (review 60a, S 3)
    assert ("`primehelp renewal`" in out) is (past or today == "2025-01-10")


# ---------------------------------------------------------------- S 17


def test_a_sender_keeps_amazon_marketplace_whole_at_40() -> None:
    """33a S 17: 「ショップ花子 - Amazon」／「マーケットプレイス」 at 40 columns."""
    mail = "tests/cli/messages/genuine-marketplace-shift-jis.eml"
    out = run("check-message", mail, "--lang", "ja", env={"COLUMNS": "40"}).stdout
    assert "  Amazon マーケットプレイス" in out.splitlines()


# ---------------------------------------------------------------- S 18


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "このアドレスは www.amazon.co.jp で始まりますが、実際のドメインは ドメイン.テスト です。",
        ),
        (
            "en",
            "This address begins with www.amazon.co.jp, but the real domain is ドメイン.テスト.",
        ),
    ],
)
def test_a_kana_domain_starting_with_amazons_names_the_trick(lang: str, said: str) -> None:
    """33a S 18: the start 「www.amazon.co.jp.」 was not named as in the Latin case."""
    text = "https://www.amazon.co.jp.xn--eckwd4c7c.xn--zckzah/"
    out = run("check-message", "--text", text, "--lang", lang, env=WIDE).stdout
    assert said in out
    plain = run("check-message", "--text", "https://アマゾン.jp/", "--lang", lang, env=WIDE)
    assert "始まりますが" not in plain.stdout and "begins with" not in plain.stdout


# ---------------------------------------------------------------- S 20


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "（問い合わせ文は、貼り付けやすいように途中で改行していません）"),
        ("en", "(The message's lines are not broken, so that it pastes cleanly.)"),
    ],
)
def test_complain_says_its_message_is_not_wrapped(lang: str, said: str) -> None:
    """33a S 20: a 40-column terminal folds the template lines anywhere, unexplained."""
    out = run("complain", "refund", "--lang", lang, env=WIDE).stdout
    assert said in out
    assert out.index(said) < out.index("［" if lang == "ja" else "[")


# ---------------------------------------------------------------- S 21


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("Аmazonプライム：お支払い方法を更新してください https://amazon.co.jp/ap/signin", True),
        ("ご注文の商品を発送しました https://amazon.co.jp/gp/css/order-history", False),
    ],
)
def test_amazons_own_link_under_a_red_headline_says_not_to_open_it(text: str, warned: bool) -> None:
    """33a S 21: 「amazon.co.jp（Amazonのドメイン）」 under 「リンクは開かず」, unexplained."""
    out = run("check-message", "--text", text, "--lang", "ja", env=WIDE).stdout
    said = "amazon.co.jp（Amazonのドメインですが、ここからは開かないでください）"  # 52a, 28
    assert (said in out) is warned
    assert ("amazon.co.jp（Amazonのドメイン）" in out) is not warned
