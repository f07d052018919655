"""``primehelp remind``'s exit code (moved from :mod:`primehelp.cli.remind`, which reached 400
lines with review 46b item 5). 1: done, but the daily check may not run, or something is left
for the member to do; 2 is only for bad input (errors raised before anything is done)."""

from primehelp.errors import ExitCode
from primehelp.remind import Action, RemindReport, Scheduler
from primehelp.remind_kept import cron_idle, still_on


def exit_code(result: RemindReport) -> ExitCode:
    """install that could set nothing up (cron, no crontab command) exits 1 (34b S 13), as does
    install where no notification could show (review 41b item 3) or no cron daemon would run the
    line (review 43b item 1), and install whose timer systemctl could not turn on (46b item 5);
    status in the same two states as install (review 60b item 9: `remind status && echo OK`)."""
    install = result.action is Action.INSTALL
    nothing = install and result.scheduler is Scheduler.CRON
    if install and (not result.notifier_found or cron_idle(result)):  # review 43b item 1
        return ExitCode.FINDING
    # status where its screen says the check will not run or show (review 60b item 9): where
    # a check can be set up here (where none can, the screen says only that, exit 0 as before)
    settable = result.scheduler is Scheduler.SYSTEMD or result.crontab_found
    unusable = not result.notifier_found or cron_idle(result)
    if result.action is Action.STATUS and settable and unusable:
        return ExitCode.FINDING
    if result.stop_problem is not None or result.start_problem is not None:  # 45b 10, 46b 5
        return ExitCode.FINDING
    if still_on(result):  # review 39b item 1
        return ExitCode.FINDING
    return ExitCode.FINDING if nothing and result.crontab_line is None else ExitCode.OK
