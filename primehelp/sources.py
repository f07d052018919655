"""``primehelp sources``: the facts about one topic, or all of them.

Not in :mod:`primehelp.facts`, which every command imports: no other command needs this class
(each frozen dataclass costs 0.6-0.8 ms to create at start-up; issue 5).
"""

from __future__ import annotations

from dataclasses import dataclass

from primehelp.errors import BadInput, shown
from primehelp.facts import Fact
from primehelp.i18n import Text


@dataclass(frozen=True, slots=True)
class SourceList:
    """Every fact primehelp can state (``primehelp sources``)."""

    facts: tuple[Fact, ...]


def facts_about(topic: str | None, every_fact: tuple[Fact, ...]) -> SourceList:
    """The facts whose id starts with ``topic`` (``contact``, ``contact.route``, …), or all."""
    if topic is None:
        return SourceList(facts=every_fact)
    wanted = topic.strip().lower()
    chosen = tuple(f for f in every_fact if f.id == wanted or f.id.startswith(wanted + "."))
    if not chosen:
        topics = sorted({f.id.split(".", 1)[0] for f in every_fact})
        raise BadInput(
            Text(
                ja=f"{shown(topic)} に当てはまる情報はありません。使える値：{'、'.join(topics)}（または id の先頭部分）",
                en=f"no fact matches {shown(topic)}; accepted: {', '.join(topics)} (or the start of a fact id)",
            )
        )
    return SourceList(facts=chosen)
