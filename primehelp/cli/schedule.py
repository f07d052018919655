"""What `renewal`, `trial` and `cancel` share: today in Japan, the saved profile, and the files
``--ics`` and ``--save`` write."""

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from primehelp.cli.saved_words import described, other_kind, passed
from primehelp.errors import BadInput, of_option
from primehelp.facts import ui
from primehelp.i18n import Lang, Text
from primehelp.output.envelope import emit_bytes, emit_notice, emit_warning
from primehelp.today import JAPAN as JAPAN  # moved there: output asks today too (the layers)
from primehelp.today import TODAY_ENV as TODAY_ENV
from primehelp.today import date_option as date_option
from primehelp.today import today_in_japan as today_in_japan

if TYPE_CHECKING:
    from primehelp.calendar_options import CalendarOptions
    from primehelp.calendar_past import CalendarWritten
    from primehelp.facts import Fact
    from primehelp.freshness import Freshness
    from primehelp.ics import RenewalLike
    from primehelp.profile import Profile
    from primehelp.storage import PlannedWrite


def facts_age(result: object, today: dt.date) -> "Freshness | None":
    """The check date and age on ``today`` of the facts in ``result``, for the calendar's fee."""
    from primehelp.freshness import checked_dates, freshness

    return freshness(checked_dates(result), today)


def up_to_today(option: str, raw: str, on: dt.date, ask: Text) -> dt.date:
    """``on`` (read from ``raw``), refused if it is after today in Japan: a charge date or the
    renewal a fee was charged on cannot be later (`charge --date`, `complain --renewal`). ``ask``
    says what to give instead; the accepted forms follow with a past day as the example."""
    from primehelp.dates import ACCEPTED_DATE_FORMS
    from primehelp.errors import shown

    today = today_in_japan(None)
    if on <= today:
        return on
    problem = Text(
        f"{shown(raw)}は今日（{today.year}年{today.month}月{today.day}日）より後の日付です。"
        f"{ask.ja}{ACCEPTED_DATE_FORMS.ja}",
        f"{shown(raw)} is after today ({today.isoformat()}): {ask.en}; {ACCEPTED_DATE_FORMS.en}",
    )
    raise of_option(option, BadInput(problem))


def warn_if_far(
    renewal: dt.date,
    today: dt.date,
    lang: Lang,
    *,
    trial: bool = False,
    student: bool | None = None,
    plan: str | None = None,
    saving: bool = False,
) -> Text | None:
    """A renewal date further ahead than any plan renews is most likely a mistyped year: paid,
    more than a year (the annual plan renews within a year; ``plan`` monthly: a month, review
    36b item 1); with ``trial``, more than the trial lasts (30 days, or 6 months with
    ``student``; without it the warning names both). One warning line on stderr; the command
    goes on (exit code unchanged). ``saving`` (paid, --save without --force): an error instead,
    nothing saved. `renewal` and `cancel --renewal` call it on the date the member typed.
    Returns the warning said (for --json: review 45b item 8), or None."""
    ja_date = f"{renewal.year}年{renewal.month}月{renewal.day}日"
    if trial:
        from dateutil.relativedelta import relativedelta

        from primehelp.content import trial as trial_data

        data = trial_data.load()
        months = data.student_months
        limit: dt.date = (
            today + relativedelta(months=months)
            if student
            else today + dt.timedelta(days=data.regular_days)
        )
        if renewal <= limit:
            return None
        words = ui("far_ahead_trial_student" if student else "far_ahead_trial", "ui_renewal")
        say = {"days": data.regular_days, "months": months}
        add = Text("", "")
        if student is None and renewal <= today + relativedelta(months=months):
            add = ui("far_ahead_trial_add_student", "ui_renewal")
        said = Text(
            words.ja.format(date=ja_date, **say) + add.ja,
            words.en.format(date=renewal.isoformat(), **say) + add.en,
        )
        emit_warning(lang, BadInput(said))
        return said
    from primehelp.cli.far_ahead import far_ahead

    problem = far_ahead(renewal, today, plan, saving)
    if problem is not None and saving:  # not saved: `due` would be quiet (review 36b item 1)
        raise BadInput(problem)
    if problem is not None:
        emit_warning(lang, BadInput(problem))
    return problem


def _row_plan(row: object, plan: str | None) -> str | None:
    """A Prime Student row past the 4 paid years is named by its regular plan (the fee it has)."""
    if plan is not None and getattr(row, "regular_prime", False):
        return plan.removeprefix("student-")
    return plan


def refund_rules(benefits_used: bool | None, after_trial: bool) -> "tuple[Fact, ...]":
    """Amazon's refund rules, read only when the action for today names a charge."""
    from primehelp.content import refunds

    return refunds.refund_rules(benefits_used, after_trial, gift_card=True)


def saved_renewal(save: bool = False) -> "Profile":
    """The saved profile, for `renewal` without DATE; a bad input error if nothing is saved
    (with ``save``, --save was given: the hint says it needs the date)."""
    from primehelp.profile import load_profile, profile_path

    saved = load_profile(profile_path(os.environ))
    if saved is None:
        if save:  # the state first, then what to do (review 14b S 13)
            raise BadInput(ui("save_hint_with_save", "ui_profile"))
        missing = ui("missing_date", "ui_renewal")
        hint = ui("save_hint", "ui_profile")
        raise BadInput(Text(f"{missing.ja}。{hint.ja}", f"{missing.en}; {hint.en}"))
    return saved


class Outputs(NamedTuple):
    """The files `renewal` and `trial` may write: --ics (with --force, --events, --alarms and
    --alarm-time) and --save.

    All or nothing: :meth:`check` refuses a bad target before anything is computed, and
    :meth:`write` hands every file to one :func:`primehelp.storage.write_files` call (all staged,
    then renamed), announcing them only once it has returned. A calendar on stdout (``--ics -``)
    comes after the files, so a failed save prints no calendar.
    """

    ics: str | None
    force: bool
    save: bool
    events: str | None = None
    alarms: str | None = None
    alarm_time: str | None = None
    student_end: bool = True  # --events takes student-end (trial); renewal refuses it
    paid: bool = False  # `renewal DATE`: the date is a paid renewal, not a saved trial's end
    student_only: bool = False  # `trial` without --student: student-end said apart (53b 12)
    clock: bool = False  # no --today: past alarms by the JST clock's time too (63b item 10)

    def check(self, as_json: bool) -> None:
        """Refuse a bad --ics or --save, or a calendar option, before anything is written."""
        ics = self.ics
        if self.force and ics is None and not self.save:  # review 52b item 6
            raise BadInput(ui("force_alone", "ui_calendar"))
        if ics == "-" and as_json:  # review 52b item 22: what to do instead
            raise BadInput(ui("stdout_twice", "ui_calendar"))
        self._calendar_options()
        if ics is not None and ics != "-":
            from primehelp.storage import check_can_create, check_writable_target

            if not ics.strip():
                raise BadInput(
                    Text(
                        "`--ics` にはファイル名を指定してください（標準出力に書く場合は `-`）",
                        "`--ics` needs a file name, or `-` for stdout",
                    )
                )
            check_writable_target(Path(ics), force=self.force)
            check_can_create(Path(ics))
        if self.save:
            from primehelp.profile import Profile, load_profile, profile_path, profile_write

            path = profile_path(os.environ)
            if not self.force:
                load_profile(path)  # an unreadable profile stops here, untouched
            profile_write(path, Profile(_ANY_DATE), force=True)  # a device, a FIFO … stops here too

    def _calendar_options(self) -> "CalendarOptions | None":
        """What --events, --alarms and --alarm-time ask for; ``None`` without --ics (where
        giving one of them is an error)."""
        given = {"--events": self.events, "--alarms": self.alarms,
                 "--alarm-time": self.alarm_time}  # fmt: skip
        if self.ics is None:
            for option, value in given.items():
                if value is not None:
                    example = f"--ics prime.ics {option} {_EXAMPLES[option]}"
                    raise BadInput(
                        Text(
                            f"`{option}` は `--ics` と一緒に指定してください（例：`{example}`）",
                            f"`{option}` only applies to the calendar file: give `--ics` too "
                            f"(e.g. `{example}`)",
                        )
                    )
            return None
        from primehelp.calendar_options import calendar_options, clock_options

        kept = (self.events, self.alarms, self.alarm_time, self.student_end, self.student_only)
        return clock_options(calendar_options(*kept), self.clock)  # review 63b item 10

    def _profile_write(
        self, renewal_date: dt.date, plan: str | None, trial: bool, student: bool,
        today: dt.date | None = None,
    ) -> "tuple[PlannedWrite | None, Text]":  # fmt: skip
        """The profile --save writes (``None`` when it is saved already) and what to say.

        Without --force a profile that cannot be read stops everything (it is not ours to
        overwrite), and so does a saved profile this one would replace (another date or plan:
        :func:`~primehelp.profile_replace.loses_saved`); with --force both are replaced, and the notice
        names what was there.
        """
        from primehelp.files import own_file_name
        from primehelp.profile import (
            load_profile,
            peek_profile,
            profile_path,
            profile_to_save,
            profile_write,
        )
        from primehelp.profile_replace import loses_saved, rolls_forward, without_plan

        path = profile_path(os.environ)
        peek = peek_profile(os.environ)
        existing = peek.profile if self.force else load_profile(path)
        profile = profile_to_save(existing, renewal_date, plan, trial, student, self.paid)
        file = own_file_name(path)
        if today is not None and profile.renewal_date < today and profile.plan is None:
            # every due would stop on it (review 29b 4); a saved profile is replaced only with
            # --force, which the example then carries (review 52b item 14)
            raise BadInput(passed(profile, today, existing, peek.problem is not None))
        saved = described(profile)
        if existing is not None and existing == profile:
            return None, _said("already_saved", file, saved)
        before = None if existing is None else described(existing)
        if existing is not None and loses_saved(existing, profile, today) and not self.force:
            from primehelp.errors import FileProblem

            if existing.trial != profile.trial and existing.renewal_date == renewal_date:
                raise FileProblem(other_kind(existing, profile, file))  # review 38b item 10
            raise FileProblem(_said("profile_exists", file, saved, before))
        write = profile_write(path, profile, force=self.force)
        if existing is not None and before is not None:
            # the same date with a plan added: not 「XからX（月間プラン）に置き換えました」 (38b 13)
            same = existing.renewal_date == profile.renewal_date and existing.plan is None
            key = "plan_added" if same and existing.trial == profile.trial else "replaced_profile"
            key = "rolled_profile" if rolls_forward(existing, profile, today) else key  # 51b S 2
            return write, without_plan(_said(key, file, saved, before), profile)  # 59b S 4
        unreadable = peek.problem is not None
        key = "replaced_unreadable" if unreadable else "saved_profile"
        return write, without_plan(_said(key, file, saved), profile)

    def write(
        self,
        schedule: "Sequence[RenewalLike]",
        lang: Lang,
        renewal_date: dt.date,
        *,
        plan: str | None = None,
        trial: bool = False,
        trial_end: dt.date | None = None,
        student_end: dt.date | None = None,
        today: dt.date | None = None,
        checked: "Freshness | None" = None,
    ) -> "CalendarWritten | None":
        """Write the calendar and the profile as asked, all or nothing; say so on stderr;
        return what the calendar file holds (``None`` without ``--ics FILE``), for --json.

        With ``trial`` the renewal is a free trial's end (and the profile says so);
        ``trial_end``: a saved trial's end (review 18b S 7), the rows after it paid ones.
        ``student_end`` is the day Prime Student becomes regular Prime at the latest. A calendar
        without an event is refused (nothing is written); one whose events are all before
        ``today`` is written, with a line saying how to get the next ones. ``checked``: the
        facts' check date and age on ``today``, which the fee's note names (review 27b item 4).
        """
        if self.ics is None and not self.save:
            return None
        from primehelp.files import file_name
        from primehelp.storage import PlannedWrite, write_files

        data, past, late, later, record, one = b"", None, None, [], None, None
        if self.ics is not None:
            from primehelp.calendar_options import DEFAULT_OPTIONS, late_alarms, refuse_student_end
            from primehelp.calendar_past import one_renewal, plan_examples  # review 60b item 3
            from primehelp.ics import calendar_bytes, calendar_events, entry_from

            student = (trial or trial_end is not None) and student_end is not None  # Student
            ends = (trial or e.renewal_date == trial_end for e in schedule)
            entries = [
                entry_from(e, _row_plan(e, plan), end, student, renewal_date, fee_checked=checked)
                for e, end in zip(schedule, ends, strict=True)
            ]
            options = self._calendar_options() or DEFAULT_OPTIONS
            if student_end is None and self.events is not None:
                refuse_student_end(options, trial)  # listed beside others (review 38b item 8)
            written = calendar_events(entries, lang, options, student_end, today)
            days = [event.day for event in written]
            if not days:  # student-end alone, no Prime Student trial: the cause (review 20b 4)
                asked = ",".join(kind.value for kind in options.events)
                why = "no_events" if student else "student_end_trial" if trial else "student_end"
                raise BadInput(ui(why, "ui_calendar").format(events=asked))
            if today is not None and max(days) < today:
                past = ui("past_events_trial" if trial else "past_events", "ui_calendar")
                # the member's own renewal in the example, not 2026-12-31 (review 31b S 10)
                annual = "student-annual" if student else "annual"
                past = past.format(annual=annual, **plan_examples(renewal_date, self.ics))
            stamp = dt.datetime.now(dt.UTC)
            data = calendar_bytes(entries, lang, stamp, options, student_end, today)
            if plan is None and not trial and trial_end is None and past is None:  # 46b S 7
                one = one_renewal(renewal_date, self.ics)
            elif past is None:  # a monthly plan's few months (review 59b S 5)
                from primehelp.calendar_past import monthly_count

                one = monthly_count(plan, [e.renewal_date for e in schedule])
            if today is not None and past is None:  # past alarms, events (review 39b S 7, 8)
                from primehelp.calendar_past import calendar_notes

                later = calendar_notes(entries, written, options, today, trial)
            if self.ics != "-":  # for --json (review 41b S 15)
                from primehelp.calendar_past import calendar_written

                record = calendar_written(self.ics, entries, written, options, today)
            if options.left_out:  # default alarms after the carrying event (review 38b item 9)
                kept = (*options.alarm_days, *options.left_out)
                late = late_alarms("alarms_left_out", options.events, kept, options.left_out, trial)
        writes: list[PlannedWrite] = []
        notices: list[str] = []
        if self.ics is not None and self.ics != "-":
            writes.append(PlannedWrite(Path(self.ics), data, force=self.force))
            wrote = "overwrote_file" if os.path.lexists(self.ics) else "wrote_file"
            notices.append(ui(wrote, "ui_calendar").format(file=file_name(self.ics))(lang))
            if not self.ics.lower().endswith(".ics"):  # some apps go by the name (61b S 11)
                notices.append(ui("not_ics_name", "ui_calendar")(lang))
        if self.save:
            student = trial and student_end is not None  # trial --student: a Student trial
            profile_write, said = self._profile_write(renewal_date, plan, trial, student, today)
            writes += [profile_write] if profile_write is not None else []
            notices.append(said(lang))
        if writes:
            write_files(writes)
        if self.ics == "-":
            emit_bytes(data)
        for notice in notices:
            emit_notice(notice)
        for note in (late, past, one, *later):
            if note is not None:
                emit_notice(note(lang))
        return record


_EXAMPLES = {"--events": "renewal,cancel-by,notice", "--alarms": "7,3,1", "--alarm-time": "09:00"}
_NO_KIND = Text("", "")
_ANY_DATE = dt.date(2000, 1, 1)  # for the pre-flight check of --save: the date is not known yet


def _said(
    key: str, file: Text, saved: Text, before: Text | None = None, kind: Text = _NO_KIND
) -> Text:
    """The ui text ``key`` about the profile ``file``: ``saved`` now, ``before`` replaced,
    ``kind`` the kind of date ``saved`` is (review 36b item 8)."""
    said = ui(key, "ui_calendar")
    was = before or saved
    return Text(
        said.ja.format(file=file.ja, saved=saved.ja, before=was.ja, kind=kind.ja),
        said.en.format(file=file.en, saved=saved.en, before=was.en, kind=kind.en),
    )
