"""The clock `remind` counts the next 09:00 from (review 48b item 2).

The cron daemon and systemd read a job's 9:00 in this computer's time zone, never in the shell's
``TZ``: with ``TZ=Asia/Tokyo`` on a computer set to UTC, 「9:00（…、JST）」 was promised for a check
that runs at 9:00 UTC (18:00 in Japan).
"""

import datetime as dt
import os
from pathlib import Path

LOCALTIME = Path("/etc/localtime")  # this computer's time zone (a seam the tests point elsewhere)
UNREAD = "?"  # the zone's name where it cannot be read: no name the screen shows (not a guess)


def system_now() -> dt.datetime:
    """Now, in this computer's time zone: the process's own where ``TZ`` is not set; else read
    from /etc/localtime. Where that cannot be read, the time keeps the shell's offset but no
    zone name, so the screen says 「このコンピューターの時計」 without naming a zone it does not
    know."""
    current = dt.datetime.now().astimezone()
    if "TZ" not in os.environ:
        return current
    from zoneinfo import ZoneInfo

    try:
        with LOCALTIME.open("rb") as file:
            zone = ZoneInfo.from_file(file)
    except (OSError, ValueError):
        offset = current.utcoffset() or dt.timedelta(0)
        return current.replace(tzinfo=dt.timezone(offset, UNREAD))
    return current.astimezone(zone)
