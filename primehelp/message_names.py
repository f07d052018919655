"""Amazon's name written to look like it in a message's own words: 「A m a z o n」 spaced out, or
「Amαzon」 with a Greek letter (FACTS §11, look-alikes seen). Review 21a, S 17: an SMS that
began 「A m a z o n お客様、…」 was flagged for its wording only.

A link's or an address's host is looked at by :mod:`primehelp.message_check`, a sender's name
too (``display_name_lookalike``): here, the words only (a word with 「.」 「/」 or 「@」 is a host).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from primehelp.message_check import FlagKind, RedFlag, flag
from primehelp.message_links import looks_confusable, skeleton

if TYPE_CHECKING:
    from primehelp.message import MessageContent

_SPACED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_] {1,2}){3,}[^\W\d_](?![^\W\d_])")
"""Four or more single letters, each after one or two spaces: 「A m a z o n」."""
_EDGES = "「」『』（）()[]<>【】、。,.:;!?！？\"'"


def _brand_in(word: str, brands: Sequence[str]) -> bool:
    folded = skeleton(word)
    return any(brand in folded for brand in brands)


def name_flags(text: str, content: MessageContent) -> Iterator[RedFlag]:
    """A ``name_lookalike`` flag for each spaced-out, look-alike-lettered or misspelt Amazon
    (「Amazone」) in ``text`` (NFKC-normalised: a full-width space is a space)."""
    brands = content.vocabulary.brand
    folded = text.casefold()
    for name in content.vocabulary.brand_misspelled:
        if name.casefold() not in folded:
            continue  # most messages: no pattern compiled for it (start-up)
        for found in re.finditer(rf"(?i)(?<![a-z0-9.@/-]){re.escape(name)}(?![a-z0-9.@/-])", text):
            yield flag(FlagKind.NAME_LOOKALIKE, found.group(), content)
    for spaced in _SPACED.finditer(text):
        if _brand_in(spaced.group(), brands):
            yield flag(FlagKind.NAME_LOOKALIKE, spaced.group(), content)
    for word in text.split():
        word = word.strip(_EDGES)
        if any(mark in word for mark in "./@") or not looks_confusable(word):
            continue
        if _brand_in(word, brands):
            # 「аmazonより:お支払いが…」 has no space: the name is its Latin-Greek-Cyrillic run
            # (review 32a, S 19), not the whole sentence
            runs = re.findall("[A-Za-z0-9\u00c0-\u04ff]+", word)
            name = next((run for run in runs if _brand_in(run, brands)), word)
            yield flag(FlagKind.NAME_LOOKALIKE, name, content)


# The examples a look-alike sign's reason gives: 「（A m a z o n、Amαzon など）」,
# "(A m a z o n, Amαzon and the like)".
_EXAMPLES = (
    re.compile(r"（(?P<items>[^（）]+?) など）"),
    re.compile(r"\((?P<items>[^()]+?) and the like\)"),
)


def _same_name(one: str, other: str) -> bool:
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


def without_found_examples(reason: str, found: Sequence[str]) -> str:
    """``reason`` without the examples the sign already shows as found (review 23a, S 17):
    「A m a z o n」 found, 「（A m a z o n、Amαzon など）」 → 「（Amαzon など）」. A sender is
    compared by its name (``A m a z o n <x@example.com>``)."""
    names = [word.split(" <")[0] if word.endswith(">") else word for word in found]
    for pattern in _EXAMPLES:
        match = pattern.search(reason)
        if match is None:
            continue
        ja = pattern is _EXAMPLES[0]
        items = match["items"].split("、" if ja else ", ")
        kept = [item for item in items if not any(_same_name(item, name) for name in names)]
        if len(kept) == len(items):
            return reason
        if not kept:  # every example is what was found: the brackets go
            return reason[: match.start()].rstrip() + reason[match.end() :]
        inside = "、".join(kept) if ja else ", ".join(kept)
        again = f"（{inside} など）" if ja else f"({inside} and the like)"
        return reason[: match.start()] + again + reason[match.end() :]
    return reason
