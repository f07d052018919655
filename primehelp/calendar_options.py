"""What goes into the calendar file: which events, and the alarms' days and time of day.

The ``--events``, ``--alarms`` and ``--alarm-time`` values of ``renewal`` and ``trial``, read into
a :class:`CalendarOptions`. Pure: a bad value is a :class:`BadInput` naming the accepted forms.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from primehelp.errors import BadInput, empty_value, shown
from primehelp.i18n import Text
from primehelp.periods import CANCEL_DAYS_BEFORE, NOTICE_DAYS_BEFORE


class EventKind(StrEnum):
    """One kind of all-day event in the calendar file (the ``--events`` values)."""

    RENEWAL = "renewal"  # the charge: the renewal date (for a trial, the trial's end)
    CANCEL_BY = "cancel-by"  # the last safe day to cancel: renewal − 1, a safety margin
    NOTICE = "notice"  # the day the opt-in reminder mail comes: renewal − 3
    STUDENT_END = "student-end"  # Prime Student turns into regular Prime, at the latest


# The reminder-mail day is not an event unless asked for: the mail is off by default, so for
# most members nothing happens that day, and the 3-day alarm already falls on it.
DEFAULT_EVENTS = frozenset({EventKind.RENEWAL, EventKind.CANCEL_BY, EventKind.STUDENT_END})
# A week ahead, the reminder-mail day, the last safe day (in alarm_order: --alarms 7,3,1).
DEFAULT_ALARM_DAYS = (1, 3, 7)
# Which event carries a renewal's alarms, the first of these written, and its day (days before
# the renewal): an alarm of a later day would be after that event (review 38b item 9).
ALARM_CARRIERS = {EventKind.RENEWAL: 0, EventKind.CANCEL_BY: CANCEL_DAYS_BEFORE,
                  EventKind.NOTICE: NOTICE_DAYS_BEFORE}  # fmt: skip
DEFAULT_ALARM_TIME = dt.time(9, 0)
MAX_ALARM_DAYS = 60
NO_ALARMS = "none"


@dataclass(frozen=True, slots=True)
class CalendarOptions:
    """The events to write and their alarms: days before the renewal, at a time of day."""

    events: frozenset[EventKind] = DEFAULT_EVENTS
    alarm_days: tuple[int, ...] = DEFAULT_ALARM_DAYS
    alarm_time: dt.time = DEFAULT_ALARM_TIME
    # Default alarm days left out: after the day of the event that carries the alarms (their
    # note on stderr, review 38b item 9)
    left_out: tuple[int, ...] = ()
    # The JST clock's time when today is the clock's (no `--today`): an alarm today at or before
    # it has passed too (review 63b item 10: 「1日前」 at 9:00 kept at 10:45)
    now: dt.time | None = None


DEFAULT_OPTIONS = CalendarOptions()


def clock_options(
    options: CalendarOptions, clock: bool, now: dt.datetime | None = None
) -> CalendarOptions:
    """``options`` with the JST clock's time when ``clock`` (today not given by `--today` or
    PRIMEHELP_TODAY); ``now``: that moment (for tests)."""
    import os
    from dataclasses import replace

    if not clock or os.environ.get("PRIMEHELP_TODAY"):
        return options
    japan = dt.timezone(dt.timedelta(hours=9), "JST")
    return replace(options, now=(now or dt.datetime.now(japan)).astimezone(japan).time())


def alarm_past(
    day: dt.date, options: CalendarOptions, today: dt.date | None, previous: dt.date | None = None
) -> bool:
    """Whether an alarm on ``day`` (at the options' time) is left out: before ``today``, or
    today at or before the clock's time (:attr:`CalendarOptions.now`), or before the
    ``previous`` renewal (a monthly plan's, review 57b item 6)."""
    if previous is not None and day < previous:
        return True
    if today is None:
        return False
    now = options.now
    return day < today or (day == today and now is not None and options.alarm_time <= now)


_TIME = re.compile(r"(\d{1,2}):(\d{2})")


def _normalized(raw: str) -> str:
    """Full-width digits, letters and punctuation as ASCII, the 読点 「、」 as a comma (review 42b
    S 16: the one a Japanese keyboard gives); spaces around the value dropped."""
    return unicodedata.normalize("NFKC", raw).replace("、", ",").strip()


def parse_events(
    raw: str, student_end: bool = True, student_only: bool = False
) -> frozenset[EventKind]:
    """Read ``--events``: event kinds separated by commas, e.g. ``renewal,cancel-by,notice``.

    Width, case and ``_``/``-`` are ignored, as for the other choices; an error shows the
    whole value as typed, and the accepted values: student-end only where it may be used
    (``trial``; not ``renewal``, which refuses it: review 23b item 6); ``student_only``:
    ``trial`` without ``--student``, where it is said apart, with what it needs (review 53b
    item 12: listed, it was then refused).
    """
    listed = [
        kind.value
        for kind in EventKind
        if (student_end and not student_only) or kind is not EventKind.STUDENT_END
    ]
    accepted = Text(
        f"使える値：{'、'.join(listed)}（カンマ区切り。例：renewal,cancel-by,notice）",
        f"accepted: {', '.join(listed)}, separated by commas (e.g. renewal,cancel-by,notice)",
    )
    if student_end and student_only:
        accepted = Text(
            accepted.ja + "。student-end は `--student` のときだけ使えます",
            accepted.en + "; student-end is accepted only with `--student`",
        )
    if not _normalized(raw).strip():  # review 51a, item 26
        raise empty_value("--events", accepted)
    kinds = set()
    for word in _normalized(raw).split(","):
        try:
            kinds.add(EventKind(word.strip().lower().replace("_", "-")))
        except ValueError:
            raise BadInput(
                Text(
                    f"`--events` の値 {shown(raw)} は使えません。{accepted.ja}",
                    f"`--events` {shown(raw)} is not usable; {accepted.en}",
                )
            ) from None
    return frozenset(kinds)


def parse_alarm_days(raw: str, *, trial: bool = False) -> tuple[int, ...]:
    """Read ``--alarms``: days before the renewal (0-60) separated by commas, or ``none``.

    Repeated days count once. The order is the one an app that keeps a single alarm per
    event should keep (see :func:`alarm_order`).
    """
    value = _normalized(raw)
    if value.lower() == NO_ALARMS:
        return ()
    days: set[int] = set()
    for word in value.split(","):
        digits = word.strip()
        # Length first: int() refuses more than 4300 digits with a ValueError.
        if not (0 < len(digits) <= 3 and digits.isascii() and digits.isdigit()):
            raise _bad_alarms(raw, trial)
        if int(digits) > MAX_ALARM_DAYS:
            raise _bad_alarms(raw, trial)
        days.add(int(digits))
    return alarm_order(days)


def alarm_order(days: set[int] | frozenset[int]) -> tuple[int, ...]:
    """The alarms nearest the last safe day first: 1, 2, 3, …, then 0 (the renewal day).

    Outlook keeps one alarm per event (MS-OXCICAL: VALARM, 0 or 1 instances): the first one
    written is then the one on the last safe day to cancel, or the nearest before it.
    """
    return tuple(sorted(days, key=lambda n: (n == 0, n)))


def renewal_word(trial: bool) -> Text:
    """The day the alarms count back from, in a sentence: a trial's is its automatic paid
    renewal (as trial's ``--help`` names it, review 25b S 7)."""
    return (
        Text("自動更新日", "the automatic paid renewal") if trial else Text("更新日", "the renewal")
    )


def _bad_alarms(raw: str, trial: bool) -> BadInput:
    """``trial``: the day is named as trial's ``--help`` names it (review 25b S 7)."""
    day = renewal_word(trial)
    value = (
        Text("が空です。", " is empty; ")  # not 「値「」は使えません」 (review 50b item 6)
        if not _normalized(raw).strip()
        else Text(f" {shown(raw)} は使えません。", f" {shown(raw)} is not usable; ")
    )
    return BadInput(
        Text(
            f"`--alarms` の値{value.ja}{day.ja}の何日前に通知するかを、カンマ区切りの"
            f"0〜{MAX_ALARM_DAYS}の整数で指定してください（例：7,3,1）。通知を付けない場合は {NO_ALARMS} です",
            f"`--alarms`{value.en}give days before {day.en}, whole numbers "
            f"from 0 to {MAX_ALARM_DAYS} separated by commas (e.g. 7,3,1), or {NO_ALARMS}",
        )
    )


def parse_alarm_time(raw: str) -> dt.time:
    """Read ``--alarm-time``: ``HH:MM`` (or ``H:MM``) from 00:00 to 23:59."""
    if not _normalized(raw).strip():  # review 51a, item 26
        raise empty_value(
            "--alarm-time",
            Text(
                "00:00〜23:59の時刻を、24時間制で `09:00` のように指定してください",
                "give a time from 00:00 to 23:59 on the 24-hour clock, as in `09:00`",
            ),
        )
    match = _TIME.fullmatch(_normalized(raw))
    if match is not None and match[1].isascii() and match[2].isascii():
        hour, minute = int(match[1]), int(match[2])
        if hour <= 23 and minute <= 59:
            return dt.time(hour, minute)
    raise BadInput(
        Text(
            f"`--alarm-time` の値 {shown(raw)} は使えません。"
            "00:00〜23:59の時刻を、24時間制で `09:00` のように指定してください",  # review 50b S 5
            f"`--alarm-time` {shown(raw)} is not a time; give one from 00:00 to 23:59 on the "
            "24-hour clock, as in `09:00`",
        )
    )


def calendar_options(
    events: str | None,
    alarms: str | None,
    alarm_time: str | None,
    student_end: bool = True,
    student_only: bool = False,
) -> CalendarOptions:
    """The options as given (``None``: the default of each); ``student_end``: whether the
    command takes student-end (an error lists it only then): trial, whose day is the automatic
    paid renewal (自動更新日) in its errors too; ``student_only``: only with --student."""
    days = DEFAULT_ALARM_DAYS if alarms is None else parse_alarm_days(alarms, trial=student_end)
    if alarms is not None and not days and alarm_time is not None:  # review 47b S 13
        raise BadInput(
            Text(
                "`--alarm-time` は通知の時刻です。`--alarms none`（通知なし）と一緒には指定できません"
                "（通知を付ける場合の例：`--alarms 1,3 --alarm-time 10:00`）",
                "`--alarm-time` sets the time of the alarms, so it cannot go with `--alarms none` "
                "(no alarms); for alarms, e.g. `--alarms 1,3 --alarm-time 10:00`",
            )
        )
    kinds = DEFAULT_EVENTS if events is None else parse_events(events, student_end, student_only)
    carrier = alarm_carrier(kinds)
    late = () if carrier is None else tuple(n for n in days if n < ALARM_CARRIERS[carrier])
    if late and alarms is not None:
        raise BadInput(late_alarms("alarms_after_event", kinds, days, late, student_end))
    return CalendarOptions(
        events=kinds,
        alarm_days=tuple(n for n in days if n not in late),
        alarm_time=DEFAULT_ALARM_TIME if alarm_time is None else parse_alarm_time(alarm_time),
        left_out=late,
    )


def alarm_carrier(kinds: Iterable[EventKind]) -> EventKind | None:
    """The event that carries a renewal's alarms: the renewal, else the last safe day, else the
    reminder-mail day; ``None`` when none of them is written."""
    wanted = set(kinds)
    return next((kind for kind in ALARM_CARRIERS if kind in wanted), None)


_DAYS_BEFORE = {0: "当日", 1: "前日"}  # an alarm's day in words (「更新日の前日」), else 「2日前」


def late_alarms(
    key: str,
    kinds: frozenset[EventKind],
    days: tuple[int, ...],
    late: tuple[int, ...],
    trial: bool,
) -> Text:
    """Alarms after the day of the event that carries them (review 38b item 9): a positive
    trigger, which Outlook reads as before the event (a wrong day, with 「明日」 in its text), and
    other calendars show after it. ``key``: refused (asked for) or left out (the defaults)."""
    from primehelp.facts import ui

    carrier = alarm_carrier(kinds)
    assert carrier is not None
    offset = ALARM_CARRIERS[carrier]
    kept = ",".join(str(n) for n in sorted(days, reverse=True) if n not in late) or str(offset)
    asked = ",".join(kind.value for kind in EventKind if kind in kinds)
    words = ui(key, "ui_calendar")
    day = renewal_word(trial)
    fill = {"events": asked, "offset": offset, "example": kept}
    late = tuple(sorted(late, reverse=True))  # as the alarms ring: 「2日前と前日」
    late_en = ",".join(map(str, late))  # as --alarms takes them, in both languages
    late_days = "と".join(_DAYS_BEFORE.get(n, f"{n}日前") for n in late)  # 「前日と当日」 (49b 6)
    days_en = f"{offset} day" + ("s" if offset != 1 else "")
    named = carrier_word(carrier, trial)  # review 42b item 9: not 「cancel-by の予定」
    return Text(
        words.ja.format(late=late_en, late_days=late_days, day=day.ja, carrier=named.ja, **fill),
        words.en.format(late=late_en, day=day.en, carrier=named.en, **{**fill, "offset": days_en}),
    )


def carrier_word(kind: EventKind, trial: bool) -> Text:
    """The event carrying the alarms, named in a sentence: in Japanese as the calendar names it
    (review 42b item 9), in English by its --events value."""
    from primehelp.facts import ui

    trial_renewal = trial and kind is EventKind.RENEWAL
    return ui(f"carrier_{kind.value}" + "_trial" * trial_renewal, "ui_calendar")


def refuse_student_end(options: CalendarOptions, trial: bool) -> None:
    """student-end asked beside other kinds where it has no day: refused as it is alone, never
    dropped silently (review 38b item 8); the other kinds named as the --events to give."""
    from primehelp.facts import ui

    if EventKind.STUDENT_END not in options.events or len(options.events) == 1:
        return  # alone: the empty calendar's own error names the cause (review 20b item 4)
    others = ",".join(
        kind.value for kind in EventKind if kind in options.events - {EventKind.STUDENT_END}
    )
    key = "student_end_listed_trial" if trial else "student_end_listed"
    raise BadInput(ui(key, "ui_calendar").format(others=others))
