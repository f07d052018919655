"""``data/complaints.toml``: the chat message templates and what to keep."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from primehelp.complaint import Topic
from primehelp.facts import Fact, Node, document
from primehelp.i18n import Text
from primehelp.plans import Plan

# The fields a message leaves for the member to fill in when no option gives them.
PLACEHOLDERS = ("plan", "renewal_date", "amount", "benefits_used", "question")


@dataclass(frozen=True, slots=True)
class ComplaintsData:
    """The complaints data file, typed; every mapping is complete (checked at load)."""

    membership: Text
    topic_names: Mapping[Topic, Text]
    topic_messages: Mapping[Topic, Text]
    plans: Mapping[Plan, Text]
    benefits_used: Text
    benefits_unused: Text
    amount: Text
    renewal_date: Text
    placeholders: Mapping[str, Text]  # keys: PLACEHOLDERS
    keep: tuple[Fact, ...]


def _texts(node: Node, keys: tuple[str, ...]) -> dict[str, Text]:
    """One text per key, every key present; a key not asked for is a fault too."""
    extra = sorted(set(node.table) - set(keys))
    if extra:
        raise node.broken(extra[0], "unexpected entry")
    return {key: node.text(key) for key in keys}


def topic_words() -> dict[Topic, tuple[str, ...]]:
    """The Japanese words TOPIC accepts for each topic (``更新``, ``返金``…), in file order."""
    topics = document("complaints").node("topics")
    return {topic: topics.node(topic).strings("words") for topic in Topic}


def load() -> ComplaintsData:
    """The bundled complaint templates."""
    data = document("complaints")
    topics = data.node("topics")
    plans = _texts(data.node("plans"), tuple(Plan))
    benefits = data.node("benefits")
    return ComplaintsData(
        membership=data.text("membership"),
        topic_names={topic: topics.node(topic).text("name") for topic in Topic},
        topic_messages={topic: topics.text(topic) for topic in Topic},
        plans={plan: plans[plan] for plan in Plan},
        benefits_used=benefits.text("used"),
        benefits_unused=benefits.text("unused"),
        amount=data.text("amount"),
        renewal_date=data.text("renewal_date"),
        placeholders=_texts(data.node("placeholders"), PLACEHOLDERS),
        keep=data.facts("keep"),
    )
