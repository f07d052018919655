"""Review 17a, S 5: an option some command has, given before the command, was
「「--today」というオプションはありません。」 unless the command typed had it."""

from __future__ import annotations

import pytest

from primehelp.cli import app
from tests.support.clihelp import run

PREFIX = {"ja": "primehelp: エラー: ", "en": "primehelp: error: "}


def _line(lang: str, *args: str) -> str:
    result = run(*args, env={"PRIMEHELP_LANG": lang})
    assert result.exit_code == 2, result.stderr
    assert result.stdout == "" or "--json" in args  # --json: the error's JSON on stdout too
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr  # one line, no traceback
    return lines[0].removeprefix(PREFIX[lang])


@pytest.mark.parametrize(
    ("args", "ja", "en"),
    [
        (  # the command typed has no --today: so said, and which have it (review 18a, S 17)
            ("--today", "2026-12-27", "fees"),
            "`--today` は `fees` では使えません（`renewal`、`due`、`trial` などのコマンドの後に指定します）。",
            "`--today` cannot be used with `fees`; use it after a command such as `renewal`, `due` or `trial`",
        ),
        (  # no command at all
            ("--today", "2026-12-27"),
            "`--today` はコマンドの後に指定してください（例：`primehelp renewal --today 2026-12-27`）。",
            "`--today` goes after the command (use e.g. `primehelp renewal --today 2026-12-27`)",
        ),
        (  # --today=… was a traceback (ValueError), exit 1
            ("--today=2026-12-27", "due"),
            "`--today` はコマンドの後に指定してください（例：`primehelp due --today 2026-12-27`）。",
            "`--today` goes after the command (use e.g. `primehelp due --today 2026-12-27`)",
        ),
        (  # the value left out: an example of one, not 「--today --today」
            ("--today", "due"),
            "`--today` はコマンドの後に指定してください（例：`primehelp due --today 2026-11-01`）。",
            "`--today` goes after the command (use e.g. `primehelp due --today 2026-11-01`)",
        ),
        (
            ("--student", "fees"),
            "`--student` は `fees` では使えません（`trial` か `cancel` の後に指定します）。",
            "`--student` cannot be used with `fees`; use it after `trial` or `cancel`",
        ),
        (
            ("--statement", "card.csv"),
            "`--statement` はコマンドの後に指定してください（例：`primehelp charge --statement card.csv`）。",
            "`--statement` goes after the command (use e.g. `primehelp charge --statement card.csv`)",
        ),
    ],
)
def test_an_option_before_the_command_says_where_it_goes(
    args: tuple[str, ...], ja: str, en: str
) -> None:
    assert _line("ja", *args) == ja
    assert _line("en", *args) == en


def _every_option() -> list[tuple[str, str]]:
    """(option, a command that has it) for every long option of every command, from the app."""
    import typer.main

    group = typer.main.get_command(app)
    found: dict[str, str] = {}
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        for param in command.params:
            for opt in getattr(param, "opts", ()):
                if opt.startswith("--") and opt != "--help":
                    found.setdefault(opt, name)
    return sorted(found.items())


@pytest.mark.parametrize(("option", "owner"), _every_option())
def test_every_commands_option_before_the_command_is_not_called_unknown(
    option: str, owner: str
) -> None:
    line = _line("ja", option, "2026-12-27")
    if option == "--json":  # a word after it is read as a command (review 29a, R-minor 1)
        assert line == _line("ja", "2026-12-27")
        line = _line("ja", option)
    # --lang and --json are taken before a command too: without one, a command is asked for
    where = "と一緒にコマンドを" if option in ("--lang", "--json") else "はコマンドの後に"
    assert line.startswith(f"`{option}` {where}指定してください（例：`primehelp "), line
    assert "というオプションはありません" not in line
    assert f"（例：`primehelp {owner} {option}" in line  # the first command that has it


def test_an_option_no_command_has_stays_unknown() -> None:
    assert _line("ja", "--frobnicate", "fees").startswith(
        "「--frobnicate」というオプションはありません"
    )
    assert _line("en", "--frobnicate").startswith("unknown option '--frobnicate'")


@pytest.mark.parametrize(
    ("args", "ja", "en"),
    [
        (
            ("subscriptions", "--plan", "annual"),
            "`--plan` は `subscriptions` では使えません（`renewal` か `complain` の後に指定します）。",
            "`--plan` cannot be used with `subscriptions`; use it after `renewal` or `complain`",
        ),
        (
            ("contact", "--today", "2026-12-01"),
            "`--today` は `contact` では使えません（`renewal`、`due`、`trial` などのコマンドの後に指定します）。",
            "`--today` cannot be used with `contact`; use it after a command such as `renewal`, `due` "
            "or `trial`",
        ),
    ],
)
def test_an_option_of_other_commands_is_said_to_be_theirs_not_guessed(
    args: tuple[str, ...], ja: str, en: str
) -> None:
    """Review 29a, S 13: `subscriptions --plan annual` was 「「--plan」というオプションはありません。
    `--lang` のことですか？」; it says which commands have it, as before the command."""
    assert _line("ja", *args) == ja
    assert _line("en", *args) == en
    assert "のことですか" not in _line("ja", *args)
