"""How a statement line's text is matched to a text the fact sheet lists (FACTS §10).

Only the texts the sheet lists are Amazon's (review 44c, item 1): a text is one when it starts
with a listed text's words, white space only where the listed text has it (「AMA ZON PRIME」 is
none: item 3), and nothing follows but what cards print after a text: a reference with a digit
(「*2K3L45ZX0」, 「1234」), a period (「2026/11」, 「11月分」, 「2026年11月」: 46c S 11), an instalment (「1/1」, 「3回払い」, 「分割2回目」, 「リボ」: 45c, 10), a
lone 「*」, 「JP」, 「利用国USA」 and the text's own words (in katakana too, in brackets or not). Any other word (「TOP」, 「CN」, 「SUPPORT」,
「TOKYO」) is an extra word: the text is not the listed one, and may be another company's.
Pure; no pattern compiled at import.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from primehelp.lazy_pattern import LazyPattern

_LEADING = LazyPattern(r"^\W+")
# words in brackets read as the others (45c, item 6), a reading in katakana too: its words must
# be the text's own (「（ｱﾏｿﾞﾝ･ﾌﾟﾗｲﾑ）」), never another text's (「（ﾀﾞｳﾝﾛｰﾄﾞ）」, review 46c, left open)
_TOKENS = LazyPattern(r"[\s,()・]+")
# a reference has a digit: 「*TOP」 is a word after a sign, not a reference (review 44c, item 1)
_REFERENCE = r"\*[a-z0-9]*[0-9][a-z0-9]*|[0-9]+/[0-9]+|[0-9]+|\*" + (
    # an instalment as Japanese statements write it, 「(JP)」 too (review 45c, item 10)
    r"|[0-9]+回(?:払い?|目)|分割(?:払い?)?|リボ(?:払い?)?|(?:ボーナス)?一括(?:払い?)?|\(jp\)"
    # the period a fee is for, in Japanese as 「2026/11」 is read (「11月分」, 「2026年11月」: 46c S 11)
    r"|(?:[0-9]{4}年)?[0-9]{1,2}月分?"
)

# a name with dots whose last part starts with a letter (「PRIME-JP.TOP」, not 「1.99」)
DOMAIN = LazyPattern(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z][a-z0-9-]*")

# A name spelt out letter by letter (「A M A Z O N PRIME」): a look-alike FACTS §11 lists (review
# 42c, item 3: read as 「AMAZON PRIME」 once its spaces were dropped).
SPACED_LETTERS = LazyPattern(r"(?<![a-z0-9])(?:[a-z] ){3,}[a-z](?![a-z0-9])")
# Amazon's own names (FACTS §11: amazon.co.jp and names ending in .amazon.co.jp, amazon.jp,
# amazon.com; its short links amzn.asia, amzn.to)
AMAZON_DOMAINS = ("amazon.co.jp", "amazon.jp", "amazon.com", "amzn.asia", "amzn.to")


def amazon_domain(domain: str) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in AMAZON_DOMAINS)


def without_subdomains(text: str, own: tuple[str, ...] = ()) -> str:
    """``text`` (NFKC, case folded) with each name of Amazon's written as its domain:
    「WWW.AMAZON.CO.JP」 is Amazon's site, read as 「AMAZON.CO.JP」 (FACTS §11: a name ending in
    .amazon.co.jp; review 42c, item 2: 「www」 was read as another name before Amazon's), and a
    service's own site (``own``: 「WWW.AUDIBLE.CO.JP」) as its name 「audible」 (45c, item 2)."""
    spaced = widths(text).casefold()
    if "." not in spaced:
        return spaced
    for domain in DOMAIN.compiled.findall(spaced):
        site = next((d for d in own if domain == d or domain.endswith("." + d)), None)
        amazon = next((d for d in AMAZON_DOMAINS if domain.endswith("." + d)), None)
        spaced = spaced.replace(domain, site.split(".")[0] if site else amazon or domain)
    return spaced


def widths(text: str) -> str:
    """``text`` with only the forms card statements print folded (NFKC): full-width ASCII and
    signs, half-width katakana, the ideographic space. Any other compatibility letter stays as it
    is (circled 「Ⓐ」, bold 「𝐀」, superscript 「ᴬ」, Roman numeral 「Ⅿ」): no card prints them, so a
    text spelt with them is a look-alike, never a listed text (review 46c, item 6)."""
    if text.isascii():
        return text
    plain = "".join(unicodedata.normalize("NFKC", c) if _wide(c) else c for c in text)
    return unicodedata.normalize("NFC", plain)  # 「ｿﾞ」: 「ソ」 and its mark made one 「ゾ」


def _wide(char: str) -> bool:  # and Shift_JIS's ①–⑳, ㈱㈲㈹, which card files may hold
    return char in "\u3000㈱㈲㈹" or "\uff01" <= char <= "\uffee" or "①" <= char <= "⑳"


def folded(text: str) -> str:
    """``text`` as statement texts are compared letter by letter: :func:`widths`, case folded
    (the one folding of :func:`spaced_words` and ``statement_lookalike``'s words; 44c cleanup)."""
    return widths(text).casefold()


def spaced_words(label: str) -> tuple[str, frozenset[int]]:
    """``label`` without white space (NFKC, case folded), and where its spaces were."""
    plain = ""
    gaps = set()
    for char in folded(label):
        if char.isspace():
            gaps.add(len(plain))
        else:
            plain += char
    return plain, frozenset(gaps)


def head(spaced: str, word: str, gaps: frozenset[int]) -> str | None:
    """What follows ``word`` at the start of ``spaced`` (NFKC, case folded, leading signs
    dropped), white space inside it only at ``gaps``; ``None`` when ``spaced`` does not start
    with ``word`` so written (「ama zon prime」 for 「amazonprime」: review 44c, item 3)."""
    start = _LEADING.compiled.sub("", spaced)
    at = 0
    for index, char in enumerate(start):
        if at == len(word):
            return start[index:]
        if char.isspace():
            if at in gaps:
                continue
            return None
        if char != word[at]:
            return None
        at += 1
    return "" if at == len(word) else None


def extra_words(tail: str, words: list[str]) -> list[str]:
    """The words of ``tail`` (what follows a listed text) that are none of what cards print
    after it: a reference, an instalment, or one of ``words``, in brackets or not (as
    :func:`~primehelp.content.charges.compared` leaves them; several may run over spaces:
    「利用国 USA」)."""
    known = tuple(sorted(set(words), key=len, reverse=True))
    one, joined = _patterns(known)
    tokens = [t for t in _TOKENS.compiled.split(tail) if t]
    # A word runs over at most as many tokens as it has characters: the stops tried from each
    # token are bounded, so a long text is read in linear time (review 47c, item 6: every later
    # stop was joined and matched, cubic in the words after a listed text).
    span = max((len(w) for w in known), default=1)
    extra: list[str] = []
    at = 0
    while at < len(tokens):
        end = next(
            (
                stop
                for stop in range(min(len(tokens), at + span), at, -1)
                if (stop == at + 1 and one.fullmatch(tokens[at]))
                or (joined is not None and joined.fullmatch("".join(tokens[at:stop])))
            ),
            None,
        )
        if end is None:  # said without a joining hyphen (「JP.TOP」, review 45c, item 5), but
            bare = tokens[at].lstrip("-")  # 「-JP」 as it is: 「JP」 alone is printed by cards
            if not _hyphened_reference(bare):  # 「AMAZON PRIME-1」: a reference (48c, item 5)
                extra.append(bare if bare and not one.fullmatch(bare) else tokens[at])
            at += 1
        else:
            at = end
    return extra


def _hyphened_reference(bare: str) -> bool:
    """Whether ``bare`` (a token without its leading hyphens) is a reference with a digit, as
    some cards print one after a hyphen (「AMAZON PRIME-1」: review 45c; 48c, item 5)."""
    return any(c.isdigit() for c in bare) and re.fullmatch(rf"(?:{_REFERENCE})+", bare) is not None


def service_heads(
    names: list[tuple[tuple[str, ...], tuple[str, ...]]], amazon: tuple[str, ...]
) -> list[tuple[str, frozenset[int]]]:
    """The names a text may start with to name a service (review 44c item 1, round 53): each
    service's name (``names``: a name's words, NFKC, case folded, and its service's own words)
    cut after any of its words, when it has a word of that service's own and one of Amazon's (``amazon``:
    「prime video」, 「amazon music」, 「kindle」, not 「prime」 nor 「amazon」 alone), with white
    space allowed between its words; and the service's own words that name Amazon as they are
    (「プライムビデオ」). Longest first."""
    found: dict[str, frozenset[int]] = {}
    for words, own in names:
        plain, gaps = "", set()
        for word in words:
            if plain:
                gaps.add(len(plain))
            plain += word
            named = any(w in plain for w in own) and any(a in plain for a in amazon)
            if named and plain not in found:
                found[plain] = frozenset(gaps)
        for word in own:
            if any(a in word for a in amazon):
                found.setdefault(word, frozenset())
    return sorted(found.items(), key=lambda item: len(item[0]), reverse=True)


@functools.lru_cache(maxsize=64)
def _patterns(words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """What :func:`extra_words` reads a tail with, for the words of one listed text or service
    name (longest first): compiled at first use, once per label (44c cleanup)."""
    known = "|".join(re.escape(w) for w in words if w)
    one = re.compile(rf"(?:{_REFERENCE}|{known})+" if known else rf"(?:{_REFERENCE})+")
    return one, re.compile(rf"(?:{known})+") if known else None


def broken_name(spaced: str, names: tuple[str, ...]) -> bool:
    """Whether one of ``names`` (「amazon」, 「prime」…) is written in ``spaced`` with white space
    inside it (「AMA ZON」, 「A MAZON」, 「PR IM E」: FACTS §11 lists names with spaces among the
    look-alikes; review 44c, item 3)."""
    parts = spaced.split()
    if len(parts) < 2:
        return False
    joined = "".join(parts)
    cuts: set[int] = set()
    at = 0
    for part in parts[:-1]:  # a running sum: linear in the parts (review 47c, item 6)
        at += len(part)
        cuts.add(at)
    for name in names:
        at = joined.find(name)
        while at >= 0:
            if any(at < cut < at + len(name) for cut in cuts):
                return True
            at = joined.find(name, at + 1)
    return False


def as_typed(text: str, word: str) -> str:
    """``word`` (NFKC, case folded) as ``text`` writes it, never normalised (「top」 → 「TOP」,
    「ＴＯＰ」; 「アマゾン」 → 「ｱﾏｿﾞﾝ」: review 45c, item 6), else as it is."""
    longest = 3 * len(word) + 2  # a half-width kana with its sound mark is two characters
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + longest) + 1):
            if folded(text[start:end]) == word:
                return text[start:end]
    return word


@functools.lru_cache(maxsize=64)
def own_kana(label: str) -> tuple[str, ...]:
    """The words of ``label`` (「AMAZON PRIME」) in katakana (statement.toml's [own_katakana]), and
    those of the words cards print after any text (「カイヒ」 for 会費): what cards may print after
    it as its own words (review 45c, item 6; 46c, item 3)."""
    from primehelp.facts import document

    table = document("statement").node("own_katakana")
    words = re.split(r"[^a-z0-9]+", folded(label))  # 「amazon」 of 「amazon.co.jp」 (46c, item 3)
    said = [key for key in table.table if key in words or not key.isascii()]  # 会費: any text's
    return tuple(folded(kana) for key in said for kana in table.strings(key))


def joined_texts(text: str, listed: Iterable[str]) -> tuple[str, ...]:
    """The listed texts (``listed``: the sheet's labels, 「A / B」 two texts) that ``text`` is
    made of, two or more run on with only spaces or signs between (「AMAZON PRIME AMAZON.CO.JP」,
    「AMAZON.CO.JP*AMAZON PRIME」: review 46c, item 2); empty when it is anything else."""
    labels = [part for label in listed for part in label.split(" / ")]
    key = "".join(c for c in folded(text) if c.isalnum() or c == ".").strip(".")
    plain = sorted(((spaced_words(x)[0], x) for x in labels), key=lambda p: -len(p[0]))

    # From the end, the first label (longest first) ``key[at:]`` starts with whose rest is made
    # of labels: the recursion this was, without its depth nor its copies (review 47c, item 6)
    made: list[tuple[str, int] | None] = [None] * len(key) + [("", len(key))]
    for at in range(len(key) - 1, -1, -1):
        made[at] = next(
            (
                (label, at + len(word))
                for word, label in plain
                if key.startswith(word, at) and made[at + len(word)] is not None
            ),
            None,
        )
    found: list[str] = []
    step, at = made[0] if key else None, 0
    while step is not None and at < len(key):
        found.append(step[0])
        at = step[1]
        step = made[at]
    if made[0] is None or not key:
        return ()
    return tuple(found) if len(found) >= 2 else ()
