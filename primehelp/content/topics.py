"""``data/topics.toml``: the everyday words ``primehelp sources`` understands."""

from __future__ import annotations

from primehelp.facts import document
from primehelp.sources import Topic


def load() -> tuple[Topic, ...]:
    """The bundled topics, in file order."""
    return tuple(
        Topic(
            name=node.text("name"),
            words=node.strings("words"),
            ids=node.strings("ids"),
            command=node.string("command") if node.has("command") else None,
        )
        for node in document("topics").nodes("topics")
    )
