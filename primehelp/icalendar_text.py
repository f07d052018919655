"""A small RFC 5545 writer: all-day events with display alarms, in the bytes icalendar 7.3 writes.

primehelp used the icalendar library for ``--ics``. Importing it cost ≈ 4.9 MB of peak memory
and ≈ 30 ms (its time-zone tables) for a file of a few all-day events without time zones, and
put ``renewal --ics`` over the start-up memory budget (benchmarks/README.md). This module writes
the same bytes as icalendar 7.3.2 did for that calendar (tests/test_icalendar_text.py compares
them over arbitrary texts and dates; icalendar stays a dev dependency for that):

- properties in icalendar's order: its canonical order per component, then alphabetical;
- ``DTSTART``/``DTEND`` with ``;VALUE=DATE``, ``DTSTAMP`` in UTC with ``Z``, ``TRIGGER`` as
  icalendar's ``vDuration`` writes it (``-P3D``);
- TEXT escaped as icalendar's ``_escape_char`` does, quirks included: a backslash followed by
  ``N`` becomes a line break, and CR LF or a lone CR become ``\\n`` like LF;
- a byte-order mark (U+FEFF) that begins a value dropped, as icalendar drops it (it decodes each
  value it has encoded with ``utf-8-sig``);
- lines folded as icalendar's ``_foldline`` does: before the character that would make a line
  75 octets long, never inside a UTF-8 character, with CRLF and one space, and a trailing
  backslash or caret carried over to the next line (so an escape is never split);
- CRLF after every line.

One deliberate difference: icalendar 7.2+ writes ``X-WR-CALNAME`` verbatim (an unknown
property) and fails on a line break; here it is escaped as TEXT, which is how calendar programs
read it. The two agree for every name without ``\\ ; ,`` or line breaks (ours have none).
Other characters, control characters included, are written as given, as icalendar writes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

FOLD_LIMIT = 75  # octets; a line is folded before the character that would reach it
FOLD = "\r\n "
_BOM = "\ufeff"
_ESCAPE_CARRIED = "\\^"  # never left at the end of a folded line (icalendar issue #1501)


def escape_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11) exactly as icalendar's ``_escape_char``."""
    # The order matters (as in icalendar): each step must not re-escape the previous one's output.
    return (
        value.replace("\\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def text_property(name: str, value: str) -> str:
    """The unfolded content line of a TEXT property, as icalendar writes it."""
    return f"{name}:{escape_text(value).removeprefix(_BOM)}"


def fold(line: str) -> str:
    """Fold one content line (RFC 5545 §3.1) exactly as icalendar's ``_foldline``."""
    if len(line.encode("utf-8")) < FOLD_LIMIT:  # nothing to fold: most lines
        return line
    pieces: list[str] = []
    current: list[str] = []
    octets = 0
    for char in line:
        size = len(char.encode("utf-8"))
        if current and octets + size >= FOLD_LIMIT:
            if len(current) > 1 and current[-1] in _ESCAPE_CARRIED:
                carried = current.pop()
                pieces.append("".join(current))
                current, octets = [carried], 1
            else:
                pieces.append("".join(current))
                current, octets = [], 0
        current.append(char)
        octets += size
    pieces.append("".join(current))
    return FOLD.join(pieces)


def format_date(day: dt.date) -> str:
    """A DATE value: ``YYYYMMDD``."""
    return f"{day.year:04}{day.month:02}{day.day:02}"


def format_utc(moment: dt.datetime) -> str:
    """A DATE-TIME value in UTC, ``YYYYMMDDTHHMMSSZ``; microseconds are dropped."""
    if moment.tzinfo is None:
        raise ValueError("stamp must be timezone-aware")
    utc = moment.astimezone(dt.UTC)
    return f"{format_date(utc)}T{utc.hour:02}{utc.minute:02}{utc.second:02}Z"


def format_duration(delta: dt.timedelta) -> str:
    """A DURATION value as icalendar's ``vDuration`` writes it (``-P3D``, ``PT1H30M``, ``P1DT5S``)."""
    sign = ""
    if delta.days < 0:
        sign, delta = "-", -delta
    time = ""
    if delta.seconds:
        hours, minutes, seconds = (
            delta.seconds // 3600,
            delta.seconds % 3600 // 60,
            delta.seconds % 60,
        )
        time = "T"
        if hours:
            time += f"{hours}H"
        if minutes or (hours and seconds):
            time += f"{minutes}M"
        if seconds:
            time += f"{seconds}S"
    if delta.days == 0 and time:
        return f"{sign}P{time}"
    return f"{sign}P{delta.days}D{time}"


class Calendar:
    """A VCALENDAR being written: add all-day events, then take :meth:`to_ical`.

    Every event gets the same ``stamp`` as DTSTAMP. Nothing is checked beyond what the
    format needs: the UIDs and texts are the caller's.
    """

    def __init__(self, *, prodid: str, name: str, stamp: dt.datetime, method: str = "PUBLISH"):
        self._stamp = format_utc(stamp)
        self._lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            text_property("PRODID", prodid),
            "CALSCALE:GREGORIAN",
            text_property("METHOD", method),
            text_property("X-WR-CALNAME", name),
        ]

    def add_all_day_event(
        self,
        *,
        uid: str,
        day: dt.date,
        summary: str,
        description: str,
        alarms: Iterable[tuple[dt.timedelta, str]] = (),
    ) -> None:
        """One transparent all-day event on ``day`` (DTEND the next day), with display alarms.

        ``alarms`` are (trigger relative to the start, description) pairs, kept in order.
        """
        self._lines += [
            "BEGIN:VEVENT",
            text_property("SUMMARY", summary),
            f"DTSTART;VALUE=DATE:{format_date(day)}",
            f"DTEND;VALUE=DATE:{format_date(day + dt.timedelta(days=1))}",
            f"DTSTAMP:{self._stamp}",
            text_property("UID", uid),
            text_property("DESCRIPTION", description),
            "TRANSP:TRANSPARENT",
        ]
        for trigger, text in alarms:
            self._lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                text_property("DESCRIPTION", text),
                f"TRIGGER:{format_duration(trigger)}",
                "END:VALARM",
            ]
        self._lines.append("END:VEVENT")

    def to_ical(self) -> bytes:
        """The calendar file: every line folded, CRLF after each."""
        lines = [*self._lines, "END:VCALENDAR", ""]
        return "\r\n".join(fold(line) for line in lines).encode("utf-8")
