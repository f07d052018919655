"""What the calendar file's notes on stderr say about its alarms and events (pure).

A calendar written on ``today`` leaves out the alarms of an earlier day (they would never ring,
or ring at once on import as missed); an event already past stays in the file (the renewal's
events keep their UIDs) and is named. An event whose only alarms are on its own day has a
positive first trigger, which Outlook reads as before the event's start (review 39b S 7, 8;
40b S 7).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from primehelp.calendar_options import (
    ALARM_CARRIERS,
    CalendarOptions,
    EventKind,
    alarm_carrier,
    alarm_past,
    carrier_word,
    renewal_word,
)
from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.ics import sentence_day

if TYPE_CHECKING:
    from primehelp.ics import CalendarEntry, CalendarEvent

_TEXTS = "ui_calendar"


class WrittenAlarm(NamedTuple):
    """One alarm of an event written, for --json (review 45b S 14): the day and time it rings
    (the calendar's local time) and how many days before the renewal that day is."""

    date: dt.date
    time: str  # HH:MM
    days_before: int


class WrittenEvent(NamedTuple):
    """One event of a calendar file written, for --json: its kind, day and alarms."""

    kind: EventKind
    date: dt.date
    alarms: tuple[WrittenAlarm, ...] = ()


def _written_alarms(event: CalendarEvent) -> tuple[WrittenAlarm, ...]:
    """The alarms of ``event`` as they ring: local midnight of its day plus each trigger; the
    renewal is the carrier's offset after the event's day."""
    renewal = event.day + dt.timedelta(days=ALARM_CARRIERS.get(event.kind, 0))
    midnight = dt.datetime.combine(event.day, dt.time())
    rings = sorted(midnight + trigger for trigger, _ in event.alarms)
    return tuple(
        WrittenAlarm(ring.date(), ring.strftime("%H:%M"), (renewal - ring.date()).days)
        for ring in rings
    )


class PastAlarms(NamedTuple):
    """One renewal's alarm days (days before it, largest first) left out as past, for --json
    (review 44b R-minor 7: with --count, the note named the days as of every renewal)."""

    renewal_date: dt.date
    days: tuple[int, ...]


class CalendarWritten(NamedTuple):
    """What ``--ics FILE`` wrote, for --json (review 41b S 15; the text says it on stderr):
    the file as given, its events in date order, and the alarm days (days before a renewal)
    left out of at least one renewal because their day was before today."""

    path: str
    events: tuple[WrittenEvent, ...]
    alarms_left_out_past: tuple[int, ...]
    alarms_left_out_past_by_renewal: tuple[PastAlarms, ...] = ()
    # every event written is before today, as the stderr note says (review 47b S 9)
    all_events_past: bool = False


def calendar_written(
    path: str,
    entries: Iterable[CalendarEntry],
    events: Iterable[CalendarEvent],
    options: CalendarOptions,
    today: dt.date | None,
) -> CalendarWritten:
    """The record of the calendar file ``path`` holding ``events`` (written on ``today``)."""
    entries = tuple(entries)
    late = () if today is None else past_alarm_days(entries, options, today)
    each = () if today is None else past_alarms(entries, options, today)
    written = tuple(WrittenEvent(event.kind, event.day, _written_alarms(event)) for event in events)
    past = today is not None and bool(written) and all(event.date < today for event in written)
    return CalendarWritten(path, written, late, each, past)


def past_alarms(
    entries: Iterable[CalendarEntry], options: CalendarOptions, today: dt.date
) -> tuple[PastAlarms, ...]:
    """Each renewal some of whose alarm days are left out as past, with those days (largest
    first), in date order; none where no renewal's are."""
    if alarm_carrier(options.events) is None:
        return ()
    found = []
    for entry in entries:
        late = {
            n
            for n in options.alarm_days
            if alarm_past(entry.renewal_date - dt.timedelta(days=n), options, today)
        }
        if late:
            found.append(PastAlarms(entry.renewal_date, tuple(sorted(late, reverse=True))))
    return tuple(sorted(found))


def past_alarm_days(
    entries: Iterable[CalendarEntry], options: CalendarOptions, today: dt.date
) -> tuple[int, ...]:
    """The alarm days (days before a renewal) left out because their day is before ``today``,
    largest first."""
    if alarm_carrier(options.events) is None:
        return ()
    late = {
        n
        for entry in entries
        for n in options.alarm_days
        if alarm_past(entry.renewal_date - dt.timedelta(days=n), options, today)
    }
    return tuple(sorted(late, reverse=True))


def _kind(kind: EventKind, trial: bool) -> Text:
    """An event's kind in a sentence: a trial's renewal is its automatic paid renewal."""
    trial_renewal = trial and kind is EventKind.RENEWAL
    return ui(f"kind_{kind.value}" + "_trial" * trial_renewal, _TEXTS)


def calendar_notes(
    entries: Sequence[CalendarEntry],
    events: Sequence[CalendarEvent],
    options: CalendarOptions,
    today: dt.date,
    trial: bool,
) -> list[Text]:
    """The notes for a calendar some of whose events are not all past (that case has its own
    note): the alarms left out as past, the events already past, and an event whose first
    alarm is on its own day (Outlook)."""
    notes: list[Text] = []
    day_word = renewal_word(trial)
    late = past_alarm_days(entries, options, today)
    if late and len(entries) == 1:
        words = ui("past_alarms", _TEXTS)
        notes.append(
            Text(
                words.ja.format(day=day_word.ja, late=_days_ja(late, "と" * (len(late) == 2))),
                words.en.format(day=day_word.en, late=",".join(map(str, late))),
            )
        )
    elif late:  # --count: only of the renewals it is true of, named (review 44b R-minor 7)
        notes.append(_past_alarms_of(past_alarms(entries, options, today), day_word))
    from primehelp.calendar_early import early_alarm_days

    early = (
        early_alarm_days(entries, options.alarm_days, today)
        if alarm_carrier(options.events)
        else ()
    )
    if early:  # a monthly plan's alarm before the renewal before (review 57b item 6)
        words = ui("early_alarms", _TEXTS)
        early_ja = _days_ja(early, "と" * (len(early) == 2))
        notes.append(
            Text(words.ja.format(early=early_ja), words.en.format(early=",".join(map(str, early))))
        )
    past = [event for event in events if event.day < today]
    if past and len(past) < len(events):
        # the mail's day is 「ごろ」: it comes about 3 days before (review 56b item 6)
        named = [
            (_kind(event.kind, trial), event.day, event.kind is EventKind.NOTICE) for event in past
        ]
        words = ui("past_some_events", _TEXTS)
        said_ja = [f"{k.ja}（{sentence_day(d, 'ja')}{'ごろ' * about}）" for k, d, about in named]
        said_en = [f"{k.en} ({'around ' * about}{sentence_day(d, 'en')})" for k, d, about in named]
        notes.append(
            Text(
                words.ja.format(events=_and_ja(said_ja)),
                words.en.format(events=_and_en(said_en)),
            )
        )
    own_day = [event for event in events if event.alarms and event.alarms[0][0] > dt.timedelta(0)]
    if own_day:
        carrier = own_day[0].kind
        at = options.alarm_time
        before = (dt.datetime(2000, 1, 2) - dt.timedelta(hours=at.hour, minutes=at.minute)).time()
        words = ui("own_day_alarm", _TEXTS)
        word = carrier_word(carrier, trial)  # review 42b item 9: not 「renewal の予定」
        example = ALARM_CARRIERS.get(carrier, 0) + 1
        ja = {"time": f"{at.hour}:{at.minute:02d}", "before": f"{before.hour}:{before.minute:02d}"}
        en = {"time": at.strftime("%H:%M"), "before": before.strftime("%H:%M")}
        # review 52b item 35: the whole --alarms value to type, not 「1 を加えてください」 alone
        said = ",".join(str(n) for n in sorted({*options.alarm_days, example}, reverse=True))
        notes.append(
            Text(
                words.ja.format(carrier=word.ja, example=example, alarms=said, **ja),
                words.en.format(carrier=word.en, example=example, alarms=said, **en),
            )
        )
    return notes


def _days_ja(days: Sequence[int], between: str = "") -> str:
    """「7日前・3日前・1日前」, 「7日前と3日前」 (``between``): each day in full (review 53b item 17)."""
    return (between or "・").join(f"{n}日前" for n in days)


def _and_ja(items: Sequence[str]) -> str:
    """「AとB」, 「A、B、C」."""
    return "と".join(items) if len(items) == 2 else "、".join(items)


def _and_en(items: Sequence[str]) -> str:
    """'A and B', 'A, B and C'."""
    return " and ".join([", ".join(items[:-1]), items[-1]] if len(items) > 1 else items)


def _past_alarms_of(found: Sequence[PastAlarms], day: Text) -> Text:
    """「更新日（2026年12月31日と2027年1月31日）の60日前の通知は、…」: the renewals whose alarms were
    left out as past, by date, those with the same days together (the others keep all theirs;
    review 56b item 6: not 「2026年12月31日の更新日の60日前と、2027年1月31日の更新日の60日前」)."""
    groups: dict[tuple[int, ...], list[dt.date]] = {}
    for each in found:
        groups.setdefault(each.days, []).append(each.renewal_date)
    # two days are 「7日前と3日前」 as in past_alarms; 「・」 where groups are joined with 「と、」
    two = "と" if len(groups) == 1 else ""
    ja = "と、".join(
        f"{day.ja}（{_and_ja([sentence_day(d, 'ja') for d in dates])}）の"
        f"{_days_ja(days, two * (len(days) == 2))}"
        for days, dates in groups.items()
    )
    en = " and ".join(
        f"{','.join(map(str, days))} day{'' if days == (1,) else 's'} before"
        f" {day.en}{'s' * (len(dates) > 1)} on {_and_en([sentence_day(d, 'en') for d in dates])}"
        for days, dates in groups.items()
    )
    words = ui("past_alarms_of", _TEXTS)
    return Text(words.ja.format(which=ja), words.en.format(which=en))


def monthly_count(plan: str | None, renewals: Sequence[dt.date]) -> Text | None:
    """A monthly plan's calendar holds a few months' renewals (--count, 3 by default): how many,
    up to when, and how to write more (review 59b S 5: reminders stopped after 3 months, unsaid)."""
    if plan is None or not plan.endswith("monthly") or not renewals or len(renewals) >= 12:
        return None
    words = ui("monthly_count", _TEXTS)
    n, last = len(renewals), renewals[-1]
    return Text(
        words.ja.format(n=n, date=sentence_day(last, "ja")),
        words.en.format(n=n, date=sentence_day(last, "en")),
    )


def plan_examples(renewal: dt.date, ics: str) -> dict[str, str]:
    """The whole `renewal` command that writes the calendar again with a plan, for each plan:
    ``annual_example``, ``monthly_example`` (review 60b items 3 and S 6: 「`--plan` を付けて
    ください」 alone left the member to build the command)."""
    import shlex

    tail = " --ics -" if ics == "-" else f" --ics {shlex.quote(ics)} --force"
    start = f"primehelp renewal {renewal.isoformat()}"
    return {
        "renewal_iso": renewal.isoformat(),
        "annual_example": f"{start} --plan annual{tail}",
        "monthly_example": f"{start} --plan monthly --count 12{tail}",
    }


def one_renewal(renewal: dt.date, ics: str) -> Text:
    """「カレンダーファイルに入れた予定は、…の更新1回分だけです。…」 with the whole commands."""
    words, examples = ui("one_renewal", "ui_calendar"), plan_examples(renewal, ics)
    day = f"{renewal.year}年{renewal.month}月{renewal.day}日"
    return Text(
        words.ja.format(date=day, **examples), words.en.format(date=str(renewal), **examples)
    )
