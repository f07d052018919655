"""Review 13b item 2: ``due`` on a terminal is laid out for its width, between phrases, its
dates and command whole (the terminal cut 「2026年12月│30日」 and 「primehelp canc│el」); piped
or with --notify it stays one line (cron, a notification, a shell prompt)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.clihelp import stdout_on_a_terminal
from tests.support.kinsoku import text_width
from tests.support.profiles import ANNUAL, TRIAL

CASES = [
    (TRIAL, "2026-12-31", "ja", ("2026年12月30日", "primehelp cancel")),
    (ANNUAL, "2026-12-28", "ja", ("2026年12月31日", "2026年12月30日", "更新されます。")),
    (ANNUAL, "2026-12-30", "en", ("2026-12-31", "primehelp cancel")),
]


def _env(profile: dict[str, str], today: str, lang: str, columns: str) -> dict[str, str]:
    return {**profile, "PRIMEHELP_TODAY": today, "PRIMEHELP_LANG": lang, "COLUMNS": columns}


@pytest.mark.skipif(not hasattr(pty, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize(("profile", "today", "lang", "whole"), CASES)
@pytest.mark.parametrize("columns", [40, 80])
def test_due_on_a_terminal_is_laid_out_for_its_width(
    profile: dict[str, str], today: str, lang: str, whole: tuple[str, ...], columns: int
) -> None:
    shown = stdout_on_a_terminal("due", env=_env(profile, today, lang, str(columns)))
    lines = shown.rstrip("\n").split("\n")
    assert len(lines) > 1 and all(text_width(line) <= columns for line in lines), lines
    for piece in whole:
        assert any(piece in line for line in lines), (piece, lines)
    assert not [line for line in lines if line[:1] in "、。）」をはがにのでと"], lines


@pytest.mark.parametrize("notify", [False, True])
def test_due_piped_or_notifying_is_one_line(notify: bool, tmp_path: Path) -> None:
    (tmp_path / "bin").mkdir()  # no notifier: --notify says so on stderr, stdout is the line
    env = {**os.environ, **_env(TRIAL, "2026-12-31", "ja", "40"), "PATH": str(tmp_path / "bin")}
    piped = subprocess.run(
        [sys.executable, "-m", "primehelp", "due", *(["--notify"] if notify else [])],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert piped.returncode == 1 and piped.stdout.count("\n") == 1, piped.stdout
    assert "primehelp cancel" in piped.stdout


@pytest.mark.skipif(not hasattr(pty, "openpty"), reason="needs a pseudo-terminal")
def test_due_notify_on_a_terminal_stays_one_line(tmp_path: Path) -> None:
    (tmp_path / "bin").mkdir()
    env = {**_env(TRIAL, "2026-12-31", "ja", "40"), "PATH": str(tmp_path / "bin")}
    shown = stdout_on_a_terminal("due", "--notify", env=env)
    assert shown.count("\n") == 1 and "primehelp cancel" in shown, shown


@pytest.mark.skipif(not hasattr(pty, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize(
    ("profile", "today", "lang", "unit"),
    [
        # review 63b S 9: the renewal's date also before it
        (ANNUAL, "2026-12-30", "ja", "手順：`primehelp cancel --renewal 2026-12-31`"),
        # review 60b item 5: the day charged; where label and command do not fit on one line
        # (40, 50 columns) the label starts its line and the command is the next one, whole
        (ANNUAL, "2026-12-31", "ja", "手順と返金の条件：`primehelp cancel --renewal 2026-12-31`"),
        (TRIAL, "2026-12-30", "ja", "手順：`primehelp cancel --trial`"),
        (ANNUAL, "2026-12-30", "en", "How: `primehelp cancel --renewal 2026-12-31`"),
    ],
)
@pytest.mark.parametrize("columns", [40, 50, 60])
def test_the_steps_label_stays_with_its_command(
    profile: dict[str, str], today: str, lang: str, unit: str, columns: int
) -> None:
    """Review 15b item 5: not 「…今日中に解約してください。手順：」／「primehelp cancel」."""
    shown = stdout_on_a_terminal("due", env=_env(profile, today, lang, str(columns)))
    lines = shown.rstrip("\n").split("\n")
    if text_width(unit) > columns:
        label, command = unit.split("`", 1)
        # the label alone on its line, or ending the line before a command that fits whole on
        # its own (review 37b item 8), never 「手順：」／「`primehelp」 cut inside the command
        at = next(i for i, line in enumerate(lines) if line.endswith(label.rstrip()))
        assert lines[at + 1] == "`" + command, lines
    else:
        assert any(unit in line for line in lines), lines
    assert all(text_width(line) <= columns for line in lines), lines
