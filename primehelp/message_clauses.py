"""How check-message cuts a message into what a request is looked for in (review 36a, items 1
and 2).

- **Sentences over line breaks.** A mail is hard-wrapped at 30 to 38 characters and an SMS
  wraps on the phone, so a request often runs over a line end (「…クレジットカード番号を\\n入力して
  ください」). The lines of a paragraph are one text: a sentence ends at 「。」, "!", "?", ". ",
  a blank line (unless the line before it ends with an object that waits for its verb,
  「カード番号を」: review 41a, item 3), after a salutation line (「…会員様」) and before a line that starts with a list
  mark (「■」「・」「※」…). Japanese lines are joined with no space, Latin ones with one.
- **A negation governs its own clause.** 「パスワードを聞くことはありませんが、カード番号を入力
  してください」 holds a reassurance and a request: the negation cancels only the clause it ends.
  Clauses end after a predicate and a comma (「…ありませんが、」「…ませんので、」「ご安心ください、」),
  at a space between Japanese words (a full-width space is a space after NFKC), at ", but", and
  a bracket 「（…）」 is a clause of its own (the words around it stay one clause). A comma after a
  particle (「カード番号を、…」「お伺いすることは、一切ございません」) ends no clause: the negation
  at the end governs the whole verb phrase. A request is an object and a verb in the clauses no
  negation governs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from primehelp.lazy_pattern import LazyPattern
from primehelp.message_check import WRAPPED_SENTENCE_AT_MOST

if TYPE_CHECKING:
    from primehelp.message_words import Words

# A sentence end of the text (message_check.SENTENCE_END), with what it is: a line end alone
# (group "line") is no end when both lines around it hold words.
_ENDS = LazyPattern(
    r"(?P<line>[ \t\r\f\v]*\n[ \t\r\f\v]*)(?![ \t\r\f\v\n。])"
    r"|[。\n][。\s]*|[!?]+(?![A-Za-z0-9=&%_./\-])|(?<=\.)\s+"
)
# A line that starts a new sentence: a list or heading mark, a quoted reply (NFKC forms).
_LIST_MARKS = "■□●○◆◇・※【★☆▶►▼▽◎〇*•>-"
# A line that ends so is a salutation or heading line (「Amazonプライム会員様」): no sentence
# goes on from it (review 32a, item 3).
_HEADING_ENDS = ("様", "様へ", "さま", "各位", "御中", "殿", "】")
_PARTICLES = "のにへはがをとやもで、,"  # …unless the next line goes on from it (「お客様\nの…」)
# A line that ends as a sentence does (「…更新してください」「…ます」) and a next line that does not
# go on with the verb (「ませ」「ので」「が」…): two sentences, as an HTML mail's 「<br>」 after
# 「ください」 is (review 40a, item 7: 「…更新してください<br>Amazon」 was quoted as one).
_SENTENCE_ENDS = ("ください", "下さい", "ます", "ません", "です", "ました", "でした", "ましょう")
_OBJECT_WAITS = ("を",)
_VERB_GOES_ON = "まのがかけよねしとでな、,。)）"
# After NFKC, folded, white space made single spaces: where a clause ends.
_CLAUSE_END = LazyPattern(
    r"(?:(?:ます|ません|です|でした|ました|ない|ある|いる|する|した)(?:が|けど|けれど|けれども|ので)"
    r"|(?:ます|ません|です|でした|ました|ください|下さい|ものの|のに|ので|けど|けれど|けれども))"
    r" ?[、,]"
    r"|(?:ません|ます|です|でした|ました)(?:が|ので)(?=\S)"
    r"|(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])"
    r"|,? but\b|;"
)
_BRACKET = LazyPattern(r"\(([^()]*)\)")
# A short aside in brackets (NFKC: 「（コード）」 is 「(コード)」): 「ギフトカード（コード）で」,
# 「クレジットカード（VISA・Master）の番号」 (review 43a, item 6). At most 15 characters.
_ASIDE = LazyPattern(r" ?\(([^()]{1,15})\) ?")


def _cjk(char: str) -> bool:
    return ord(char) >= 0x2E80  # kana, kanji, full-width forms, Japanese punctuation


def _url(token: str) -> bool:
    return "://" in token or token.casefold().startswith("www.")


def joined(first: str, second: str) -> str:
    """Two lines of one sentence: Japanese with no space between (a mail program cuts a line
    anywhere, even inside 「PW」), Latin with one, and a link keeps its space."""
    first, second = first.rstrip(), second.lstrip()
    if not first or not second:
        return first or second
    japanese = any(_cjk(char) for char in (*first[-12:], *second[:12]))
    link = _url(first.split()[-1]) or _url(second.split()[0])
    between = "" if japanese and not link else " "
    return f"{first}{between}{second}"


# A line that starts with a mail header's label (「件名:」「差出人:」, NFKC) starts a sentence: two
# header lines of a pasted block are never one quote (review 46a, item 7: 「…満期通知差出人: …」).
_HEADER_LABEL = LazyPattern(
    r"(?i)^(?:件名|差出人|宛先|日付|送信日時|返信先|subject|from|to|cc|date|sent|reply-to) ?:"
)


# After a line that ends with a link (or is one), a sentence goes on only with a particle
# (「24時間以内に https://…」 / 「からお支払い情報を…」); a next line that starts a sentence of its
# own is apart (review 57a, item 2: 「https://…／カード番号と…」 quoted a text the message does
# not hold). 「は」「が」「も」「や」 are left out: they start words too (「もう一度」).
_AFTER_LINK = ("から", "より", "まで", "にて", *"のにへをとで、,")


def after_link_goes_on(before: str, line: str) -> bool:
    """Whether ``line`` goes on with ``before`` as far as a link ending ``before`` lets it."""
    words = before.split()
    if not words or not _url(words[-1]):
        return True
    return line.lstrip().startswith(_AFTER_LINK)


def _goes_on(before: str, line: str) -> bool:
    """Whether ``line`` goes on with the sentence of the line ``before`` it."""
    if not after_link_goes_on(before, line):
        return False
    if line[0] in _LIST_MARKS or (":" in line[:10] and _HEADER_LABEL.search(line)):
        return False
    if before.endswith(_SENTENCE_ENDS) and line[0] not in _VERB_GOES_ON:
        return False
    return not before.endswith(_HEADING_ENDS) or line[0] in _PARTICLES


def sentences(text: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each sentence of ``text`` (NFKC) with the lines it was written on: its pieces of the
    text, each the whole of one line's part of it (a quote is made of them)."""
    pieces: list[str] = []
    held = 0  # the characters of the pieces: a sentence goes on up to WRAPPED_SENTENCE_AT_MOST
    at, line_end = 0, False  # whether the last piece ended at a line end alone
    for end in (*_ENDS.finditer(text), None):
        piece = text[at : end.start() if end else len(text)].strip()
        if pieces and not (
            piece and line_end and held < WRAPPED_SENTENCE_AT_MOST and _goes_on(pieces[-1], piece)
        ):
            yield _whole(pieces), tuple(pieces)
            pieces, held = [], 0
        if piece:
            pieces.append(piece)
            held += len(piece) + 1  # and the space it may be joined with
        line_end = end is not None and end.group("line") is not None and not piece.endswith(".")
        # …or at a blank line after an object that waits for its verb (「カード番号を」 /
        # 「ご入力ください」, as an SMS is laid out: review 41a, item 3)
        line_end = line_end or (
            end is not None and not end.group().strip() and piece.endswith(_OBJECT_WAITS)
        )
        at = end.end() if end else at
    if pieces:
        yield _whole(pieces), tuple(pieces)


def _whole(pieces: list[str]) -> str:
    whole = pieces[0]
    for piece in pieces[1:]:
        whole = joined(whole, piece)
    return whole


# Two lines of one sentence that are apart, shown so in a quote (review 42a, item 15: 「…482913SMS
# に届いた…」「お名前2. クレジット…」 read as one word): the second starts a list item, or the first
# is a short list item, or ends with a label's colon or with a letter or a digit the second does
# not go on from (「ID」 then 「とPW…」 goes on). A line wrapped inside a phrase (「…番号を」 then
# 「入力…」) is joined as before.
APART = "／"
_LIST_NUMBER = LazyPattern(r"^(?:\d{1,2}[.)]|\(\d{1,2}\)|[\u2460-\u2473])")
_GOES_ON_FROM_LATIN = "のにへはがをとやもでかよ"
_NAMING = (
    3  # a matched word that names what is asked: not 「番号」「確認」 (in 「お問い合わせ番号」)
)
_ITEM_LENGTH = 40  # a list item is short (message_requests: 「・カード番号」「有効期限：」)


def _apart(before: str, after: str) -> bool:
    """Whether the line ``after`` is apart from the line ``before`` it (as given, one line each)."""
    if not before or not after:
        return False
    first = unicodedata.normalize("NFKC", after[0])
    if first in _LIST_MARKS or _LIST_NUMBER.search(unicodedata.normalize("NFKC", after)):
        return True
    start = unicodedata.normalize("NFKC", before[:4])
    if len(before) <= _ITEM_LENGTH and (start[:1] in _LIST_MARKS or _LIST_NUMBER.search(start)):
        return True
    last = unicodedata.normalize("NFKC", before[-1])
    return last == ":" or (last.isascii() and last.isalnum() and first not in _GOES_ON_FROM_LATIN)


def quoted(pieces: tuple[str, ...], given: Callable[[str], str]) -> str:
    """The sentence of these pieces as the member gave it: each piece as given, joined as the
    lines are (with 「／」 between lines that are apart: :func:`_apart`). A piece already quoted
    with the lines before it (message_quote joins a line that ends in a particle with the next)
    is not quoted twice."""
    whole = last = ""
    for piece in pieces:
        said = given(piece)
        key, before = "".join(said.split()), "".join(whole.split())
        if before and key.startswith(before):
            rest, kept = said, 0
            while kept < len(before):  # drop the part already quoted
                if not rest[0].isspace():
                    kept += 1
                rest = rest[1:]
            said = rest
        apart = _apart(last, said.strip())
        whole = f"{whole.rstrip()}{APART}{said.strip()}" if apart else joined(whole, said)
        last = said.strip() or last
    return whole


@lru_cache(maxsize=1)  # the same message read by text_flags, call_flags and mentioned
def present_in(subject: str, text: str) -> str:
    """The text words are looked for in before its sentences are read (folded, single spaces):
    as written, and with its lines joined (「…IDとP\\nWを…」 holds 「PW」), so that no word of a
    sentence over lines is left out of the lists (:meth:`Words.present`)."""
    lines = "".join(text.split("\n"))
    whole = " ".join(f"{subject}\n{text}\n{lines}".casefold().split())
    return f"{whole} {asides_last(whole)}" if "(" in whole else whole


def asides_last(spaced: str) -> str:
    """``spaced`` with each short aside in brackets moved to its end (「ギフトカード（コード）で
    お願いします」 → 「ギフトカードでお願いします (コード)」): the words around it read as one
    (review 43a, item 6), the aside still read as a clause of its own (:func:`clauses`)."""
    if "(" not in spaced:
        return spaced
    asides: list[str] = []

    def taken(found: re.Match[str]) -> str:
        asides.append(f"({found[1]})")
        return " " if found[0].startswith(" ") and found[0].endswith(" ") else ""

    outer = _ASIDE.compiled.sub(taken, spaced)
    return " ".join((outer.strip(), *asides)) if asides else spaced


def clauses(spaced: str) -> list[str]:
    """The clauses of one sentence (folded, single spaces): a bracket's content is one, and the
    words around it are one; the rest split at :data:`_CLAUSE_END`."""
    inner: list[str] = []

    def taken(found: re.Match[str]) -> str:
        inner.append(found[1])
        return ""

    outer, before = spaced, ""
    while outer != before:  # the innermost brackets each time: 「（…（…）…）」 in two passes
        before = outer
        outer = _BRACKET.compiled.sub(taken, outer)
    parts: list[str] = []
    at = 0
    for end in _CLAUSE_END.finditer(outer):
        parts.append(outer[at : end.end()])
        at = end.end()
    parts.append(outer[at:])
    return [part.strip() for part in (*parts, *inner) if part.strip()]


def not_denied(spaced: str, negation: Words) -> tuple[str, str]:
    """The clauses of the sentence that no word of ``negation`` governs, as one text (spaced,
    compact) with 「|」 between them, so no word is found across two of them."""
    compact = spaced.replace(" ", "")
    if not negation.found_in(spaced, compact):
        return spaced, compact
    negation = negation.present(spaced, compact)  # the few words of this sentence
    kept = [c for c in clauses(spaced) if not negation.found_in(c, c.replace(" ", ""))]
    text = " | ".join(kept)
    return text, text.replace(" ", "")


def from_the_ask(quote: str, matched: Iterable[str]) -> str:
    """``quote`` from its first line that asks, its lines before that left out (review 42a, item
    15: 「お問い合わせ番号：482913／SMSに届いた確認コードを…」 starts at 「SMSに…」): a line before
    it holds none of the ``matched`` words (folded forms), or is a label and its value holding
    none of three characters or more (「番号」 of 「お問い合わせ番号：482913」 names nothing asked)."""
    lines = quote.split(APART)
    words = ["".join(word.split()) for word in matched]
    for at, line in enumerate(lines):
        key = "".join(unicodedata.normalize("NFKC", line).casefold().split())
        held = [word for word in words if word and word in key]
        if _LABELLED.search(key):
            held = [word for word in held if len(word) >= _NAMING]
        if held:
            return APART.join(lines[at:])
    return quote


_LABELLED = LazyPattern(r"^[^:]{1,30}:[^:]+$")  # 「お問い合わせ番号:482913」 (NFKC, no spaces)
