"""Review 47b (round 57), remind: item 1 (`status --scheduler systemd` called an enabled timer
「有効です」 with a next run where systemd does not run, or there is no systemctl) and item 3 (a
timer systemctl lists with no next time, stopped, was 「有効です」 with the next 9:00 computed)."""

from __future__ import annotations

from pathlib import Path

import pytest

import primehelp.cli.remind as command
from tests.support.clihelp import fake_tool, run
from tests.support.cron_roots import CRON_RUNNING
from tests.support.remind_env import (
    NO_CRONTAB,
    NOW,
    SYSTEMCTL,
    remind_env,
    remind_ui,
    systemd_machine,
)


def _flat(text: str, lang: str) -> str:
    return " ".join(text.split()) if lang == "en" else "".join(text.split())


def _installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    systemd_machine(tmp_path, monkeypatch)
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_RUNNING)
    fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
    env = remind_env(tmp_path)
    done = run("remind", "install", "--scheduler", "systemd", env=env)
    assert done.exit_code == 0, done.stderr
    return env


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("why", ["not_running", "no_systemctl"])
def test_1_an_enabled_timer_systemd_cannot_run_is_not_called_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, why: str
) -> None:
    env = _installed(tmp_path, monkeypatch)
    if why == "not_running":  # systemctl there, systemd not running (WSL, a container)
        monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    else:
        (tmp_path / "bin" / "systemctl").unlink()
    done = run("remind", "status", "--scheduler", "systemd", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    shown = _flat(done.stdout, lang)
    assert _flat(remind_ui("enabled")(lang), lang) not in shown, done.stdout  # type: ignore[arg-type]
    assert _flat(remind_ui("timer_idle")(lang), lang) in shown, done.stdout  # type: ignore[arg-type]
    for run_at in ("next_run.computed", "next_run.systemctl"):
        label = remind_ui(run_at)(lang).split("：" if lang == "ja" else ":")[0]  # type: ignore[arg-type]
        assert label not in done.stdout
    assert _flat(remind_ui("cron_instead")(lang), lang) in shown  # what works here
    data = run("remind", "status", "--scheduler", "systemd", "--json", env=env).json()["data"]
    assert data["enabled"] is True  # as on disk
    assert data["next_run"] is None and data["next_run_source"] is None
    assert data["timer_idle"] == "systemd_unusable"


def test_1_where_systemd_runs_the_timer_is_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = _installed(tmp_path, monkeypatch)
    data = run("remind", "status", "--json", env=env).json()["data"]
    assert data["timer_idle"] is None and data["next_run"] is not None


STOPPED = SYSTEMCTL.replace(
    'if [ "$2" = enable ]',
    'if [ "$2" = list-timers ]; then echo "-   -  Sun 2026-12-06 09:00:00 UTC 11h ago '
    'primehelp-due.timer primehelp-due.service"; exit 0; fi\nif [ "$2" = enable ]',
)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_a_timer_listed_with_no_next_time_is_stopped_not_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    env = _installed(tmp_path, monkeypatch)
    fake_tool(tmp_path / "bin", "systemctl", STOPPED)
    done = run("remind", "status", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    shown = _flat(done.stdout, lang)
    assert _flat(remind_ui("enabled")(lang), lang) not in shown, done.stdout  # type: ignore[arg-type]
    assert _flat(remind_ui("timer_stopped")(lang), lang) in shown, done.stdout  # type: ignore[arg-type]
    lines = [line.strip() for line in done.stdout.splitlines()]
    assert "systemctl --user start primehelp-due.timer" in lines
    label = remind_ui("next_run.computed")(lang).split("：" if lang == "ja" else ":")[0]  # type: ignore[arg-type]
    assert label not in done.stdout
    data = run("remind", "status", "--json", env=env).json()["data"]
    assert data["enabled"] is True and data["next_run"] is None
    assert data["timer_idle"] == "stopped"


def test_3_listed_stopped_reads_only_a_line_without_a_time() -> None:
    from primehelp.remind import listed_stopped

    assert listed_stopped("-  -  Sun 2026-12-06 09:00:00 UTC 11h ago primehelp-due.timer x")
    assert listed_stopped("n/a n/a n/a n/a primehelp-due.timer primehelp-due.service")
    assert not listed_stopped("Mon 2026-12-07 09:00:00 UTC 22h left - - primehelp-due.timer x")
    assert not listed_stopped("")


# Review 47b item 2: one installation's console script and its `python -m primehelp`.
def _venv(tmp_path: Path) -> tuple[Path, Path]:
    """A venv's bin: python (a link to this interpreter) and a console script run by it."""
    import sys

    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    python.symlink_to(sys.executable)
    script = bin_dir / "primehelp"
    script.write_text(
        f"#!{python}\nimport sys\nfrom primehelp.__main__ import run\nsys.exit(run())\n"
    )
    script.chmod(0o755)
    return python, script


def _cron_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line_program: str, running: list[str]
) -> dict[str, str]:
    from tests.support.remind_env import READS_PROFILE, crontab_printing

    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_RUNNING)
    monkeypatch.setattr(command, "now", lambda: NOW)
    monkeypatch.setattr(command, "running_script", lambda: running)
    line = f"0 9 * * * {READS_PROFILE} {line_program} due --notify --lang ja"
    fake_tool(tmp_path / "bin", "crontab", crontab_printing(line))
    return remind_env(tmp_path)  # no systemctl: cron


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("line_is_module", [True, False])
def test_2_the_same_venvs_script_and_python_m_are_one_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, line_is_module: bool
) -> None:
    python, script = _venv(tmp_path)
    module = [str(python), "-m", "primehelp"]
    line, running = (" ".join(module), [str(script)])
    if not line_is_module:
        line, running = str(script), module
    env = _cron_with(tmp_path, monkeypatch, line, running)
    data = run("remind", "status", "--json", "--lang", lang, env=env).json()["data"]
    job = data["crontab_jobs"][0]
    assert job["program_state"] == "same", job
    assert job["exact"] is True
    assert data["next_run"] is not None  # as for install's own line
    shown = run("remind", "status", "--lang", lang, env=env)
    other = remind_ui("cron_program_other").format(program=str(python))(lang)  # type: ignore[arg-type]
    assert _flat(other, lang) not in _flat(shown.stdout, lang), shown.stdout
    replace = remind_ui("cron_replace")(lang)  # type: ignore[arg-type]
    assert _flat(replace, lang)[:12] not in _flat(shown.stdout, lang)  # no line to replace
    assert data["crontab_line"] is None


def test_2_a_script_run_by_another_interpreter_stays_another_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    python, script = _venv(tmp_path)
    script.write_text("#!/opt/elsewhere/bin/python\n")  # another installation's primehelp
    env = _cron_with(tmp_path, monkeypatch, str(script), [str(python), "-m", "primehelp"])
    job = run("remind", "status", "--json", env=env).json()["data"]["crontab_jobs"][0]
    assert job["program_state"] == "other" and job["exact"] is False


def test_2_pips_long_path_form_is_read(tmp_path: Path) -> None:
    from primehelp.cli.remind_twin import interpreter

    long = tmp_path / "long.py"
    q = "'" * 3
    long.write_text(f'#!/bin/sh\n{q}exec\' "/opt/a b/bin/python" "$0" "$@"\n\' {q}\n')
    assert interpreter(long) == Path("/opt/a b/bin/python")
    assert interpreter(tmp_path / "none") is None
