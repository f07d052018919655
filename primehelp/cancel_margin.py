"""The note on ``cancel``'s cancel-by day where the first sentence has named it (「今日中に」, or
the date itself) and the screen shows no 「解約の目安日：」 line: the note says what that day is,
not a term the reader was never given (review 64b R-minor 1); the screen and ``--json``'s
``renewal.cancel_by_note`` say the same words. Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.reminder import Act

if TYPE_CHECKING:
    from primehelp.cancellation import RenewalDeadline
    from primehelp.reminder import TodayAction


def named_first(action: TodayAction | None, deadline: RenewalDeadline) -> bool:
    """The action for today (the screen's first sentence) names this cancel-by day and this
    renewal date: 「…12月19日（あと14日）までに解約してください…。更新日は12月20日です。」."""
    return (
        action is not None
        and action.act in (Act.CANCEL_BY, Act.CANCEL_TODAY)
        and action.cancel_by == deadline.cancel_by
        and action.renewal_date == deadline.renewal_date
    )


def margin_note(action: TodayAction | None, deadline: RenewalDeadline, trial: bool) -> Text | None:
    """The cancel-by note where :func:`named_first`: 「「今日中」は余裕をみた目安（解約の目安日、…）…」
    or 「2026年12月19日は余裕をみた目安…」; ``None`` elsewhere (「解約の目安日はAmazonの決まりでは…」
    stands, the day shown as 「解約の目安日：…」)."""
    kind = "_trial" * trial
    if not named_first(action, deadline):
        return None
    day = deadline.cancel_by
    today = "today" if action is not None and action.days_until_cancel_by == 0 else "date"
    said = ui(f"cancel_by_margin{kind}_{today}")
    return Text(
        said.ja.format(date=f"{day.year}年{day.month}月{day.day}日"),
        said.en.format(date=day.isoformat()),
    )
