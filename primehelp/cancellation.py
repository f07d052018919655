"""How to cancel Prime for one member's situation: the steps, the refund, what follows.

Pure: :func:`primehelp.cancel_build.cancel_plan` takes the branch (where the membership is managed, trial or paid,
regular or student, benefits used since the last charge) and the typed ``cancel``,
``refunds`` and ``trial`` data (:mod:`primehelp.content`) with the reminder mail, and returns a frozen
:class:`CancelPlan`. No printing, no clock.
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles each string annotation
# into a ForwardRef (start-up, round 51); only names imported for type checking are strings.

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from primehelp.facts import Confidence, Fact
from primehelp.i18n import Text
from primehelp.periods import cancel_by
from primehelp.reminder import Reminder, TodayAction

if TYPE_CHECKING:
    pass


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
    # the screen's note: the cancel-by date is primehelp's safety margin, not Amazon's last day
    # (FACTS §4; review 47b item 4); set by cancel_plan, as the branch words it
    cancel_by_note: Text | None = None

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
    # a renewal date is saved (--save): once cancelled, clear it (review 47b item 7)
    date_saved: bool = False
    # what the screen says beside the steps, for --json (review 47b item 5): the answers assumed
    # (neither given nor saved: via, trial, student), and that Prime Student's screens are
    # unchecked, so its labels may differ (None: not Prime Student)
    assumed: tuple[str, ...] = ()
    student_labels_note: Text | None = None
    from_profile: tuple[str, ...] = ()  # answers the saved paid plan gave (review 48b item 4)

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
