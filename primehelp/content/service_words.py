"""The words of each service's names that name it in a statement text (「KIDS」: Amazon Kids+),
derived from the names (split from ``content/charges.py`` by job, review 44c)."""

from __future__ import annotations

import itertools
import re
import unicodedata

from primehelp.i18n import Text
from primehelp.services import Service

_NAME_WORD = re.compile(r"[a-z0-9]+|[^\x00-\x7f]+")
SHORTEST_WORD = 4  # "jp", "co" (of 「audible.co.jp」) name nothing


def service_words(services: tuple[Service, ...]) -> dict[str, tuple[str, ...]]:
    """Each service's name words (both languages, NFKC and case folded) that no other
    service's name has: 「Amazon Kids+」 → kids ("amazon" and "unlimited" are shared); and two
    words of a name together, shared or not: 「Prime Video」 names both Prime Video services
    (review 20a, item 4: "prime" or "video" alone names neither)."""
    found = {
        s.id: [_NAME_WORD.findall(compared_name) for compared_name in _names(s)] for s in services
    }
    words = {
        kind: {w for name in names for w in name if len(w) >= SHORTEST_WORD}
        for kind, names in found.items()
    }
    pairs = {
        kind: {a + b for name in names for a, b in itertools.pairwise(name) if _pair(a, b)}
        for kind, names in found.items()
    }
    return {
        kind: tuple(
            sorted(
                {w for w in own if not any(w in words[k] for k in words if k != kind)} | pairs[kind]
            )
        )
        for kind, own in words.items()
    }


def _pair(first: str, second: str) -> bool:
    """Two words worth reading together: neither a short one (「co」「jp」), nor twice the same."""
    return first != second and min(len(first), len(second)) >= 3


def _names(service: Service) -> tuple[str, ...]:
    return tuple(
        unicodedata.normalize("NFKC", name).casefold()
        for name in (service.name.ja, service.name.en)
    )


def name_words(service: Service) -> tuple[tuple[str, ...], ...]:
    """The words of each of ``service``'s names (both languages, NFKC and case folded), in
    order: (「prime」, 「video」, 「channel」) of 「Prime Video channel」 (a name a statement text
    may start with)."""
    return tuple(tuple(_NAME_WORD.findall(name)) for name in _names(service))


def imitated_names(
    services: tuple[Service, ...], own: dict[str, tuple[str, ...]], amazon: tuple[str, ...]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The service names a look-alike text may imitate, as the data writes them (「Prime Video」,
    「Amazon Music」, 「Kindle Unlimited」, 「Audible」), with their words (NFKC, case folded): each
    English name cut after any of its words, when it has a word of the service's own (``own``)
    and one of Amazon's (``amazon``), as :func:`~primehelp.content.statement_match.service_heads`
    (review 44c, R-minor 11, round 53)."""
    found: dict[str, tuple[str, ...]] = {}
    for service in services:
        shown = service.name.en.split(" (")[0].split()
        for count in range(1, len(shown) + 1):
            words = tuple(
                _NAME_WORD.findall(
                    unicodedata.normalize("NFKC", " ".join(shown[:count])).casefold()
                )
            )
            plain = "".join(words)
            if any(w in plain for w in own.get(service.id, ())) and any(a in plain for a in amazon):
                found.setdefault(" ".join(shown[:count]), words)
    return tuple(found.items())


def imitated_name(shown: str) -> Text:
    """``shown`` (a name :func:`imitated_names` gives) in each language: a service's whole name as
    the data writes it in Japanese (「Prime Videoチャンネル」 for 「Prime Video channel」, review 52c
    item 28: no English name in a Japanese sentence), the start of one as it is."""
    from primehelp.content import subscriptions

    for service in subscriptions.load()[0]:
        if service.name.en.split(" (")[0] == shown:
            return Text(service.name.ja.split("（")[0], shown)
    return Text(shown, shown)
