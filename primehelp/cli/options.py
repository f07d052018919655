"""Options that several commands share, and choices written from the enums that define them."""

from collections.abc import Callable, Iterable
from typing import Annotated

import typer

from primehelp.errors import BadInput
from primehelp.i18n import LANG_ENV, LANGS, Text


def metavar_of(choices: Iterable[str]) -> str:
    """The choices (an enum's values) as a metavar: ``annual|monthly|...``."""
    return "|".join(choices)


def listed(choices: Iterable[str]) -> str:
    """The choices (an enum's values) in a sentence: ``annual, monthly, ... or student-monthly``."""
    *others, last = list(choices)
    return f"{', '.join(others)} or {last}" if others else last


def completes(choices: Iterable[str]) -> Callable[[str], list[str]]:
    """What Tab offers for an option or argument: the choices (an enum's values)."""
    values = list(choices)

    def complete(incomplete: str) -> list[str]:
        return [value for value in values if value.startswith(incomplete)]

    return complete


LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar=metavar_of(LANGS),
        autocompletion=completes(LANGS),
        help=f"Output language: {listed(LANGS)}. Default: ${LANG_ENV}, then the locale (en* → en).",
        show_default=False,
    ),
]
JsonOption = Annotated[
    bool,
    typer.Option("--json", help="Print one JSON object (schema_version 1) instead of text."),
]
TodayOption = Annotated[
    str | None,
    typer.Option(
        "--today",
        metavar="DATE",
        help="Pretend today is DATE (default: $PRIMEHELP_TODAY, else today in Japan, Asia/Tokyo).",
        show_default=False,
    ),
]

# --ics, --force and --save, shared by `renewal` and `trial`.
IcsOption = Annotated[
    str | None,
    typer.Option(
        "--ics",
        metavar="FILE",
        help="Also write the dates as a calendar file (RFC 5545, .ics); - writes it to stdout.",
        show_default=False,
    ),
]
ForceOption = Annotated[
    bool,
    typer.Option(
        "--force",
        help="With --ics: overwrite an existing file (never a device, FIFO or directory). "
        "With --save: replace the renewal date already saved. Use it when the date or plan "
        "differs, or when the saved file cannot be read.",
    ),
]
# trial saves no plan: its --force names only the date (review 15b S 11).
TrialForceOption = Annotated[
    bool,
    typer.Option(
        "--force",
        help="With --ics: overwrite an existing file (never a device, FIFO or directory). "
        "With --save: replace the renewal date already saved. Use it when the date differs, "
        "or when the saved file cannot be read.",
    ),
]
SaveOption = Annotated[
    bool,
    typer.Option(
        "--save", help="Remember the renewal date (and plan) for `primehelp renewal` without DATE."
    ),
]
# trial has no --plan and its argument is START: it saves the automatic paid renewal date.
TrialSaveOption = Annotated[
    bool,
    typer.Option(
        "--save",
        help="Remember the automatic paid renewal date, for `primehelp renewal` without a date.",
    ),
]

# --events, --alarms and --alarm-time: what --ics writes (renewal and trial).
EventsOption = Annotated[
    str | None,
    typer.Option(
        "--events",
        metavar="KINDS",
        help="With --ics: the events to write, separated by commas: renewal (the charge), "
        "cancel-by (the cancel-by date: the day before the renewal), notice (about when the reminder mail comes, "
        "if switched on). Default: renewal,cancel-by.",
        show_default=False,
    ),
]
AlarmsOption = Annotated[
    str | None,
    typer.Option(
        "--alarms",
        metavar="DAYS",
        help="With --ics: alarms this many days before the renewal, separated by commas, "
        "0-60 (default 7,3,1); none for no alarms.",
        show_default=False,
    ),
]
# trial's own: its day is the automatic paid renewal, as its screen names it (review 18b S 8).
TrialEventsOption = Annotated[
    str | None,
    typer.Option(
        "--events",
        metavar="KINDS",
        help="With --ics: the events to write, separated by commas: renewal (the automatic paid "
        "renewal, when the first fee is charged), cancel-by (the cancel-by date: the day before the renewal), notice "
        "(about when the reminder mail comes, if switched on), student-end (the estimated renewal date when Prime Student "
        "becomes regular Prime, its paid period lasting at most 4 years; only with --student). "
        "Default: renewal,cancel-by (--student adds student-end).",
        show_default=False,
    ),
]
TrialAlarmsOption = Annotated[
    str | None,
    typer.Option(
        "--alarms",
        metavar="DAYS",
        help="With --ics: alarms this many days before the automatic paid renewal, separated by "
        "commas, 0-60 (default 7,3,1); none for no alarms.",
        show_default=False,
    ),
]
AlarmTimeOption = Annotated[
    str | None,
    typer.Option(
        "--alarm-time",
        metavar="HH:MM",
        help="With --ics: the time of day the alarms ring, in the calendar's own time zone "
        "(default 09:00).",
        show_default=False,
    ),
]


# A flag and its opposite, both given: refused (Click would keep the last one silently): cancel's
# and complain's.
_BOTH = Text(
    "`{first}` と `{second}` は一緒に指定できません。どちらか一方を指定してください",
    "use one of `{first}` or `{second}`, not both",
)


def refuse_opposites(words: tuple[str, ...], opposites: Iterable[tuple[str, str]]) -> None:
    """Raise :class:`BadInput` when a flag and its opposite are both among ``words`` (the
    words as typed, ``ctx.meta["primehelp.args"]``; none after ``--``)."""
    given = set(words[: words.index("--")] if "--" in words else words)
    for first, second in opposites:
        if first in given and second in given:
            raise BadInput(_BOTH.format(first=first, second=second))
