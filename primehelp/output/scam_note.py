"""``check-message``: the scam-subject note under a sign that quotes the texts a scam-subject
sign found, saying of each quote only what matched (review 56a, item 1: 「2つ目の文面も…似て
います」 was said of a quote holding no scam words)."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence

from primehelp.facts import document, ui
from primehelp.i18n import Lang, Text

_UI = "ui_message"


def _compact(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def scam_note(
    quotes: Sequence[str], lang: Lang, *, too: bool = False, held: Collection[str] | None = None
) -> str:
    """The scam-subject note under a sign whose quotes hold such words, naming only the words
    in those quotes: 「この文面は、…と同じです。」 when each holds a reported subject in full,
    else 「…に似ています（一致した語句：「…」）。」; ``too``: 「この文面も、…」, the reason of
    a scam-subject sign after such a note (review 31a, item 4). ``held``: the quotes the
    scam-subject sign found (None: all); the others are not said to match (review 56a, 1)."""
    from primehelp.message_subjects import (  # whole words: 60m, 6
        all_of,
        matched_note,
        mixed_note,
        places,
        which_same,
        whole_word,
        words_held,
    )

    vocabulary = document("message_words").node("vocabulary")
    folded = [_compact(quote) for quote in quotes]
    reported = [_compact(w) for w in vocabulary.strings("scam_subject_reported")]
    matched = [held is None or quote in held for quote in quotes]
    same = [any(w in one for w in reported) and m for one, m in zip(folded, matched, strict=True)]
    subjects = document("message_subjects").node("vocabulary").strings("scam_subject")
    listed = (*vocabulary.strings("scam_subject_reported"), *subjects)
    plain = all(matched) and not any(same)  # 「…に似ています」 of each quote, no places
    found: list[str] = []  # one word per quote (review 32a, S 12), as written (50a, item 8)
    for quote, one, same_one, m in zip(quotes, folded, same, matched, strict=True):
        if m and not (same_one and not all(same)):  # a loose word's parts too (39a, S 39)
            words_now = next((now for w in listed if (now := words_held(w, one))), [])
            shown = [whole_word(quote, w) for w in words_now]
            # words that are all of the quote are not repeated, but in a note naming places
            found += [] if plain and all_of(shown, one) else shown  # (as 60m, 6)
    sep = "、" if lang == "ja" else ", "  # 「…」、「…」 (review 52a, item 8)
    words = sep.join(f"「{w}」" if lang == "ja" else f"“{w}”" for w in dict.fromkeys(found[:3]))
    if not all(matched):  # only some quotes matched: each named by its place
        similar = [m and not s for m, s in zip(matched, same, strict=True)]
        if any(similar) and not words:
            return matched_note("similar_which", places(similar), Text("", ""))(lang).split("\n")[0]
        return mixed_note(places(same), Text(words, words), same, similar)(lang)
    some = ("_some" if len(quotes) > 1 else "") + ("_too" if too else "")
    if all(same):
        return ui(f"scam_note.same{some}", _UI)(lang)
    if words and (which := which_same(same)):  # some the same, some similar (42a, item 20)
        return mixed_note(which, Text(words, words), same, [not one for one in same])(lang)
    note = ui(f"scam_note.similar{some}", _UI)(lang)
    if not words:
        return note.split("\n")[0]
    return note.format(matched=ui("flag.matched", _UI)(lang).format(words=words))


def note_of_sign(note: str, number: int, lang: Lang) -> str:
    """A scam-subject note printed under another sign than the one that quotes its texts (the
    suspension sign naming them, review 35a, item 5) says whose texts it means: 「兆候1の文面は、
    …にも似ています。」, not 「この文面は」 of a sign that quotes nothing (review 59m, item 4)."""
    subject = ui("scam_note.of_sign", _UI)(lang).format(number=number)
    if lang == "ja":
        for own in ("この文面は、", "これらの文面は、"):
            if note.startswith(own):
                said = subject + note.removeprefix(own)
                return said.replace("に似ています。", "にも似ています。", 1)
        return ui("scam_note.of_sign_which", _UI)(lang).format(number=number) + note
    for own, verb in (("This wording is ", "is also "), ("These wordings are ", "are also ")):
        if note.startswith(own):
            plural = own.startswith("These")
            said = subject.replace("wording ", "wordings ") if plural else subject
            return said + verb + note.removeprefix(own)
    if note.startswith("This wording matches"):
        return subject + "also matches" + note.removeprefix("This wording matches")
    if note.startswith("Each of these wordings matches"):
        said = subject.replace("wording ", "wordings ")
        return said + "also match" + note.removeprefix("Each of these wordings matches")
    return ui("scam_note.of_sign_which", _UI)(lang).format(number=number) + note
