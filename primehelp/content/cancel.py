"""``data/cancel.toml``: the steps to cancel, on the website, in the app and at a carrier."""

import datetime as dt
from typing import NamedTuple

from primehelp.cancel_build import cancel_plan as _cancel_plan
from primehelp.cancellation import Branch, CancelPlan, RenewalDeadline, Timing, TimingChoice
from primehelp.content import refunds, reminder, trial
from primehelp.facts import Fact, Node, document


class CancelStep(NamedTuple):
    """One step as the data gives it (numbered when a plan is built)."""

    label_ja: str  # "" when the step has no label to look for
    path_ja: tuple[str, ...]
    fact: Fact
    decision: bool  # the step where the member chooses the timing
    notes: tuple[Fact, ...]
    trial: "CancelStep | None"  # the same step during a free trial, if it differs
    # The same step on a trial's automatic renewal day (trial or already paid), if it differs.
    renewal_day: "CancelStep | None" = None
    app: "CancelStep | None" = None  # the same step after the shopping app's steps, if it differs


class CancelData(NamedTuple):
    """The cancel data file, typed."""

    official_help_url: str
    web_steps: tuple[CancelStep, ...]
    app_steps: tuple[CancelStep, ...]
    app_continues_at_web_step: int  # after the app's steps, the website's from this one
    carrier: CancelStep
    timing: tuple[TimingChoice, ...]
    trial_timing: tuple[TimingChoice, ...]  # during a free trial
    charged_timing: tuple[TimingChoice, ...]  # the renewal date given is today or past
    amazon_words: Fact  # Amazon says キャンセル and 会員資格を終了 for 解約
    add_ons: Fact
    family: Fact
    keep_screenshot: Fact
    labels_may_change: Fact
    labels_may_change_carrier: Fact  # no buttons named at a carrier (review 28b S 10)
    keeps_billing: tuple[Fact, ...]  # what keeps billing after Prime ends, one fact a service


def _step(node: Node) -> CancelStep:
    return CancelStep(
        label_ja=node.string("label_ja"),
        path_ja=node.strings("path_ja"),
        fact=node.fact(),
        decision=node.flag("decision"),
        notes=node.facts("notes", optional=True),
        trial=_step(node.node("trial")) if node.has("trial") else None,
        renewal_day=_step(node.node("renewal_day")) if node.has("renewal_day") else None,
        app=_step(node.node("app")) if node.has("app") else None,
    )


def _timing(node: Node) -> TimingChoice:
    fact = node.fact()
    return TimingChoice(
        timing=node.choice("timing", Timing),
        text=fact.text,
        id=fact.id,
        confidence=fact.confidence,
        checked=fact.checked,
        sources=fact.sources,
    )


def load() -> CancelData:
    """The bundled cancelling steps."""
    data = document("cancel")
    app = data.node("app")
    return CancelData(
        official_help_url=data.node("official_help").string("url"),
        web_steps=tuple(_step(node) for node in data.nodes("web_steps")),
        app_steps=tuple(_step(node) for node in app.nodes("steps")),
        app_continues_at_web_step=app.integer("continues_at_web_step"),
        carrier=_step(data.node("carrier")),
        timing=tuple(_timing(node) for node in data.nodes("timing")),
        trial_timing=tuple(_timing(node) for node in data.nodes("trial_timing")),
        charged_timing=tuple(_timing(node) for node in data.nodes("charged_timing")),
        amazon_words=data.fact("amazon_words"),
        add_ons=data.fact("add_ons"),
        family=data.fact("family"),
        keep_screenshot=data.fact("keep_screenshot"),
        labels_may_change=data.fact("labels_may_change"),
        labels_may_change_carrier=data.fact("labels_may_change_carrier"),
        keeps_billing=data.facts("keeps_billing"),
    )


def bundled_plan(
    branch: Branch,
    *,
    today: dt.date,
    renewal: RenewalDeadline | None = None,
    walkthrough: bool = False,
    said_student: bool = False,
) -> CancelPlan:
    """:func:`primehelp.cancellation.cancel_plan` over the bundled data files. The
    ``walkthrough`` never asks for the date: without one, its example command is for a member
    who knows it (``action.walk_*``). ``said_student``: ``--student`` given at a carrier."""
    wording = reminder.action_wording()
    if walkthrough:
        for key in ("find_date", "trial_find_date"):
            wording[f"action.{key}"] = wording[f"action.walk_{key}"]
    return _cancel_plan(
        branch,
        load(),
        refunds.load(),
        trial.load(),
        reminder.load(),
        today=today,
        wording=wording,
        refund_rules=refunds.refund_rules,
        renewal=renewal,
        said_student=said_student,
    )
