"""Today in Japan, or the date a member gives for it (`--today`, $PRIMEHELP_TODAY): shared by the
commands and by the domain modules that ask what the daily check would say today."""

import datetime as dt
import os

from primehelp.errors import BadInput, of_option, option_named
from primehelp.i18n import Text

# Japan's time, UTC+9. Japan has had no daylight saving since 1951, so this fixed offset gives the
# same date as zoneinfo's Asia/Tokyo at every instant since 1952 (tests/test_renewal_cli.py checks
# it against zoneinfo); importing zoneinfo and reading the zone file cost 3-4 ms at every start.
JAPAN = dt.timezone(dt.timedelta(hours=9), "JST")


TODAY_ENV = "PRIMEHELP_TODAY"


def today_in_japan(raw: str | None) -> dt.date:
    """Today in Japan (Asia/Tokyo) whatever the machine's zone; or the ``--today`` date, else
    the date in $PRIMEHELP_TODAY (for testing and for checking what a later day would show)."""
    if raw is not None:
        return date_option("--today", raw)
    if os.environ.get(TODAY_ENV):
        return date_option(TODAY_ENV, os.environ[TODAY_ENV])
    return dt.datetime.now(JAPAN).date()


def date_option(option: str, raw: str) -> dt.date:
    """Read the date given to ``option``; a bad one is an error naming the option."""
    from primehelp.dates import EmptyDate, parse_date  # only when a date is given (start-up)

    try:
        named = option_named(option)  # 「`--today` の値が空です。」
        return parse_date(raw, Text(f"{named} の値", named))
    except EmptyDate:
        raise
    except BadInput as error:
        raise of_option(option, error) from None
