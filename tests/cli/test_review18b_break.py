"""Review 18b (a Japanese reader on 92e42a7): line breaking — items 1 and 2."""

from __future__ import annotations

import itertools

from tests.support.clihelp import run

TODAY = ("--today", "2026-12-05")


def _out(*args: str, lang: str = "ja", columns: str = "1000") -> str:
    result = run(*args, *TODAY, "--lang", lang, env={"COLUMNS": columns})
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 1: a renewal long past

_LONG_PAST = ("cancel", "--no-interactive", "--renewal", "2026-10-01")


def test_1_the_day_before_is_a_sentence_of_its_own() -> None:
    ja = _out(*_LONG_PAST)
    # Wording since review 19b item 3: the margin named, the fee already charged.
    assert "確認できます。次の会費がかからないようにするには、余裕をみて、" in ja
    assert "（次の会費" not in ja
    en = _out(*_LONG_PAST, lang="en")
    assert (
        "exact dates. To avoid the next fee, cancel by the day before the next renewal" in en
    )  # 57b


def test_1_the_sentence_breaks_between_phrases_at_40_60_80() -> None:
    for columns in ("40", "60", "80"):
        lines = _out(*_LONG_PAST, columns=columns).splitlines()
        for word in ("手順", "までに", "前日", "解約"):
            assert not any(
                line.endswith(word[:cut]) and after.startswith(word[cut:])
                for line, after in itertools.pairwise(lines)
                for cut in range(1, len(word))
            ), (columns, word)


# ---------------------------------------------------------------- item 2: a command wider than the line


def _joined(lines: list[str]) -> str:
    """The lines with each command's pieces joined again (「 \\」, a line break, 2 spaces)."""
    return "\n".join(lines).replace(" \\\n  ", " ")


def _fits(lines: list[str], width: int) -> None:
    """No line wider than ``width``, but a single word that cannot be split."""
    from tests.support.kinsoku import text_width

    for line in lines:
        assert text_width(line) <= width or " " not in line.strip(), lines


def test_2_due_with_an_ended_trial_continues_its_example_on_a_terminal() -> None:
    from tests.support.clihelp import stderr_on_a_terminal
    from tests.support.profiles import TRIAL

    for lang in ("ja", "en"):
        env = {**TRIAL, "COLUMNS": "40", "PRIMEHELP_LANG": lang}
        shown = stderr_on_a_terminal("due", "--today", "2027-01-03", env=env)
        lines = shown.rstrip("\n").split("\n")
        # one unbroken line on a terminal since review 57a item 7 (the terminal wraps it), so
        # the command is whole and copies without a 「 \\」 of ours
        assert len(lines) == 1, lines
        # the example date is the next renewal after today (review 18b S 9)
        command = "primehelp renewal 2027-12-31 --plan annual --save --force"
        assert command in lines[0], lines
        assert " \\" not in lines[0], lines
        if lang == "ja":  # the 「。」 after the command (backticks: 52b item 7)
            assert command + "`。" in lines[0], lines


def test_2_piped_stderr_stays_one_line_a_message() -> None:
    from tests.support.profiles import TRIAL

    result = run("due", "--today", "2027-01-03", "--lang", "ja", env={**TRIAL, "COLUMNS": "40"})
    assert "`primehelp renewal 2027-12-31 --plan annual --save --force`。" in result.stderr
    assert " \\\n" not in result.stderr


def test_2_the_walkthrough_continues_its_example_at_40() -> None:
    import os
    import sys

    import pexpect

    env = {**os.environ, "COLUMNS": "40", "TERM": "dumb", "PRIMEHELP_LANG": "ja"}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", "cancel", "--via", "app", "--trial", "--student"],
        env=env,
        encoding="utf-8",
        timeout=60,
        dimensions=(40, 40),
    )
    child.expect("> ")
    lines = child.before.replace("\r", "").split("\n")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    _fits([line for line in lines if "─" not in line], 40)  # a heading's rule is Rich's
    # every choice kept, the app's too (review 24b, S 6)
    ahead = "2026-12-31"  # the fixed sample date, to be replaced (review 56b item 7)
    assert f"`primehelp cancel --trial --via app --student --renewal {ahead}`" in _joined(lines), (
        lines
    )
    assert f"  --student --renewal {ahead}`" in lines, lines  # an option with its value


def test_2_a_command_that_fits_stays_on_one_line() -> None:
    from primehelp.output.continued import continued
    from primehelp.output.linebreak import unicode_text_width

    command = "primehelp remind install --scheduler systemd"
    assert continued(command, 80, unicode_text_width) == [command]
    assert continued(command, 40, unicode_text_width) == [
        "primehelp remind install \\",
        "  --scheduler systemd",
    ]
    # the last option that fits: as many options as fit stay on the first piece
    long = "（例：primehelp renewal 2026-12-31 --plan annual --save --force。"
    assert continued(long, 40, unicode_text_width) == [
        "（例：primehelp renewal 2026-12-31 \\",
        "  --plan annual --save --force。",
    ]
    assert continued(long, 56, unicode_text_width) == [
        "（例：primehelp renewal 2026-12-31 --plan annual \\",
        "  --save --force。",
    ]
    assert continued("a line without a command that is too wide", 10, len) == [
        "a line without a command that is too wide"
    ]
    # stdout: the example at 80 is one line
    ja = _out("cancel", "--no-interactive", "--trial", "--student", columns="80")
    assert not [line for line in ja.splitlines() if line.endswith(" \\")]
