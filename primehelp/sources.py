"""``primehelp sources``: the facts about one topic, or all of them.

A topic is an everyday word in either language (解約, refund …, from ``data/topics.toml``) or the
start of a fact id (``contact``, ``contact.route``). Not in :mod:`primehelp.facts`, which every
command imports: no other command needs these classes (each frozen dataclass costs 0.6-0.8 ms to
create at start-up; issue 5).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from primehelp.errors import BadInput, shown
from primehelp.facts import Fact
from primehelp.i18n import Text


@dataclass(frozen=True, slots=True)
class SourceList:
    """Every fact primehelp can state (``primehelp sources``)."""

    facts: tuple[Fact, ...]
    # The everyday topic asked for, by its name (「返金」 for refund): the view's title, not data.
    topic_name: Text | None = field(default=None, metadata={"json": False})
    # The other topics a phrase held (「家族カード」: 解約 and 請求), named in the title beside
    # the first, so the count and the title agree (review 57a item 8).
    also_named: tuple[Text, ...] = field(default=(), metadata={"json": False})


@dataclass(frozen=True, slots=True)
class Topic:
    """An everyday topic: the words that name it and the fact ids it covers."""

    name: Text
    words: tuple[str, ...]
    ids: tuple[str, ...]  # an id, or the start of one (followed by ".")
    command: str | None = None  # the command its word most likely means (`check-message`)


def _folded(word: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", word).lower().split())


def _under(fact_id: str, prefix: str) -> bool:
    return fact_id == prefix or fact_id.startswith(prefix + ".")


def _names(fact_id: str, wanted: str) -> bool:
    """``wanted`` is a part of ``fact_id`` or a word of one: ``kindle``, ``kindle unlimited``
    and ``kindle_unlimited`` all name ``subscriptions.kindle_unlimited.price``."""
    word = wanted.replace(" ", "_")
    parts = fact_id.split(".")
    return word in parts or any(word in part.split("_") for part in parts)


def facts_about(
    topic: str | None,
    every_fact: tuple[Fact, ...],
    topics: tuple[Topic, ...] = (),
    holding: bool = True,
) -> SourceList:
    """The facts about ``topic`` (an everyday word or the start of a fact id), or all of them;
    ``holding``: a phrase holding a topic's word is that topic (「解約方法」)."""
    if topic is None:
        return SourceList(facts=every_fact)
    wanted = _folded(topic)
    if not wanted:  # 「「」に当てはまる情報はありません」 read as a search that found nothing
        raise BadInput(_unknown(topic, topics, empty=True))
    named = [
        known
        for known in topics
        if wanted in {_folded(word) for word in (*known.words, known.name.ja, known.name.en)}
    ] or [known for known in topics if known.command == wanted][:1]  # review 41a, item 19
    prefixes = [prefix for known in named for prefix in known.ids]
    # An id typed: its first characters, as the help says 「ID の先頭」 (「scam.no」, 「contact.」;
    # review 38a, item 19); a topic's ids: whole dot-separated parts.
    chosen = tuple(
        f
        for f in every_fact
        if any(_under(f.id, prefix) for prefix in prefixes)
        or (not prefixes and f.id.startswith(wanted))
    )
    if not chosen and not prefixes:  # a word of an id: 「Kindle」, "audible" (review 40a S 13)
        chosen = tuple(f for f in every_fact if _names(f.id, wanted))
    if holding and not chosen and not prefixes:  # 「解約方法」 holds 「解約」 (review 42a item 21)
        named = _holding(wanted, topics)
        prefixes = [prefix for known in named for prefix in known.ids]
    if prefixes:  # in the order of the topic's ids: `sources 188` starts with escalation (42a, 21)
        chosen = tuple(
            sorted(
                (f for f in every_fact if any(_under(f.id, prefix) for prefix in prefixes)),
                key=lambda f: next(i for i, prefix in enumerate(prefixes) if _under(f.id, prefix)),
            )
        )
    if not chosen:
        raise BadInput(_unknown(topic, topics))
    return SourceList(
        facts=chosen,
        topic_name=named[0].name if named else None,
        also_named=tuple(known.name for known in named[1:]),
    )


def _holding(wanted: str, topics: tuple[Topic, ...]) -> list[Topic]:
    """The topics one of whose words (two characters or more) ``wanted`` holds; the broadest
    topic (「プライム」, every fact) gives way to a narrower one (「プライム会費」 is 会費)."""
    found = [
        known
        for known in topics
        if any(_holds(wanted, w) for w in map(_folded, (*known.words, known.name.ja)))
    ]
    if len(found) > 1:
        broadest = max(len(known.ids) for known in topics)
        found = [known for known in found if len(known.ids) < broadest] or found
    # the most specific word: 「ギフトカード」, not its 「カード」 (review 57a item 9)
    if len(found) > 1:
        held = {id(known): _held(wanted, known) for known in found}
        longer = [w for words in held.values() for w in words]
        found = [
            known
            for known in found
            if any(not any(w != o and w in o for o in longer) for w in held[id(known)])
        ] or found
    return found


def _held(wanted: str, known: Topic) -> list[str]:
    return [w for w in map(_folded, (*known.words, known.name.ja)) if _holds(wanted, w)]


def _holds(wanted: str, word: str) -> bool:
    """``wanted`` is ``word`` in a phrase: words around it, not digits or symbols (「188😀」)."""
    if len(word) < 2 or word not in wanted:
        return False
    return all(c.isalpha() or c.isspace() for c in wanted.replace(word, "", 1))


def facts_about_words(
    words: tuple[str, ...], every_fact: tuple[Fact, ...], topics: tuple[Topic, ...] = ()
) -> SourceList:
    """:func:`facts_about` for the words typed after ``sources``: several words are one topic
    when together they name one (「Prime Student」 unquoted, as bash's completion inserted it:
    review 42a, item 19); otherwise the rule is named, as for any one-value argument."""
    # 「解約 xyz」 quoted is two words too: a phrase holding a topic's word dropped 「xyz」
    # without a word, and 「返金 解約」 gave neither topic's facts (review 53a, item 6)
    parts = tuple(part for word in words for part in word.split())
    if len(words) < 2 and len(parts) < 2:
        return facts_about(words[0] if words else None, every_fact, topics)
    try:
        # whole words only: `sources contact fees` is two topics, not one holding both
        return facts_about(" ".join(words), every_fact, topics, holding=False)
    except BadInput:
        pass
    if len(words) < 2:
        words = parts
    unknown = [word for word in words if not _is_topic(word, every_fact, topics)]
    if unknown:  # the word that matches nothing is named, with the accepted words
        raise BadInput(_unknown(unknown[0], topics))
    # two topics: each named, none called 「使えません」 (「返金」 is one; review 43a, item 12)
    ja_words = ("と" if len(words) == 2 else "、").join(shown(word) for word in words)
    en_words = ", ".join(shown(word) for word in words)
    raise BadInput(
        Text(
            f"話題は1つだけ指定できます（{ja_words}が指定されています）。"
            f"1つずつ実行してください（例：`primehelp sources {words[0]}`）",
            f"only one TOPIC can be given ({en_words} were given);"
            f" run one at a time (e.g. `primehelp sources {words[0]}`)",
        )
    )


def _is_topic(word: str, every_fact: tuple[Fact, ...], topics: tuple[Topic, ...]) -> bool:
    """Whether ``sources WORD`` alone would list facts."""
    try:
        facts_about(word, every_fact, topics)
    except BadInput:
        return False
    return True


def _unknown(topic: str, topics: tuple[Topic, ...], empty: bool = False) -> Text:
    ja_words = "、".join(known.name.ja for known in topics)
    en_words = ", ".join(known.name.en for known in topics)
    if empty:
        problem = Text("話題が空です。", "TOPIC is empty; ")  # review 49a item 14
    else:
        # a long word is cut at 20 characters: the message lists every topic in both languages
        # and must stay one line of at most 320 characters (tests/cli/test_bad_input.py)
        said = shown(topic, limit=20)
        problem = Text(f"{said} に当てはまる情報はありません。", f"no fact matches {said}; ")
    return Text(
        ja=f"{problem.ja}指定できる言葉：{ja_words}"
        f"（英語：{'、'.join(known.name.en for known in topics)}）、"
        "または情報の ID の先頭（例：escalation.law）",
        en=f"{problem.en}accepted: {en_words}; in Japanese {ja_words}; "
        "or the start of a fact ID (e.g. escalation.law)",
    )
