"""Review 20b: remind status with systemd, trial --events student-end, renewal --explain for
Prime Student, the ※ Student note, and due's pointer to cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run


def _status(tmp_path: Path, lang: str, *, systemctl: bool) -> list[str]:
    """`remind status --scheduler systemd`, PATH and XDG at tmp_path: nothing real is touched."""
    if systemctl:
        fake = tmp_path / "systemctl"
        fake.write_text("#!/bin/sh\nexit 1\n")
        fake.chmod(0o755)
    env = {
        "COLUMNS": "1000",
        "PATH": str(tmp_path),  # no crontab command; systemctl only when faked
        "HOME": str(tmp_path),
        "PRIMEHELP_CONFIG_DIR": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    done = run("remind", "status", "--scheduler", "systemd", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_systemd_status_without_systemctl_says_systemd_cannot_be_used(
    lang: str, tmp_path: Path
) -> None:
    lines = _status(tmp_path, lang, systemctl=False)
    assert not any("primehelp remind install" in line for line in lines)  # it would pick cron
    said = {
        "ja": "systemctl コマンドが見つからないため、このコンピューターでは systemd で毎日の確認を設定できません。",
        "en": "No systemctl command was found, so the daily check cannot be set up with systemd on this computer.",
    }
    assert lines[-1] == said[lang]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_systemd_status_keeps_the_scheduler_in_the_command(lang: str, tmp_path: Path) -> None:
    lines = _status(tmp_path, lang, systemctl=True)
    assert lines[-1] == "primehelp remind install --scheduler systemd"  # whole, its own line
    assert "primehelp remind install" not in "\n".join(lines[:-1])


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_student_end_without_student_names_the_missing_option(lang: str) -> None:
    done = run("trial", "2026-11-25", "--ics", "-", "--events", "student-end", "--lang", lang)
    assert done.exit_code == 2 and "VCALENDAR" not in done.stdout
    line = done.stderr.strip()
    assert len(line.splitlines()) == 1 and "Traceback" not in line
    assert "この日付" not in line and "this date" not in line  # the date is not the cause
    said = {
        "ja": "student-end は Prime Student の無料体験（--student）にだけ使えます。--student を付けるか、renewal・cancel-by・notice のいずれかを指定してください。",
        "en": "student-end is only for a Prime Student free trial (--student): add --student, or choose renewal, cancel-by or notice",
    }
    assert line.endswith(said[lang])
