"""Review 38b (round 45): the calendar options where they cannot apply (item 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from primehelp.cli import app

runner = CliRunner()
# every command and date kind where student-end has no day: a paid renewal, a regular trial
NO_STUDENT_END = [
    ("renewal", "2026-12-31", "--today", "2026-12-05"),
    ("renewal", "2026-12-31", "--today", "2026-12-05", "--plan", "annual"),
    ("trial", "2026-11-25", "--today", "2026-12-05"),
]
OTHERS = ["renewal", "cancel-by", "notice", "renewal,cancel-by,notice"]


@pytest.mark.parametrize("command", NO_STUDENT_END)
@pytest.mark.parametrize("others", OTHERS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_student_end_listed_where_it_has_no_day_is_refused(
    command: tuple[str, ...], others: str, lang: str, tmp_path: Path
) -> None:
    """Item 8: student-end next to another kind was dropped silently (exit 0, a calendar
    without it); now it is refused as it is alone: exit 2, nothing written, the cause named,
    with the --events to give instead."""
    target = tmp_path / "x.ics"
    events = f"{others},student-end"
    args = [*command, "--events", events, "--ics", str(target), "--lang", lang, "--save"]
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path / "config")}
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == 2, result.stdout
    assert not target.exists() and not (tmp_path / "config" / "profile.json").exists()
    assert "student-end" in result.stderr and f"--events {others}" in result.stderr
    # on stdout: nothing either
    out = runner.invoke(app, [*command, "--events", events, "--ics", "-"], env=env)
    assert out.exit_code == 2 and "BEGIN:VCALENDAR" not in out.stdout


def test_student_end_next_to_another_kind_on_a_student_trial_is_written(tmp_path: Path) -> None:
    args = ["trial", "2026-11-25", "--student", "--today", "2026-12-05"]
    result = runner.invoke(app, [*args, "--events", "renewal,student-end", "--ics", "-"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("BEGIN:VEVENT") == 2
