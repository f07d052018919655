"""Fix round 32, check-message (review 28a items 1, 3, 4, 5)."""

from __future__ import annotations

import re

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import FlagKind, MessageContent, check_message


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


@pytest.mark.parametrize(
    "text",
    [
        "【Amazon】プライム会費のお支払いが確認できませんでした。お支払い方法をご確認ください。",
        "Amazonプライム会費600円のお支払いができませんでした",
        "プライム会費の決済ができませんでした。",
        "Amazonプライムの自動更新に失敗しました。",
        "Your Amazon Prime payment failed.",
    ],
)
def test_a_failed_prime_payment_is_a_sign_of_its_own(text: str, content: MessageContent) -> None:
    """28a-1: a payment-failure text with no link or number is not 「危険な兆候は見つかりませんでした」."""
    result = check_message(text, content)
    kinds = [f.kind for f in result.red_flags]
    assert FlagKind.PAYMENT_PROBLEM in kinds
    assert FlagKind.SCAM_SUBJECT not in kinds  # one sign for the one sentence
    sign = next(f for f in result.red_flags if f.kind is FlagKind.PAYMENT_PROBLEM)
    # fake notices are common; not every such notice is a scam (review 29a, item 4)
    assert "偽のメールやSMS" in sign.reason.ja and "Fake mails" in sign.reason.en


def test_a_payment_denial_is_no_payment_problem(content: MessageContent) -> None:
    result = check_message("本日、プライム会費のお支払いが完了しました。", content)
    assert FlagKind.PAYMENT_PROBLEM not in [f.kind for f in result.red_flags]


def _entered_steps(text: str, lang: str) -> list[str]:
    from typer.testing import CliRunner

    from primehelp.cli import app

    out = CliRunner().invoke(app, ["--lang", lang, "check-message", "--text", text]).output
    heading = "しまった場合" if lang == "ja" else "If you already"
    block = out.split(heading, 1)[1].split("\n\n", 1)[0]
    return [" ".join(s.split()) for s in re.split(r"\n(?=\d+\. )", block)[1:]]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_gift_card_steps_do_each_action_once(lang: str) -> None:
    """28a-3: step 1 (report to Amazon and call 188) repeated steps 5 and 7."""
    steps = _entered_steps("未納料金をAmazonギフトカードでお支払いください。", lang)
    assert len(steps) == 6, steps
    assert sum("188" in step for step in steps) == 1
    report = "Amazonに早めに報告" if lang == "ja" else "Report it to Amazon"  # 34a S 13
    assert sum(report in step for step in steps) == 1
    assert ("ギフトカード" if lang == "ja" else "gift card") in steps[0]


def _screen(text: str, lang: str) -> str:
    from typer.testing import CliRunner

    from primehelp.cli import app

    args = ["--lang", lang, "check-message", "--text", text]
    return CliRunner().invoke(app, args, env={"COLUMNS": "200"}).output


@pytest.mark.parametrize(
    ("lang", "line", "bare"),
    [
        (
            "ja",
            "ドメイン：xn--mazon-3ve.co.jp（表示上は「аmazon.co.jp」）",
            "ドメイン：аmazon.co.jp",
        ),
        ("en", "Domain: xn--mazon-3ve.co.jp (shown as 'аmazon.co.jp')", "Domain: аmazon.co.jp"),
    ],
)
def test_a_punycode_domain_line_shows_the_xn_form(lang: str, line: str, bare: str) -> None:
    """28a-4: 「ドメイン：аmazon.co.jp」 read exactly as Amazon's own domain."""
    out = _screen("https://xn--mazon-3ve.co.jp/", lang)
    assert line in out and bare not in out
    assert "xn--mazon-3ve.co.jp → аmazon.co.jp" not in out  # said once, on the domain line


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_punycode_reason_says_each_thing_once(lang: str) -> None:
    """28a-5: 「元の文字に戻すと別の文字で書かれた名前で」 was unclear, and the general sentence
    about look-alike letters was followed by the one naming the letter."""
    out = (" " if lang == "en" else "").join(_screen("https://xn--mazon-3ve.co.jp/", lang).split())
    if lang == "ja":
        assert "元の文字に戻すと" not in out and "混ざっています" not in out
        assert (
            "1文字目の「а」は、英字の「a（エー）」ではなく、よく似た別の文字（キリル文字）です。"
            in out
        )
        assert out.count("Amazonに似せる手口") == 1
    else:
        assert "decoded, it is written in other characters" not in out
        assert "are mixed in" not in out
        assert (
            "Character 1, 'а', looks like the Latin 'a' but is a different character (Cyrillic)."
            in out
        )
        assert out.count("trick to look like Amazon") == 1


def test_the_punycode_source_text_is_clear(content: MessageContent) -> None:
    reason = content.flags[FlagKind.PUNYCODE].text
    assert "元の文字に戻すと" not in reason.ja and "Amazonのドメインではありません" in reason.ja
    assert "decoded, it is written" not in reason.en


def test_sign_titles_are_noun_phrases() -> None:
    """28a S 15: 「Return-PathがAmazonのドメインではない」「返信先がAmazon以外」 were clauses."""
    from primehelp.facts import ui

    assert ui("flag.return_path_outside", "ui_message")("ja") == "Amazon以外の返送先（Return-Path）"
    assert ui("flag.reply_to_outside", "ui_message")("ja") == "Amazon以外の返信先（Reply-To）"


def test_a_look_alike_sender_address_is_not_called_a_site(content: MessageContent) -> None:
    """28a S 16: for info@amazon-jp.shop the note said only 「偽サイトでよく使われる名前」."""
    reason = content.flags[FlagKind.LOOKALIKE_DOMAIN].text
    assert "偽サイトや偽の差出人でよく使われる" in reason.ja
    assert "fake sites and fake senders" in reason.en


def test_the_other_scam_subjects_are_named_in_one_wording(content: MessageContent) -> None:
    """28a S 14: 「ほかに、…件名もよく報告されています」 and 「ほかにも、…などを知らせる件名が
    よく報告されています」 said the same two ways."""
    reasons = [content.flags[FlagKind.SCAM_SUBJECT].text.ja]
    reasons += [fact.text.ja for _, fact in content.same_subjects]
    assert all(
        "。ほかに、" in r and r.endswith("を知らせる件名もよく報告されています。") for r in reasons
    )


@pytest.mark.parametrize(
    ("lang", "headline", "heading"),
    [
        (
            "ja",
            "書かれているアドレスにメールを送ったり、返信したりしないでください。",
            "書かれているアドレスにメールで情報を送ってしまった場合",
        ),
        (
            "en",
            "Do not write to the address in it, and do not reply.",
            "If you already sent details to the address in the message",
        ),
    ],
)
def test_an_address_in_a_text_is_not_to_be_written_to(
    lang: str, headline: str, heading: str
) -> None:
    """28a S 13: the risk of 「お問い合わせは amazon-support@gmail.com まで」 is writing to the
    address, not replying."""
    out = _screen("お問い合わせは amazon-support@gmail.com まで", lang)
    joined = (" " if lang == "en" else "").join(out.split())
    assert (" " if lang == "en" else "").join(headline.split()) in joined
    assert (" " if lang == "en" else "").join(heading.split()) in joined
