"""Review 23b, the command-line errors (errs25's share): an option left without its value when
another option follows (R-minor 7), a date given to a command that takes no argument (S 20).
Every command and option is found from the app, not listed by hand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import typer.main

from primehelp.cli import app
from primehelp.cli.valueless import option_left_without_value
from tests.support.clihelp import run

LANGS = ("ja", "en")


def _commands() -> dict[str, object]:
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


def _value_options() -> Iterator[tuple[str, str, str]]:
    """``(command, option, follower)`` for every option that takes a value, with an option of the
    same command to follow it (another of its options, else --help)."""
    for name, command in _commands().items():
        params = command.params  # type: ignore[attr-defined]
        options = [p.opts[0] for p in params if p.param_type_name == "option"]
        for param in params:
            if param.param_type_name != "option" or param.is_flag:
                continue
            others = [o for o in options if o not in (param.opts[0], "--json", "--lang")]
            yield name, param.opts[0], (others or ["--help"])[0]


VALUE_OPTIONS = sorted(_value_options())


def test_the_value_options_are_found() -> None:
    found = {f"{command} {option}" for command, option, _ in VALUE_OPTIONS}
    assert {"renewal --today", "renewal --plan", "cancel --renewal", "cancel --via"} <= found
    assert {"charge --date", "check-message --text", "contact --lang", "due --within"} <= found


def _one_line_error(args: list[str], lang: str) -> str:
    done = run(*args, env={"PRIMEHELP_LANG": lang})
    assert done.exit_code == 2, (args, done.stdout, done.stderr)
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    return done.stderr


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("command", "option", "follower"), VALUE_OPTIONS)
@pytest.mark.parametrize("which", ["the command's", "any"])
def test_r7_an_option_followed_by_an_option_is_left_without_its_value(
    command: str, option: str, follower: str, lang: str, which: str
) -> None:
    """The error is the one the option gets at the end of the line: its value is missing, with
    its accepted values or examples (not 「DATE は1つだけ…」 or 「…は指定できません」)."""
    at_the_end = _one_line_error([command, option], lang)
    assert option in at_the_end
    assert ("の値" in at_the_end) if lang == "ja" else ("needs a value" in at_the_end)
    if which == "any" and option == "--text":  # free text: `--text --nope` is a message
        return
    following = follower if which == "the command's" else "--frobnicate"
    followed = _one_line_error([command, option, following, "2026-12-05"], lang)
    assert followed == at_the_end


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["renewal", "2026-12-31", "--today", "--plan", "annual"], "--today"),
        (["cancel", "--renewal", "--today", "2026-12-05"], "--renewal"),
        (["cancel", "--via", "--today", "2026-12-05"], "--via"),
        (["complain", "refund", "--amount", "--renewal=2026-05-17"], "--amount"),
        (["due", "--within", "-h"], "--within"),  # the command's short help option
    ],
)
def test_r7_as_the_review_saw_it(args: list[str], option: str) -> None:
    ja = _one_line_error(args, "ja")
    assert ja.startswith(f"primehelp: エラー: {option} の値")
    assert "余分" not in ja and "指定できません" not in ja
    if option in ("--today", "--renewal"):
        assert "（例：2026-11-01、2026/11/01、2026年11月1日）。" in ja
    if option == "--via":
        assert "（web、app、carrier のいずれか）" in ja
    en = _one_line_error(args, "en")
    assert en.startswith(f"primehelp: error: {option} needs a value")


@pytest.mark.parametrize(
    "args",
    [
        ["--ics", "-"],  # stdout
        ["--text", "--- Amazon ---"],  # a message that starts with dashes
        ["--text", "-- お知らせ"],
        ["--text", "--nope"],  # free text: any word but the command's own options
        ["--statement", "--notes.csv"],  # a file whose name starts with dashes
        ["--amount", "-600"],  # a negative amount
        ["--today", "--"],  # `--` as a value: Click's own reading, as before
    ],
)
def test_r7_values_that_start_with_a_dash_are_still_values(args: list[str]) -> None:
    params = [p for c in _commands().values() for p in c.params]  # type: ignore[attr-defined]
    assert option_left_without_value(args, params) is None


def test_r7_a_negative_amount_and_a_dashed_message_still_work() -> None:
    charge = run("charge", "-600", "--date", "2026-11-01", "--json")
    assert charge.exit_code == 0, charge.stderr
    message = run("check-message", "--text", "--- Amazon --- https://amzn.asia/d/x", "--json")
    assert message.exit_code in (0, 1), message.stderr
    assert "--text" not in message.stderr
