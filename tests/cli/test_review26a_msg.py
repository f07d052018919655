"""Review 26a (share a): check-message detection and its signs (helper msgR29)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from tests.support.clihelp import run


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def _out(*args: str, lang: str = "ja", columns: str = "60") -> str:
    return run(*args, "--lang", lang, env={"COLUMNS": columns, "TERM": "dumb"}).stdout


def _flat(text: str, lang: str) -> str:
    return "".join(text.split()) if lang == "ja" else " ".join(text.split())


def _kinds(text: str, content: MessageContent) -> list[str]:
    return [flag.kind.value for flag in check_message(text, content).red_flags]


# ---------------------------------------------------------------- 1: paying with gift cards

GIFT_CARD_PAYMENT = (
    # the review's wordings
    "Amazonギフトカードで支払ってください。コンビニで5万円分購入し、番号を送ってください。",
    "未納料金をAmazonギフトカードでお支払いください。",
    "Amazonギフトカード5万円分を購入し、カードの写真を撮って送信してください",
    "至急、Apple Gift Cardを購入してください",
    # their natural variants
    "利用料金はギフト券でのお支払いをお願いします。",
    "アマギフで払ってください",
    "コンビニでAmazonギフトカードを買ってください。",
    "ギフトカードを購入し、裏面のコードの画像を送ってください",
    "Please pay the outstanding fee with an Amazon gift card.",
    "You must pay in Apple gift cards today.",
    "Please buy two Amazon gift cards at a convenience store.",
    "Buy a gift card and send us a photo of the card.",
)


@pytest.mark.parametrize("text", GIFT_CARD_PAYMENT)
def test_1_a_request_to_pay_with_or_buy_gift_cards_is_a_sign(
    text: str, content: MessageContent
) -> None:
    assert "asks_for_details" in _kinds(text, content)


# Amazon's own gift-card wordings: they sell cards and say how to use them, never ask for them.
GIFT_CARD_GENUINE = (
    "Amazonギフトカードのご購入ありがとうございます。",
    "ギフトカードを購入して、大切な方にEメールで送信できます。",
    "ギフト券番号：ABCD-EFGHIJ-KLMN アカウントに登録してご利用ください。",
    "Thank you for purchasing an Amazon gift card. It has been sent to the recipient.",
    "Amazonギフトカードの残高は、Amazon.co.jpでのお支払いにご利用いただけます。",
    "お買い物の代金は、Amazonギフトカードでお支払いいただけます。",
    "写真付きのAmazonギフトカードを購入して、Eメールで贈ることができます。",
    "You can pay with your Amazon gift card balance at checkout.",
    "Buy an Amazon gift card for someone special.",
)


@pytest.mark.parametrize("text", GIFT_CARD_GENUINE)
def test_1_amazons_own_gift_card_wordings_raise_no_sign(text: str, content: MessageContent) -> None:
    assert _kinds(text, content) == []


@pytest.mark.parametrize(
    ("lang", "head", "said"),
    [
        (
            "ja",
            "ギフトカードでの支払いの要求",
            "ギフトカードでの支払いや購入を求めています。このような連絡は、詐欺を疑ってください。"
            "ギフトカードの番号は誰にも教えないでください。",
        ),
        (
            "en",
            "Asks for payment with gift cards",
            "It asks you to pay with or buy gift cards. Suspect any message that asks for them. "
            "Never tell anyone a gift-card number.",
        ),
    ],
)
def test_1_the_sign_is_named_for_the_payment_and_never_calls_it_safe(
    lang: str, head: str, said: str
) -> None:
    out = _out(
        "check-message", "--text", "未納料金をAmazonギフトカードでお支払いください。", lang=lang
    )
    assert "危険な兆候は見つかりませんでした" not in out and "No red flags found" not in out
    assert head in out.splitlines()[0] or any(line.endswith(head) for line in out.splitlines())
    assert _flat(said, lang) in _flat(out, lang)


def test_1_the_json_names_the_payment_request() -> None:
    text = "Amazonギフトカードで支払ってください。"
    data = json.loads(run("check-message", "--text", text, "--json").stdout)["data"]
    assert [flag["kind"] for flag in data["red_flags"]] == ["asks_for_details"]


# ---------------------------------------------------------------- 3: 「Amazone」 in the words


@pytest.mark.parametrize(
    "text",
    [
        "Amazoneカスタマーセンターです。お客様のアカウントを確認してください。",
        "【AMAZONE】お客様へ",
        "Dear customer, this is Amazone support.",
    ],
)
def test_3_amazone_in_the_words_is_a_look_alike_name(text: str, content: MessageContent) -> None:
    found = check_message(text, content).red_flags
    assert [(flag.kind.value, flag.evidence.casefold()) for flag in found] == [
        ("name_lookalike", "amazone")
    ]


@pytest.mark.parametrize("text", ["Amazonのアカウント", "amazones", "amazone-support.com"])
def test_3_only_the_word_amazone_is_a_look_alike_name(text: str, content: MessageContent) -> None:
    assert "name_lookalike" not in _kinds(text, content)


@pytest.mark.parametrize(
    ("lang", "examples"),
    [("ja", "（A m a z o n、Amαzon、Amazone など）"), ("en", "(A m a z o n, Amαzon, Amazone and")],
)
def test_3_the_look_alike_names_of_facts_are_the_examples(lang: str, examples: str) -> None:
    # two names found: the general reason, its examples less those found (one name found says
    # only its own trick: review 32a, item 1)
    out = _out(
        "check-message", "--text", "Amαzon お客様、A m a z o n です", lang=lang, columns="200"
    )
    for found in ("A m a z o n、", "A m a z o n, ", "Amαzon、", "Amαzon, "):
        examples = examples.replace(found, "")
    assert examples in out
    domains = "amazon.jp-sign○○.xyz" if lang == "ja" else "amazon.jp-sign<…>.xyz"
    out = _out("check-message", "--text", "https://amazon.jp-signin.xyz/", lang=lang, columns="200")
    assert domains in out  # FACTS §11 lists it among the look-alikes seen


# ---------------------------------------------------------------- 4: the subject without 「No.」


@pytest.mark.parametrize(
    "text",
    [
        "Primeの定期更新についてのお知らせ",
        "【Amazon】Primeの定期更新についてのお知らせ",
        "Primeの定期更新についてのお知らせNo.20261202",
    ],
)
def test_4_the_reminder_scam_subject_is_a_sign_with_or_without_a_number(
    text: str, content: MessageContent
) -> None:
    found = check_message(text, content).red_flags
    assert [flag.kind.value for flag in found] == ["scam_subject"]
    assert found[0].reason == content.flags[found[0].kind].text  # "the same as", not "similar"


def test_4_the_subject_line_of_a_mail_is_a_sign_without_a_number(tmp_path: Path) -> None:
    mail = tmp_path / "m.eml"
    mail.write_text(
        "From: info@example.com\nSubject: Primeの定期更新についてのお知らせ\n"
        "Content-Type: text/plain; charset=utf-8\n\nhello\n",
        encoding="utf-8",
    )
    out = _out("check-message", str(mail), columns="200")
    assert "詐欺でよく使われる件名・文面" in out
    assert "「Primeの定期更新についてのお知らせ」" in out


# ---------------------------------------------------------------- 5: one sign for the sender

LOOKALIKE_SENDER = Path(__file__).parent / "messages" / "scam-lookalike-sender.eml"


def test_5_a_look_alike_sender_name_is_one_sign_not_also_named_amazon() -> None:
    data = json.loads(run("check-message", str(LOOKALIKE_SENDER), "--json").stdout)["data"]
    kinds = [flag["kind"] for flag in data["red_flags"]]
    assert "display_name_lookalike" in kinds and "display_name_mismatch" not in kinds


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [
        (
            "ja",
            # its domain imitates Amazon's too (review 64m, item 3)
            "Amazonに文字を足して似せた名前です。メールアドレスのドメイン"
            "（amazone-support.com）も、Amazonに似せた名前です。",
            "差出人の名前はAmazonですが",
        ),
        (
            "en",
            "The address's domain (amazone-support.com) imitates Amazon's name too.",
            "The sender's name says Amazon",
        ),
    ],
)
def test_5_the_one_sign_says_the_address_is_not_amazons_either(
    lang: str, said: str, not_said: str
) -> None:
    out = _flat(_out("check-message", str(LOOKALIKE_SENDER), lang=lang), lang)
    assert _flat(said, lang) in out and _flat(not_said, lang) not in out


@pytest.mark.parametrize(
    ("sender", "kinds"),
    [
        ("Amazon <info@example.com>", ["display_name_mismatch"]),
        ("Amazone <info@amazon.co.jp>", ["display_name_lookalike"]),
    ],
)
def test_5_a_plain_name_keeps_its_own_sign(
    sender: str, kinds: list[str], content: MessageContent
) -> None:
    mail = f"From: {sender}\nSubject: test\nContent-Type: text/plain; charset=utf-8\n\nhello\n"
    found = check_message(mail.encode(), content).red_flags
    assert [flag.kind.value for flag in found if flag.kind.value.startswith("display")] == kinds


# ---------------------------------------------------------------- 6: the card step fits its heading

CALL = "Amazonカスタマーサービスです。至急 (03) 5757-5252 までお電話ください。"
LINK = "https://amazon.co.jp.secure-pay.info/ でログインしてください。"
REPLY = "【Amazon】アカウントを停止しました。このメールにカード番号を書いて返信してください。"


@pytest.mark.parametrize(
    ("text", "lang", "heading", "step"),
    [
        (
            CALL,
            "ja",
            "電話や返信で情報を伝えてしまった場合",  # review 61m, item 8
            "情報を入力したり伝えたりした場合は",
        ),
        (
            CALL,
            "en",
            "If you already gave details by phone or in a reply",
            "If you entered or gave",
        ),
        (
            f"{LINK} {CALL}",
            "ja",
            "電話や返信で情報を伝えたりしてしまった場合",
            "入力したり伝えたりした",
        ),
        (
            REPLY,
            "ja",
            "返信して情報を送ってしまった場合",
            "情報を入力したり送ったりした場合は",
        ),
        (REPLY, "en", "If you already sent details in a reply", "If you entered or sent credit"),
        (
            LINK,
            "ja",
            "リンク先で情報を入力してしまった場合",
            "クレジットカードの情報を入力した場合は",
        ),
        (LINK, "en", "If you already entered details", "If you entered credit card details"),
    ],
)
def test_6_the_card_step_says_the_ways_its_heading_names(
    text: str, lang: str, heading: str, step: str
) -> None:
    out = _flat(_out("check-message", "--text", text, lang=lang), lang)
    steps = out.split(_flat(heading, lang), 1)[1]
    card = steps.split("2.", 1)[0]
    assert _flat(step, lang) in card


# ---------------------------------------------------------------- 12: a link on amazonaws.com


@pytest.mark.parametrize(
    "url",
    [
        "https://amazon-jp.s3.amazonaws.com/login",
        "https://amazon.co.jp.s3.ap-northeast-1.amazonaws.com/signin",
        "https://amzn-prime.sendgrid.net/x",
    ],
)
def test_12_a_link_on_a_hosting_service_is_one_sign_of_what_it_is(
    url: str, content: MessageContent
) -> None:
    assert _kinds(url, content) == ["hosting_service"]


def test_12_the_hosting_sign_says_what_facts_says() -> None:
    out = _flat(_out("check-message", "--text", "https://amazon-jp.s3.amazonaws.com/login"), "ja")
    assert "Amazonに似せた" not in out
    assert "amazonaws.comは誰でも使えるホスティングサービスで、" in out


# ---------------------------------------------------------------- S 21: the look-alike letter named


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "1文字目の「а」は、英字の「a（エー）」ではなく、よく似た別の文字（キリル文字）です。",
        ),
        (
            "en",
            "Character 1, 'а', looks like the Latin 'a' but is a different character (Cyrillic).",
        ),
    ],
)
def test_s21_the_punycode_screen_names_the_look_alike_letter(lang: str, said: str) -> None:
    out = _flat(_out("check-message", "--text", "https://xn--mazon-3ve.co.jp/", lang=lang), lang)
    assert _flat(said, lang) in out


def test_s21_each_letter_is_named_with_its_script(content: MessageContent) -> None:
    found = check_message("https://amαzοn.com/", content).red_flags  # Greek alpha and omicron
    reason = next(f.reason for f in found if f.kind.value == "confusable_characters")
    assert (
        "3文字目の\ue000α\ue001は、英字の\ue000a（エー）\ue001ではなく、よく似た別の文字（ギリシャ文字）です。"
        in reason.ja
    )
    assert "5文字目の\ue000ο\ue001は" in reason.ja
    assert (
        "Character 3, \ue000α\ue001, looks like the Latin \ue000a\ue001 but is a different character (Greek)."
        in reason.en
    )


def test_s21_a_name_of_many_look_alike_letters_is_not_spelt_out(content: MessageContent) -> None:
    found = check_message("https://аmаzоn.соm/", content).red_flags  # five Cyrillic letters
    reason = next(f.reason for f in found if f.kind.value == "confusable_characters")
    assert "文字目" not in reason.ja and "Character" not in reason.en
