"""Build ``primehelp cancel``'s plan (:func:`cancel_plan`) from the branch and the typed data:
the job split out of :mod:`primehelp.cancellation`, which keeps the classes (review 47b: the
module had reached the 400-line limit). Pure: no printing, no clock."""

# No `from __future__ import annotations`: as primehelp.cancellation (start-up, round 51).

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from primehelp.cancellation import (
    Branch,
    CancelPlan,
    Condition,
    Note,
    NoteKind,
    RenewalDeadline,
    Step,
    Timing,
    Via,
)
from primehelp.facts import Fact, ui
from primehelp.i18n import Text
from primehelp.reminder import Reminder, today_action

if TYPE_CHECKING:
    from primehelp.content.cancel import CancelData, CancelStep
    from primehelp.content.refunds import RefundsData
    from primehelp.content.trial import TrialData


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
    if renewal is not None:  # as the screen words it (review 47b item 4)
        note = ui("cancel_by_margin_trial" if branch.trial else "cancel_by_margin")
        renewal = renewal._replace(cancel_by_note=note)
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
    if renewal is not None:  # what the first sentence said, the screen's words (64b R-minor 1)
        from primehelp.cancel_margin import margin_note

        named = margin_note(action, renewal, branch.trial)
        renewal = renewal if named is None else renewal._replace(cancel_by_note=named)
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
