"""A red flag's title and its reason as the text view gives it for this message (the letters,
the start of a look-alike name, what an IDN is written in), shared by the view and ``--json``
(review 36a, item 15: the JSON had only the general reason and no title)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang, Text
from primehelp.message_check import FlagKind
from primehelp.message_names import without_found_examples
from primehelp.output.flag_refs import (
    SENTENCES,
    domain_start,
    folded_into,
    imitated_reason,
    join_key,
    lookalike_start,
)
from primehelp.output.idn_reason import idn_reason, userinfo_note
from primehelp.output.scam_note import scam_note

if TYPE_CHECKING:
    from primehelp.message import MessageCheck
    from primehelp.message_check import RedFlag


def message_ui(key: str, lang: Lang) -> str:
    """A label of ``data/ui_message.toml`` in ``lang`` (not output.message_lines's: that one
    loads the console, and --json loads no view)."""
    return ui(key, "ui_message")(lang)


_LOOKALIKE_NAMES = (FlagKind.NAME_LOOKALIKE, FlagKind.DISPLAY_NAME_LOOKALIKE)
_STARTS_NAMED = (FlagKind.LOOKALIKE_DOMAIN, FlagKind.PUNYCODE)  # an IDN's too (36a, item 12)


def count_said(count: int, lang: Lang) -> str:
    """「（2件）」 after a sign's title when found more than once, and 「（5,000件以上）」 when the
    links read stopped at their cap (review 47a, item 15.3: 「（5000件）」 said less than is there,
    without the comma the note about the cap has); "" for one."""
    from primehelp.message_links import MAX_LINKS

    if count <= 1:
        return ""
    key = "flag_count_cut" if count >= MAX_LINKS else "flag_count"
    return message_ui(key, lang).format(count=f"{count:,}")


def flag_title(flag: RedFlag, lang: Lang) -> str:
    """「Amazonに似せた差出人名」, 「…・紛らわしい文字」 for kinds folded in, or named after what
    was asked for: 「パスワードの要求」."""
    if flag.title is not None:  # its own (primehelp.message_sites: review 38a, item 9)
        return flag.title(lang)
    if len(flag.asked) == 2:  # both named: 「カード情報とパスワードの要求」 (review 42a, item 26)
        first, second = (message_ui(f"flag.asks_{kind}", lang) for kind in flag.asked)
        return message_ui("flag.asks_for_two", lang).format(first=first, second=second)
    if flag.asked:
        key = "flag.asks_for_one" if len(flag.asked) == 1 else "flag.asks_for_some"
        asked = message_ui(f"flag.asks_{flag.asked[0]}", lang)
        return message_ui(key, lang).format(kind=asked)
    return message_ui("flag." + "_".join((flag.kind, *flag.also)), lang)


def flag_start(flag: RedFlag, lang: Lang) -> str:
    """「名前はamazon.co.jpで始まりますが、実際のドメインは…です。」, or "" (review 25a, S 10)."""
    start = lookalike_start(flag) if flag.kind in _STARTS_NAMED else ""
    return domain_start(flag, start, lang) if start else ""


def flag_reason(flag: RedFlag, lang: Lang) -> str:
    """The reason for this message: what an IDN's name is written in (「「アマゾン.jp」は、…」),
    the part before 「@」 of a link, the trick a look-alike name uses."""
    reason = idn_reason(flag, flag.reason(lang), lang)
    reason += userinfo_note(flag, lang)  # 「「@」より前の部分（…）は行き先では…」
    if flag.kind in _LOOKALIKE_NAMES:  # no example that is what it found (23a S 17)
        found = (flag.evidence, *flag.more_evidence)
        reason = imitated_reason(without_found_examples(reason, found), found, lang)
    return reason


def _detail(flag: RedFlag, lang: Lang) -> str:
    start = flag_start(flag, lang)
    return (
        f"{start}{'' if lang == 'ja' else ' '}{flag_reason(flag, lang)}"
        if start
        else (flag_reason(flag, lang))
    )


def lookalike_notes(flags: Sequence[RedFlag], lang: Lang) -> dict[str, str]:
    """What is said of one look-alike domain of a sign that joins several (:func:`join_key`),
    by its evidence: its own start (「名前は…で始まりますが、…」) and notes (「5文字目の「0」
    は…」), the shared explanation said once under them all (review 56a, item 5)."""
    keys = [join_key(flag) for flag in flags]
    notes: dict[str, str] = {}
    for flag, key in zip(flags, keys, strict=True):
        if key is None or keys.count(key) < 2:
            continue
        note = _detail(flag, lang).replace(key[1](lang), "", 1).strip()
        for found in (flag.evidence, *flag.more_evidence):
            notes[found] = note
    return notes


def as_printed(flags: Sequence[RedFlag], under: Sequence[int | None]) -> list[RedFlag]:
    """``flags`` as the screen prints them: a scam-subject sign some of whose quotes an earlier
    sign prints (its note there) keeps only its other quotes, their count, and the note said of
    them (review 42a, item 17: JSON gave the other sign's sentence as its evidence); the quotes
    left out are its ``evidence_elsewhere``, so that every match is still in the JSON (review
    19a, item 8: ``count`` plus their number counts them all)."""
    printed: list[RedFlag] = []
    seen: set[str] = set()
    for flag, at in zip(flags, under, strict=True):
        found = (flag.evidence, *flag.more_evidence)
        mine = [one for one in found if one not in seen]
        if flag.kind is FlagKind.SCAM_SUBJECT and at is None and mine and len(mine) < len(found):
            note = Text(scam_note(mine, "ja", too=True), scam_note(mine, "en", too=True))
            left = flag.count - (len(found) - len(mine))
            flag = flag._replace(
                evidence=mine[0],
                more_evidence=tuple(mine[1:]),
                count=left,
                reason=note,
                evidence_elsewhere=tuple(one for one in found if one in seen),
            )
        if flag.kind in SENTENCES:
            seen.update(found)
        printed.append(flag)
    return printed


def screen_numbers(under: Sequence[int | None]) -> list[int]:
    """Each sign's number on the screen (「見つかった兆候」's 1., 2.…, 「兆候N」), from
    :func:`folded_into`'s list: a sign shown under another has that one's (review 53a, item 3)."""
    numbers: list[int] = []
    shown = 0
    for at in under:
        shown += at is None
        numbers.append(shown if at is None else numbers[at])
    return numbers


def detailed(result: MessageCheck) -> MessageCheck:
    """``result`` with each red flag's ``title``, ``detail`` in both languages and its number on
    the screen, and the steps worded as the screen words them (--json: review 53a, item 3)."""
    from primehelp.output.message_steps import steps_as_shown

    under = folded_into(result.red_flags)  # the screen's grouping (review 41a, item 11)
    flags = tuple(
        flag._replace(
            title=Text(flag_title(flag, "ja"), flag_title(flag, "en")),
            detail=Text(_detail(flag, "ja"), _detail(flag, "en")),
            folded_into=at,
            number=number,
        )
        for flag, at, number in zip(
            as_printed(result.red_flags, under), under, screen_numbers(under), strict=True
        )
    )
    return result._replace(red_flags=flags, if_details_entered=steps_as_shown(result))
