"""``data/message*.toml``: what ``check-message`` looks for and says, with the numbers of
``data/contact.toml`` (a number in a message gets ``check-number``'s verdict)."""

from __future__ import annotations

from collections.abc import Iterator

from primehelp.facts import document, ui
from primehelp.message import FlagKind, MessageContent, Note, Verdict, Vocabulary


class ContactNumbers:
    """The numbers of one list of ``data/contact.toml`` (``defunct``, ``circulating``),
    normalised, read at the first look-up: only a message with a phone number needs them
    (start-up: the file and :mod:`primehelp.phone`, 0.75 ms of every other check-message run)."""

    __slots__ = ("_key", "_numbers")

    def __init__(self, key: str) -> None:
        self._key = key
        self._numbers: frozenset[str] | None = None

    def _loaded(self) -> frozenset[str]:
        if self._numbers is None:
            from primehelp.phone import normalize

            listed = document("contact").node(self._key).strings("numbers")
            self._numbers = frozenset(normalize(number) for number in listed)
        return self._numbers

    def __contains__(self, number: object) -> bool:
        return number in self._loaded()

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())


# The files the message check's words are split into by job (links and senders; the scam subjects;
# the requests; the gift-card requests), each a table ``vocabulary`` of Vocabulary's fields.
_VOCABULARY_FILES = ("message_words", "message_subjects", "message_asks", "message_gift")


def _states() -> tuple[str, ...]:
    """The threat words of an account or Prime out of use said as a state (「アカウントは現在ご利用
    いただけません」: review 63m, item 3), put together from ``data/message_words.toml``'s
    ``threat_state``: a subject, a particle, what stands between, a state."""
    table = document("message_words").node("threat_state")
    return tuple(
        f"{subject}{particle}{between}{state}"
        for subject in table.strings("subjects")
        for particle in table.strings("particles")
        for between in table.strings("between")
        for state in table.strings("states")
    )


def load() -> MessageContent:
    """The bundled message-check content."""
    data = document("message")
    parts = [document(name).node("vocabulary") for name in _VOCABULARY_FILES]
    vocabulary = Vocabulary(
        **{
            name: next((part for part in parts if part.has(name)), parts[-1]).strings(name)
            for name in Vocabulary._fields
        }
    )
    vocabulary = vocabulary._replace(threat=(*vocabulary.threat, *_states()))
    domains, short_links = (
        data.node("domains"),
        document("message_sites").node("short_links").strings("domains"),
    )
    notes, subjects = document("message_notes"), document("message_subjects")
    flags, verdicts = data.node("flags"), notes.node("verdict")
    limits = {
        key: Note(
            id=note.string("id") if note.has("id") else f"message.limit.{key}",  # 60m S 13
            text=note.text(),
            sources=note.strings("sources") if note.has("sources") else (),
        )
        for key, note in notes.node("limits").children()
    }
    return MessageContent(
        amazon_domains=(*domains.strings("registrable"), *short_links),
        amazon_short_links=short_links,
        domains_fact=domains.fact(),
        vocabulary=vocabulary,
        flags={kind: flags.fact(kind.value) for kind in FlagKind},
        lookalike_name_outside=data.fact("lookalike_name_outside"),
        similar_subject=subjects.node("similar_subject").fact(),
        same_subjects=tuple(
            (kind.strings("subjects"), kind.fact())
            for _, kind in subjects.node("scam_subject_same").children()
        ),
        matched_words=ui("flag.matched", "ui_message"),
        confusable_letter=ui("flag.confusable_letter", "ui_message"),
        zero_for_o=ui("flag.zero_for_o", "ui_message"),
        confusable_trick=ui("flag.confusable_trick", "ui_message"),
        scripts={s.upper(): ui(f"flag.script.{s}", "ui_message") for s in ("cyrillic", "greek")},
        asks=ui("flag.asks", "ui_message"),
        asks_payment=ui("flag.asks_payment", "ui_message"),
        asks_kinds={
            k: ui(f"flag.asks_{k}", "ui_message")
            for k in (
                "card",
                "payment_details",
                "password",
                "pin",
                "code",
                "gift_card",
                "gift_card_payment",
            )
        },
        asks_medium={key: fact.fact() for key, fact in data.node("asks_medium").children()},
        asks_rules={key: fact.fact() for key, fact in data.node("asks_rule").children()},
        verdicts={verdict: verdicts.text(verdict.value) for verdict in Verdict},
        entered_verdict=verdicts.text("no_red_flags_entered"),
        no_body_verdict=verdicts.text("no_text_body"),
        images_verdict=verdicts.text("images_only"),
        red_verdicts={
            key: verdict.text() for key, verdict in notes.node("red_flags_with").children()
        },
        limits=limits,
        advice=tuple(advice.fact() for _, advice in notes.node("advice").children()),
        if_details_entered=notes.facts("entered"),
        gift_card_step=notes.fact("gift_card_given"),
        defunct_numbers=ContactNumbers("defunct"),
        circulating_numbers=ContactNumbers("circulating"),
    )
