"""Japanese phrases: which of the breaks kinsoku allows would cut a word, decided ahead of time.

The kinsoku rules (:mod:`primehelp.output.linebreak`) let a line break between any two kana or
kanji, so a narrow column printed 「コール│バック」 and 「報│告によれば」. BudouX, the phrase
segmenter Chrome uses for Japanese, knows where a phrase ends (「報告に│よれば、│最初は」), but
running it costs more than this tool's start-up budget allows (measured: importing it 5.5 ms on
top of Rich, its model 0.7 ms, then 1.7 µs a character; benchmarks/README.md).

primehelp prints its own text, so the decisions are made ahead of time, with BudouX as the
reference: ``python -m tests.support.phrases`` renders every Japanese screen, asks BudouX about
each break the kinsoku rules allow, and writes ``data/phrases.txt`` (``phrases_help.txt`` for
the help): the characters BudouX's model knows, then every *window* of text around a break that
BudouX keeps inside a phrase.

A window is exact, not a guess. BudouX decides a position from the three characters before it
and the three after it only, and gives every character its model does not know the same weight
(none); so the window is those characters (for a break after spaces, from three before the
spaces), each unknown one written ``_``, the line's ends padded with ``_``. A window found in the
file is inside a phrase in any text; one not found (text primehelp does not ship: a date of
another length, a pasted message) leaves the kinsoku rules to decide.
``tests/output/test_phrases.py`` checks the file against BudouX, and every Japanese screen at
40, 60, 80 and 120 columns for a break inside a phrase.
"""

from __future__ import annotations

import functools
from collections.abc import Container, Iterable
from collections.abc import Set as AbstractSet
from itertools import compress
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FILES = {"output": "phrases.txt", "help": "phrases_help.txt"}  # the screens, and --help
RADIUS = 3  # the characters either side of a position that BudouX's features read
UNKNOWN = "_"  # any character BudouX's model does not know, and beyond the ends of a line
_PIECE = 8192  # characters of the file split at once (HashedWindows.of_lines)


class _Known(dict[int, str]):
    """``str.translate`` table: a character BudouX's model knows stays, any other is ``_``."""

    def __init__(self, alphabet: str) -> None:
        super().__init__()
        self._alphabet = frozenset(alphabet)

    def __missing__(self, codepoint: int) -> str:
        char = chr(codepoint)
        self[codepoint] = shown = char if char in self._alphabet else UNKNOWN
        return shown


class HashedWindows:
    """The shipped windows as their hashes: 15,000 strings of seven characters held 2 MB, their
    hashes about half (check-message's peak memory, round 45). A window is looked up by its hash
    (64 bits: a false match is not to be expected in a lifetime of screens)."""

    def __init__(self, windows: Iterable[str]) -> None:
        self._hashes: AbstractSet[int] = frozenset(map(hash, windows))

    @classmethod
    def of_lines(cls, text: str) -> HashedWindows:
        """The windows of ``text``, one a line, as :func:`parse` reads them: split a piece of
        about :data:`_PIECE` characters at a time (in C), so only a piece's strings are alive at
        once. A line at a time through ``io.StringIO`` was slower on every Japanese screen: CPU
        time in a fresh process, lower quartile of 12, 3.8 → 2.8 ms (in a warm one 8.1 → 1.6 ms),
        and a higher peak (1.55 MB against 1.2 MB, tracemalloc)."""
        if "\r" in text:  # as str.rstrip read each line: a file written with CRLF
            text = text.replace("\r\n", "\n")
        hashes: set[int] = set()
        start = 0
        while start < len(text):
            end = text.find("\n", start + _PIECE)
            end = len(text) if end < 0 else end
            hashes.update(map(hash, text[start:end].split("\n")))
            start = end + 1
        hashes.discard(hash(""))  # a blank line (the last one's end) is no window
        made = cls.__new__(cls)
        made._hashes = hashes
        return made

    def __contains__(self, window: object) -> bool:
        return hash(window) in self._hashes

    def __len__(self) -> int:
        return len(self._hashes)


class Phrases:
    """The windows around a break that BudouX keeps inside a phrase."""

    def __init__(
        self, alphabet: str, inside: Container[str], between: Container[str] = frozenset()
    ) -> None:
        self.alphabet = alphabet
        self.inside = inside
        self.between = between  # windows of a break between two kanji that starts a phrase
        self._known = _Known(alphabet)

    def windows_of(self, line: str) -> str:
        """``line`` as windows are cut from: unknown characters ``_``, padded at both ends."""
        pad = UNKNOWN * RADIUS
        return pad + line.translate(self._known) + pad

    @staticmethod
    def window(padded: str, gap: int, at: int) -> str:
        """The window of a break before ``at`` that follows spaces from ``gap`` (``gap == at``
        when there are none), cut from ``padded`` (:meth:`windows_of`)."""
        return padded[gap : at + 2 * RADIUS]

    def keep_together(self, line: str, spaces: str, kinds: bytearray) -> None:
        """Demote each allowed break (2) inside a phrase to a last resort (1), in place.

        ``spaces`` has a space where ``line`` has one (the line's character classes). The
        windows are looked up all at once: this runs for every line of Japanese drawn.
        """
        padded = self.windows_of(line)
        inside = self.inside
        allowed = list(compress(range(len(kinds)), map((2).__eq__, kinds)))
        after_spaces = set()
        space = spaces.find(" ")
        while space != -1:
            gap = space
            while space < len(spaces) and spaces[space] == " ":
                space += 1
            after_spaces.add(space)
            if (
                space < len(kinds)
                and kinds[space] == 2
                and self.window(padded, gap, space) in inside
            ):
                kinds[space] = 1
            space = spaces.find(" ", space)
        if after_spaces:
            allowed = [at for at in allowed if at not in after_spaces]
        # After a full-width colon a heading or label ends (「…請求されています：月間プランの…」,
        # review 41c item 5): BudouX keeps 「ます：月間」 together, a line may break there.
        allowed = [at for at in allowed if line[at - 1] != "：" or not _kana_or_kanji(line[at])]
        windows = [padded[at : at + 2 * RADIUS] for at in allowed]
        for at in compress(allowed, map(inside.__contains__, windows)):
            kinds[at] = 1
        _keep_sentence_starts(line, allowed, kinds, padded, inside)
        _keep_kanji_together(line, allowed, kinds, padded, self.between)


def _keep_sentence_starts(
    line: str, allowed: list[int], kinds: bytearray, padded: str, inside: Container[str]
) -> None:
    """A sentence printed after another (「…可能性があります。」 then 「この請求は、…」) has the
    phrases it has at the start of a line, where the generator saw it (a data text's pieces
    start there, padded): the window with 「。」 and what precedes it unknown (review 49c,
    item 25: 「…あります。こ│の請求は」 at 40 columns)."""
    for at in allowed:
        if kinds[at] == 2 and "。" in line[max(at - RADIUS, 0) : at - 1]:  # not at its start
            end = line.rindex("。", max(at - RADIUS, 0), at) + 1 - at + RADIUS  # in the window
            window = padded[at : at + 2 * RADIUS]
            if UNKNOWN * end + window[end:] in inside:
                kinds[at] = 1


def _kana_or_kanji(char: str) -> bool:
    """A Japanese word starts here (not a URL, a date or a number: 「公式ヘルプ：https://…」)."""
    return "\u3041" <= char <= "\u30ff" or is_kanji(char)


def is_kanji(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char == "\u3005"  # CJK ideographs, 々


def _keep_kanji_together(
    line: str, allowed: list[int], kinds: bytearray, padded: str, between: Container[str]
) -> None:
    """A break between two kanji is a last resort too (review 39b item 5: 「計│算による目安」,
    「場│合」). The file holds only windows BudouX was asked about and kept whole: 計 and 算
    are not in its model (no weight either way, so it broke there), and text no screen the
    generator renders showed (a flag combination) is never looked up; a word of kanji is
    whole in either case, and a line can still break between kana.

    …except where BudouX starts a phrase, in a window the generator saw (``between``: after a
    kanji its model knows), after a word of two kanji or more (review 40c item 4:
    「2回以上│請求されています：…」 moved whole, 37 columns, and left 「月会費が」 alone on its
    line at 40). Not after a kanji that starts its run: the model cuts words there
    (「差│出人」「方│法」「未満の間│隔で」)."""
    for at in allowed:
        if 0 < at < len(line) and is_kanji(line[at - 1]) and is_kanji(line[at]):
            word = at > 1 and is_kanji(line[at - 2])
            if not word or padded[at : at + 2 * RADIUS] not in between:
                kinds[at] = 1


def parse(text: str) -> Phrases:
    """Read the file's text: the model's characters on the first line, then (after tabs) the
    windows of a break between two kanji where BudouX starts a phrase, then one window a line
    kept inside a phrase (kept as their hashes, read a piece at a time: a list of all 15,000
    strings would be the peak memory of a Japanese screen; no window ends in a space or holds
    a tab, tests/support/phrases.py)."""
    first, _, windows = text.partition("\n")
    alphabet, *between = first.split("\t")
    inside = HashedWindows.of_lines(windows)
    return Phrases(alphabet, inside, frozenset(between))


def windows_in(text: str) -> frozenset[str]:
    """The windows of a phrases file's text, as strings (tests compare them with BudouX's)."""
    return frozenset(text.partition("\n")[2].split("\n")) - {""}


@functools.cache
def bundled(kind: str = "output") -> Phrases:
    """The phrases of primehelp's own Japanese text: what commands print (``data/phrases.txt``)
    or their help (``data/phrases_help.txt``; each run loads only the one it draws)."""
    # Decoded here, not by read_text's text layer: 0.35 ms less on every Japanese screen (round
    # 53); its newlines as that layer reads them (universal newlines).
    text = (DATA_DIR / FILES[kind]).read_bytes().decode("utf-8")
    return parse(text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text)
