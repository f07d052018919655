"""Review 23b, the command-line errors (errs25's share): an option left without its value when
another option follows (R-minor 7), a date given to a command that takes no argument (S 20).
Every command and option is found from the app, not listed by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import typer.main

from primehelp.cli import app
from primehelp.cli.valueless import option_left_without_value
from tests.support.clihelp import run

LANGS = ("ja", "en")


@pytest.fixture(autouse=True)
def _in_a_scratch_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before the fix `renewal --ics --today …` wrote a file named `--today`: not here."""
    monkeypatch.chdir(tmp_path)


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
    # 「--today には日付を指定してください」 since review 49b item 7 (a choice: 「の値を」)
    assert (
        ("の値" in at_the_end or f"`{option}` には" in at_the_end)
        if lang == "ja"
        else ("needs a value" in at_the_end)
    )
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
    assert ja.startswith(
        (f"primehelp: エラー: `{option}` の値", f"primehelp: エラー: `{option}` には")
    )
    assert "余分" not in ja and "指定できません" not in ja
    if option in ("--today", "--renewal"):
        assert "（例：2026-11-01、2026/11/01、2026年11月1日）。" in ja
    if option == "--via":
        assert "（web、app、carrier のいずれか）" in ja
    en = _one_line_error(args, "en")
    assert en.startswith(f"primehelp: error: `{option}` needs a value")


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


# ------------------------------------------------- 23b S 20: a date given as an argument instead


def _without_arguments() -> Iterator[tuple[str, str | None]]:
    """``(command, option)`` for every command that takes no argument: the date option its
    error names for a date (its own date before --today), or ``None`` when it has none."""
    for name, command in _commands().items():
        params = command.params  # type: ignore[attr-defined]
        if any(p.param_type_name == "argument" for p in params):
            continue
        dated = [p.opts[0] for p in params if p.param_type_name == "option" and p.metavar == "DATE"]
        yield name, next((o for o in dated if o != "--today"), dated[0] if dated else None)


WITHOUT_ARGUMENTS = sorted(_without_arguments(), key=str)


def test_s20_the_commands_without_arguments_are_found() -> None:
    found = dict(WITHOUT_ARGUMENTS)
    assert found["cancel"] == "--renewal" and found["due"] == "--today"
    assert found["contact"] is None and found["fees"] is None


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("date", ["2026-12-24", "2026年12月24日"])
@pytest.mark.parametrize(("command", "option"), WITHOUT_ARGUMENTS, ids=str)
def test_s20_a_date_says_which_option_takes_it(
    command: str, option: str | None, date: str, lang: str
) -> None:
    error = _one_line_error([command, date], lang)
    example = f"primehelp {command} {option} {date}"
    if option is None:  # no date option: nothing to point to
        assert " --" not in error.replace(" --help", "")
        # where the usage is (review 53b item 14: not 「（使い方：`primehelp contact`）」)
        assert (f"`primehelp {command} --help`") in error and "（使い方：" not in error
        return
    ja = f"`{option}` で指定します（例：`{example}`）。"
    assert (ja if lang == "ja" else f" with `{option}` (e.g. `{example}`)") in error
    assert "（使い方：" not in error and "(usage: " not in error  # the example says it
    followed = run(*example.split()[1:], "--json", env={"PRIMEHELP_LANG": "en"}, stdin="")
    assert "takes no arguments" not in followed.stderr and "needs a value" not in followed.stderr


def test_s20_cancel_as_the_review_saw_it() -> None:
    assert _one_line_error(["cancel", "2026-12-24"], "ja") == (
        "primehelp: エラー: 「2026-12-24」は指定できません。`cancel` のあとに付けられるのはオプションだけです。"
        "更新日は `--renewal` で指定します（例：`primehelp cancel --renewal 2026-12-24`）。\n"
    )
    assert _one_line_error(["cancel", "2026-12-24"], "en") == (
        "primehelp: error: '2026-12-24' is not accepted: `cancel` takes no arguments; give the "
        "renewal date with `--renewal` (e.g. `primehelp cancel --renewal 2026-12-24`)\n"
    )


@pytest.mark.parametrize("word", ["foo", "12/24", "2026-13-45"])
def test_s20_a_word_that_is_no_whole_date_keeps_the_usage(word: str) -> None:
    error = _one_line_error(["cancel", word], "ja")
    assert "使い方は `primehelp cancel --help` で確認できます。" in error  # review 53b item 14
    assert "--renewal" not in error
