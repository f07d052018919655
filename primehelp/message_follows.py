"""The sentence that makes Amazon's own words a sign, quoted first (review 63m, item 12).

Amazon's own words (「カードの有効期限が切れています」「会員情報の確認をお願いします」) are a sign
only with a deadline, a threat or a sign-in request (:func:`primehelp.message_loose.own_words`).
When that is in another sentence (「12月10日23時59分までに更新してください」), the sign quotes that
sentence, not Amazon's harmless one, and a gloss after the quote names Amazon's words as the note
below it does: 「（「カードの有効期限が切れています」に続けて期限を切っています）」."""

from collections.abc import Callable, Sequence

from primehelp.message_loose import loose_held, named, own_words, words_held
from primehelp.message_own_kinds import kind_of, note_key
from primehelp.message_words import compact


def maker(
    sentence: str, sentences: Sequence[str], listed: Sequence[str], whole: str
) -> tuple[str, str, str, list[str]] | None:
    """For a ``sentence`` that is a sign only as Amazon's own words (an entry of ``listed``) made
    one by another of ``sentences`` (``whole``: the message, compact): that other sentence, the
    own word held, the key of the gloss (ui_message_read.toml, scam_own_quote.*) and the words
    that make the sign there; else None.
    The first sentence holding what makes it a sign, and only the kinds that one holds."""
    one = compact(sentence)
    own = [e for e in listed if own_words(e) and loose_held(e, one, whole)]
    if not own or loose_held(own[0], one, one):  # the sign is in the sentence itself
        return None
    if any(words_held(e, one) for e in listed if not own_words(e)):  # a scam word of its own
        return None
    words = named(own[0], one, whole)
    for other in sentences:
        held = [w for w in words if compact(w) in compact(other)]
        if held and compact(other) != one:
            key = note_key({kind_of(w) for w in held})
            return other, loose_held(own[0], one, whole)[0], key, held
    return None


def quoted_first(
    sentence: str, sentences: Sequence[str], listed: Sequence[str], given: Callable[[str], str]
) -> tuple[str, tuple[str, str]] | None:
    """The quote of the sentence that makes ``sentence`` (Amazon's own words) a sign (:func:`maker`),
    as ``given`` gives it, and what its gloss names: Amazon's words as the note names them
    (:func:`primehelp.message_subjects.as_quoted`) and the gloss's key; else None."""
    made = maker(sentence, sentences, listed, compact(" ".join(sentences)))
    if made is None:
        return None
    from primehelp.message_check import EVIDENCE_LIMIT
    from primehelp.message_subjects import as_quoted
    from primehelp.message_window import around

    other, word, key, held = made
    quote = around(given(other), [compact(w) for w in held], EVIDENCE_LIMIT)
    return quote, (as_quoted(given(sentence), word, False), key)
