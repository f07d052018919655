"""``primehelp profile``: the saved renewal date and plan."""

import datetime as dt
import os
from pathlib import Path
from typing import Annotated

import typer

from primehelp.cli.options import JsonOption, LangOption, TodayOption
from primehelp.cli.running import run
from primehelp.i18n import Lang
from primehelp.profile import (
    ClearedProfile,
    SavedProfile,
    clear_saved_profile,
    profile_path,
    saved_profile,
)

EPILOG = "Example: primehelp profile --lang en"


def profile(
    clear: Annotated[
        bool, typer.Option("--clear", help="Delete the saved renewal date and plan.")
    ] = False,
    today: TodayOption = None,  # before --lang/--json, as in every other command (53a, 15)
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """Show the saved renewal date and plan, and where they are saved. Save them with `primehelp
    renewal DATE --save` or `primehelp trial START --save`; delete them with `primehelp profile
    --clear`.

    保存した更新日とプラン、保存場所を表示します。保存は `primehelp renewal 更新日 --save`、または `primehelp trial 開始日 --save` で、削除は `primehelp profile --clear` でできます。
    """
    # The path inside the produce functions: no home directory is then one line, not a traceback.
    if clear:
        run(
            "profile",
            lang,
            json_output,
            lambda _: _cleared(profile_path(os.environ)),
            _show,
        )
    # --today as renewal and due take it: whether the saved date is past (review 51a S 17)
    run(
        "profile",
        lang,
        json_output,
        lambda lang: _dated(profile_path(os.environ), today, lang),
        lambda result, lang: _show(result, lang, today),
    )


def _cleared(path: Path) -> ClearedProfile:
    """Deleted, and the daily checks still on, which now notify an error every day (review 40b
    item 4: the screen never said so, nor how to stop them)."""
    from primehelp.cli.remind_installed import daily_checks_on

    cleared = clear_saved_profile(path)
    on = tuple(str(scheduler) for scheduler in daily_checks_on())
    return cleared._replace(remind_installed=bool(on), remind_schedulers=on)


def _dated(path: Path, today: str | None = None, lang: Lang = "ja") -> SavedProfile:
    """The saved profile, and whether its date is before today in Japan, for --json as the
    text says it (review 39a, R-minor 20); None when nothing is saved. A paid date further
    ahead than its plan renews gets renewal's warning line on stderr (review 63a, R-minor 3)."""
    from primehelp.cli.schedule import today_in_japan, warn_if_far

    on = today_in_japan(today)  # a bad --today refused here, in one line, saved or not
    result = saved_profile(path)
    if result.profile is None:
        return result
    renewal = result.profile.renewal_date
    if not result.profile.trial:
        warn_if_far(renewal, on, lang, plan=result.profile.plan)
    by = renewal - dt.timedelta(days=1)
    return result._replace(
        date_passed=renewal < on,
        cancel_by=by,
        days_left=(renewal - on).days if renewal >= on else None,
        cancel_by_passed=by < on,
        renewal_is_today=renewal == on,
        estimate=result.profile.trial,  # a trial's end is computed (「計算による目安」)
    )


def _show(result: SavedProfile | ClearedProfile, lang: Lang, today: str | None = None) -> None:
    from primehelp.cli.schedule import today_in_japan
    from primehelp.output.profile import human_profile  # text only: --json and errors do without it

    # a past date is said to be past (33a S 16); --today kept in the next command (62a S 8)
    human_profile(result, lang, today_in_japan(today), today is not None)
