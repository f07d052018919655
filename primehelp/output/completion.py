"""The view of ``primehelp completion``: the script as plain text, ready to be sourced.

No Rich: a shell reads this, so nothing may be wrapped, coloured or escaped. How to load it
comes first as shell comments (after zsh's ``#compdef`` line, which must stay the first).
"""

from __future__ import annotations

import sys

from primehelp.completion import CompletionScript
from primehelp.i18n import Lang


def human_completion(result: CompletionScript, lang: Lang) -> None:
    """Print the script, with how to load it as comments."""
    # A comment line for each line of the text, cut in the data (review 52a, item 18).
    from primehelp.facts import ui

    lines = ui(f"install.{result.shell.value}", "ui_completion")(lang).splitlines()
    prose = "".join(f"# {line}\n" for line in lines)
    notes = f"{prose}#   {result.install_line}\n\n"
    first, _, rest = result.script.partition("\n")
    if first.startswith("#compdef"):
        text = f"{first}\n{notes}{rest.lstrip()}"
    else:
        text = notes + result.script
    sys.stdout.write(text)
