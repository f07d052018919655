"""Review 42b, round 50: items 2, 3, 5 and 6 of the remind screens.

Item 2: systemd's status with primehelp's timer on and a crontab line primehelp did not write
told the member to make the line the daily check (the check then ran twice). Now: no need to
replace it (it would run twice), delete it if not needed; a line with --notify may already show
a second notification every day.
Item 5: uninstall (systemd) beside such a line only said how to keep a cron check, and
「分かりません」 even where the line's program is not there. Now: the line, what is wrong with it
(the reasons status gives), and how to stop it too.
Item 6: two lines running primehelp due: 「行があります。」 then 「行が2行あります。」 (one count,
said once), and that the check runs (or may run) twice, and which lines to delete.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import (
    NO_CRONTAB,
    THIS_LINE,
    THIS_PROGRAM,
    as_printed,
    crontab_printing,
    remind_env,
    remind_ui,
    systemd_machine,
)

TAIL = " due --notify --lang ja"
NOTIFYING_8 = THIS_LINE.replace("0 9 * * *", "0 8 * * *")  # notifies, an hour earlier
MISSING = "0 9 * * * /nonexistent/primehelp due --notify --lang ja"
NOT_OURS = {
    "no --notify": THIS_LINE.replace(TAIL, " due --lang ja"),
    "08:00 --notify": NOTIFYING_8,
    "weekly --notify": THIS_LINE.replace("0 9 * * *", "0 9 * * 1"),
    "missing program": MISSING,
}


def _flat(text: str, lang: str) -> str:
    return " ".join(text.split()) if lang == "en" else "".join(text.split())


def _said(key: str, lang: str, **values: str) -> str:
    text = remind_ui(key).format(**values) if values else remind_ui(key)
    return _flat(text(lang), lang)  # type: ignore[arg-type]


def _timer_on(here: Path) -> dict[str, str]:
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    env = remind_env(here)
    assert run("remind", "install", "--scheduler", "systemd", env=env).exit_code == 0
    return env


def _beside_timer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, command: str, lang: str
) -> tuple[Path, str, str]:
    """The timer on and `line` in the crontab: `remind <command>`'s output, also flattened."""
    here = systemd_machine(tmp_path, monkeypatch)
    env = _timer_on(here)
    fake_tool(here / "bin", "crontab", crontab_printing(line))
    done = run("remind", command, "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    return here, done.stdout, _flat(done.stdout, lang)


@pytest.mark.parametrize("name", sorted(NOT_OURS))
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_timer_on_status_never_offers_a_second_daily_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, lang: str
) -> None:
    line = NOT_OURS[name]
    here, stdout, flat = _beside_timer(tmp_path, monkeypatch, line, "status", lang)
    assert _said("cron_replace_hint", lang) not in flat, stdout
    assert _said("cron_timer_only", lang) in flat, stdout
    offered = [
        r
        for r in stdout.splitlines()
        if r.startswith("0 9 * * * ") and r.endswith(TAIL) and r != as_printed(line, here)
    ]
    assert offered == [], stdout  # no line to use
    notifies = "--notify" in line and name != "missing program"  # that one cannot run
    assert (_said("cron_also_notifies", lang) in flat) is notifies, stdout


@pytest.mark.parametrize("name", ["08:00 --notify", "missing program"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_uninstall_beside_a_line_not_ours_says_how_to_stop_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, lang: str
) -> None:
    line = NOT_OURS[name]
    here, stdout, flat = _beside_timer(tmp_path, monkeypatch, line, "uninstall", lang)
    assert as_printed(line, here) in stdout.splitlines(), stdout  # the line, named
    assert _said("uninstall_cron_stop", lang) in flat, stdout
    # (remove_from_crontab_unsure, once asserted absent here, is gone from the data: r51 mend)
    unsure = _said("cron_not_exact", lang) in flat
    missing = _said("cron_program_missing", lang, program="/nonexistent/primehelp")
    assert unsure is (name != "missing program"), stdout  # not 「分かりません」: it cannot run
    assert (missing in flat) is (name == "missing program"), stdout


TWO = {
    "the exact line twice": ((THIS_LINE, THIS_LINE), "cron_runs_n_times"),
    "exact and 08:00": ((THIS_LINE, NOTIFYING_8), "cron_may_run_n_times"),
    "08:00 and 10:00": (
        (NOTIFYING_8, THIS_LINE.replace("0 9 * * *", "0 10 * * *")),
        "cron_may_run_n_times",
    ),
    "exact and no --notify": ((THIS_LINE, NOT_OURS["no --notify"]), None),
}


@pytest.mark.parametrize("name", sorted(TWO))
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("systemd", [False, True])
def test_6_two_lines_are_counted_once_and_said_to_run_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, lang: str, systemd: bool
) -> None:
    lines, key = TWO[name]
    if systemd:
        here = systemd_machine(tmp_path, monkeypatch)
    else:
        import primehelp.cli.remind as command
        import tests.support.remind_env as support

        here = tmp_path
        monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "none")
        monkeypatch.setattr(command, "now", lambda: support.NOW)
    fake_tool(here / "bin", "crontab", crontab_printing(*lines))
    env = remind_env(here)
    done = run("remind", "status", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    flat = _flat(done.stdout, lang)
    assert _said("in_crontab", lang) not in flat, done.stdout  # the count, said once
    assert _said("in_crontab_count", lang, count="2") in flat, done.stdout
    for warning in ("cron_runs_n_times", "cron_may_run_n_times"):
        shown = _said(warning, lang, count="2") in flat
        assert shown is (warning == key), f"{warning}: {done.stdout}"


def _no_systemd(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import primehelp.cli.remind as command
    import tests.support.remind_env as support

    monkeypatch.setattr(command, "SYSTEMD_RUNNING", here / "none")
    monkeypatch.setattr(command, "now", lambda: support.NOW)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_without_systemd_a_leftover_timer_never_costs_the_working_crontab_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """systemd not running, primehelp's timer left from earlier (on), the daily-check line in
    the crontab: status offers to remove the unused files, saying the line stays; uninstall
    removes them and says the check goes on by the line (not 「その行を削除してください」)."""
    from primehelp.remind import TIMER, WANTS, unit_files

    _no_systemd(tmp_path, monkeypatch)
    units = tmp_path / "xdg" / "systemd" / "user"
    (units / WANTS).mkdir(parents=True)
    for name, data in unit_files([*THIS_PROGRAM, "due", "--notify"], {}).items():
        (units / name).write_bytes(data)
    (units / WANTS / TIMER).symlink_to(f"../{TIMER}")
    fake_tool(tmp_path / "bin", "crontab", crontab_printing(THIS_LINE))
    env = remind_env(tmp_path)
    status = run("remind", "status", "--lang", lang, env=env)
    assert status.exit_code == 0, status.stderr
    shown = status.stdout.splitlines()
    assert remind_ui("undo")(lang) not in shown, status.stdout  # type: ignore[arg-type]
    assert remind_ui("undo_idle_timer")(lang) in shown, status.stdout  # type: ignore[arg-type]
    done = run("remind", "uninstall", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    assert not (units / TIMER).exists()
    flat = _flat(done.stdout, lang)
    assert _said("cron_uninstall", lang) not in flat, done.stdout
    assert _said("cron_goes_on", lang) in flat, done.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_7_a_relative_xdg_config_home_is_ignored_as_systemd_ignores_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """XDG_CONFIG_HOME=rel where systemd runs: not 「systemd が動いていない」 (plain install fell
    back to cron) nor 「ホームフォルダーが分からない」 (--scheduler systemd): the units go to
    ~/.config/systemd/user, where systemd looks, as the profile goes to ~/.config/primehelp."""
    from primehelp.remind import TIMER

    here = systemd_machine(tmp_path, monkeypatch)
    monkeypatch.chdir(tmp_path)  # a relative folder, were it used, lands here, not in the repo
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    env = {**remind_env(here), "XDG_CONFIG_HOME": "rel"}
    for args in ((), ("--scheduler", "systemd")):
        done = run("remind", "install", *args, "--lang", lang, env=env)
        assert done.exit_code == 0, done.stdout + done.stderr
        assert (here / "home" / ".config" / "systemd" / "user" / TIMER).is_file()
        assert not (tmp_path / "rel").exists()
        assert done.stdout.splitlines()[0] == remind_ui("title_systemd")(lang)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s12_plain_install_adds_no_timer_beside_the_crontab_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """The crontab has the daily-check line, no timer: status says none is needed, so plain
    install writes none (it made the check run twice, then asked to undo half); it says the
    check is cron's and how to switch. --scheduler systemd still sets the timer up."""
    from primehelp.remind import TIMER

    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", crontab_printing(THIS_LINE))
    env = remind_env(here)
    timer = here / "xdg" / "systemd" / "user" / TIMER
    done = run("remind", "install", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stdout + done.stderr
    assert not timer.exists(), done.stdout
    flat = _flat(done.stdout, lang)
    assert _said("already_in_crontab", lang) in flat, done.stdout
    assert _said("systemd_switch", lang) in flat, done.stdout
    assert _said("both_run", lang) not in flat, done.stdout
    asked = run("remind", "install", "--scheduler", "systemd", "--lang", lang, env=env)
    assert asked.exit_code == 0, asked.stderr
    assert timer.is_file()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s13_no_cron_line_printed_no_caveats_about_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """install --scheduler cron with the timer on beside a line not the daily check prints no
    line (the timer does the check): no cron caveats about 「the line」 either."""
    here = systemd_machine(tmp_path, monkeypatch)
    env = _timer_on(here)
    fake_tool(here / "bin", "crontab", crontab_printing(NOT_OURS["no --notify"]))
    done = run("remind", "install", "--scheduler", "cron", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    flat = _flat(done.stdout, lang)
    assert _said("cron_timer_only", lang) in flat, done.stdout
    for key in ("cron_note", "cron_notify", "cron_notify_bus"):
        assert _said(key, lang) not in flat, f"{key}: {done.stdout}"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s26_status_offers_install_force_where_a_file_is_not_primehelps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """No timer, a primehelp-due.service primehelp did not write: plain install is refused
    there, so status offers install --force, not 「設定するには：primehelp remind install」."""
    from primehelp.remind import SERVICE

    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    env = remind_env(here)
    units = here / "xdg" / "systemd" / "user"
    units.mkdir(parents=True)
    (units / SERVICE).write_bytes(b"[Service]\nExecStart=/bin/true\n")
    assert run("remind", "install", env=env).exit_code == 2  # refused: the file is not ours
    done = run("remind", "status", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    flat = _flat(done.stdout, lang)
    assert _said("not_installed", lang) not in flat, done.stdout
    assert _said("foreign_hint", lang) in flat, done.stdout
    assert "primehelp remind install --force" in done.stdout.splitlines(), done.stdout
