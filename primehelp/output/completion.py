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
    notes = f"# {result.install(lang)}\n#   {result.install_line}\n\n"
    first, _, rest = result.script.partition("\n")
    if first.startswith("#compdef"):
        text = f"{first}\n{notes}{rest.lstrip()}"
    else:
        text = notes + result.script
    sys.stdout.write(text)
