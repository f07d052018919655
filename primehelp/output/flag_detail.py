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
from primehelp.output.flag_quotes import reference_labels, referred_reason
from primehelp.output.flag_refs import (
    SENTENCES,
    domain_start,
    folded_into,
    imitated_reason,
    join_key,
    lookalike_start,
    sender_start,
)
from primehelp.output.idn_reason import idn_reason, imitates_brand, undecodable, userinfo_note
from primehelp.output.scam_note import note_of_sign, scam_note

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
    if set(flag.asked) == {"card", "payment_details"}:  # card details are payment details:
        asked = message_ui("flag.asks_card", lang)  # not 「…とお支払い情報の要求」 (59m, 8)
        return message_ui("flag.asks_for_some", lang).format(kind=asked)
    if len(flag.asked) == 2:  # both named: 「カード情報とパスワードの要求」 (review 42a, item 26)
        first, second = (message_ui(f"flag.asks_{kind}", lang) for kind in flag.asked)
        return message_ui("flag.asks_for_two", lang).format(first=first, second=second)
    if flag.asked:
        key = "flag.asks_for_one" if len(flag.asked) == 1 else "flag.asks_for_some"
        asked = message_ui(f"flag.asks_{flag.asked[0]}", lang)
        return message_ui(key, lang).format(kind=asked)
    if imitates_brand(flag):  # amäzon, аmazon: as amazom and arnazon are (review 62m, 14)
        return message_ui("flag.lookalike_domain", lang)
    return message_ui("flag." + "_".join((flag.kind, *flag.also)), lang)


def flag_start(flag: RedFlag, lang: Lang) -> str:
    """「名前はamazon.co.jpで始まりますが、実際のドメインは…です。」, or "" (review 25a, S 10)."""
    start = lookalike_start(flag) if flag.kind in _STARTS_NAMED else sender_start(flag)
    # 「アドレスのドメイン名は…」 of a sender, 「このアドレスは…」 of a link (review 62m, item 10)
    address = "@" in flag.evidence and "://" not in flag.evidence
    whose = "link" if flag.kind in _STARTS_NAMED and not address else "address"
    return domain_start(flag, start, lang, whose) if start else ""


def flag_reason(flag: RedFlag, lang: Lang) -> str:
    """The reason for this message: what an IDN's name is written in (「「アマゾン.jp」は、…」),
    the part before 「@」 of a link, the trick a look-alike name uses."""
    reason = idn_reason(flag, flag.reason(lang), lang)
    reason += userinfo_note(flag, lang)  # 「「@」より前の部分（…）は行き先では…」
    if sender_start(flag):  # the start says what imitates Amazon's (review 59m, item 6)
        said = message_ui("flag.sender_domain_lookalike", lang)
        reason = reason.replace(said, "", 1).replace("  ", " ").strip()
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


Place = tuple[int, int, int]  # an earlier sign's number, the quote's place there, its quotes


def as_printed(
    flags: Sequence[RedFlag], under: Sequence[int | None], numbers: Sequence[int]
) -> list[tuple[RedFlag, list[Place], int]]:
    """``flags`` as the screen prints them, each with where its quotes printed under earlier
    signs are and how many quotes it prints itself: a sentence sign some of whose quotes an
    earlier sign prints keeps only its other quotes and their count (review 42a, item 17, for a
    scam-subject sign; review 59m, item 5, for every sentence sign), a scam-subject one the note
    said of them; the quotes left out are its ``evidence_elsewhere``, so that every match is
    still in the JSON (review 19a, item 8: ``count`` plus their number counts them all). A
    scam-subject sign folded into another has the note printed there as its ``detail`` (review
    59m, item 4)."""
    printed: list[tuple[RedFlag, list[Place], int]] = []
    seen: dict[str, Place] = {}
    first_by: dict[str, int] = {}  # a quote, the index of the sign that prints it
    for index, (flag, at) in enumerate(zip(flags, under, strict=True)):
        if flag.kind not in SENTENCES:
            printed.append((flag, [], 0))
            continue
        found = (flag.evidence, *flag.more_evidence)
        mine = [one for one in found if one not in seen]
        places = [seen[one] for one in found if one in seen]
        if flag.kind is FlagKind.SCAM_SUBJECT and at is not None and places:
            sign = first_by[flag.evidence]
            quotes = [one for one, by in first_by.items() if by == sign]
            said = [scam_note(quotes, lang, held=found) for lang in ("ja", "en")]
            if at != sign:  # under the suspension sign naming them: 「兆候1の文面は、」
                said = [
                    note_of_sign(said[0], numbers[sign], "ja"),
                    note_of_sign(said[1], numbers[sign], "en"),
                ]
            flag = flag._replace(detail=Text(*said))  # its reason stays the general one
        elif mine and places:
            reason = flag.reason
            if flag.kind is FlagKind.SCAM_SUBJECT:
                reason = Text(scam_note(mine, "ja", too=True), scam_note(mine, "en", too=True))
            flag = flag._replace(
                evidence=mine[0],
                more_evidence=tuple(mine[1:]),
                count=flag.count - len(places),
                reason=reason,
                evidence_elsewhere=tuple(one for one in found if one in seen),
            )
        for place, one in enumerate(mine, 1):
            seen[one] = (numbers[index], place, len(mine))
            first_by[one] = index
        printed.append((flag, places, len(mine)))
    return printed


def _referred(flag: RedFlag, places: Sequence[Place], own: int, lang: Lang) -> str:
    """The detail as the screen gives it: 「この文面は、兆候7の2つ目の文面と同じく、…」 for a
    sentence sign that refers to an earlier sign's quotes (review 59m, item 5)."""
    if flag.detail is not None:  # a folded note, as printed under the sign it is folded into
        return flag.detail(lang)
    detail = _detail(flag, lang)
    if flag.kind is FlagKind.SCAM_SUBJECT or not places:
        return detail
    return referred_reason(detail, reference_labels(places, lang), own, lang)


def screen_numbers(under: Sequence[int | None]) -> list[int]:
    """Each sign's number on the screen (「見つかった兆候」's 1., 2.…, 「兆候N」), from
    :func:`folded_into`'s list: a sign shown under another has that one's (review 53a, item 3)."""
    numbers: list[int] = []
    shown = 0
    for at in under:
        shown += at is None
        numbers.append(shown if at is None else numbers[at])
    return numbers


def _defunct_first(flag: RedFlag, detail: Text, result: MessageCheck) -> Text:
    """A phone sign's detail with 「以前Amazonが公開していた番号ですが、…」 first, as the screen's
    「→」 line says it of a formerly published number (review 60m, S 15)."""
    if flag.kind is not FlagKind.PHONE_NUMBER or flag.more_evidence:
        return detail
    numbers = result.phone_numbers
    if not any(n.input == flag.evidence and n.verdict.value == "defunct" for n in numbers):
        return detail
    said = ui("number.defunct")
    return Text(said.ja + detail.ja, f"{said.en} {detail.en}")


def _idn_said(flag: RedFlag) -> Text:
    return Text(*(idn_reason(flag, flag.reason(lang), lang) for lang in ("ja", "en")))


def detailed(result: MessageCheck) -> MessageCheck:
    """``result`` with each red flag's ``title``, ``detail`` in both languages and its number on
    the screen, and the steps worded as the screen words them (--json: review 53a, item 3)."""
    from primehelp.output.message_steps import steps_as_shown

    under = folded_into(result.red_flags)  # the screen's grouping (review 41a, item 11)
    numbers = screen_numbers(under)
    flags = tuple(
        flag._replace(
            title=Text(flag_title(flag, "ja"), flag_title(flag, "en")),
            detail=_defunct_first(
                flag,
                Text(_referred(flag, places, own, "ja"), _referred(flag, places, own, "en")),
                result,
            ),
            folded_into=at,
            number=number,
            # an undecodable IDN's reason as the screen says it, not 「画面では…」 (61m, 12)
            reason=_idn_said(flag) if undecodable(flag) else flag.reason,
        )
        for (flag, places, own), at, number in zip(
            as_printed(result.red_flags, under, numbers), under, numbers, strict=True
        )
    )
    return result._replace(red_flags=flags, if_details_entered=steps_as_shown(result))
