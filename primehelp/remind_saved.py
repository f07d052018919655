"""What the daily check would answer about the saved renewal date, for ``remind install`` and
``remind status`` (review 37b item 2): with nothing saved, or a saved date it cannot use (an
ended trial, a date past without a plan, one more than a year ahead), every daily
``primehelp due`` ends in an error, so setting it up must say so and what to run first."""

import os
from collections.abc import Mapping

from primehelp.errors import PrimehelpError
from primehelp.i18n import Text
from primehelp.today import today_in_japan


def saved_date_problem(environ: Mapping[str, str] | None = None) -> Text | None:
    """``primehelp due``'s error on today's date (in Japan, or $PRIMEHELP_TODAY), ``None`` when
    it could report on the saved date; the profile found with ``environ`` (the timer's:
    review 44b item 3), else with this shell's environment."""
    from primehelp.due import due_report, no_profile
    from primehelp.due_text import WORDING
    from primehelp.profile import load_profile, profile_path

    try:
        saved = load_profile(profile_path(os.environ if environ is None else environ))
        if saved is None:
            raise no_profile(WORDING)
        due_report(saved, today_in_japan(None), WORDING)
    except PrimehelpError as error:
        return error.message
    return None
