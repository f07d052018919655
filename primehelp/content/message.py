"""``data/message.toml``: what ``check-message`` looks for and says, with the numbers of
``data/contact.toml`` (a number in a message gets ``check-number``'s verdict)."""

from __future__ import annotations

from dataclasses import fields

from primehelp.content import contact
from primehelp.facts import document
from primehelp.message import FlagKind, MessageContent, Note, Verdict, Vocabulary


def load() -> MessageContent:
    """The bundled message-check content."""
    data = document("message")
    words = data.node("vocabulary")
    vocabulary = Vocabulary(
        **{field.name: words.strings(field.name) for field in fields(Vocabulary)}
    )
    domains, short_links = data.node("domains"), data.node("short_links").strings("domains")
    flags, verdicts = data.node("flags"), data.node("verdict")
    limits = {
        key: Note(
            id=f"message.limit.{key}",
            text=note.text(),
            sources=note.strings("sources") if note.has("sources") else (),
        )
        for key, note in data.node("limits").children()
    }
    numbers = contact.load()
    return MessageContent(
        amazon_domains=(*domains.strings("registrable"), *short_links),
        amazon_short_links=short_links,
        domains_fact=domains.fact(),
        vocabulary=vocabulary,
        flags={kind: flags.fact(kind.value) for kind in FlagKind},
        verdicts={verdict: verdicts.text(verdict.value) for verdict in Verdict},
        limits=limits,
        advice=tuple(advice.fact() for _, advice in data.node("advice").children()),
        if_details_entered=data.facts("entered"),
        defunct_numbers=frozenset(n.normalized for n in numbers.defunct_numbers),
        circulating_numbers=frozenset(n.normalized for n in numbers.circulating_numbers),
    )
