"""Typed errors and the exit codes, named in one place."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from enum import IntEnum, StrEnum
from typing import TypeVar

from primehelp.i18n import VALUE_CLOSE, VALUE_OPEN, Text, quoted_values

Choice = TypeVar("Choice", bound=StrEnum)


class ExitCode(IntEnum):
    """Process exit codes."""

    OK = 0
    FINDING = 1  # check-number: a number that is not a way to reach Amazon
    BAD_INPUT = 2
    BROKEN_INSTALL = 3  # bundled data failed validation
    INTERRUPTED = 130


class Interrupted(BaseException):
    """A Ctrl-C where the screen has its own word for stopping (the cancel walkthrough:
    「案内を中断しました。」, as q says it; review 40b S 6): still exit 130, the line in ``said``.

    A BaseException, as KeyboardInterrupt is, but not one: Typer turns a KeyboardInterrupt into
    a bare exit 130, and ``main()`` would no longer have the words."""

    def __init__(self, said: Text) -> None:
        super().__init__()
        self.said = said


class PrimehelpError(Exception):
    """An error a user can act on: one line in each language (the Japanese one a sentence)."""

    code = "error"
    exit_code = ExitCode.BAD_INPUT
    prefix = "error_prefix"  # the ui label the stderr line starts with: 「エラー」

    def __init__(self, message: Text) -> None:
        ja, en = quoted_values(message.ja, "ja"), quoted_values(message.en, "en")
        super().__init__(en)
        self.message = Text(sentence(ja), en)


_SENTENCE_ENDS = ("。", "？", "！")


def sentence(ja: str) -> str:
    """``ja`` ending as a Japanese sentence does, with 「。」 (a question or 「！」 as it is).

    Every error line is one or more sentences; the messages are many and put together from
    parts (a value, the accepted forms, a hint), so the full stop is added here, once.
    """
    ja = ja.rstrip()
    return ja if not ja or ja.endswith(_SENTENCE_ENDS) else f"{ja}。"


class BadInput(PrimehelpError):
    """The user gave a value primehelp cannot use."""

    code = "bad_input"


def option_named(option: str) -> str:
    """``option`` as every stderr line names it: an option (「--within」) in backticks,
    「`--within`」, as the screens write it (review 62b R-minor 6, 62m 13, 62c 10, 62a R-minor 3:
    one rule for every command); already in backticks, or no option (an environment variable's
    name), as it is."""
    return f"`{option}`" if option.startswith("-") else option


def of_option(option: str, error: PrimehelpError) -> BadInput:
    """``error`` (about a value) said of ``option``: 「`--today` の値「2026-02-30」は…」, with no
    space between 「の値」 and the bracket, as Japanese writes it."""
    ja = error.message.ja
    option = option_named(option)
    return BadInput(
        Text(
            f"{option} の値{'' if ja.startswith('「') else ' '}{ja}", f"{option} {error.message.en}"
        )
    )


class FileProblem(PrimehelpError):
    """A file could not be read or written as asked."""

    code = "file_error"


class NoProfile(PrimehelpError):
    """Nothing usable is saved: ``due`` has no renewal date to check."""

    code = "no_profile"


class ProfileOutdated(PrimehelpError):
    """The saved renewal date has passed and no plan tells the next one."""

    code = "profile_outdated"
    # the member's membership, not a fault of the program: 「要確認」 (review 38b S 28)
    prefix = "check_prefix"


class SchedulerProblem(PrimehelpError):
    """``systemctl`` could not set up or remove the daily timer (``remind``)."""

    code = "scheduler_error"


class DataError(PrimehelpError):
    """The bundled data is broken (a packaging or editing mistake, not the user's)."""

    code = "data_error"
    exit_code = ExitCode.BROKEN_INSTALL


_SHOWN_INPUT_LIMIT = 40


def one_value_only(
    name: str, word: str, extra: Sequence[str], hint: Text, named: Text | None = None
) -> Text:
    """「シェルは1つだけ指定できます（2つ目に「zsh」が指定されています）。{hint}」: the error for more
    than one value of an argument that takes one (``name`` its English placeholder, ``word`` the
    Japanese help's, ``extra`` the further values, each quoted by :func:`shown`); with
    ``named``, the word English says before the placeholder ("only one renewal date (DATE)",
    review 31b S 13). The second value is said to be a second one, not an unusable one (review
    49a items 9, 20: 「「zsh」は使えません」 beside a list holding zsh). The one source of this
    sentence (the usage errors and `sources`)."""
    several = len(extra) > 1
    which = (
        Text("2つ目以降に", "more were given")
        if several
        else Text("2つ目に", "a second one was given")
    )
    english = f"{named.en} ({name})" if named is not None else name
    return Text(
        f"{word}は1つだけ指定できます（{which.ja}{''.join(extra)}が指定されています）。{hint.ja}",
        f"only one {english} can be given ({which.en}: {', '.join(extra)}); {hint.en}",
    )


def shown(value: str, limit: int | None = _SHOWN_INPUT_LIMIT) -> str:
    """Quote user input for a one-line message: control characters escaped, long input cut.

    The quotes are marks that become 「…」 in Japanese and '…' in English when the message is
    shown (:func:`primehelp.i18n.quoted_values`, applied by :class:`PrimehelpError` and
    :class:`~primehelp.i18n.Text`). ``limit=None`` keeps the whole value (a file name must be
    shown in full).
    """
    if limit is None:
        return f"{VALUE_OPEN}{escaped(value)}{VALUE_CLOSE}"
    # cut after escaping: 「\U0001e960」 shows one character in ten (a 300-character message)
    pieces, size = [], 0
    for ch in value:
        piece = escaped(ch)
        if size + len(piece) > limit:
            pieces.append("…")
            break
        pieces.append(piece)
        size += len(piece)
    return f"{VALUE_OPEN}{''.join(pieces)}{VALUE_CLOSE}"


def megabytes(size: int) -> str:
    """A size limit in Japanese as people read it, exact: 「10MB（10,485,760バイト）」.

    MB as Windows counts it (1,048,576 bytes), with the bytes, so the limit stays exact.
    """
    return f"{size // (1024 * 1024)}MB（{size:,}バイト）"


def escaped(value: str) -> str:
    """``value`` with every character a terminal would act on (escapes, newlines) escaped."""
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in value)


def _escape(ch: str) -> str:
    """One character as an error message shows it: 「\\x1b」, 「\\u202e」."""
    return ch.encode("unicode_escape").decode("ascii")


def _acts(ch: str) -> bool:
    """Whether a terminal acts on ``ch`` rather than showing it: a control character (C0 but
    the newline and the tab, DEL, C1: ESC starts the sequences that clear the screen, move the
    cursor or set the title), or a bidirectional embedding, override or isolate (which reorders
    what follows it)."""
    code = ord(ch)
    return (
        (code < 0x20 and ch not in "\n\t")
        or 0x7F <= code < 0xA0
        or 0x202A <= code <= 0x202E
        or 0x2066 <= code <= 0x2069
    )


def visible(text: str) -> str:
    """``text`` taken from the member's input (a message's subject, a quoted line, a link's
    text, a file name) as it can be printed: each character a terminal would act on shown as
    the error messages show it (:func:`escaped`: 「\\x1b[2J」), lines and tabs kept. A scam mail
    could otherwise clear the screen and print its own verdict (review 45a, item 1)."""
    if text.isprintable():  # nearly every line: one pass in C
        return text
    return "".join(_escape(ch) if _acts(ch) else ch for ch in text)


def choose(
    raw: str,
    choices: type[Choice],
    refused: Text,
    aliases: Mapping[str, Choice] | None = None,
    glossed: Text | None = None,
    named: Text | None = None,
) -> Choice:
    """Match user text to a choice's value (width, case and ``_``/``-`` ignored) or an alias
    (spaces inside ignored too: 「Prime Student 年間プラン」).

    Otherwise raise :class:`BadInput` with ``refused``, whose ``{value}`` is the quoted input
    and ``{accepted}`` the list of values: ``glossed``, the values each with what it means, when
    given (review 39b S 15, 40b S 8: the bare English words said nothing in Japanese).

    An empty value is said to be empty (:func:`empty_value`), with the same list: an option's
    template names it (「`--via` の値 {value} は…」); an argument's name is ``named``
    (「相談の種類」), review 51a item 26.
    """
    wanted = unicodedata.normalize("NFKC", raw).strip().lower().replace("_", "-")
    for choice in choices:
        if choice.value == wanted:
            return choice
    for key in (wanted, "".join(wanted.split())):
        if aliases and key in aliases:
            return aliases[key]
    values = [choice.value for choice in choices]
    accepted = glossed or Text("、".join(values), ", ".join(values))
    if not wanted and (empty := _empty_choice(refused, accepted, named)) is not None:
        raise empty
    raise BadInput(
        Text(
            refused.ja.format(value=shown(raw), accepted=accepted.ja),
            refused.en.format(value=shown(raw), accepted=accepted.en),
        )
    )


def _empty_choice(refused: Text, accepted: Text, named: Text | None) -> BadInput | None:
    """The error for an empty value of a :func:`choose` (None: the template names no option and
    no ``named`` was given), keeping the template's list from 「使える」 / "accepted" on."""
    ja_list, en_list = refused.ja.find("使える"), refused.en.find("accepted")
    if ja_list < 0 or en_list < 0:
        return None
    rest = Text(
        refused.ja[ja_list:].format(value="", accepted=accepted.ja, maybe=""),
        refused.en[en_list:].format(value="", accepted=accepted.en, maybe=""),
    )
    if named is not None:
        return BadInput(Text(f"{named.ja}が空です。{rest.ja}", f"{named.en} is empty; {rest.en}"))
    if refused.ja.startswith(("--", "`--")) and " の値 {value} " in refused.ja:
        return empty_value(refused.ja.split(" ", 1)[0].strip("`"), rest)
    return None


def empty_value(option: str, accepted: Text) -> BadInput:
    """An option given an empty value (an unset shell variable, ``--plan ''``), said the same
    way for every option: 「`--plan` の値が空です。使える値：…」 (review 51a, items 14 and 26), never
    「`--plan` の値「」は使えません」, which sends the reader looking for an invisible character."""
    option = option_named(option)
    return BadInput(
        Text(f"{option} の値が空です。{accepted.ja}", f"{option} is empty; {accepted.en}")
    )


def whole_number(raw: str, option: str, lowest: int, highest: int, note: Text | None = None) -> int:
    """Read ``option``'s value: a whole number from ``lowest`` to ``highest`` (full width too).

    Otherwise raise :class:`BadInput` naming the option and the range, followed by ``note``
    (「（3より小さい値は3と同じです）」 / " (a value under 3 is the same as 3)").
    """
    note = note or Text("", "")
    typed = unicodedata.normalize("NFKC", raw).strip()
    value = typed.lstrip("0") or "0"
    # Length first: int() refuses more than 4300 digits with a ValueError.
    short_number = len(value) <= len(str(highest)) and value.isascii() and value.isdigit()
    short_number = short_number and typed != ""  # "" is no number, not zero
    if short_number and lowest <= int(value) <= highest:
        return int(value)
    if not typed:
        raise empty_value(
            option,
            Text(
                f"{lowest}〜{highest}の整数を指定してください{note.ja}",
                f"give a whole number from {lowest} to {highest}{note.en}",
            ),
        )
    raise BadInput(
        Text(
            f"{option_named(option)} の値 {shown(raw)} は使えません。"
            f"{lowest}〜{highest}の整数を指定してください{note.ja}",
            f"{option_named(option)} {shown(raw)} is not usable; give a whole number from {lowest} to {highest}"
            f"{note.en}",
        )
    )
