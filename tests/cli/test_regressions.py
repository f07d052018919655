"""One test per fault the hardening pass (issue 6) found in the command-line handling."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from primehelp.cli import app

ENGLISH = {"LANG": "en_US.UTF-8"}


def _stderr(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, args, env=env or {}, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_unknown_command_is_cut_escaped_and_lists_the_commands() -> None:
    """Was: the whole 100k-character name echoed, ``'x'.。``, and no list of commands."""
    code, _, stderr = _stderr(["x" * 100_000])
    assert code == 2
    assert len(stderr) < 300
    assert ".。" not in stderr
    assert "使えるコマンド：`contact`、`check-number`、`check-message`、`sources`" in stderr
    code, _, stderr = _stderr(["\x1b[2J"], ENGLISH)
    assert "\x1b" not in stderr
    assert (
        "unknown command '\\x1b[2J'; commands: `contact`, `check-number`, `check-message`, `sources`"
        in stderr
    )


def test_json_error_for_an_unknown_command_names_primehelp() -> None:
    """Was: ``"command": "nope"``, a command that does not exist."""
    code, stdout, _ = _stderr(["nope", "--json"])
    assert code == 2
    assert json.loads(stdout)["command"] == "primehelp"


def test_extra_argument_is_translated_and_cut() -> None:
    """Was: Click's English "Got unexpected extra argument(s) (…)" in full, even in Japanese."""
    code, _, stderr = _stderr(["contact", "9" * 100_000])
    assert code == 2
    assert "「9999" in stderr and "`contact` のあとに付けられるのはオプションだけです" in stderr
    assert "Got unexpected" not in stderr
    assert len(stderr) < 300


def test_option_without_its_value_is_translated_with_the_command_hint() -> None:
    """Was: "Option '--lang' requires an argument.。" and a hint to the root ``--help``; now
    the values themselves (an option without a fixed set keeps the command's hint)."""
    code, _, stderr = _stderr(["sources", "--lang"])
    assert code == 2
    assert stderr == "primehelp: エラー: `--lang` の値を指定してください（ja、en のいずれか）。\n"
    code, _, stderr = _stderr(["check-message", "--text"])
    assert code == 2
    assert stderr == (
        "primehelp: エラー: `--text` には文面を指定してください。"
        "使い方は `primehelp check-message --help` で確認できます。\n"
    )


def test_flag_given_a_value_is_translated() -> None:
    """Was: Click's English "Option '--json' does not take a value.。"."""
    code, _, stderr = _stderr(["contact", "--json=yes"], ENGLISH)
    assert code == 2
    assert (
        stderr == "primehelp: error: `--json` takes no value: give `--json` alone\n"
    )  # 23a item 7


def test_error_line_is_english_when_stderr_cannot_carry_japanese() -> None:
    """Was: ``primehelp: ???: ????…`` on an ASCII terminal; the JSON keeps the chosen language."""
    result = CliRunner(charset="ascii").invoke(
        app, ["check-number", "abc", "--json"], catch_exceptions=False
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("primehelp: error: 'abc' is not a phone number")
    assert "電話番号として読み取れません" in json.loads(result.stdout)["error"]["message"]


def test_count_with_more_digits_than_int_allows_is_refused() -> None:
    """Was: a ValueError traceback (int() refuses more than 4300 digits)."""
    code, _, stderr = _stderr(
        ["renewal", "2026-12-31", "--plan", "annual", "--count", "9" * 5000], ENGLISH
    )
    assert code == 2
    assert stderr.startswith("primehelp: error: `--count` '9999")
    assert "Traceback" not in stderr


def test_amount_with_more_digits_than_int_allows_is_refused() -> None:
    """Was: a ValueError traceback (int() refuses more than 4300 digits)."""
    code, _, stderr = _stderr(["complain", "renewal", "--amount", "9" * 5000], ENGLISH)
    assert code == 2
    assert stderr.startswith("primehelp: error: `--amount` '9999")
    assert "Traceback" not in stderr


def test_renewal_plan_accepts_full_width_like_complain_does() -> None:
    """Was: ``renewal --plan ａｎｎｕａｌ`` refused while ``complain --plan ａｎｎｕａｌ`` worked."""
    code, stdout, _ = _stderr(
        ["renewal", "2026-12-31", "--today", "2026-11-25", "--plan", "ａｎｎｕａｌ", "--json"]
    )
    assert code == 0
    assert json.loads(stdout)["data"]["plan"] is not None


def test_cancel_via_accepts_full_width_like_the_other_choices() -> None:
    """Was: ``cancel --via ｗｅｂ`` refused while full-width is read everywhere else."""
    code, stdout, _ = _stderr(["cancel", "--no-interactive", "--via", "ｗｅｂ", "--json"])
    assert code == 0
    assert json.loads(stdout)["command"] == "cancel"


def test_a_value_after_json_prints_only_the_error_on_every_command() -> None:
    """Review 24a, item 8: `contact --json yes` printed the error line and a JSON document. That
    document is the error envelope docs/json.md promises with --json (never the command's
    result): on every command, exit 2, one line on stderr, and stdout the error object alone."""
    from tests.support.corpus import COMMANDS

    for command in (c for c in COMMANDS if not c.takes_extra_args):  # there `yes` is a value
        code, stdout, stderr = _stderr([*command.valid, "--json", "yes"], command.env)
        assert code == 2, command.name
        assert stderr.count("\n") == 1, command.name
        assert command.name not in ("contact", "fees") or stderr == (
            "primehelp: エラー: `--json` は値を取りません。値を付けずに `--json` とだけ指定してください。\n"
        ), command.name
        document = json.loads(stdout)
        assert set(document) == {"schema_version", "command", "error"}, command.name
        assert document["error"]["code"] == "bad_input"
