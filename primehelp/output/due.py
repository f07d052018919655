"""The view of ``primehelp due``: one plain line, no Rich (it runs from timers and prompts,
where start-up time counts, and a line needs no layout).

On a terminal (and without ``--notify``) the line is broken between phrases for the
terminal's width, as every other screen is, its dates and its command whole (review 13b
item 2: the terminal cut 「2026年12月│30日」 and 「primehelp canc│el」); piped, for cron, a
notification or a prompt, it stays one line. The breaker is imported only then.
"""

from __future__ import annotations

import re
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
            line = _label_with_command(laid_out(line, width), width)
    sys.stdout.write(line + "\n")


_LABEL_AT_END = re.compile(r"(手順：|How: ?)\n")


def _label_with_command(text: str, width: int) -> str:
    """「手順：」 ending a line goes down to its command (review 15b item 5: not
    「…解約してください。手順：」／「primehelp cancel」), when the line it joins still fits."""
    from primehelp.output.linebreak import unicode_text_width

    def down(found: re.Match[str]) -> str:
        following = text[found.end() :].split("\n", 1)[0]
        label = "How: " if found.group(1).startswith("How") else found.group(1)
        if unicode_text_width(label + following) > width:
            return found.group()
        return "\n" + label

    return _LABEL_AT_END.sub(down, text)


def _is_a_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError, OSError):
        return False
