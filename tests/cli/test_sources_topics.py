"""Issue 11: `primehelp sources` finds facts by everyday words in both languages."""

from __future__ import annotations

import unicodedata

import pytest

from primehelp import facts
from primehelp.content import topics
from primehelp.errors import BadInput
from primehelp.sources import facts_about
from tests.support.clihelp import run


def _ids(*args: str) -> list[str]:
    result = run("sources", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return [item["id"] for item in result.json()["data"]["facts"]]


def test_sources_kaiyaku_lists_the_cancelling_facts() -> None:
    ids = _ids("解約")
    assert {"cancel.web.update_and_cancel", "cancel.carrier", "cancel.labels_may_change"} <= set(
        ids
    )
    assert {"refunds.full_if_unused", "trial.cancel_free", "complaint.keep.screenshot"} <= set(ids)
    assert not any(i.startswith(("fees.", "scam.", "contact.", "escalation.")) for i in ids)
    assert _ids("キャンセル") == ids == _ids("cancel")
    human = run("sources", "解約", "--lang", "ja", env={"COLUMNS": "200"})
    assert "ID：cancel.carrier\n" in human.stdout and "fees.annual.5900" not in human.stdout


def test_sources_refund_lists_the_refund_facts() -> None:
    ids = _ids("refund")
    assert [i for i in ids if i.startswith("refunds.")] == [
        "refunds.renewal_date",
        "refunds.full_if_unused",
        "refunds.partial_may",
        "refunds.trial_now",
        "refunds.gift_card",
    ]
    assert "cancel.timing.now" in ids
    assert not any(i.startswith(("fees.", "scam.", "contact.")) for i in ids)
    assert _ids("返金") == ids == _ids("Refunds")


@pytest.mark.parametrize(
    ("words", "prefix"),
    [
        (("会費", "fees", "料金", "ＦＥＥＳ"), "fees."),
        (("問い合わせ", "contact"), "contact."),
        (("詐欺", "scam", "phishing"), "scam."),
    ],
)
def test_everyday_words_in_both_languages_find_the_same_facts(
    words: tuple[str, ...], prefix: str
) -> None:
    found = [_ids(word) for word in words]
    assert all(ids == found[0] for ids in found)
    assert any(i.startswith(prefix) for i in found[0])


def test_an_id_prefix_still_works() -> None:
    assert _ids("contact.defunct_numbers") == ["contact.defunct_numbers"]
    assert set(_ids("escalation.law")) == {
        "escalation.law.final_screen",
        "escalation.law.rescission",
    }


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_an_unknown_topic_lists_the_topics(lang: str) -> None:
    result = run("sources", "nothing-like-this", "--lang", lang)
    assert result.exit_code == 2
    for word in ("解約", "返金", "詐欺", "cancel", "refund", "fees", "contact"):
        assert word in result.stderr


def test_every_topic_covers_at_least_one_fact() -> None:
    every = facts.all_facts()
    for topic in topics.load():
        for word in (*topic.words, topic.name.ja, topic.name.en):
            assert facts_about(word, every, topics.load()).facts, word
        for prefix in topic.ids:
            assert facts_about(prefix, every).facts, prefix


def test_unknown_topic_is_bad_input_in_the_domain() -> None:
    with pytest.raises(BadInput):
        facts_about("zzz", facts.all_facts(), topics.load())


def test_sources_charges_lists_the_statement_and_subscription_facts() -> None:
    """Issue 15: what `charge` and `subscriptions` state, found by everyday words."""
    ids = _ids("請求")
    assert {"statement.text.amazon_downloads", "charges.unknown.stop"} <= set(ids)
    assert {"subscriptions.audible.cancel", "cancel.keeps_billing.audible"} <= set(ids)
    assert not any(i.startswith(("fees.", "scam.", "contact.")) for i in ids)
    assert _ids("サブスク") == ids == _ids("charges") == _ids("subscriptions")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_trial_timing_alone_names_both_choices(lang: str) -> None:
    """Review 12a, item 10: read alone in `sources cancel`, cancel.timing.trial_now named only
    the choice that ends at once: it could read as "a trial cancelled now always loses the rest".
    It names which choice ends it now, and that the other keeps the benefits to the trial's end
    as trial.cancel_free says it (FACTS §2)."""
    out = run("sources", "cancel", "--lang", lang, env={"COLUMNS": "1000"}).stdout
    alone = out.split("cancel.timing.trial_now\n", 1)[1].splitlines()[0]
    ends_now, kept = {
        "ja": ("今すぐ終了するほうを選ぶと", "特典は無料体験の期間が終わるまで使えます。"),
        "en": ("If you choose to end it now", "the benefits last until the trial ends."),
    }[lang]
    assert ends_now in alone and alone.endswith(kept)
    if lang == "ja":  # review 23b S 16: 「…使えます（…を除きます）。」
        assert kept.rstrip("。") in out.split("trial.cancel_free\n", 1)[1].splitlines()[0]


@pytest.mark.parametrize(
    ("lang", "typed", "title"),
    [
        ("ja", "refund", "「返金」（refund）に関する情報と出典（12件）"),
        ("ja", "返金", "「返金」に関する情報と出典（12件）"),
        ("ja", "188", "「相談窓口」（188）に関する情報と出典（"),  # the topic matched (53a, 7)
        ("ja", "escalation", "「escalation」に関する情報と出典（"),  # an id: no topic's name
        ("en", "返金", "What primehelp states about “refund” (返金), and where it comes from (12)"),
        ("en", "refund", "What primehelp states about “refund”, and where it comes from (12)"),
    ],
)
def test_a_topic_typed_in_the_other_language_is_titled_by_its_name(
    lang: str, typed: str, title: str
) -> None:
    """Review 13a, S 17: 「「refund」に関する情報と出典」 quoted the English keyword on a
    Japanese screen; the topic's Japanese name comes first, the word as typed after it."""
    out = run("sources", typed, "--lang", lang, env={"COLUMNS": "200"}).stdout
    assert out.splitlines()[0].startswith(title)


@pytest.mark.parametrize(
    ("lang", "said"),
    [("ja", ("携帯電話会社で解約",)), ("en", ("through the carrier", "at the carrier"))],
)
def test_sources_cancel_carrier_says_where_to_cancel_once(lang: str, said: tuple[str, ...]) -> None:
    # review15a S17: 「…携帯電話会社で解約します。」 was said twice in one entry
    human = run("sources", "cancel.carrier", "--lang", lang, env={"COLUMNS": "2000"})
    assert human.exit_code == 0, human.stderr
    assert sum(human.stdout.count(s) for s in said) == 1


@pytest.mark.parametrize("typed", ["学生", "Student", "ｓｔｕｄｅｎｔ", "Prime Student"])
def test_student_words_list_the_prime_student_facts(typed: str) -> None:
    """Review 40a S 13: 「学生」「Student」 were refused although Prime Student facts exist."""
    ids = _ids(typed)
    assert "trial.student" in ids
    assert "fees.student_annual.2450" in ids
    assert all("student" in fact_id for fact_id in ids)


def test_every_word_of_a_fact_id_finds_the_facts_it_names() -> None:
    """Review 40a S 13: 「Kindle」「Audible」 were refused although subscriptions.kindle_unlimited.*
    and subscriptions.audible.* exist: every word of every id (``kindle``, ``audible``,
    ``kindle unlimited``), in any case or width, lists at least the facts whose id has it."""
    every = facts.all_facts()
    known = topics.load()
    for fact in every:
        for part in fact.id.split("."):
            for word in {*part.split("_"), part.replace("_", " ")}:
                if not word or word.isdigit():
                    continue
                for typed in (word, word.upper(), unicodedata.normalize("NFKC", word).title()):
                    found = facts_about(typed, every, known).facts
                    assert found, typed
    for typed, service in [
        ("Kindle", "kindle_unlimited"),
        ("Kindle Unlimited", "kindle_unlimited"),
        ("Audible", "audible"),
        ("ＡＵＤＩＢＬＥ", "audible"),
    ]:
        ids = [fact.id for fact in facts_about(typed, every, known).facts]
        assert f"subscriptions.{service}.price" in ids, typed
