"""Help and usage errors in the member's language (issue 12), and the pager of ``sources``.

Transcripts: Japanese ``--help`` at 60 columns, a mistyped command and option, a missing
argument, ``--force`` without a file to overwrite; ``sources`` through a fake pager on a
pseudo-terminal, and never through it when piped.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from primehelp.cli import COMMANDS, app, help_ja
from primehelp.output.linebreak import unicode_text_width
from tests.support.clihelp import run

JA = {"PRIMEHELP_LANG": "ja", "COLUMNS": "60"}
EN = {"PRIMEHELP_LANG": "en", "COLUMNS": "60"}


def test_japanese_help_at_60_columns() -> None:
    result = run("--help", env=JA)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "使い方：primehelp [オプション] コマンド [引数]..."
    assert "オプション：" in lines and "コマンド：" in lines
    assert "  例：primehelp contact" in lines
    assert "  -h, --help    このヘルプを表示して終了します。" in lines  # under --lang ja|en
    assert max(map(unicode_text_width, lines)) <= 60
    assert "Usage" not in result.stdout and "Show this message" not in result.stdout


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_has_japanese_help_within_60_columns(command: str) -> None:
    result = run(command, "--help", env=JA)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"使い方：primehelp {command} [オプション]")
    assert "OPTIONS" not in lines[0] and "ARGS" not in lines[0]
    # An example is never wrapped (copied, a wrapped one breaks): it may run past, as a URL does.
    # Several examples: one 「例：」, the further commands under the first (review 21b S 7).
    # Review 36b item 5: a wide one is continued with 「 \」; a piece that cannot be split (an
    # option and its quoted value) still runs past, so its lines are examples too.
    prose = [
        line
        for line in lines
        if not line.startswith(("  例：primehelp ", "      primehelp ", "        --"))
    ]
    assert max(map(unicode_text_width, prose)) <= 60, result.stdout
    english = run(command, "--help", env=EN).stdout
    assert english.startswith(f"Usage: primehelp {command} [OPTIONS]")
    # 「14.99ドル」 is an accepted amount form, listed in both helps (review 59c, R-minor 12)
    before_options = english.split("Options:")[0].replace("14.99ドル", "")
    assert not any("\u3040" <= char <= "\u30ff" for char in before_options)


def test_the_charge_summary_asks_what_the_charge_is_for() -> None:
    """Review 12a, item 9: 「請求が何か、」 read stiff; 「何の請求かを、」 in both helps."""
    for args in (("--help",), ("charge", "--help")):
        out = "".join(line.strip() for line in run(*args, env=JA).stdout.splitlines())
        assert (
            "カードの明細にあるAmazonの請求について、考えられる内容を可能性の高い順に表示します。"
            in out
        )  # 51c, 28; 52c, S 31
        assert "請求が何か、" not in out


def test_the_cancel_help_reads_as_japanese() -> None:
    result = run("cancel", "--help", "--lang", "ja", env={"COLUMNS": "60"})
    assert (
        "  --via web|app|carrier\n      解約の手続きをする場所：ウェブサイト（web）、"
        in result.stdout
    )
    assert "例：primehelp cancel --via app --trial --no-interactive" in result.stdout


def test_every_parameter_has_japanese_help() -> None:
    import typer

    group = typer.main.get_command(app)
    missing = [
        f"{name}.{param.name}"
        for name, command in group.commands.items()  # type: ignore[attr-defined]
        for param in command.params
        if f"{name}.{param.name}" not in help_ja.PARAMETERS and param.name not in help_ja.PARAMETERS
    ]
    assert missing == []
    assert sorted(help_ja.EXAMPLES) == sorted(COMMANDS)


def test_arguments_are_named_alike_in_usage_list_and_errors() -> None:
    # review 49a item 1: in Japanese words in the Japanese help (「電話番号...」, not 「NUMBER...」)
    assert (
        "使い方：primehelp check-number [オプション] 電話番号..."
        in run("check-number", "--help", env=JA).stdout
    )
    assert "使い方：primehelp charge [オプション] [金額] [表記]..." in (
        run("charge", "--help", env=JA).stdout
    )
    assert "\n  電話番号...  " in run("check-number", "--help", env=JA).stdout
    assert "Usage: primehelp check-number [OPTIONS] NUMBER..." in (
        run("check-number", "--help", env=EN).stdout
    )
    assert "[TOPIC]" in run("sources", "--help", env=EN).stdout
    missing = run("check-number", env=JA)
    assert missing.exit_code == 2
    assert missing.stderr == (
        "primehelp: エラー: 確認したい電話番号を1つ以上指定してください"
        '（例：0120-999-373、"+81 120 999 373"、188）。\n'
    )


def test_a_missing_topic_names_the_topics() -> None:
    ja = run("complain", env=JA)
    assert (ja.exit_code, ja.stderr.count("\n")) == (2, 1)
    assert ja.stderr == (
        "primehelp: エラー: 相談の種類を指定してください。使える値："
        "renewal（自動更新で請求された）、refund（返金）、"
        "cancel（解約が済んでいない）、other（その他）。「更新」「返金」「解約」「その他」でも"
        "指定できます。\n"
    )
    en = run("complain", env=EN)
    assert (
        "TOPIC is missing: give the kind of problem (one of: renewal (charged by a renewal you "
        "did not intend), refund, cancel (could not cancel / the cancellation did not go through), "
        "other; in Japanese also "
        "更新, 返金, 解約, その他)" in (en.stderr)
    )
    # review 21a, S 14: it ends as the error for a wrong topic does
    wrong = run("complain", "xx", env=JA).stderr.strip()
    assert ja.stderr.strip().endswith(wrong[wrong.index("使える値：") :])
    help_line = next(
        line
        for line in run("complain", "--help", env=JA).stdout.splitlines()
        if "相談の種類  " in line
    )
    # the placeholder names it; the help does not say 「相談の種類」 twice (session 36)
    assert help_line.startswith("  相談の種類  （必須）renewal（")


def _required_arguments() -> list[tuple[str, object]]:
    import typer

    group = typer.main.get_command(app)
    return [
        (name, param)
        for name, command in group.commands.items()  # type: ignore[attr-defined]
        for param in command.params
        if param.param_type_name == "argument" and param.required
    ]


@pytest.mark.parametrize(
    ("command", "param"), _required_arguments(), ids=lambda v: getattr(v, "name", v)
)
def test_a_missing_argument_is_named_in_words_with_its_placeholder_and_forms(
    command: str, param: object
) -> None:
    """「無料体験を始めた日を指定してください（例：…）。」: what it is (in English with the
    placeholder help shows, "START is missing"; in Japanese without it: review 49b item 7),
    examples or the accepted values; the Japanese help starts with the same words."""
    from primehelp.cli.argument_words import japanese_placeholder
    from primehelp.cli.usage_errors import ARGUMENTS

    what, _ = ARGUMENTS[f"{command}.{param.name}"]  # type: ignore[attr-defined]
    placeholder = str(param.metavar).removesuffix("...")  # type: ignore[attr-defined]
    ja = run(command, env=JA)
    assert (ja.exit_code, ja.stdout) == (2, "")
    assert ja.stderr.startswith(f"primehelp: エラー: {what.ja}を")
    assert placeholder not in ja.stderr
    assert ja.stderr.endswith(("）。\n", "でも指定できます。\n")) and (
        "（例：" in ja.stderr or " のいずれか）" in ja.stderr or "。使える値：" in ja.stderr
    )  # 「使える値：renewal（…）、…」: values with their meanings (review 9a, S33), and the
    # Japanese words a topic takes too (review 21a, S 14)
    en = run(command, env=EN)
    assert en.stderr.startswith(f"primehelp: error: {placeholder} is missing: give {what.en} (")
    # The Japanese help names it as the error does: its placeholder, or the help's first words
    # when the placeholder is shorter (「開始日  （必須）無料体験を始めた日…」), never twice.
    shown_as = japanese_placeholder(command, param.name, placeholder)  # type: ignore[attr-defined]
    described = help_ja.PARAMETERS[f"{command}.{param.name}"]  # type: ignore[attr-defined]
    assert (shown_as == what.ja) != described.startswith(what.ja)


def test_a_missing_start_date_gives_date_forms() -> None:
    assert run("trial", env=JA).stderr == (
        "primehelp: エラー: 無料体験を始めた日を指定してください"
        "（例：2026-11-01、2026/11/01、2026年11月1日）。\n"
    )


def test_a_mistyped_command_or_option_gets_a_suggestion() -> None:
    command = run("cancl", env=JA)
    assert command.exit_code == 2
    assert command.stderr == (
        "primehelp: エラー: 「cancl」というコマンドはありません。`cancel` のことですか？\u3000"
        "使い方は `primehelp --help` で確認できます。\n"
    )
    option = run("cancel", "--no-interactiv", env=EN)
    assert option.exit_code == 2
    assert "did you mean `--no-interactive`?" in option.stderr
    far = run("xyzzy", env=EN)
    assert "did you mean" not in far.stderr and "commands: `contact`, " in far.stderr


@pytest.mark.parametrize("command", [("renewal", "2026-12-31"), ("trial", "2026-11-25")])
def test_force_without_a_file_to_overwrite_is_refused(
    tmp_path: object, command: tuple[str, ...]
) -> None:
    refused = run(*command, "--force", env=JA)
    assert refused.exit_code == 2
    assert refused.stdout == ""
    assert refused.stderr == (
        "primehelp: エラー: `--force` は `--ics`（ファイルに書き出すとき）か `--save` と一緒に指定してください"
        "（例：`--ics prime.ics --force`）。\n"
    )
    assert run(*command, "--force", "--ics", "-", env=EN).exit_code == 0


# ---------------------------------------------------------------- the pager of `sources`

FAKE_PAGER = f"{sys.executable} -c \"import sys; sys.stdout.write(''.join('PAGED:' + l for l in sys.stdin))\""


def _on_a_terminal(*args: str, rows: int = 24) -> str:
    env = {**os.environ, "PAGER": FAKE_PAGER, "PRIMEHELP_LANG": "ja", "TERM": "xterm"}
    env.pop("COLUMNS", None)
    script = str(Path(sys.executable).parent / "primehelp")
    child = pexpect.spawn(script, list(args), env=env, dimensions=(rows, 80), encoding="utf-8")
    child.expect(pexpect.EOF, timeout=60)
    child.close()
    assert child.exitstatus == 0
    return str(child.before)


def test_a_long_list_goes_through_the_pager_on_a_terminal() -> None:
    shown = _on_a_terminal("sources")
    lines = [line for line in shown.splitlines() if line.strip()]
    assert len(lines) > 24
    assert all(line.startswith("PAGED:") for line in lines)


def test_no_pager_when_asked_or_when_the_list_fits() -> None:
    assert "PAGED:" not in _on_a_terminal("sources", "--no-pager")
    assert "PAGED:" not in _on_a_terminal("sources", "contact.defunct_numbers", rows=40)


def test_no_pager_when_piped_or_as_json() -> None:
    env = {**os.environ, "PAGER": FAKE_PAGER, "PRIMEHELP_LANG": "ja"}
    script = str(Path(sys.executable).parent / "primehelp")
    for args in (["sources"], ["sources", "--json"]):
        piped = subprocess.run(
            [script, *args], env=env, capture_output=True, text=True, check=False
        )
        assert piped.returncode == 0
        assert "PAGED:" not in piped.stdout and piped.stdout


def _options_taking_a_value() -> list[tuple[str, str]]:
    import typer

    group = typer.main.get_command(app)
    return [
        (name, param.opts[0])
        for name, command in group.commands.items()  # type: ignore[attr-defined]
        for param in command.params
        if param.param_type_name == "option" and not param.is_flag
    ]


@pytest.mark.parametrize(("command", "option"), _options_taking_a_value())
def test_an_option_left_without_its_value_names_the_values_or_examples(
    command: str, option: str
) -> None:
    """「`--today` には日付を指定してください（例：2026-11-01、…）。」, not just 'the value'
    (review 49b item 7: the Japanese help's word for it, not 「の値（DATE）」)."""
    ja = run(command, option, env=JA)
    assert (ja.exit_code, ja.stdout, ja.stderr.count("\n")) == (2, "", 1)
    assert ja.stderr.startswith(
        (f"primehelp: エラー: `{option}` の値", f"primehelp: エラー: `{option}` には")
    )
    if option == "--text":  # any text: the help shows how to give it
        assert "`primehelp check-message --help`" in ja.stderr
    elif option == "--plan":  # the values with their meanings (review 50b S 20)
        assert "。使える値：annual（年間プラン）、" in ja.stderr
    else:
        assert ja.stderr.endswith(("のいずれか）。\n", "）。\n")) and (
            "のいずれか）" in ja.stderr or "（例：" in ja.stderr
        )
    en = run(command, option, env=EN)
    assert en.stderr.startswith(f"primehelp: error: `{option}` needs a value")
    assert "one of: " in en.stderr or "(e.g. " in en.stderr or option == "--text"


def test_a_missing_date_value_gives_its_placeholder_and_forms() -> None:
    assert run("renewal", "2026-12-31", "--today", env=JA).stderr == (
        "primehelp: エラー: `--today` には日付を指定してください"
        "（例：2026-11-01、2026/11/01、2026年11月1日）。\n"
    )
    assert run("cancel", "--via", env=EN).stderr == (
        "primehelp: error: `--via` needs a value (one of: web, app, carrier)\n"
    )


def test_plan_is_shown_with_its_values_in_every_help() -> None:
    """Review 5 item 16: `complain --help` said --plan PLAN where `renewal --help` lists them."""
    wide = {"COLUMNS": "120"}
    for command in ("renewal", "complain"):
        shown = run(command, "--help", env={**wide, "PRIMEHELP_LANG": "en"}).stdout
        assert "--plan annual|monthly|student-annual|student-monthly" in shown, command
        assert "--plan PLAN" not in shown


def _japanese_name(command: str, param: object) -> str:
    """How the Japanese help names a parameter (「電話番号」; an option by its first name)."""
    from primehelp.cli.usage_errors import placeholder

    return placeholder(param, command=command, japanese=True).split("...")[0]


@pytest.mark.parametrize("command", list(COMMANDS))
def test_required_comes_first_never_after_a_full_stop(command: str) -> None:
    """Review 9 item 2: 「…を指定します。（必須）」 read as an afterthought; 「（必須）」 opens
    the help of every required argument or option, and never follows 「。」."""
    from typer.main import get_command

    screen = run(command, "--help", env={**JA, "COLUMNS": "200"}).stdout
    assert "。（必須）" not in screen
    click_command = get_command(app).commands[command]  # type: ignore[attr-defined]
    for param in click_command.params:
        if param.required:
            assert any(
                line.split(maxsplit=1)[-1].startswith("（必須）")
                for line in screen.splitlines()
                if line.strip().startswith(_japanese_name(command, param))
            ), (param.name, screen)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_example_is_one_command_line_to_copy(command: str, lang: str) -> None:
    """Review 9, item 5: 「例：primehelp remind install（その後：primehelp remind status）」 was
    not a line the shell runs; each example is one command, shown as its own example."""
    import shlex

    env = {"PRIMEHELP_LANG": lang, "COLUMNS": "200"}
    # review 36b item 5: a command wider than help's 78 columns is continued with 「 \」: joined
    screen = re.sub(r" \\\n +", " ", run(command, "--help", env=env).stdout)
    lines = screen.splitlines()
    # One label; several examples go one a line under the first (review 21b S 7).
    prefixes = ("  例：",) if lang == "ja" else ("  Example: ", "  Examples: ")
    first = next(i for i, line in enumerate(lines) if line.startswith(prefixes))
    hang = 6 if lang == "ja" else len(next(p for p in prefixes if lines[first].startswith(p)))
    examples = [lines[first].split("：" if lang == "ja" else ": ", 1)[1]]
    examples += [
        line[hang:] for line in lines[first + 1 :] if line.startswith(" " * hang + "primehelp ")
    ]
    assert examples
    for example in examples:
        if command == "completion" and lang == "en":
            example = example.split("   (", 1)[0]  # the line for ~/.bashrc, after three spaces
        words = shlex.split(example)
        assert words[:2] == ["primehelp", command], example
        assert not any(mark in example for mark in "（）"), example
        assert words.count("primehelp") == 1, example
