"""``primehelp completion SHELL``: the shell completion script for bash, zsh or fish."""

from typing import Annotated

import typer

from primehelp.cli.options import JsonOption, LangOption, completes, listed
from primehelp.cli.running import run
from primehelp.completion import CompletionScript, Shell, completion_script, parse_shell
from primehelp.i18n import Lang

EPILOG = 'Example: primehelp completion bash   (in ~/.bashrc: eval "$(primehelp completion bash)")'
# The accepted SHELL values, for the error when it is missing (primehelp.cli).
CHOICES = {"shell": tuple(Shell)}


def completion(
    shell: Annotated[
        str,
        typer.Argument(
            metavar="SHELL",
            help=f"The shell: {listed(Shell)}.",
            show_default=False,
            autocompletion=completes(Shell),
        ),
    ],
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """Print the Tab-completion script for bash, zsh or fish, and how to load it.

    bash・zsh・fishでTabキーによる補完を使うためのスクリプトと、その読み込み方を表示します。
    """

    def produce(_lang: Lang) -> CompletionScript:
        from primehelp.facts import ui

        chosen = parse_shell(shell)
        return completion_script(chosen, ui(f"install.{chosen.value}", "ui_completion"))

    run("completion", lang, json_output, produce, _show)


def _show(result: CompletionScript, lang: Lang) -> None:
    from primehelp.output.completion import human_completion  # text only

    human_completion(result, lang)
