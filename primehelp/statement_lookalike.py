"""A statement text that imitates Amazon's name without naming it (review 42c, item 4).

`charge` says such a text (「AMAZ0N PRIME」, 「AMZON PRIME」, a Cyrillic 「АMAZON PRIME」) is none
of Amazon's texts and may be another company's charge; `charge --statement` showed none of them,
counting them among the lines it does not show. Pure; imported only when a line names no Amazon
word (most lines of a statement are other shops', so this must stay cheap: no pattern compiled
at import).
"""

from __future__ import annotations

from primehelp.message_letters import skeleton
from primehelp.message_words import one_edit

_NAME = "amazon"


def looks_like_amazon(text: str) -> bool:
    """Whether ``text`` (which names no Amazon word) reads as Amazon's name once look-alike
    letters are undone (a zero for 「o」, Cyrillic or Greek letters: FACTS §11), or one of its
    words is Amazon's name with one letter left out, added, changed or swapped (「AMZON」)."""
    text = undecorated(text)
    if "amazon" in skeleton(text) or _KANA_NAME in "".join(text.split()):
        return True
    for part in text.split():
        folded = skeleton(part)
        word = "".join(c if "a" <= c <= "z" else " " for c in folded)
        if any(one_edit(w, _NAME) for w in word.split() if len(w) >= len(_NAME) - 1):
            return True
    return False


_KANA_NAME = "アマゾン"
# the one-letter katakana swaps (「アマゾソ」 for 「アマゾン」; シ for ツ): review 48c, item 2
_KANA_SWAPS = str.maketrans("ソツ", "ンシ")
_KANA_MARKS = "\u3099\u309a"  # the kana's own sound marks (「ゾ」 is 「ソ」 and one): kept
_MARKS = ("Mn", "Me", "Cf")


def undecorated(text: str) -> str:
    """``text`` (NFKC) with accents and other marks on its letters dropped (「AMÀZON」,
    「AMAZÕN」), invisible characters taken out (a zero-width space inside 「AMAZON」) and the
    katakana look-alike letters undone (ソ for ン, ツ for シ): only width is folded for a listed
    text, so a text that reads as Amazon's name once these are undone is a look-alike (review
    48c, item 2; FACTS §11 lists 「Amαzon」)."""
    if text.isascii():
        return text
    import unicodedata

    split = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text))
    kept = "".join(c for c in split if c in _KANA_MARKS or unicodedata.category(c) not in _MARKS)
    return unicodedata.normalize("NFC", kept).translate(_KANA_SWAPS)


# ---------------------------------------------------------------- near a listed text (43c, 2)

_WORD_GAP = frozenset(" \t\u3000.,*/-_:;()#'\"")


def _words_of(text: str) -> list[str]:
    """The words of ``text`` (NFKC, case folded), split at spaces and signs; Japanese letters
    after Latin ones are a word of their own (「pay提携サイト」: 「pay」, 「提携サイト」)."""
    from primehelp.content.statement_match import folded

    words: list[str] = []
    word = ""
    for char in folded(text):
        if char in _WORD_GAP or char.isspace():
            words.append(word)
            word = ""
            continue
        if word and (ord(char) >= 0x3000) != (ord(word[-1]) >= 0x3000):
            words.append(word)
            word = ""
        word += char
    return [w for w in [*words, word] if w]


def _close(word: str, listed: str) -> int | None:
    """How far ``word`` is from the listed word (0: the same): one letter's change, or
    look-alike letters (「PRlME」, a Cyrillic 「І」, 「rn」 for 「m」) count as one; else ``None``."""
    if word == listed:
        return 0
    if skeleton(word) == listed or one_edit(word, listed):
        return 1
    return None


def near_listed(text: str, listed: tuple[str, ...]) -> str | None:
    """The listed text (as the fact sheet writes it) that ``text`` is close to but not: its
    words one letter apart each, or look-alike letters for the real ones (「AMAZONE PRIME」,
    「AMAZON PRlME」, 「AMAZON PRIMEE」, 「AMAZONEPRIME」: review 43c, item 2; FACTS §11 lists
    「Amazone」 among the look-alikes), or a word that is Amazon's name so changed (「AMAZONE」
    alone: review 44c, item 4; then "Amazon"). ``None`` when ``text`` starts with a listed text
    as it is written, or is near none. Two letters changed in all at most, one per word."""
    words = _words_of(text)
    for label in listed:
        want = _words_of(label)
        if words[: len(want)] == want:
            return None
    for label in listed:
        want = _words_of(label)
        apart = [_close(w, x) for w, x in zip(words, want, strict=False)]
        if len(apart) == len(want) and None not in apart and 0 < sum(a or 0 for a in apart) <= 2:
            return label
        joined = "".join(want)  # 「AMAZONEPRIME」: the words run together
        for count in range(1, len(want) + 1):
            if _close("".join(words[:count]), joined) == 1:
                return label
    # Amazon's name itself, anywhere: 「AMAZONE」 (FACTS §11), 「AMAZONN JAPAN」 (review 44c, 4)
    return next(("Amazon" for w in words if w != _NAME and _close_to_name(w)), None)


def _close_to_name(word: str) -> bool:
    """Whether ``word`` is Amazon's name with one letter changed, or look-alike letters."""
    return one_edit(word, _NAME) or skeleton(word) == _NAME


def near_service(text: str, names: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    """The service name (as the data writes it: 「Prime Video」) whose words ``text`` has one
    letter apart each, or with look-alike letters (「PRIME VIDE0」, 「AMAZON MUSlC」, 「AUDIBEL」),
    or run together so changed (「PRIMEVIDE0」): review 44c, R-minor 11 (round 53). ``None`` when
    ``text`` is near none. Two letters changed in all at most, one per word."""
    # letters and digits only: 「KIDS+」 is the name 「Amazon Kids+」 as written, no look-alike
    words = [w for w in ("".join(c for c in x if c.isalnum()) for x in _words_of(text)) if w]
    for shown, want in names:
        for at in range(len(words) - len(want) + 1):
            # a name's plural is the name (「PRIME VIDEO CHANNELS」, review 52c item 28)
            pairs = zip(words[at:], want, strict=False)
            apart = [0 if w == x + "s" else _close(w, x) for w, x in pairs]
            if None not in apart and 0 < sum(a or 0 for a in apart) <= 2:
                return shown
        joined = "".join(want)
        if len(want) > 1 and any(_close(w, joined) == 1 != (w == joined + "s") for w in words):
            return shown
    return None
