"""The pieces of a line kept whole when they fit (:func:`units`), and how the line breaker
(:mod:`primehelp.output.linebreak`) keeps them so (:func:`keep_units`); those never broken at
all (:func:`whole`), and how (:func:`keep_commands`). A quotation in 「…」 or 『…』, the label
that starts a line, a date written out, a count with its label: cut in two, a label cannot be
found on the page by eye. A command (`primehelp cancel --trial`, or written out in an error), a
fact ID and an address are typed by the member: cut, a command copied from a terminal runs cut
short, so they are never broken here: an ID wider than the line runs past it, whole, as a URL
does, and a command wider than the line is continued with 「 \\」 before an option once laid
out (:mod:`primehelp.output.continued`). Pure: no Rich, no terminal."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from primehelp.lazy_pattern import LazyPattern, after
from primehelp.output.break_amounts import amounts
from primehelp.output.break_glue import more_units
from primehelp.output.break_nouns import of_nouns, with_particle
from primehelp.output.quote_units import Unit, quotations

if TYPE_CHECKING:
    from rich.text import Text

_LABEL = LazyPattern(  # not compiled for a line without 「：」 (0.2 ms: round 53)
    r"[・\s]*((?:「[^「」\n]{1,20}」)?[^、。「」『』（）：\s][^、。「」『』（）：]{0,19})：",
    needs=lambda line: "：" in line,
)
"""The label at the start of a line (after a bullet): up to 20 characters before a 「：」, none
of them a comma, a full stop or a bracket; it may begin with a quoted name (「「Amazonプライム
会員情報」のページ：」)."""
# A kana or kanji is written [^\W\d_a-zA-Z] (a letter, not a Latin one), not as the ranges
# [\u3041-\u30ff\u4e00-\u9fff]: a range of 20,000 characters costs half a millisecond to compile,
# on every run (start-up budget, benchmarks/README.md); in primehelp's own text they are the same.
_NAMED = LazyPattern(
    r"(?:^|(?<=[。、（？！　]))[^\W\d_a-zA-Z]{1,12}：(?:[^、。：「」\n]{1,24}(?=、))?"
)
"""A label in the middle of a line, after a sentence (a question too), a comma or a bracket
(「…指定してください。使える形式：2026-11-01、」): its words and 「：」, with the first item of
the list after it when that item is short (review 13a item 3: 「使える│形式：」; review 27a,
R-minor 12: 「…のことですか？使える│値：」)."""


_DATED = LazyPattern(
    r"(?:[^\W\d_a-zA-Z\u3041-\u309f]{1,8}は)?\d{4}年\d{1,2}月\d{1,2}日(?:ごろ)?"
    r"(?:（[^（）「」]{1,10}）|に確認しました。|の(?:前日|翌日|請求）|\d+(?:年|か月)後))?",
    needs=lambda line: "月" in line,
)
"""A date written out, with the label before it that ends in 「は」 and the short note in
brackets after it: 「更新日は2026年12月6日（明日）」, 「2026年12月8日（あと3日）」; the sources'
check date with its sentence, 「2026年12月2日に確認しました。」: on a line of its own when the
sources leave no room for it, never 「…。2026年12月2日に│確認しました。」 (review 21a, item 11);
the day counted from it, 「2026年12月31日の前日」, 「2026年12月4日の1年後」: never 「…日│の1年後」
or 「…日の│前日」 (review 28b S 7); an assumed day with its 「ごろ」, never 「…17日│ごろ」 (review 30c,
item 4); a charge's day in brackets whole, never 「（2026年11月30日の│請求）」 (review 51c, item 38)."""
_YEAR_BOUND = LazyPattern(r"\d{4}年(?:より前|以前|以降|から|まで)")
"""A year with the bound it sets: 「2019年より前」, never 「2019年より│前」 (review 28b S 12)."""
_DATE = LazyPattern(r"\d{4}年\d{1,2}月\d{1,2}日")
"""A date written out (a label at the start of a line keeps it: 「解約の目安日：2026年12月23日」)."""
_KANJI = r"[^\W\d_a-zA-Z\u3041-\u30ff]"  # a kanji (a letter, not Latin nor kana): no range
_COUNTED = LazyPattern(
    rf"あと\d+日|(?:^|(?<=[　\s、])|(?<=・)(?!(?<={_KANJI}・){_KANJI}))"
    rf"(?:[^・　\s、。「」]|(?<={_KANJI})・(?={_KANJI})){{1,24}}?\d[\d,]*件",
    needs=lambda line: "あと" in line or after(line, "件", lambda c: c.isdecimal() or c == ","),
)
"""A number with what it counts: 「あと3日」, and a count with its label, from the start of
its item (「日付と金額のない行（見出しなど）1件」). A 「・」 between two kanji joins them into one
label (「停止・制限を…文面（2件）」, review 33a item 3: a unit from 「制限」 on left 「停止・」 alone
on its line); any other 「・」 separates items (「…5件・その他の行0件」)."""
_ROWS = LazyPattern(r"\d+(?:、\d+)*行目|\d+行目")
"""Rows of a file: 「7、8、13行目」 whole when it fits, else each 「13行目」 (review 23a, item 4:
「（ファイルの7、8、13行│目）」 at 60 columns)."""
_FILE_ROWS = LazyPattern(r"（ファイルの\d+(?:、\d+)*行目）")
"""The same with 「ファイルの」 and the brackets, whole when it fits (review 24a, S 10: 「（ファイル│
の15、16行目）」)."""
_CHECKED = LazyPattern(r"（\d{4}年\d{1,2}月\d{1,2}日に確認）。?")
"""A fee's check date in brackets, whole with its 「。」: never 「…（2026年12月2日に│確認）。」 (review
50b, item 10: 「確認）。」 alone on a line)."""
_GLOSSED = LazyPattern(r"(?<![\w.-])[a-z_]+（[^（）、。]{1,8}）")
"""A typed name with its gloss: 「description（明細の表記）」 (review 23a, S 13: 「明細の│表記）」)."""
_VALUE_GLOSS = LazyPattern(r"(?<=[a-z])（[A-Za-z]+ [A-Za-z]+ [^（）、。「」\n]{1,16}）")
"""A long gloss that starts with a two-word name in Latin letters after a typed value, whole:
「student-annual│（Prime Student 年間プラン）」, never 「…（Prime Student│年間プラン）」 (review
32a, item 5: a --plan error at 40 columns), whose space is the only place a line could break."""
_QUOTED_NOTE = LazyPattern(r"（「[^「」（）\n]{1,16}」[^（）「」、。\n]{0,4}）")
"""A short note in brackets that quotes a label, whole: 「（「利用国USA」付き）」, never 「（「利用国USA」│
付き）」 (review 36c, item 12: its 「付き」 began the next line, apart from what it is said of)."""
_PLAN = LazyPattern(r"(?:[年月]間|学生|個人)?[ァ-ヺー]*プラン")
"""A plan's name: 「年間プラン」, 「月間プラン」, 「ファミリープラン」. Kept whole whatever the
phrase data knows (review 19b item 1: 「（月間プ│ラン・600円）」, a screen the data had not seen,
split where 「（年間プラン・5,900円）」 did not). 「Prime Student」 before it is not part of the
unit: its space is a last resort already (the phrase data), and a unit that cannot be kept
whole on the line would still be broken at it."""

_RANGE = LazyPattern(r"\d[\d,]*(?:円|年)?〜\d[\d,]*(?:円|年|日|件|か月)?")
"""A range with its unit: 「1〜1,000,000円」, 「2019年〜2100年」 (review 29a, R-minor 3: 「1〜│
1,000,000円」 in complain's --amount errors at 40 columns)."""
_NOTE = LazyPattern(rf"(?<!{_KANJI})(?<!\d){_KANJI}{{1,4}}（[^\x00-\x7f（）「」、。\n]{{1,12}}）")
"""A short note in brackets with the word of kanji before it (a whole word: never from inside
「重要消費者紛争（…）」, nor a date's 「12日（…）」): 「可能性（現地利用額から推定）」, never 「…から│推定）」 (review 43c, item 11:
「推定）」 alone on a line at 40 and 60 columns)."""
_AMOUNT_PARTICLE = LazyPattern(r"\d[\d,.]*(?:円|米ドル)[はがをにもでのと]、?")
"""An amount with the particle after it: 「残りの300円は、」, never 「…300円│は、」 (review 43c,
item 13: a line started with 「は、」 at 40 and 80 columns, where the phrase data had not seen
that amount)."""
_COMPOUND = LazyPattern(
    f"問い合わせ|支?払い(?:戻し|{_KANJI}{{1,2}})|切り替え|読み取れ|読み込め|書き込め|見当たら"
    "|Amazon ?マーケットプレイス"
)
"""A compound with okurigana inside, which the word rule for text not in the phrase data would
break after its kana (review 29a, R-minor 2: 「自分から問い│合わせてください」; review 49a, item 6:
「支払い│情報」), and Amazon's name for its sellers: 「Amazon マーケットプレイス」 (a sender's
name), never 「…Amazon│マーケットプレイス」 (review 33a, S 17)."""

_WORD = LazyPattern(rf"[ァ-ヺ][ァ-ヺー]+|会員資格|(?<=[ぁ-ゖ])ので|{_KANJI}*[ぁ-ゖ]ません")
"""A word the phrase data may not know, kept whole when it fits (review 33b, items 1–4, at 40
columns on screens the data had not seen): a katakana word (「タイ│ミング」), Amazon's
「会員資格」 (「会員資│格」), the conjunction 「ので」 after a verb (「いないの│で」) and a
verb with its negative ending, 「変更しません」 (「変更し│ません」)."""

_DOMAIN = LazyPattern(
    r"(?:^|(?<=[\s（「：]))[^\s、。「」（）：.]+(?:\.[^\s、。「」（）：.]+)*\.[a-z]{2,}(?=$|[\s（）」、。/])"
)
"""A domain name written in kana or kanji, from where it starts (「アマゾン-プライム.com」): the
name the member looks for, kept whole when it fits (review 32a, item 4: 「アマゾン-プラ│イム.com」
at 40 columns)."""


NAMES = frozenset(
    {"contact", "check-number", "check-message", "sources", "renewal", "due", "remind", "trial"}
    | {"fees", "charge", "subscriptions", "profile", "cancel", "complain", "completion"}
)
"""primehelp's commands (the CLI's table: tests/output/test_command_units.py checks it): a
command written out starts with one, so prose (「primehelp uses the day before…」) is no command."""
_END = r"(?=[\s()（）,.:;]|$|[^\x00-\x7f])"  # a word ends at a space, a bracket, a stop, Japanese
_COMMAND = LazyPattern(
    rf"`[^`]+`|(?<![!-~])primehelp (?:{'|'.join(sorted(NAMES, key=lambda n: (-len(n), n)))}){_END}"
    rf"(?: (?:--?[a-z][a-z-]*|[a-z][a-z-]*|[A-Z]+|\d[\d-]*){_END})*"
    rf"|(?<![\w/.-])crontab -[elr]{_END}"  # 「crontab│-e」 (review 45b item 6)
)
"""A command in backquotes (「`primehelp cancel --trial --student`」), ``crontab -e``, or written
out in an error (「例：primehelp renewal 2026-12-31 --plan annual --save（…」): its words, options,
dates and placeholders (DATE), up to a bracket, a Japanese character or other punctuation."""
_FACT_ID = LazyPattern(r"(?<![\w./:-])[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+(?![\w.])")
"""A fact's ID (「subscriptions.kindle_unlimited.after_prime」): typed by the member."""
_ADDRESS = LazyPattern(
    r"(?a)(?<![\w.@/-])(?:[\w.+-]+@)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w.@-])"
)  # an e-mail address or a domain name: 「bounce@mailer-evil.top」, 「amaz0n-login.top」
_ID_LINE = LazyPattern(r"ID[：:] ?(?=[a-z])")
"""The label before an ID (「ID：」), kept on the ID's line when both fit."""


_OPTION_VALUE = LazyPattern(r"(?<![!-~])--[a-z][a-z-]* (?!-)[!-~]*[A-Za-z0-9]")
"""An option with its value, written out in an example (「（例：--ics prime.ics --events
renewal,cancel-by,notice）」): kept whole when it fits, so that an example wider than the line
breaks before an option, never between an option and its value (review 37b item 8: 「--events」│
「renewal,cancel-by,notice）」 at 40 columns)."""


def units(line: str) -> tuple[Unit, ...]:
    """The pieces of ``line`` kept whole when they fit: each quotation, from its 「 to its 」
    (nested ones too), a label that starts the line, with its 「：」, a label in the line
    (:data:`_NAMED`), alone and with its first item, a date written out with
    its label and note (:data:`_DATED`), a count with its label (:data:`_COUNTED`), a
    plan's name (:data:`_PLAN`), a range (:data:`_RANGE`), an amount with its particle (:data:`_AMOUNT_PARTICLE`), a compound verb (:data:`_COMPOUND`),
    a word the phrase data may not know (:data:`_WORD`), a domain name in kana or kanji (:data:`_DOMAIN`), a command (:func:`commands`), and a fact ID with the 「ID：」 before it."""
    found = [(start, end, False) for start, end in commands(line)]
    if "ID" in line:
        for before in _ID_LINE.finditer(line):
            typed = _FACT_ID.match(line, before.end())
            if typed is not None:  # 「ID：」 and its ID (review 12a item 1)
                found.append((before.start(), typed.end(), False))
    label = _LABEL.match(line)
    dated_at = -1  # where a date kept with the label starts
    if label is not None:
        found.append((label.start(1), label.end(), False))
        dated = _DATE.match(line, label.end())  # the label with its date, the note after them
        if dated is not None:  # (review 26b item 7: not 「解約の目安日：│2026年12月23日（…）」)
            found.append((label.start(1), dated.end(), False))
            dated_at = dated.start()
    if "：" in line:
        for named in _NAMED.finditer(line):  # the label whole, and with its first item if it fits
            found.append((named.start(), named.end(), False))
            found.append((named.start(), line.index("：", named.start()) + 1, False))
    if "行目" in line:  # the list whole, and its last row with 「行目」 (review 23a, item 4)
        for match in _ROWS.finditer(line):
            found.append((match.start(), match.end(), False))
            last = match.group().rsplit("、", 1)[-1]
            found.append((match.end() - len(last), match.end(), False))
        for match in _FILE_ROWS.finditer(line):  # 「（ファイルの15、16行目）」 whole (24a, S 10)
            found.append((match.start(), match.end(), False))
    if "）" in line:  # 「description（明細の表記）」
        found.extend((match.start(), match.end(), False) for match in _GLOSSED.finditer(line))
        found.extend((match.start(), match.end(), False) for match in _VALUE_GLOSS.finditer(line))
        found.extend((match.start(), match.end(), False) for match in _QUOTED_NOTE.finditer(line))
        found.extend((match.start(), match.end(), False) for match in _NOTE.finditer(line))
        found.extend((match.start(), match.end(), False) for match in _CHECKED.finditer(line))
    if "プラン" in line:
        found.extend((match.start(), match.end(), False) for match in _PLAN.finditer(line))
    if "年" in line:
        found.extend((match.start(), match.end(), False) for match in _YEAR_BOUND.finditer(line))
    if "〜" in line:
        found.extend((match.start(), match.end(), False) for match in _RANGE.finditer(line))
    if "--" in line and not line.isascii():  # (a line of ASCII is Rich's to break)
        found.extend((m.start(), m.end(), False) for m in _OPTION_VALUE.finditer(line))
    if "円" in line or "ドル" in line:
        found.extend((m.start(), m.end(), False) for m in _AMOUNT_PARTICLE.finditer(line))
    found.extend((match.start(), match.end(), False) for match in _COMPOUND.finditer(line))
    found.extend((match.start(), match.end(), False) for match in _WORD.finditer(line))
    if "." in line and not line.isascii():
        found.extend(
            (match.start(), match.end(), False)
            for match in _DOMAIN.finditer(line)
            if not match.group().isascii()
        )
    if "日" in line or "件" in line:
        for pattern in (_DATED, _COUNTED):
            found.extend(
                (match.start(), with_particle(line, match.end()), False)
                for match in pattern.finditer(line)
                if match.start() != dated_at
            )
    found.extend([*of_nouns(line), *more_units(line), *quotations(line)])  # 「更新時の請求」 (51a)
    return tuple(found)


IN_UNIT = 3
"""A break between phrases inside a unit that fits: taken only when no other break fits in
the line (the unit starts the line, and what is glued to it does not fit)."""
AFTER_UNIT = 4
"""A last-resort break just after a unit that fits (「…」│を), or just before it: taken before
one inside it (review 32a, item 5)."""


def keep_units(
    kinds: bytearray, widths: list[int], spans: tuple[Unit, ...], width: int, line: str = ""
) -> tuple[bytearray, int]:
    """``kinds`` for a line ``width`` cells wide: inside each unit that fits, with what no break
    separates from it (「（」 before, 「）。」 after), an allowed break becomes ``IN_UNIT``, so
    the unit moves whole to the next line instead; a last resort after it, ``AFTER_UNIT``.
    A quotation wider than the line (``line`` given) breaks only where :func:`_break_wide`
    says. Also the width of the widest quotation that fits (a table column that wide keeps it
    whole)."""
    kept, widest = bytearray(kinds), 0
    fitting: list[tuple[int, int]] = []
    end_of_line = len(kinds)
    for start, end, quoted in spans:
        first, last = start, end
        while first > 0 and not kinds[first]:
            first -= 1
        while last < end_of_line and not kinds[last]:
            last += 1
        if widths[last] - widths[first] <= width:
            widest = max(widest, (widths[last] - widths[first]) * quoted)
            inside = kept[start + 1 : end]
            kept[start + 1 : end] = inside.replace(b"\x02", bytes([IN_UNIT]))
            if last < end_of_line and kept[last] == 1:
                kept[last] = AFTER_UNIT
            if first > 0 and kept[first] == 1:  # before it, too (「student-annual│（Prime…）」)
                kept[first] = AFTER_UNIT
            fitting.append((start, end))
        elif quoted and line:
            _break_wide(kept, widths, line, (first, start, end, last), width)
    for start, end in fitting:  # a unit inside one that fits is no place to break before
        inside = kept[start + 1 : end]
        kept[start + 1 : end] = inside.replace(bytes([AFTER_UNIT]), bytes([IN_UNIT]))
    return kept, widest


def _break_wide(
    kinds: bytearray, widths: list[int], line: str, bounds: tuple[int, int, int, int], width: int
) -> None:
    """Where a quotation wider than the line breaks (review 13b item 3): at its own 「、」 when
    every piece between them fits (「プライム会員資格を終了し、│特典の利用を止める」), else at the
    one break between its phrases that leaves the most even halves, both fitting (「プライム無料
    体験と│特典利用を止める」); every other break inside becomes ``IN_UNIT``. A quotation that
    starts where its first piece does not fit moves to the next line whole, so it breaks once.
    One that fits neither way (a long quoted message) breaks between phrases, as any text."""
    first, start, end, last = bounds
    inside = [at for at in range(start + 1, end) if kinds[at] == 2]
    commas = [at for at in inside if line[at - 1] == "、"]
    pieces = itertools.pairwise([first, *commas, last])
    if commas and all(widths[b] - widths[a] <= width for a, b in pieces):
        chosen = set(commas)
    else:
        halves = {
            at: abs(widths[at] * 2 - widths[first] - widths[last])
            for at in inside
            if max(widths[at] - widths[first], widths[last] - widths[at]) <= width
        }
        if not halves:
            return
        chosen = {min(halves, key=halves.__getitem__)}
    for at in inside:
        if at not in chosen:
            kinds[at] = IN_UNIT


def commands(line: str) -> tuple[tuple[int, int], ...]:
    """Each command: ``line[start:end]``, the backquotes included (:data:`_COMMAND`)."""
    if "`" not in line and "primehelp " not in line and "crontab -" not in line:
        return ()
    return tuple((match.start(), match.end()) for match in _COMMAND.finditer(line))


def whole(line: str) -> tuple[tuple[int, int], ...]:
    """What is never broken nor folded: commands, fact IDs, addresses (review 41a item 17), an
    amount with its 「yen」 (48a, item 7)."""
    found = commands(line) + amounts(line)
    if "." in line:
        found += tuple((match.start(), match.end()) for match in _FACT_ID.finditer(line))
        named = [(m.start(), m.end()) for m in _ADDRESS.finditer(line)]  # its domain: no ID
        found = (*(s for s in found if not any(a <= s[0] and s[1] <= b for a, b in named)), *named)
    return found


def keep_commands(kinds: bytearray, spans: tuple[tuple[int, int], ...]) -> bytearray:
    """``kinds`` with no break inside any of ``spans`` (:func:`whole`; review 12b item 1).

    A command copied from a terminal runs cut short where the line broke (review 10b item 7),
    and one cut between an option and its value (「--renewal│2026-12-24」) runs wrong; a fact ID
    cut in two is not found. One that does not fit on the rest of a line starts the next, and
    one wider than a line (with the 「（」 before it and the 「）。」 after it: an opening bracket
    never ends a line, review 11b item 2) stands on a line of its own, where
    :mod:`primehelp.output.continued` splits it before an option (review 18b item 2).
    """
    kept = bytearray(kinds)
    for start, end in spans:
        kept[start + 1 : end] = bytes(end - start - 1)
    return kept


_BEFORE_COMMAND = "：:"  # 「（例：`…`）」, 「（手順：…）」: a short label before the command


def lifted(line: str, width: int, text_width: Callable[[str], int]) -> tuple[int, ...] | None:
    """A command in brackets inside a sentence (「…してください（`primehelp cancel --trial
    --student`）。」) that a line cannot hold with what is glued to it: ``(open, start, end,
    close)``, the offsets of 「（」, the command, its end, the end of 「）」 and its stops; else
    None. The caller lays it out on lines of its own (:func:`lifted_parts`, review 38b item 15)."""
    if "（" not in line:
        return None
    for start, end in commands(line):
        open_at = line.rfind("（", 0, start)
        label = line[open_at + 1 : start]
        labelled = not label or (len(label) <= 6 and label[-1] in _BEFORE_COMMAND)
        if open_at < 0 or not labelled or not line.startswith("）", end):
            continue
        close = end + 1
        while close < len(line) and line[close] in "。、":
            close += 1
        if text_width(line[start if label else open_at : close]) > width:  # 「（例：」 may break
            return (open_at, start, end, close)
    return None


def lifted_parts(
    line: str, where: tuple[int, ...], keep: bool = False
) -> list[list[tuple[int, int]]]:
    """The lines :func:`lifted` lays out, each a list of ``(start, end)`` spans of ``line``: the
    sentence before the bracket and its 「。」, the label and the bare command, the rest. ``keep``
    (screens): 「（`…`）。」 whole on its own line, continued if it must be (review 51b item 5)."""
    open_at, start, end, close = where
    stop = end + 1 + len(line[end + 1 : close].rstrip("、"))
    quoted = line[start] == "`"
    bracket = [(open_at, stop)] if keep and quoted else []
    command = (start + quoted, end - quoted)
    paragraphs = [[(0, open_at), *([] if bracket else [(end + 1, stop)])]] if open_at else []
    paragraphs.append(bracket or [(open_at + 1, start), command])
    if close < len(line):
        paragraphs.append([(close, len(line))])
    return paragraphs


def lifted_lines(lines: Iterable[Text], width: int) -> Iterator[Text]:
    """Rich's paragraphs, a bracketed command (:func:`lifted`) on a paragraph of its own."""
    from rich.cells import cell_len

    for line in lines:
        plain = line.plain
        where = lifted(plain, width, cell_len) if cell_len(plain) > width else None
        if where is None:
            yield line
            continue
        for spans in lifted_parts(plain, where, keep=True):
            piece = line[spans[0][0] : spans[0][1]]
            for start, end in spans[1:]:
                piece.append_text(line[start:end])
            yield piece
