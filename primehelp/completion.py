"""Shell completion scripts: what ``primehelp completion SHELL`` prints, and how to load it.

Each script asks primehelp itself for the words to offer: the shell runs ``primehelp`` with
:data:`COMPLETE_VAR` set to ``complete_<shell>`` and the command line so far in
:data:`WORDS_VAR` (zsh, fish) or bash's own ``COMP_WORDS``/``COMP_CWORD``;
``primehelp.cli.completing`` answers. The scripts are Typer 0.28's, with primehelp's
variable names. Pure: no environment, no printing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from primehelp.errors import choose
from primehelp.i18n import Text

PROGRAM = "primehelp"
COMPLETE_VAR = "_PRIMEHELP_COMPLETE"  # also in primehelp.cli (read at every start; a test compares)
WORDS_VAR = "_PRIMEHELP_COMPLETE_ARGS"  # zsh and fish: the command line up to the cursor
FISH_ACTION_VAR = "_PRIMEHELP_COMPLETE_FISH_ACTION"  # fish: get-args, or is-args (exit code only)


class Shell(StrEnum):
    """The shells primehelp writes a completion script for."""

    BASH = "bash"
    ZSH = "zsh"
    FISH = "fish"


_FUNCTION = f"_{PROGRAM}_completion"

SCRIPTS: dict[Shell, str] = {
    Shell.BASH: f"""\
{_FUNCTION}() {{
    local IFS=$'\\n'
    COMPREPLY=( $( env COMP_WORDS="${{COMP_WORDS[*]}}" \\
                   COMP_CWORD=$COMP_CWORD \\
                   {COMPLETE_VAR}=complete_bash $1 ) )
    return 0
}}

complete -o default -F {_FUNCTION} {PROGRAM}
""",
    Shell.ZSH: f"""\
#compdef {PROGRAM}

{_FUNCTION}() {{
  eval $(env {WORDS_VAR}="${{words[1,$CURRENT]}}" {COMPLETE_VAR}=complete_zsh {PROGRAM})
}}

compdef {_FUNCTION} {PROGRAM}
""",
    Shell.FISH: (
        f"complete --command {PROGRAM} --no-files"
        f' --arguments "(env {COMPLETE_VAR}=complete_fish {FISH_ACTION_VAR}=get-args'
        f' {WORDS_VAR}=(commandline -cp) {PROGRAM})"'
        f' --condition "env {COMPLETE_VAR}=complete_fish {FISH_ACTION_VAR}=is-args'
        f' {WORDS_VAR}=(commandline -cp) {PROGRAM}"\n'
    ),
}

# Where the line goes, and the line: the script is printed at each start of the shell (bash,
# zsh), or written once into fish's completions folder, which fish reads by itself.
INSTALL_LINES: dict[Shell, str] = {
    Shell.BASH: f'eval "$({PROGRAM} completion bash)"',
    Shell.ZSH: f'eval "$({PROGRAM} completion zsh)"',
    Shell.FISH: (
        "mkdir -p ~/.config/fish/completions && "
        f"{PROGRAM} completion fish > ~/.config/fish/completions/{PROGRAM}.fish"
    ),
}


@dataclass(frozen=True, slots=True)
class CompletionScript:
    """A shell's completion script and how to load it in every new shell."""

    shell: Shell
    install: Text
    install_line: str
    script: str


def parse_shell(raw: str) -> Shell:
    """Read a SHELL argument; raise :class:`~primehelp.errors.BadInput` naming the shells."""
    return choose(
        raw,
        Shell,
        Text(
            "{value} には対応していません。使えるシェル：{accepted}",  # review 49a item 20
            "SHELL {value} is not a supported shell; accepted: {accepted}",
        ),
        named=Text("シェル", "SHELL"),
    )


def completion_script(shell: Shell, install: Text) -> CompletionScript:
    """The script for ``shell``; ``install`` says where :data:`INSTALL_LINES`' line goes, cut into
    the comment lines of the text output: the record has it as one paragraph (``--json``)."""
    return CompletionScript(shell, paragraph(install), INSTALL_LINES[shell], SCRIPTS[shell])


def paragraph(lines: Text) -> Text:
    """Comment lines joined into their paragraph again: English with a space; Japanese with one
    only between two Latin words, none between Japanese and Latin (「オプションをTab」, review
    60a, R3) nor after 「、」 or 「。」."""

    def join_ja(text: str) -> str:
        parts = text.splitlines()
        joined = parts[0]
        for part in parts[1:]:
            latin = joined[-1].isascii() and part[0].isascii()
            joined += (" " if latin and joined[-1] not in "、。" else "") + part
        return joined

    return Text(join_ja(lines.ja), " ".join(lines.en.splitlines()))
