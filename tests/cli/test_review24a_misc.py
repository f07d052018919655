"""Review 24a (Japanese screens, share a): complain, fees, check-message, subscriptions (helper
misc26)."""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import WIDE, run

TODAY = {"PRIMEHELP_TODAY": "2026-12-02", **WIDE}


# ---------------------------------------------------------------- 7: a renewal before this period


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("renewal", ["2019-05-17", "2012-03-01"])
def test_7_a_charge_before_this_period_keeps_the_date_and_amount_typed(
    lang: str, renewal: str
) -> None:
    """Review 49a, item 17 turned review 24a item 7 round: the letter keeps what the member
    typed (a charge disputed after the next renewal is the normal case), the warning beside it."""
    args = ("complain", "renewal", "--renewal", renewal, "--amount", "4900")
    result = run(*args, "--no-benefits-used", "--lang", lang, env=TODAY)
    # 4,900円 is only ever the annual plan's fee, so the plan is that one (review 42a item 27),
    # and in 2012 the annual fee was 3,900円: that is said first, as with --plan annual
    lines = 1 if renewal == "2012-03-01" else 0
    assert result.exit_code == 0 and len(result.stderr.splitlines()) == lines, result.stderr
    head, letter = re.split("─+", result.stdout)[:2]
    if lang == "ja":
        assert "・請求金額：4,900円" in letter and f"・更新日：{int(renewal[:4])}年" in letter
        assert head.rstrip().endswith("問い合わせ文には、入力した内容をそのまま記載しています。")
    else:
        assert f"- Renewal date: {renewal}" in letter and "- Amount charged: ¥4,900" in letter
        assert head.rstrip().endswith("the message keeps what you entered.")
    data = run(*args, "--json", env=TODAY).json()["data"]
    assert not {"renewal_date", "amount"} & set(data["placeholders"])


def test_7_a_renewal_in_this_period_keeps_its_date_and_amount() -> None:
    args = ("complain", "renewal", "--renewal", "2026-05-17", "--amount", "5900", "--plan")
    result = run(*args, "annual", "--lang", "ja", env=TODAY)
    assert "・更新日：2026年5月17日" in result.stdout and "・請求金額：5,900円" in result.stdout


# ---------------------------------------------------------------- 14: TOPIC's Japanese words in help


def test_14_complain_help_names_the_japanese_topic_words_the_errors_name() -> None:
    from primehelp.complaint import topic_words_said
    from primehelp.content.complaints import topic_words
    from primehelp.glosses import TOPIC_WORDS

    assert TOPIC_WORDS.ja == topic_words_said(topic_words()).ja  # one list of words
    helped = " ".join(run("complain", "--help", env={"PRIMEHELP_LANG": "ja"}).stdout.split())
    assert "「更新」「返金」「解約」「その他」でも指定できます。" in helped.replace(" ", "")
    english = " ".join(run("complain", "--help", env={"PRIMEHELP_LANG": "en"}).stdout.split())
    # named in English too, not left to the Japanese help (review 45a S 21)
    assert "Their Japanese words (更新, 返金, 解約 and so on) are accepted too." in english
    assert "listed in the Japanese help" not in english


# ---------------------------------------------------------------- 19: the letter's heading at 40


@pytest.mark.parametrize(
    ("topic", "name"),
    [
        ("renewal", "自動更新で請求された場合"),
        ("refund", "返金を問い合わせる場合"),
        ("cancel", "解約が済んでいない場合"),
        ("other", "その他の相談"),
    ],
)
def test_19_the_heading_breaks_before_its_parenthesis(topic: str, name: str) -> None:
    narrow = run("complain", topic, "--lang", "ja", env={"COLUMNS": "40"}).stdout.splitlines()
    assert narrow[:2] == ["チャットに貼り付ける問い合わせ文", f"（{name}）"]
    wide = run("complain", topic, "--lang", "ja", env=WIDE).stdout.splitlines()
    assert wide[0] == f"チャットに貼り付ける問い合わせ文（{name}）"


# ---------------------------------------------------------------- 12/13: fees' old fees, the layout


def _cells(lang: str) -> list[str]:
    """The fees screen at 40 columns, a row's cells joined as they read (one cell a line)."""
    return run("fees", "--lang", lang, env={"COLUMNS": "40"}).stdout.splitlines()


def test_12_an_old_fee_says_until_when_existing_members_paid_it() -> None:
    text = "".join(run("fees", "--lang", "ja", env=WIDE).stdout.split())
    assert (
        "2023年9月23日までの更新時の請求（いつからかは確認できていません）" in text
    )  # Student 2,450円
    assert (
        "2019年5月16日ごろまでの更新時の請求（年間プランと同じと考えられます。いつからかは確認できていません）"
        in text
    )  # the monthly 400円: its end day is the annual plan's, assumed (FACTS §1, M)
    lines = _cells("ja")
    assert "既存会員：いつからかは確認できていません" not in lines
    english = " ".join(run("fees", "--lang", "en", env=WIDE).stdout.split())
    assert "bills at renewals until 2023-09-23 (start date not confirmed)" in english


def test_13_a_blank_line_before_the_comparison() -> None:
    for lang, title in (("ja", "年間プランと月間プランの比較"), ("en", "Annual plan against")):
        lines = _cells(lang)
        at = next(i for i, line in enumerate(lines) if line.startswith(title))
        assert lines[at - 1] == "", lines[at - 2 : at + 1]


# ---------------------------------------------------------------- 11: 差出人 at 40


def test_11_a_name_that_does_not_fit_after_its_label_starts_the_next_line() -> None:
    eml = "tests/cli/messages/genuine-marketplace-shift-jis.eml"
    narrow = run("check-message", eml, "--lang", "ja", env={"COLUMNS": "40"}).stdout.splitlines()
    at = narrow.index("・差出人：")
    assert narrow[at + 1].startswith("  ショップ花子")
    assert "・件名：出品者からのメッセージ" in narrow  # a short value stays after its label
    wide = run("check-message", eml, "--lang", "ja", env={"COLUMNS": "120"}).stdout.splitlines()
    assert any(
        line.startswith("・差出人：ショップ花子 - Amazon マーケットプレイス") for line in wide
    )


# ---------------------------------------------------------------- 17: which card to stop


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "クレジットカードの情報を入力した場合は、カードを止めてもらうよう、カード会社に"),
        ("en", "If you entered credit card"),
    ],
)
def test_17_the_card_to_stop_is_the_credit_card(lang: str, said: str) -> None:
    text = "Amazonギフトカードを購入して番号を送ってください https://amzn-gift.example.com"
    result = run("check-message", "--text", text, "--lang", lang, env=WIDE)
    # Step 2: the gift card's number comes first (review 27a, S 15).
    steps = [line for line in result.stdout.splitlines() if line.startswith("2. ")]
    assert steps and steps[0].startswith(f"2. {said}"), steps


# ---------------------------------------------------------------- 20: the hosting service once


@pytest.mark.parametrize(
    ("url", "service"),
    [
        ("https://s3.amazonaws.com/x/login", "amazonaws.com"),
        ("https://u1.ct.sendgrid.net/ls", "sendgrid.net"),
    ],
)
def test_20_the_hosting_service_is_named_once_in_its_sign(url: str, service: str) -> None:
    for lang in ("ja", "en"):
        result = run("check-message", "--json", "--lang", lang, "--text", f"プライム会費 {url}")
        flags = [f for f in result.json()["data"]["red_flags"] if f["kind"] == "hosting_service"]
        assert flags, result.stdout
        reason = flags[0]["reason"]
        assert reason.count(service) == 1 and "{" not in reason, reason


# ---------------------------------------------------------------- 18: the channels' range, one form


def test_18_subscriptions_says_the_channel_range_as_charge_says_it() -> None:
    form = {
        "ja": "月額300〜4,000円ほど（チャンネルごと",
        "en": "about 300 to 4,000 yen a month (each channel",
    }
    for lang, said in form.items():
        subscriptions = " ".join(run("subscriptions", "--lang", lang, env=WIDE).stdout.split())
        charge = " ".join(run("charge", "990", "--lang", lang, env=WIDE).stdout.split())
        assert said in subscriptions and said in charge, lang
        assert "300円〜4,000円" not in subscriptions and "a month each" not in subscriptions
