"""How `cancel` reads the profile saved with ``--save`` (review 26b items 1 and 3).

A saved date is a paid renewal or a free trial's end (``trial --save``); `cancel` uses it for the
membership it is about:

- ``--trial``: only a saved trial's end is a trial's end. A saved paid renewal is not used (a
  trial lasts 30 days or 6 months, a paid date rolled forward may be a year away); a line says so
  and how to give the trial's date.
- neither ``--trial`` nor ``--paid``: a saved trial's end (not rolled forward past it) shows the
  trial, as `renewal` and `due` read the same profile; a line says so (``--paid`` changes it).
- ``--paid``: the next renewal rolled forward from the saved date. A saved trial's end is the day
  of the first charge, the paid membership's first renewal, so it is used as it is.
"""

import datetime as dt
import os
from typing import TYPE_CHECKING, NamedTuple

from primehelp.facts import ui
from primehelp.i18n import Lang, Text
from primehelp.output.envelope import emit_warning

if TYPE_CHECKING:
    from primehelp.cancellation import Branch, CancelPlan, RenewalDeadline, SetAside
    from primehelp.profile import Profile
    from primehelp.reminder import TodayAction


class SavedUse(NamedTuple):
    """What the saved profile gives `cancel`: a deadline for each membership and the trial
    answer it gives when neither --trial nor --paid is."""

    paid: "RenewalDeadline | None"  # the next renewal rolled forward from the saved date
    trial_end: "RenewalDeadline | None"  # a saved trial's end; None for a saved paid renewal
    trial: bool | None  # the answer the profile gives (None: the flag's, or the default)
    profile: "Profile | None" = None

    @property
    def student(self) -> bool | None:
        """True when the profile is Prime Student (``trial --student --save``, a Student plan);
        None otherwise: the flag's answer, or the default (review 28b item 4)."""
        return True if self.profile is not None and self.profile.is_student else None

    def aside(self, typed: bool | None, branch: "Branch") -> bool:
        """``--trial`` (``typed``) at a carrier and the saved date a paid renewal: set aside,
        as the web and app trial screens do (review 60b item 2)."""
        carrier = branch.via.value == "carrier"
        return typed is True and carrier and self.profile is not None and not self.profile.trial

    def without_date(self, plan: "CancelPlan") -> "CancelPlan":
        """``plan`` (built without a date) for a saved paid date :meth:`aside`: the campaign's
        Prime by the day before the date on Amazon's page, and the date set aside."""
        set_aside = self.set_aside(True, bool(self.student))
        return plan._replace(action=carrier_trial_action(), renewal_set_aside=set_aside)

    def deadline(self, trial: bool, student: bool = True) -> "RenewalDeadline | None":
        """The deadline for a ``trial`` or a paid membership; none for one kind of trial from
        the other kind's saved end: a regular Prime trial (``student`` false) from a saved
        Prime Student trial's end, 6 months on where a regular trial lasts 30 days (review 36b
        S 16), and the reverse (review 38b item 3)."""
        if trial and self._other_kind_of_trial(student):
            return None
        return self.trial_end if trial else self.paid

    def walk_deadline(self, trial: bool, student: bool, today: dt.date) -> "RenewalDeadline | None":
        """The walkthrough's deadline: as :meth:`deadline`, but a saved trial's end that has
        passed is not used for a member who says 「無料体験中」: the saved end is an estimate
        (the start typed + 30 days or 6 months), the Prime page the member reads is not; the
        answer is kept and a line says what to check (review 38b item 4)."""
        if trial and self._trial_end_passed(today):
            return None
        return self.deadline(trial, student)

    def _trial_end_passed(self, today: dt.date) -> bool:
        saved = self.profile
        return saved is not None and saved.trial and saved.renewal_date < today

    def _other_kind_of_trial(self, student: bool) -> bool:
        """A saved trial's end still ahead, for the other kind of trial (Prime Student: 6
        months, regular: 30 days); once it has passed, the paid screen holds either way."""
        saved, end = self.profile, self.trial_end
        ahead = end is not None and end.days_left >= 0
        if saved is None or not saved.trial or not ahead:
            return False
        return saved.is_student != student

    def note(self, trial: bool, today: dt.date, student: bool = True) -> Text | None:
        """The line under the member's situation when the screen is for a ``trial``: the saved
        paid renewal (or a Prime Student trial's end, for a regular trial) not used, or the
        trial shown because the saved date is a trial's end."""
        saved = self.profile
        if saved is None or not trial:
            return None
        if not saved.trial:
            return _not_a_trial(saved)
        if self._other_kind_of_trial(student):
            key = (
                "profile_student_not_regular" if saved.is_student else "profile_regular_not_student"
            )
            return _not_a_trial(saved, key)
        if saved.renewal_date < today:  # ended: what the date is, and what --paid reads
            key = "profile_trial_ended_" + ("given" if self.trial is None else "shown")
            words = ui(key, "ui_cancel")  # --trial typed: no --paid hint (review 27b item 3)
            day = saved.renewal_date
            return Text(
                words.ja.format(date=f"{day.year}年{day.month}月{day.day}日"),
                words.en.format(date=day.isoformat()),
            )
        if self.trial is None:  # --trial given: nothing to say
            return None
        if saved.renewal_date == today:  # both cases shown, not the trial's (review 32b item 3)
            return ui("profile_trial_renewal_day", "ui_cancel")
        return ui("profile_trial_shown", "ui_cancel")

    def urgent(self, trial: bool | None, student: bool | None) -> Text | None:
        """The line before the walkthrough's first question when the saved date's cancel-by day
        is today (review 45b S 15); ``trial``, ``student``: the flags' answers (None: not
        given). None when the saved date is not for the membership the flags name."""
        saved = self.profile
        if saved is None:
            return None
        kind = saved.trial if trial is None else trial
        deadline = self.deadline(kind, saved.is_student if student is None else student)
        if kind != saved.trial or deadline is None or deadline.days_left != 0:
            return None
        day = deadline.renewal_date
        rolled = day != saved.renewal_date  # counted on from the saved date: an estimate
        # the saved date itself: not 「数えると」, nothing was counted (review 46b item 4)
        words = ui("urgent_saved" + ("_trial" if kind else "_exact" * (not rolled)), "ui_cancel")
        inner = Text("、目安", ", an estimate") if rolled else Text("", "")  # as 51b item 23
        return Text(
            words.ja.format(date=f"{day.year}年{day.month}月{day.day}日", estimate=inner.ja),
            words.en.format(date=day.isoformat(), estimate=inner.en),
        )

    def walk_answers(self) -> tuple[dict[str, bool], Text | None]:
        """The walkthrough's trial and Student answers a saved paid plan gives, and the line
        saying so (review 46b item 4: a saved student-annual plan was asked 「無料体験中ですか？」
        and 「会員の種類」 again). A saved trial's end is an estimate: still asked (38b item 4)."""
        saved = self.profile
        if saved is None or saved.trial or saved.plan is None:
            return {}, None
        words, plan = ui("walk_saved_paid", "ui_cancel"), ui(f"plan_{saved.plan}", "ui_calendar")
        said = Text(words.ja.format(plan=plan.ja), words.en.format(plan=plan.en))
        return {"trial": False, "student": saved.is_student}, said

    def piped_answers(self) -> tuple[dict[str, bool], Text | None]:
        """:meth:`walk_answers` for the piped screen, whose line names the Prime too: the
        same saved plan was 「指定がない」 there (review 48b item 4)."""
        preset, said = self.walk_answers()
        saved = self.profile
        if said is None or saved is None:
            return preset, None
        words, plan = ui("saved_paid_shown", "ui_cancel"), ui(f"plan_{saved.plan}", "ui_calendar")
        kind = ui("student" if saved.is_student else "regular", "ui_cancel")
        en = kind.en if saved.is_student else kind.en[:1].lower() + kind.en[1:]
        return preset, Text(
            words.ja.format(plan=plan.ja, kind=kind.ja), words.en.format(plan=plan.en, kind=en)
        )

    def set_aside(self, trial: bool, student: bool = True) -> "SetAside | None":
        """The saved date :meth:`note` says is not used for a ``trial`` (review 42b item 10)."""
        saved = self.profile
        if saved is None or not trial:
            return None
        if saved.trial and not self._other_kind_of_trial(student):
            return None
        from primehelp.cancellation import SetAside

        reason = "other_kind_of_trial" if saved.trial else "paid_date_for_trial"
        return SetAside(saved.renewal_date, saved.plan, reason)

    def walkthrough_note(
        self,
        shown: "RenewalDeadline | None",
        today: dt.date,
        trial: bool,
        student: bool,
        typed: bool = False,
    ) -> Text | None:
        """The line the walkthrough adds under the situation for a trial answered: a saved date
        not used (a paid renewal, the other kind of trial's end), as the piped screen says it
        (review 38b items 3 and 18), or a saved trial's end that has passed (the screen keeps
        the answer: the date is an estimate; review 38b item 4, which replaced 「…過ぎているため、
        有料会員に更新された場合を表示しています」 of review 34b S 11); ``typed``: --trial given,
        no question to go back to."""
        saved = self.profile
        if saved is None or not trial or shown is not None:
            return None
        if self._trial_end_passed(today):
            words = ui("profile_trial_passed_" + ("given" if typed else "answered"), "ui_cancel")
            day = saved.renewal_date
            return Text(
                words.ja.format(date=f"{day.year}年{day.month}月{day.day}日"),
                words.en.format(date=day.isoformat()),
            )
        if not saved.trial or self._other_kind_of_trial(student):
            return self.note(trial, today, student)
        return None


NOTHING_SAVED = SavedUse(None, None, None)


def date_saved() -> bool:
    """A profile file is there (read or not): once cancelled, the member clears it, or `due`
    goes on announcing renewals that no longer come (review 47b item 7)."""
    from primehelp.errors import FileProblem
    from primehelp.profile import profile_path

    try:
        return profile_path(os.environ).is_file()
    except (FileProblem, OSError):
        return False


def saved_student() -> bool:
    """The saved profile is Prime Student (a Student plan or trial), read quietly: for a date
    typed with --renewal, whose screen would otherwise be regular Prime's without a word
    (review 47b S 11)."""
    from primehelp.profile import peek_profile

    saved = peek_profile(os.environ).profile
    return saved is not None and saved.is_student


def saved_use(today: dt.date, lang: Lang, trial: bool | None) -> SavedUse:
    """The saved profile for `cancel`; ``trial``: the ``--trial``/``--paid`` answer.

    `cancel` only peeks at the profile: one it cannot read (corrupt, a FIFO, no home directory)
    is a one-line warning on stderr, and the command goes on as if nothing were saved.
    """
    from primehelp.profile import peek_profile

    peek = peek_profile(os.environ)
    if peek.problem is not None:
        emit_warning(lang, peek.problem)
    saved = peek.profile
    if saved is None:
        return NOTHING_SAVED
    from primehelp.cancellation import renewal_deadline
    from primehelp.periods import last_renewal, next_renewal
    from primehelp.plans import parse_plan
    from primehelp.reminder import long_past

    plan = None if saved.plan is None else parse_plan(saved.plan)
    upcoming = next_renewal(saved.renewal_date, plan, today)
    # Rolled forward from the saved date: an estimate, said as `renewal` and `due` say it. A
    # renewal charged within the current period comes first, as `cancel --renewal` with that
    # date: the fee charged, ending now and the refund rules (review 28b item 1).
    charged = last_renewal(saved.renewal_date, plan, today)
    paid = renewal_deadline(upcoming, today, "profile", saved.renewal_date)
    if charged is not None and not long_past(charged, today):
        paid = renewal_deadline(charged, today, "profile", saved.renewal_date)
        paid = paid.with_next(upcoming, today)  # said first and under the situation
        upcoming = charged
    if not saved.trial:  # a paid renewal is no trial's end
        if plan is not None and upcoming == today and paid.next_renewal_date is None:
            # the renewal day itself: the next one counted from the saved plan, as the day
            # after says it (review 34b item 3: not 「--plan monthly」 for an annual plan)
            after = next_renewal(saved.renewal_date, plan, today + dt.timedelta(days=1))
            paid = paid.with_next(after, today)
        return SavedUse(paid, None, None, saved)
    trial_end = renewal_deadline(saved.renewal_date, today, origin="profile")
    if today < saved.renewal_date:  # a paid member's renewal may be another day: said so
        paid = paid._replace(from_trial_end=True)
    # Not rolled past the trial's end: the trial, as `renewal` and `due` read it.
    answer = True if trial is None and upcoming == saved.renewal_date else None
    return SavedUse(paid, trial_end, answer, saved)


def carrier_trial_action() -> "TodayAction":
    """`cancel --via carrier --trial` with a saved paid date set aside: the campaign's Prime is
    cancelled by the day before the date on Amazon's page, no date given (review 60b item 2)."""
    from primehelp.reminder import Act, TodayAction

    text = ui("carrier_trial_no_date", "ui_cancel")
    return TodayAction(Act.FIND_DATE, text, None, None, None, None, None, (), None, None)


def _not_a_trial(saved: "Profile", key: str = "profile_paid_not_trial") -> Text:
    """「保存した更新日の2026年12月31日（年間プラン）は有料会員の更新日のため…」, or ``key``'s
    sentence about the saved date."""
    day = saved.renewal_date
    plan = None if saved.plan is None else ui(f"plan_{saved.plan}", "ui_calendar")
    words = ui(key, "ui_cancel")
    return Text(
        words.ja.format(
            date=f"{day.year}年{day.month}月{day.day}日" + (f"（{plan.ja}）" if plan else "")
        ),
        words.en.format(date=day.isoformat() + (f" ({plan.en})" if plan else "")),
    )
