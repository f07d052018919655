"""Review 14a, fix round 15 (t2): check-message, contact, sources and complain wording."""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import Run, run

SCAM = (
    "【Amazon】プライム会費のお支払い方法に問題があります。"
    "https://amazon.co.jp.secure-pay.info/ でカード情報を更新してください。"
)
WIDE = {"COLUMNS": "300"}


def _screen(*args: str, lang: str = "ja") -> Run:
    return run(*args, "--lang", lang, env=WIDE)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_check_message_numbers_every_list_with_a_full_stop(lang: str) -> None:
    """Item 4: 「3 2段階認証」 read as 「32段階」; the steps and the signs are 「1.」「2.」."""
    out = _screen("check-message", "--text", SCAM, "--entered-details", lang=lang).stdout
    numbered = [line for line in out.splitlines() if re.match(r"\s*\d+\S*\s", line)]
    assert numbered, out
    assert all(re.match(r"\s*\d+\. \S", line) for line in numbered), numbered
    assert "3. 2" in out if lang == "ja" else "3. Turn on" in out


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "コールバックでも、支払い情報を聞かれたら応じないでください。"),
        ("en", "Even on a call-back, do not give payment information if asked for it."),
    ],
)
def test_contact_says_what_to_do_on_the_call_back_under_its_route(lang: str, said: str) -> None:
    """S 6: the box says no number is Amazon's, yet the member asks for a call-back. FACTS §6
    does not say which number the call-back comes from: check-number's rule, not a new fact.
    Review 18a, S 20: said under 「2. 電話（コールバック）」. Review 52a, item 1: the box of numbers
    not to call now says the call-back exception with its payment caveat right after it (its first
    sentence alone ended the box on reassurance), so the box never stops at "may be Amazon"."""
    out = _screen("contact", lang=lang).stdout
    box = out[out.index("╭") : out.index("╰")]
    table = out[: out.index("╭")]
    join = "" if lang == "ja" else " "
    flat_box, flat_table = (re.sub(r"[│\s]+", join, part) for part in (box, table))
    assert re.sub(r"\s+", join, said) in flat_table
    caveat = (
        "Amazonからの電話の場合があります。その場合も、電話で支払い情報を聞かれたら応じないでください。"
        if lang == "ja"
        else "it may be Amazon calling, even if you do not recognize the number shown. Even then, "
        "do not give payment information if asked for it on the phone."
    )
    assert caveat in flat_box, flat_box


@pytest.mark.parametrize("word", ["詐欺", "scams", "メッセージ", "message"])
def test_the_scams_topic_holds_the_facts_behind_check_message(word: str) -> None:
    """S 8: Amazon's sender domains, look-alike domains and the steps for details already
    entered (message.*) were reached only through the ID prefix `message`."""
    out = _screen("sources", word).stdout
    for fact in ("message.entered.two_step", "message.limit.from_proves_nothing", "scam."):
        assert fact in out, fact


TWICE = "【Amazon】アカウントを停止しました。確認 https://amaz0n-jp.com/ アカウントを停止しました"


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        # review20a 3: both texts are sign 2's: no sign of its own, its note under sign 2
        ("ja", ("詐欺でよく使われる件名・文面", "これらの文面は、2025〜26年に")),
        ("en", ("Subject or wording common in scams", "These wordings are similar to the scam")),
    ],
)
def test_a_sentence_quoted_above_is_named_after_the_title_not_as_a_line(
    lang: str, title: tuple[str, str]
) -> None:
    """S 10: 「兆候1と同じ文面」 stood alone where a quote is expected; review15a S 10: the
    reason names it (「兆候2の文面は、…とよく似ています。」), not a bracket after the title."""
    out = _screen("check-message", "--text", TWICE, lang=lang).stdout
    head, reason = title
    signs = out.split("見つかった兆候" if lang == "ja" else "Red flags (")[1]
    assert head not in out and "\n3. " not in signs, out
    assert reason in " ".join(out.split()), out
    assert "兆候2と同じ文面" not in out and "The same wording as" not in out


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        # said once (review 19a, S 19); the kind quoted not again as another (review20a 3)
        ("ja", "詐欺の件名・文面と同じです。ほかに、プライムの一時停止、"),
        ("en", "It matches a scam subject or wording commonly reported in 2025–26. Other subjects"),
    ],
)
def test_a_reported_subject_is_the_same_as_one_subject_not_as_a_list_of_kinds(
    lang: str, said: str
) -> None:
    """S 10: 「…と同じです（プライム会費の支払いの問題、…など）」 read as a list of subjects."""
    text = "【Amazon】プライム会費のお支払い方法に問題があります。"
    out = _screen("check-message", "--text", text, lang=lang).stdout
    assert said in "".join(out.split()) if lang == "ja" else said in " ".join(out.split())
    assert "と同じです（" not in out
    assert "支払いの問題" not in out and "payment problem" not in out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_what_could_not_be_checked_says_the_sender_could_not_be_checked(lang: str) -> None:
    """S 11: 「差出人の欄は偽装できます。」 is a caution, not a thing the check could not know."""
    # a pasted text has no From line: one short bullet says an .eml lets the sender be checked
    # (review 32a S 15; review 61m S 15); an e-mail says its From line cannot be
    given = {
        ("--text", "ご注文の商品を発送しました"): (
            "送信元も確認できます",
            "to check the sender too",
        ),
        ("tests/cli/messages/scam-subject-utf8.eml",): (
            "差出人の欄が本物かどうかは確認できません（偽装できるため）。",
            "hether the From line is genuine cannot be checked",
        ),
    }
    for args, (ja, en) in given.items():
        out = _screen("check-message", *args, lang=lang).stdout
        limits = out.split("確認できなかったこと" if lang == "ja" else "could not know")[1]
        assert (ja if lang == "ja" else en) in limits
        assert "差出人の欄は偽装できます" not in limits


def test_complain_refund_template_asks_without_a_double_honorific() -> None:
    """S 15: 「お伺いしたい」 is flagged by some editors as a double honorific."""
    out = _screen("complain", "refund").stdout
    assert "お尋ねしたいことがあります。" in out
    assert "お伺い" not in out


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "国民生活センターの注意喚起（要約）："),
        ("en", "The National Consumer Affairs Center's advice on subscriptions, in short:"),
    ],
)
def test_complain_says_the_consumer_centre_advice_is_a_paraphrase(lang: str, said: str) -> None:
    """S 15: the guidance switched to 〜しましょう, paraphrasing 国民生活センター unannounced."""
    out = _screen("complain", "refund", lang=lang).stdout
    assert said in out
    assert "しましょう" not in out


@pytest.mark.parametrize(
    ("lang", "title", "said"),
    [
        (
            "ja",
            "自分で解約して今すぐ終了する場合の返金",
            "現在の期間の会費が全額、支払いに使った方法で返金されます",
        ),
        ("en", "The refund if you cancel it yourself and end it now", "is refunded in full"),
    ],
)
def test_complain_with_no_benefits_used_says_ending_now_refunds_in_full(
    lang: str, title: str, said: str
) -> None:
    """S 16: the member said no benefit was used; the key fact (FACTS §5) was never said."""
    out = _screen("complain", "renewal", "--no-benefits-used", lang=lang).stdout
    assert title in out and said in out
    assert out.index(title) < out.index(
        "問い合わせと相談の手引き" if lang == "ja" else "Escalation kit"
    )
    # neither flag: both cases, as cancel lists them (review 61a S1; the section was left out)
    assert title in _screen("complain", "renewal", lang=lang).stdout
    # review15a S 14: benefits used, the same section says part may be refunded, not in full
    used = _screen("complain", "renewal", "--benefits-used", lang=lang).stdout
    assert title in used and said not in used
    data = run("complain", "renewal", "--no-benefits-used", "--json").json()["data"]
    # review 19a, item 6: the part paid by gift card after the full refund's route
    assert [fact["id"] for fact in data["refund"]] == [
        "refunds.full_if_unused",
        "refunds.gift_card",
    ]
    assert [
        fact["id"] for fact in run("complain", "refund", "--json").json()["data"]["refund"]
    ] == [
        "refunds.full_if_unused",
        "refunds.partial_may",
        "refunds.gift_card",
    ]
