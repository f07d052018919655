"""Review 43b (round 51), remind: R-minor items 2, 3, 5 and 6."""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.remind import SERVICE
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import (
    NO_CRONTAB,
    THIS_LINE,
    crontab_printing,
    remind_env,
    remind_ui,
    systemd_machine,
)


def _said(key: str, lang: str) -> str:
    return remind_ui(key)(lang)  # type: ignore[arg-type]


def _edited_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> dict[str, str]:
    """install, then the service's --lang changed to the other language by hand."""
    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    env = remind_env(here)
    assert run("remind", "install", "--lang", lang, env=env).exit_code == 0
    other = "en" if lang == "ja" else "ja"
    service = Path(env["XDG_CONFIG_HOME"]) / "systemd" / "user" / SERVICE
    text = service.read_text("utf-8").replace(f"--lang {lang}", f"--lang {other}")
    service.write_text(text, "utf-8")
    return env


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item2_no_language_note_about_a_timer_that_is_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """uninstall (and status after it) with the edited service kept: no 「タイマーによる通知は英語で
    表示されます」 and no install to run for it; status names the kept file as its row does."""
    env = _edited_service(tmp_path, monkeypatch, lang)
    note = _said("notify_lang_timer", lang)
    for action in ("uninstall", "status"):
        done = run("remind", action, "--lang", lang, env=env)
        shown = done.stdout.splitlines()
        assert note not in shown, (action, shown)
        assert f"primehelp --lang {lang} remind install" not in shown, (action, shown)
    assert _said("changed_hint", lang) in shown, shown
    assert _said("foreign_hint", lang) not in shown, shown


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item2_the_language_note_gives_the_install_that_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """The timer on and its service changed to the other language: the note stays, and the
    command it gives is one that install accepts (--force), as following it shows."""
    env = _edited_service(tmp_path, monkeypatch, lang)
    shown = run("remind", "status", "--lang", lang, env=env).stdout.splitlines()
    assert _said("notify_lang_timer", lang) in shown, shown
    command = shown[shown.index(_said("notify_lang_timer", lang)) + 1]
    assert command == f"primehelp --lang {lang} remind install --force", shown
    assert run(*command.split()[1:], env=env).exit_code == 0


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item3_cron_status_beside_the_timer_says_how_to_remove_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """status --scheduler cron with the timer on and the exact line: it opens with both, says
    「2回実行されます」 with both ways out once, and no 「タイマーを削除するには」 after it."""
    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    env = remind_env(here)
    assert run("remind", "install", "--lang", lang, env=env).exit_code == 0
    fake_tool(here / "bin", "crontab", crontab_printing(THIS_LINE))
    done = run("remind", "status", "--scheduler", "cron", "--lang", lang, env=env)
    shown = done.stdout.splitlines()
    assert _said("both_run", lang) in shown, shown
    assert _said("undo_timer", lang) not in shown, shown
    assert _said("timer_on", lang) not in shown, shown
    assert shown[1] == _said("timer_and_cron", lang), shown


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item5_uninstall_beside_a_foreign_enabled_timer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, force: bool
) -> None:
    """A timer primehelp did not write, enabled, no service: uninstall keeps it, promises no next
    run of it, and says how to stop it."""
    from primehelp.remind import TIMER, WANTS

    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    env = remind_env(here)
    units = Path(env["XDG_CONFIG_HOME"]) / "systemd" / "user"
    (units / WANTS).mkdir(parents=True)
    (units / TIMER).write_text("[Timer]\nOnCalendar=weekly\n", "utf-8")
    (units / WANTS / TIMER).symlink_to(f"../{TIMER}")
    done = run("remind", "uninstall", *(["--force"] if force else []), "--lang", lang, env=env)
    shown = done.stdout.splitlines()
    assert (units / TIMER).exists()
    assert _said("foreign_timer_kept", lang) in shown, shown
    at = shown.index(_said("foreign_timer_kept", lang))
    assert shown[at + 1] == f"systemctl --user disable --now {TIMER}", shown
    prefixes = {_said(f"next_run.{s}", lang).split("{")[0] for s in ("systemctl", "computed")}
    assert not [line for line in shown if any(line.startswith(p) for p in prefixes)], shown


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item6_two_daily_check_lines_counted_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """No systemd, the exact line twice: install opens with the count (not 「すでにあります」 and
    then 「2行あります」); uninstall says how many lines to delete."""
    import primehelp.cli.remind as command
    from tests.support.remind_env import NOW

    monkeypatch.setattr(command, "now", lambda: NOW)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "not-there")
    env = remind_env(tmp_path)
    fake_tool(tmp_path / "bin", "crontab", crontab_printing(THIS_LINE, THIS_LINE))
    shown = run("remind", "install", "--lang", lang, env=env).stdout.splitlines()
    count = remind_ui("already_in_crontab_count").format(count="2")(lang)  # type: ignore[arg-type]
    assert shown[1] == count, shown
    assert _said("already_in_crontab", lang) not in shown, shown
    in_count = remind_ui("in_crontab_count").format(count="2")(lang)  # type: ignore[arg-type]
    assert in_count not in shown, shown
    shown = run("remind", "uninstall", "--lang", lang, env=env).stdout.splitlines()
    assert in_count in shown, shown
    delete = remind_ui("cron_uninstall_count").format(count="2")(lang)  # type: ignore[arg-type]
    assert delete in shown, shown
    assert _said("cron_uninstall", lang) not in shown, shown


TIMERS = {  # a timer primehelp did not write; what it starts
    "no Unit=": ("[Timer]\nOnCalendar=weekly\n", True),
    "Unit= our service": ("[Timer]\nOnCalendar=weekly\nUnit=primehelp-due.service\n", True),
    "Unit = spaced": (
        "[Unit]\nDescription=x\n[Timer]\nOnCalendar=daily\nUnit = primehelp-due.service\n",
        True,
    ),
    "Unit= in [Unit] only": ("[Unit]\nUnit=other.service\n[Timer]\nOnCalendar=weekly\n", True),
    "another service": ("[Timer]\nOnCalendar=weekly\nUnit=other.service\n", False),
}


@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize("name", list(TIMERS))
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item5_status_a_timer_whose_service_is_missing_runs_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, name: str, enabled: bool
) -> None:
    """status beside a timer primehelp did not write that starts primehelp-due.service, which is
    not there: no next run promised, 「毎日の確認は実行されません」 and how to replace it (and,
    on, how to stop it); JSON timer_service_missing (additive). A timer starting another unit:
    primehelp cannot tell (as before)."""
    import json

    from primehelp.remind import TIMER, WANTS

    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    env = remind_env(here)
    units = Path(env["XDG_CONFIG_HOME"]) / "systemd" / "user"
    units.mkdir(parents=True)
    text, missing = TIMERS[name]
    (units / TIMER).write_text(text, "utf-8")
    if enabled:
        (units / WANTS).mkdir()
        (units / WANTS / TIMER).symlink_to(f"../{TIMER}")
    done = run("remind", "status", "--lang", lang, env=env)
    shown = done.stdout.splitlines()
    assert done.exit_code == 0, done.stdout
    prefixes = {_said(f"next_run.{s}", lang).split("{")[0] for s in ("systemctl", "computed")}
    promised = [line for line in shown if any(line.startswith(p) for p in prefixes)]
    assert (_said("service_missing", lang) in shown) is missing, shown
    stop = f"systemctl --user disable --now {TIMER}"
    if missing:
        assert not promised, shown
        at = shown.index(_said("service_missing", lang))
        assert shown[at + 1 : at + 3] == [
            _said("replace_not_ours", lang),
            "primehelp remind install --force",
        ]
        assert (stop in shown) is enabled, shown
    data = json.loads(run("remind", "status", "--json", env=env).stdout)["data"]
    assert data["timer_service_missing"] is missing, data
    assert data["enabled"] is enabled, data  # additive: the timer's own state as before
