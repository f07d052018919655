"""The view of ``primehelp due``: one plain line, no Rich (it runs from timers and prompts,
where start-up time counts, and a line needs no layout)."""

from __future__ import annotations

import sys

from primehelp.due import DueReport
from primehelp.i18n import Lang


def human_due(result: DueReport, lang: Lang) -> None:
    """Print the line: the action, the deadline and the command to run (or why nothing is due)."""
    sys.stdout.write(result.message(lang) + "\n")
