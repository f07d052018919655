"""Amazon's name written to look like it in a message's own words: 「A m a z o n」 spaced out, or
「Amαzon」 with a Greek letter (FACTS §11, look-alikes seen). Review 21a, S 17: an SMS that
began 「A m a z o n お客様、…」 was flagged for its wording only.

A link's or an address's host is looked at by :mod:`primehelp.message_check`, a sender's name
too (``display_name_lookalike``): here, the words only (a word with 「.」 「/」 or 「@」 is a host).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from primehelp.lazy_pattern import LazyPattern
from primehelp.message_check import FlagKind, RedFlag, flag
from primehelp.message_links import looks_confusable, skeleton
from primehelp.message_words import one_edit

if TYPE_CHECKING:
    from primehelp.message import MessageContent, Vocabulary

_SPACED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_] {1,2}){3,}[^\W\d_](?![^\W\d_])")
"""Four or more single letters, each after one or two spaces: 「A m a z o n」."""
_EDGES = "「」『』（）()[]<>【】、。,.:;!?！？\"'"


# Katakana that read alike (review 38a, item 7): 「ソ」 for 「ン」, 「ゾ」 without its marks
# (「アマソン」), 「シ」 and 「ツ」. Each stays one letter, so a part found is where it was read.
_KANA_ALIKE = str.maketrans({"ン": "ソ", "ゾ": "ソ", "ツ": "シ", "ヅ": "ジ"})
_KATAKANA = "[\u30a1-\u30fa\u30fc]+"
_LATIN_RUN = "[A-Za-z0-9\u00c0-\u04ff]+"  # a run with a Greek or Cyrillic letter: not ASCII


def kana_lookalikes(text: str, brands: Sequence[str]) -> list[str]:
    """The parts of ``text`` that read as a katakana name of ``brands`` once look-alike kana are
    undone but are not it: 「アマゾソ」, 「アマソン」 (review 38a, item 7)."""
    found: list[str] = []
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # 「ｱﾏｿﾞｿ」 of a sender's name
    for brand in (b for b in brands if not b.isascii()):
        read_brand = brand.translate(_KANA_ALIKE)
        if read_brand[:1] not in text.translate(_KANA_ALIKE):
            continue  # most messages: no katakana run looked at
        for run in re.findall(_KATAKANA, text):
            read = run.translate(_KANA_ALIKE)
            at = read.find(read_brand)
            while at >= 0:
                if (part := run[at : at + len(brand)]) != brand:
                    found.append(part)
                at = read.find(read_brand, at + 1)
    return found


def kana_letters(part: str, brands: Sequence[str]) -> list[tuple[int, str, str]]:
    """The letters of a katakana look-alike ``part`` that are not the name's own: where (from
    1), the letter written and the name's letter (「アマゾソ」 → ``[(4, "ソ", "ン")]``)."""
    for brand in brands:
        if len(brand) == len(part) and brand.translate(_KANA_ALIKE) == part.translate(_KANA_ALIKE):
            return [
                (at, a, b) for at, (a, b) in enumerate(zip(part, brand, strict=True), 1) if a != b
            ]
    return []


def latin_lookalikes(text: str, vocabulary: Vocabulary) -> list[str]:
    """The Latin words of ``text`` one letter away from a name of five or more letters in
    ``vocabulary.brand`` (「Amazom」, 「Amazn」, 「Amaozn」, 「Amaz0n」: review 38a, item 7), but not
    a plain word (``brand_plain``: 「Amazons」). A word with 「.」 「/」 or 「@」 is a host: not
    looked at here."""
    brands = [b for b in vocabulary.brand if b.isascii() and len(b) >= 5]
    found: list[str] = []
    for word in text.split():
        if any(mark in word for mark in "./@"):
            continue
        for run in re.findall(_LATIN_RUN, word):
            run = run.strip("0123456789")  # 「Amazon2段階認証」: a number after the name
            folded = run.casefold()
            if len(run) < 4 or not run.isascii() or folded in vocabulary.brand_plain:
                continue
            read = folded.replace("0", "o").replace("rn", "m")
            if any(folded != b and (read == b or one_edit(read, b)) for b in brands):
                found.append(run)
    return found


def imitated(name: str, vocabulary: Vocabulary) -> str:
    """The part of a sender's ``name`` that imitates Amazon's by a katakana look-alike or one
    Latin letter (:func:`kana_lookalikes`, :func:`latin_lookalikes`), or ""."""
    found = kana_lookalikes(name, vocabulary.brand) or latin_lookalikes(name, vocabulary)
    return found[0] if found else ""


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
    misspelled = {name.casefold() for name in content.vocabulary.brand_misspelled}
    for name in latin_lookalikes(text, content.vocabulary):
        if name.casefold() not in misspelled:  # found above
            yield flag(FlagKind.NAME_LOOKALIKE, name, content)
    for name in kana_lookalikes(text, brands):
        yield flag(FlagKind.NAME_LOOKALIKE, name, content)


# The examples a look-alike sign's reason gives: 「（A m a z o n、Amαzon など）」,
# "(A m a z o n, Amαzon and the like)".
# Compiled at their first use: only for a look-alike sign (start-up).
_EXAMPLES = (
    LazyPattern(r"（(?P<items>[^（）]+?) など）"),
    LazyPattern(r"\((?P<items>[^()]+?) and the like\)"),
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
