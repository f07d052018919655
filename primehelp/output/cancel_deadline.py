"""The renewal lines under the member's situation on `cancel`'s screens (the non-interactive
screen and the walkthrough's): the cancel-by day, or, once the renewal has passed, where the
next one is shown."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from primehelp.cancellation import CancelPlan, RenewalDeadline
from primehelp.facts import ui
from primehelp.i18n import Lang, Text
from primehelp.output.console import dim, rich_text, sentence_date
from primehelp.reminder import Act

if TYPE_CHECKING:
    from rich.console import RenderableType


def cancel_ui(key: str, lang: Lang) -> str:
    """A label from ``ui_cancel.toml``."""
    return ui(key, "ui_cancel")(lang)


def cancel_deadline(
    plan: CancelPlan, lang: Lang, *, saved_said: bool = False
) -> list[RenderableType]:
    """The cancel-by day and where the date came from; a renewal today or past: where the next
    one is shown. ``saved_said``: a line above has said what the saved date is."""
    deadline = plan.renewal
    if deadline is None:
        return []
    running = plan.branch.trial and deadline.days_left >= 0  # 自動更新日 on the whole screen
    kind = "_trial" if running else "_trial_end" if deadline.from_trial_end else ""
    named = _named_first(plan, deadline)
    if kind == "_trial_end" and named and not plan.at_carrier and plan.action is not None:
        # the first sentence is 「保存した無料体験の自動更新日（…）をもとにすると…有料会員の
        # 更新日は、この日付と違うことがあります。」: not said again (review 40b item 5)
        kind += "_said" if plan.action.charged_on is None else ""
    origin = dim(_origin(deadline, kind, lang, named))
    if deadline.days_left < 0:  # the membership page: just named (from a saved date: said so)
        return [
            *_next_renewal(plan, deadline.renewal_date, lang),
            *_saved_past(plan, lang, saved_said),
        ]
    trial = plan.branch.trial
    today = "_today" if deadline.days_left == 0 else ""  # the cancel-by day is today
    key = ("cancel_by_trial" if trial else "cancel_by") + today
    line = cancel_ui(key, lang).format(
        date=sentence_date(deadline.cancel_by, lang),
        renewal=sentence_date(deadline.renewal_date, lang),
    )
    margin = ui("cancel_by_margin_trial" if trial else "cancel_by_margin")(lang)
    if named:  # the first sentence has said both dates: not again (review 38b item 12)
        # nor 解約の目安日: the note names what the lead said (「今日中」, the date; 64b R-minor 1)
        return [dim((deadline.cancel_by_note or ui("cancel_by_margin"))(lang)), origin]
    return [rich_text(line), dim(margin), origin]


def next_deadline(plan: CancelPlan) -> Text | None:
    """After a renewal charged lately (or today), counted from a saved plan: the next one's
    cancel-by day and days left, said right after the first lines, as `renewal` and `due` say
    it (review 45b item 5); none at a carrier (no claim about its renewals)."""
    deadline = plan.renewal
    if deadline is None or plan.at_carrier or plan.action is None:
        return None
    renewal, last_day, left = (
        deadline.next_renewal_date,
        deadline.next_cancel_by,
        deadline.next_days_left,
    )
    if renewal is None or last_day is None or left is None or left < 0:
        return None
    from primehelp.content import reminder
    from primehelp.reminder import next_deadline_text

    return next_deadline_text(renewal, last_day, left, reminder.action_wording())


def _named_first(plan: CancelPlan, deadline: RenewalDeadline) -> bool:
    """The action for today (the screen's first sentence) names this cancel-by day and this
    renewal date: 「…12月19日（あと14日）までに解約してください…。更新日は12月20日です。」."""
    from primehelp.cancel_margin import named_first

    return named_first(plan.action, deadline)


def _next_renewal(plan: CancelPlan, renewal: dt.date, lang: Lang) -> list[RenderableType]:
    """A renewal today or past: its cancel-by day has passed, so not shown; where the next
    renewal is shown, and the command that counts it (the first line has named the page
    when the date is long past)."""
    counted = None if plan.renewal is None else plan.renewal.next_renewal_date
    if counted is not None:  # a saved plan counts it (review 28b item 1)
        # the first lines have named it with its cancel-by day (review 45b item 5)
        named = next_deadline(plan) is not None
        words = cancel_ui("next_renewal_saved" + "_named" * named, lang)
        return [rich_text(words.format(date=sentence_date(counted, lang)))]
    plans = ("student-annual", "student-monthly") if plan.branch.student else ("annual", "monthly")
    key = (
        "next_renewal_command"
        if plan.action and plan.action.act is Act.FIND_DATE
        else "next_renewal"
    ) + ("_carrier" if plan.at_carrier else "")
    line = cancel_ui(key, lang).format(date=renewal.isoformat(), annual=plans[0], monthly=plans[1])
    return [rich_text(line)]


def _saved_past(plan: CancelPlan, lang: Lang, said: bool) -> list[RenderableType]:
    """A renewal past, from the saved date: said once, without naming the membership page
    again (the line above has: review 27b item 3); nothing when the saved-profile line has
    said what the date is (a saved trial's end)."""
    if plan.renewal is None or plan.renewal.origin != "profile" or said:
        return []
    return [dim(_origin(plan.renewal, "_past", lang))]


def _origin(deadline: RenewalDeadline, kind: str, lang: Lang, named: bool = False) -> str:
    """Where the date came from: the saved date itself is named (「自動更新日は --save で保存した
    日付（2026年12月31日）です。」, as `renewal` says it); one counted on from it was 「求めました」
    (review 33b S 8: 「…から求めました」 said of the saved date, where nothing was computed).
    ``named``: the first sentence has named the date: 「この更新日は…」 (review 38b item 12)."""
    key = f"renewal_from_{deadline.origin}{kind}"
    day = deadline.renewal_date
    trial_end = kind.startswith("_trial_end")
    if deadline.origin != "profile" or trial_end or deadline.given not in (None, day):
        return cancel_ui(key, lang)
    shown = f"{day.year}年{day.month}月{day.day}日" if lang == "ja" else day.isoformat()
    if kind == "_past" and deadline.next_renewal_date is not None:
        # under 「次の更新日は…」: which renewal the saved date is (review 34b items 2 and 3)
        today = deadline.renewal_date == deadline.cancel_by + dt.timedelta(days=-deadline.days_left)
        key += "_current" if today else "_last"
    if named and kind in ("", "_trial"):
        return cancel_ui(key + "_saved_named", lang)
    return cancel_ui(key + "_saved", lang).format(date=shown)


def dated_next(plan: CancelPlan, key: str, lang: Lang) -> str:
    """The ``ui_cancel`` line ``key`` (「次の更新日に終了する場合」 and the line under it) with the
    next renewal's date when it is known and ahead, from ``key + "_dated"`` (review 62b S 13:
    「2026年12月31日（次の更新日）に終了する場合」, 「特典は2026年12月31日まで使えます。」)."""
    deadline = plan.renewal
    if plan.at_carrier or deadline is None or deadline.days_left < 0:
        return cancel_ui(key, lang)
    return cancel_ui(key + "_dated", lang).format(date=sentence_date(deadline.renewal_date, lang))
