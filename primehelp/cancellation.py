"""How to cancel Prime for one member's situation: the steps, the refund, what follows.

Pure: :func:`cancel_plan` takes the branch (where the membership is managed, trial or paid,
regular or student, benefits used since the last charge) and the typed ``cancel``,
``refunds`` and ``trial`` data (:mod:`primehelp.content`) with the reminder mail, and returns a frozen
:class:`CancelPlan`. No printing, no clock.
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles each string annotation
# into a ForwardRef (start-up, round 51); only names imported for type checking are strings.

import datetime as dt
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from primehelp.facts import Confidence, Fact
from primehelp.i18n import Text
from primehelp.periods import cancel_by
from primehelp.reminder import Reminder, TodayAction, today_action

if TYPE_CHECKING:
    from primehelp.content.cancel import CancelData, CancelStep
    from primehelp.content.refunds import RefundsData
    from primehelp.content.trial import TrialData


class Via(StrEnum):
    """Where the membership is managed."""

    WEB = "web"
    APP = "app"
    CARRIER = "carrier"


class Timing(StrEnum):
    """When the membership ends, as chosen on the cancellation page."""

    RENEWAL_DATE = "renewal_date"
    NOW = "now"


class Condition(StrEnum):
    """When a refund statement applies."""

    PAID = "paid"
    BENEFITS_NOT_USED = "benefits_not_used"
    BENEFITS_USED = "benefits_used"
    TRIAL = "trial"


class NoteKind(StrEnum):
    """What a note is about (the walkthrough shows each kind on its own screen)."""

    AMAZON_WORDS = "amazon_words"  # said once, at the top
    ADD_ONS = "add_ons"
    FAMILY = "family"
    GIFT_CARD = "gift_card"
    STUDENT = "student"
    KEEP_SCREENSHOT = "keep_screenshot"
    LABELS_MAY_CHANGE = "labels_may_change"
    KEEPS_BILLING = "keeps_billing"  # a subscription billed after Prime ends until cancelled


RenewalOrigin = Literal["option", "profile"]


class Branch(NamedTuple):
    """The member's situation; ``benefits_used`` is None when unknown."""

    via: Via
    trial: bool
    student: bool
    benefits_used: bool | None


class Step(NamedTuple):
    """One thing to do, with the exact Japanese label to look for ("" when there is none)."""

    n: int
    label_ja: str
    path_ja: tuple[str, ...]
    text: Text
    decision: bool
    notes: tuple[Fact, ...]
    id: str
    confidence: Confidence
    checked: dt.date
    sources: tuple[str, ...]


class RefundStatement(NamedTuple):
    """What the member gets back for one timing, under one condition. Never a yen figure."""

    timing: Timing
    condition: Condition
    text: Text
    id: str
    confidence: Confidence
    checked: dt.date
    sources: tuple[str, ...]


class TimingChoice(NamedTuple):
    """What one timing means for the membership and its benefits."""

    timing: Timing
    text: Text
    id: str
    confidence: Confidence
    checked: dt.date
    sources: tuple[str, ...]


class Note(NamedTuple):
    """A sourced note that goes with the plan."""

    kind: NoteKind
    text: Text
    id: str
    confidence: Confidence
    checked: dt.date
    sources: tuple[str, ...]


class RenewalDeadline(NamedTuple):
    """The renewal date, the last day to cancel, and the date typed or saved it counts from.

    A named tuple (ARCHITECTURE.md: start-up); :meth:`not_in_json` keeps the view's fields out."""

    renewal_date: dt.date
    cancel_by: dt.date
    days_left: int
    origin: RenewalOrigin
    given: dt.date | None = None  # typed or saved
    # A renewal charged lately (or today), from a saved plan: the next one it counts (review
    # 28b item 1), its cancel-by day and the days left to it (review 45b item 5)
    next_renewal_date: dt.date | None = None
    # Saved as a free trial's end still ahead, used for a paid membership (review 32b S 8)
    from_trial_end: bool = False
    next_cancel_by: dt.date | None = None
    next_days_left: int | None = None

    def not_in_json(self) -> frozenset[str]:
        """The fields the screen words from, not data: kept out of ``--json``."""
        return frozenset({"given", "from_trial_end"})

    def with_next(self, renewal_date: dt.date, today: dt.date) -> "RenewalDeadline":
        """This deadline with the next renewal after it, its cancel-by day and days left counted
        as every deadline is (:func:`renewal_deadline`)."""
        after = renewal_deadline(renewal_date, today)
        return self._replace(
            next_renewal_date=renewal_date,
            next_cancel_by=after.cancel_by,
            next_days_left=after.days_left,
        )


class SetAside(NamedTuple):
    """A saved date ``cancel`` did not use for the membership it shows (review 42b item 10: the
    text said so, the JSON did not): a paid renewal for a trial, or the other kind of trial's
    end (Prime Student / regular)."""

    renewal_date: dt.date
    plan: str | None
    reason: str  # "paid_date_for_trial" or "other_kind_of_trial"


class CancelPlan(NamedTuple):
    """Everything ``primehelp cancel`` shows for one branch.

    At a carrier there are no Amazon steps, refund statements, timing choices or reminder.
    """

    branch: Branch
    action: TodayAction | None  # what to do today; None at a carrier without a renewal date
    steps: tuple[Step, ...]
    refund: tuple[RefundStatement, ...]
    consequences: tuple[TimingChoice, ...]
    notes: tuple[Note, ...]
    reminder: Reminder | None
    renewal: RenewalDeadline | None
    keeps_billing: tuple[Note, ...]  # cancelled separately: the plan ends with them
    official_help_url: str
    membership_page_url: str
    checked: dt.date
    renewal_set_aside: SetAside | None = None  # a saved date not used here (review 42b item 10)

    @property
    def at_carrier(self) -> bool:
        """True when the membership is cancelled through the carrier, not on Amazon."""
        return self.branch.via is Via.CARRIER

    def sourced(self) -> tuple[Fact, ...]:
        """Every sourced statement in the plan, as facts (for a sources line)."""
        items: list[Step | RefundStatement | TimingChoice | Note | Fact] = [
            *self.steps,
            *(note for step in self.steps for note in step.notes),
            *self.refund,
            *self.consequences,
            *self.notes,
            *self.keeps_billing,
        ]
        if self.reminder is not None:  # the short note after the steps
            items += [self.reminder.opt_in, self.reminder.switch_on]
        return tuple(
            Fact(item.id, item.text, item.confidence, item.checked, item.sources) for item in items
        )

    def notes_of(self, *kinds: NoteKind) -> tuple[Note, ...]:
        """The notes of the given kinds, in plan order."""
        return tuple(note for note in self.notes if note.kind in kinds)


def answers_from_flags(
    via: Via | None, trial: bool | None, student: bool | None, benefits_used: bool | None
) -> dict[str, Any]:
    """The answers the command-line flags already give (a flag not given is not an answer)."""
    flags = {"via": via, "trial": trial, "student": student, "benefits_used": benefits_used}
    return {key: value for key, value in flags.items() if value is not None}


def branch_from(answers: Mapping[str, Any]) -> Branch:
    """The branch for the given answers; what was not asked takes the defaults."""
    via = answers.get("via", Via.WEB)
    return Branch(
        via=via,
        trial=via is not Via.CARRIER and bool(answers.get("trial", False)),
        student=via is not Via.CARRIER and bool(answers.get("student", False)),
        benefits_used=answers.get("benefits_used"),
    )


def _step(n: int, step: "CancelStep", paid: bool = False) -> Step:
    """The step; without the trial's label for the button when the member is ``paid``."""
    return Step(
        n=n,
        label_ja=step.label_ja,
        path_ja=step.path_ja,
        text=step.fact.text,
        decision=step.decision,
        notes=tuple(n for n in step.notes if not (paid and n.id.endswith(".trial_note"))),
        id=step.fact.id,
        confidence=step.fact.confidence,
        checked=step.fact.checked,
        sources=step.fact.sources,
    )


def _note(kind: NoteKind, fact: Fact) -> Note:
    return Note(
        kind=kind,
        text=fact.text,
        id=fact.id,
        confidence=fact.confidence,
        checked=fact.checked,
        sources=fact.sources,
    )


def _web_steps(cancel: "CancelData", trial: bool, renewal_day: bool) -> "list[CancelStep]":
    """The website's steps, with the trial variant swapped in during a trial, and the renewal
    day's (both labels) on a trial's automatic renewal day."""

    def variant(step: "CancelStep") -> "CancelStep":
        if renewal_day and step.renewal_day is not None:
            return step.renewal_day
        return step.trial if trial and step.trial is not None else step

    return [variant(step) for step in cancel.web_steps]


def _steps(cancel: "CancelData", branch: Branch, renewal_day: bool = False) -> "list[CancelStep]":
    if branch.via is Via.CARRIER:
        return [cancel.carrier]
    web = _web_steps(cancel, branch.trial, renewal_day)
    if branch.via is Via.APP:
        rest = web[cancel.app_continues_at_web_step - 1 :]  # a screen, not a page: step.app
        return [*cancel.app_steps, *(step.app or step for step in rest)]
    return web


def renewal_deadline(
    renewal_date: dt.date,
    today: dt.date,
    origin: RenewalOrigin = "option",
    saved: dt.date | None = None,
) -> RenewalDeadline:
    """The day before the renewal date (counted on from a ``saved`` date: an estimate)."""
    last_day = cancel_by(renewal_date)
    given = renewal_date if origin == "option" else saved
    return RenewalDeadline(renewal_date, last_day, (last_day - today).days, origin, given)


def cancel_plan(
    branch: Branch,
    cancel: "CancelData",
    refunds: "RefundsData",
    trial: "TrialData",
    reminder: Reminder,
    *,
    today: dt.date,
    wording: Mapping[str, Text],
    refund_rules: Callable[[bool | None, bool], tuple[Fact, ...]],
    renewal: RenewalDeadline | None = None,
    said_student: bool = False,
) -> CancelPlan:
    """Build the plan for ``branch`` from the typed data files and the reminder mail.

    ``said_student``: the member said Prime Student (``--student``) where the branch does not
    keep it (a carrier): no note about family members, whom Student members cannot add.

    ``wording`` words the action for today, which ``renewal`` (when known) dates;
    ``refund_rules`` gives Amazon's refund rules when the action names a charge (the one
    for the branch's answer about benefits used; both when it is not known).
    A free trial whose end (the renewal date) is past is planned as a paid
    membership whose first charge came after the trial; the plan's ``branch`` says so. On
    the end date itself the fee may be charged that day: the plan keeps the trial's ``branch``
    but has the paid steps (both labels where the button differs), the paid timings and the
    refund for the first charge, then what holds if nothing has been charged yet.
    """
    from primehelp.cancel_refunds import refund_statements  # it imports this module's classes

    at_carrier = branch.via is Via.CARRIER
    ended = branch.trial and renewal is not None and renewal.renewal_date <= today
    paid = branch._replace(trial=False)
    if ended and renewal is not None and renewal.renewal_date < today:
        # The trial has ended (its end date is the renewal date): unless it was cancelled, the
        # member is now paid, so the paid steps and refunds apply, worded for the first charge.
        branch = paid
    shown = paid if ended else branch  # the steps, refunds and notes
    renewal_day = ended and branch.trial
    paid_now = ended and not renewal_day  # no trial label for the button (review 20b S 9)
    steps = tuple(
        _step(n, s, paid_now) for n, s in enumerate(_steps(cancel, shown, renewal_day), 1)
    )
    refund = refund_statements(refunds, trial, shown)
    if ended:
        after_trial = {rule.id: rule.text for rule in refund_rules(branch.benefits_used, True)}
        refund = tuple(s._replace(text=after_trial.get(s.id, s.text)) for s in refund)
        if renewal_day and not at_carrier:  # on the end date only, a fee not charged yet:
            # the trial's rule, last, under "now" (past the end date the fee has been charged)
            free = [s for s in refunds.statements if s.condition is Condition.TRIAL]
            refund += tuple(s._replace(text=refunds.before_charge) for s in free)
    charged = renewal is not None and renewal.renewal_date <= today and not shown.trial
    timing = cancel.timing  # charged: ending "on the renewal date" means the next one
    if charged:
        timing = (*cancel.charged_timing, *(c for c in timing if c.timing is Timing.NOW))
    consequences = () if at_carrier else cancel.trial_timing if shown.trial else timing
    note_facts = [] if at_carrier else [(NoteKind.AMAZON_WORDS, cancel.amazon_words)]
    note_facts.append((NoteKind.ADD_ONS, cancel.add_ons))
    if not at_carrier and not shown.trial:
        note_facts.append((NoteKind.GIFT_CARD, refunds.gift_card))
    if branch.student:
        note_facts.append((NoteKind.STUDENT, trial.student_limit))
    elif not said_student:  # Prime Student members cannot add family members (review 28b 3)
        note_facts.append((NoteKind.FAMILY, cancel.family))
    if not at_carrier:  # Amazon's last screen (FACTS §4 step 6)
        note_facts.append((NoteKind.KEEP_SCREENSHOT, cancel.keep_screenshot))
    # Labels change: after every procedure, the carrier's too (FACTS; review 20b 5, 28b S 10)
    labels = cancel.labels_may_change_carrier if at_carrier else cancel.labels_may_change
    note_facts.append((NoteKind.LABELS_MAY_CHANGE, labels))
    notes = tuple(_note(kind, fact) for kind, fact in note_facts)
    outliving = tuple(_note(NoteKind.KEEPS_BILLING, fact) for fact in cancel.keeps_billing)
    groups = (steps, refund, consequences, notes, outliving)
    checked = [item.checked for group in groups for item in group]
    action = None
    if not at_carrier or renewal is not None:  # at a carrier, only for a date given
        action = today_action(
            None if renewal is None else renewal.renewal_date,
            today,
            wording,
            refund_rules,
            trial=ended or branch.trial,
            benefits_used=branch.benefits_used,
            command=None,
            flags=" --via app" * (branch.via is Via.APP) + " --student" * branch.student,
            given=None if renewal is None else renewal.given,
            carrier=at_carrier,
            saved_trial_end=renewal is not None and renewal.from_trial_end and not branch.trial,
        )
    return CancelPlan(
        branch=branch,
        action=action,
        steps=steps,
        refund=refund,
        consequences=consequences,
        notes=notes,
        reminder=None if at_carrier else reminder,
        renewal=renewal,
        keeps_billing=outliving,
        official_help_url=cancel.official_help_url,
        membership_page_url=reminder.page_url,
        checked=max(checked),
    )
