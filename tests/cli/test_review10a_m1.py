"""Review 10a (a native-level Japanese reader): check-message and check-number (helper m1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run

MESSAGES = Path(__file__).parent / "messages"


def _out(*args: str, lang: str = "ja", columns: str = "60", code: int | None = None) -> str:
    result = run(*args, "--lang", lang, env={"COLUMNS": columns, "TERM": "dumb"})
    if code is not None:
        assert result.exit_code == code, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 2: 「一致した語句」 whole


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_2_the_matched_words_label_is_never_split(columns: str) -> None:
    # The line is left out when its words would repeat the quote (review 60m, item 6): a text
    # whose matched words are not the whole quote (a deadline beside Amazon's own phrase).
    text = "本日中に会員情報の確認をお願いします。"
    out = _out("check-message", "--text", text, columns=columns)
    lines = [line.strip() for line in out.splitlines()]
    assert any(line.startswith("一致した語句：「") for line in lines), out
    assert not any(line.endswith(("一致した", "一致した語句：")) for line in lines)
    en = _out("check-message", "--text", text, lang="en", columns="200")
    assert any(line.strip().startswith("Words that matched: ") for line in en.splitlines())


# ---------------------------------------------------------------- item 7: heading and reason fit


@pytest.mark.parametrize(
    ("text", "heading", "rule"),
    [
        (
            "パスワードを入力してください",
            "パスワードの要求",
            "このような連絡は、詐欺を疑って",
        ),
        (
            "Amazonギフトカードの番号を送ってください",
            "ギフトカードの番号の要求",
            "誰にも教えないで",
        ),
    ],
)
def test_7_a_password_or_gift_card_request_is_named_and_explained_as_such(
    text: str, heading: str, rule: str
) -> None:
    out = "".join(_out("check-message", "--text", text, columns="200", code=1).split())
    assert heading in out
    assert "カード情報などの要求" not in out
    assert "支払い情報" not in out  # the rule about card details by phone or SMS does not fit
    assert rule in out


def test_7_in_english_too() -> None:
    out = " ".join(
        _out(
            "check-message",
            "--text",
            "Amazonギフトカードの番号を送ってください",
            lang="en",
            columns="200",
        ).split()
    )
    assert "Asks for a gift-card number" in out
    assert "Never tell anyone a gift-card number." in out
    assert "payment information" not in out


def test_7_a_card_request_keeps_the_medium_rule() -> None:
    out = "".join(
        _out("check-message", "--text", "カード情報を更新してください", columns="200").split()
    )
    assert "カード情報の要求" in out and "電話やSMSで支払い情報を聞くことはありません" in out


# ---------------------------------------------------------------- item 8: one name for the sign


def test_8_a_hosting_service_has_one_name_and_its_example_reads_whole() -> None:
    text = "https://amazon-jp.s3.amazonaws.com/login"
    out = "".join(_out("check-message", "--text", text, columns="200").split())
    assert "外部のサービス上のページ" in out and "レンタルサーバー" not in out
    # the service named once, no 「（…）上」 to split (review 24a, S 20)
    assert "amazonaws.comは誰でも使えるホスティングサービスで、そのリンク先は" in out
    assert "）上" not in out
    en = " ".join(_out("check-message", "--text", text, lang="en", columns="200").split())
    assert "Page on an outside service" in en and "amazonaws.com is a hosting service" in en


# ---------------------------------------------------------------- item 9: punycode named once


def test_9_a_punycode_link_shows_its_decoded_name_once_and_its_encoded_form() -> None:
    text = "https://xn--amzon-gxa.com/ を開いてください"
    out = "".join(_out("check-message", "--text", text, columns="200").split())
    read = out.split("読み取った内容")[1]
    assert "·" not in read and read.count("aćmzon.com") == 1
    assert "リンク：aćmzon.com（xn--amzon-gxa.com。Amazon以外のドメイン。兆候1）" in read
    en = _out("check-message", "--text", text, lang="en", columns="200")
    assert "Link: aćmzon.com (xn--amzon-gxa.com; not Amazon's domain; see red flag 1)" in en


# ---------------------------------------------------------------- item 10: each thing said once

_PHONED = (
    "Amazonカスタマーサービスです。お支払いに問題があります。(03) 5757-5252 までお電話ください"
)


def test_10_a_phone_number_is_judged_once_after_the_sign_says_what_it_is() -> None:
    out = "".join(_out("check-message", "--text", _PHONED, columns="200", code=1).split())
    assert out.count("Amazonが公開している番号ではありません") == 1
    sign = out.split("見つかった兆候")[1].split("読み取った内容")[0]
    # the number and its verdict first, then the reason, as every sign (review 59m, S 17)
    assert sign.index("→ネット上で") < sign.index("電話番号が書かれています。")
    # review 11a, S 18; sign 2 since review 36a, item 6 (「お支払いに問題があります」 is sign 1)
    assert (
        "電話番号：(03)5757-5252（03-5757-5252、兆候2）" in out
    )  # review 40a S 22 (round 48): a number is also shown in its usual hyphenated form
    en = " ".join(_out("check-message", "--text", _PHONED, lang="en", columns="200").split())
    assert en.count("not a number Amazon publishes") == 1
    assert "Phone number: (03) 5757-5252 (03-5757-5252; see red flag 2)" in en


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_10_the_report_step_refers_to_the_advice_above_instead_of_repeating_it(lang: str) -> None:
    text = "https://amazon.co.jp.secure-pay.info/ でカード情報を更新してください"
    out = "".join(_out("check-message", "--text", text, lang=lang, columns="200").split())
    assert out.count("reportascam@amazon.com") == 1
    assert (
        "上に書いた方法で、Amazonに早めに報告してください。"
        if lang == "ja"
        else "asdescribedabove."
    ) in out
    # our own heading is not quoted as if it were Amazon's label (tests/test_labels.py)
    assert "「今すぐすること」" not in out


# ---------------------------------------------------------------- item 6: no stray list of public numbers


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_public_numbers_among_others_are_not_listed_again(lang: str) -> None:
    out = _out(
        "check-number",
        "０１２０－９９９－３７３",
        "188",
        "050-1234-5678",
        lang=lang,
        columns="200",
        code=1,
    )
    assert "110、119、118" not in out and "110, 119, 118" not in out
    if lang == "ja":
        assert "".join(out.split()).count("公共の電話番号で、Amazonの番号ではありません。") == 1
    assert "出典" in out or "Sources" in out  # the fact is still cited


# ---------------------------------------------------------------- item 3: the member's words, whole

_LINKS = (
    "http://192.168.10.5/login か https://bit.ly/3abc または https://xn--amzon-gxa.com/ を開き、"
    "パスワードを入力してください"
)


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_3_a_quoted_excerpt_is_not_broken_inside_a_word(columns: str) -> None:
    lines = [
        line.strip()
        for line in _out("check-message", "--text", _LINKS, columns=columns).splitlines()
    ]
    assert not any(line.endswith("入") for line in lines)
    assert not any(line.startswith(("力して", "ださい", "スワード")) for line in lines)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("パスワードを入力してください", ["パスワードを", "入力してください"]),
        ("お支払い方法を更新", ["お支払い", "方法を", "更新"]),
        ("至急ご確認ください", ["至急", "ご確認ください"]),
    ],
)
def test_3_the_word_rule_breaks_only_between_words(text: str, words: list[str]) -> None:
    from primehelp.output.member_text import word_break

    ends = {len("".join(words[: n + 1])) for n in range(len(words) - 1)}
    assert {at for at in range(1, len(text)) if word_break(text, at)} == ends


# ---------------------------------------------------------------- S17: a text has no From line


def test_s17_a_pasted_text_is_told_about_the_from_line_of_an_e_mail_after_the_headers() -> None:
    out = "".join(
        _out("check-message", "--text", "ご注文の商品を発送しました", columns="200").split()
    )
    limits = out.split("確認できなかったこと")[1]
    assert "・差出人の欄が本物かどうか" not in limits
    # one short bullet about e-mail (review 32a, S 15; review 61m, S 15: most often an SMS)
    assert "・メールの場合は、ヘッダーを含む元のメッセージ（.eml）を指定すると、" in limits
    assert limits.count("・") == 1
    en = _out("check-message", "--text", "ご注文の商品を発送しました", lang="en", columns="200")
    assert "For an e-mail, pass the original message with its headers" in " ".join(en.split())
    mail = _out("check-message", str(MESSAGES / "scam-subject-utf8.eml"), columns="200")
    assert "・差出人の欄が本物かどうかは確認できません（偽装できるため）。" in mail


# ---------------------------------------------------------------- S18: the message's words are quoted


@pytest.mark.parametrize(("lang", "opening", "closing"), [("ja", "「", "」"), ("en", "“", "”")])
def test_s18_sentences_of_the_message_are_quoted(lang: str, opening: str, closing: str) -> None:
    text = "カード情報を更新してください。アカウントを停止します"
    lines = [line.strip() for line in _out("check-message", "--text", text, lang=lang).splitlines()]
    assert f"{opening}カード情報を更新してください{closing}" in lines
    assert f"{opening}アカウントを停止します{closing}" in lines


# ---------------------------------------------------------------- S19: why the steps come first


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s19_entered_details_without_red_flags_opens_with_a_headline(lang: str) -> None:
    out = _out(
        "check-message", "--text", "ご注文の商品を発送しました", "--entered-details", lang=lang
    )
    first = out.split("\n\n")[0]
    first = "".join(first.split()) if lang == "ja" else " ".join(first.split())
    assert first == (
        "入力してしまった情報が悪用されないよう、次の手順で対応してください。"
        if lang == "ja"
        else "So that the details you entered are not misused, follow these steps."
    )


# ---------------------------------------------------------------- S20: the mail checks, one way


def test_s20_the_mail_checks_are_named_in_one_order_with_one_separator() -> None:
    scam = "".join(
        _out("check-message", str(MESSAGES / "scam-iso-2022-jp.eml"), columns="200").split()
    )
    assert "返送先（Return-Path）のドメインは" in scam  # review 49a, item 11
    assert "Amazon以外の返送先（Return-Path）" in scam and "送信元の記録（" not in scam
    genuine = "".join(
        _out(
            "check-message", str(MESSAGES / "genuine-marketplace-shift-jis.eml"), columns="200"
        ).split()
    )
    assert "（SPF・DKIM・DMARC）" in genuine
    en = _out(
        "check-message",
        str(MESSAGES / "genuine-marketplace-shift-jis.eml"),
        lang="en",
        columns="200",
    )
    assert "(SPF, DKIM, DMARC)" in en


def test_s20_failed_checks_follow_that_order() -> None:
    from primehelp.content.message import load
    from primehelp.message import check_message
    from tests.support.message_corpus import eml

    auth = "dmarc=fail header.from=amazon.co.jp; spf=fail smtp.mailfrom=x.cn"
    mail = eml(subject="s", sender="Amazon <a@amazon.co.jp>", body="ok", auth=auth)
    reasons = [f.reason("ja") for f in check_message(mail, load()).red_flags]
    assert any("（SPF・DMARC）" in reason for reason in reasons)


# ---------------------------------------------------------------- S36: a digit too many


@pytest.mark.parametrize(
    ("lang", "said"),
    [("ja", "0120で始まる番号は10桁です"), ("en", "numbers starting 0120 have 10 digits")],
)
def test_s36_a_0120_number_with_eleven_digits_is_refused(lang: str, said: str) -> None:
    result = run("check-number", "0120-999-3733", "--lang", lang, env={"COLUMNS": "200"})
    assert result.exit_code == 2
    assert said in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "通話料無料" not in result.stdout


def test_s36_such_a_number_in_a_message_is_not_called_toll_free() -> None:
    from primehelp.phone_plan import NumberKind, kind_of

    assert kind_of("01209993733") is NumberKind.OTHER
    assert kind_of("0120999373") is NumberKind.TOLL_FREE
    assert kind_of("08001234567") is NumberKind.TOLL_FREE
