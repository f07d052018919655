"""The view of ``primehelp due``: one plain line, no Rich (it runs from timers and prompts,
where start-up time counts, and a line needs no layout).

On a terminal (and without ``--notify``) the line is broken between phrases for the
terminal's width, as every other screen is, its dates and its command whole (review 13b
item 2: the terminal cut 「2026年12月│30日」 and 「primehelp canc│el」); piped, for cron, a
notification or a prompt, it stays one line. The breaker is imported only then.
"""

from __future__ import annotations

import sys

from primehelp.due import DueReport
from primehelp.i18n import Lang


def human_due(result: DueReport, lang: Lang, *, wrap: bool = True) -> None:
    """Print the line: the action, the deadline and the command to run (or why nothing is due);
    on a terminal, unless ``wrap`` is false, laid out for its width."""
    line = result.message(lang)
    if wrap and _is_a_terminal():
        from primehelp.output.stderr_lines import laid_out, terminal_width

        width = terminal_width(sys.stdout)
        if width is not None:
            line = laid_out(line, width)
    sys.stdout.write(line + "\n")


def _is_a_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError, OSError):
        return False
