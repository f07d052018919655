"""Review 49b (remind): item 4 (the calendar hint twice on one screen), item 5 (「使える更新日を
保存しておく必要があります：」), item 17 (「cron を入れた後で」), item 21 (status recommending
``remind install --force`` where systemd does not run)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import primehelp.cli.remind as command
from primehelp.profile import PROFILE_FILE, Profile, profile_to_json
from tests.support.clihelp import fake_tool, run
from tests.support.cron_roots import CRON_STOPPED
from tests.support.remind_env import NO_CRONTAB, calendar_hint, remind_env, remind_ui


def _flat(text: str, lang: str) -> str:
    return "".join(text.split()) if lang == "ja" else " ".join(text.split())


def _stopped_cron_no_notifier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The usual WSL/container case: a crontab command, no cron daemon, no notify-send."""
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_STOPPED)
    fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
    env = remind_env(tmp_path)
    (tmp_path / "bin" / "notify-send").unlink()
    return env


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("args", [("status",), ("install",), ("install", "--scheduler", "cron")])
def test_4_the_calendar_hint_is_said_once_after_both_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, args: tuple[str, ...]
) -> None:
    env = _stopped_cron_no_notifier(tmp_path, monkeypatch)
    done = run("remind", *args, "--lang", lang, env=env)
    calendar = _flat(calendar_hint(lang), lang)  # the saved date named (review 64b item 1)
    stopped = _flat(remind_ui("cron_not_running")(lang), lang)  # type: ignore[arg-type]
    shown = _flat(done.stdout, lang)
    assert stopped in shown and "notify-send" in shown, done.stdout
    assert shown.count(calendar) == 1, done.stdout
    assert shown.index(calendar) > shown.rindex("notify-send"), done.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("saved", [None, dt.date(2026, 11, 20)])
def test_5_the_date_to_save_is_said_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, saved: dt.date | None
) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()  # remind_env saves a usable profile only where there is no folder
    if saved is not None:
        (profile / PROFILE_FILE).write_bytes(profile_to_json(Profile(saved)))
    env = {**_stopped_cron_no_notifier(tmp_path, monkeypatch), "PRIMEHELP_TODAY": "2026-12-06"}
    done = run("remind", "status", "--lang", lang, env=env)
    assert done.exit_code == 1, done.stderr  # cron stopped, no notifier (review 60b item 9)
    lead = remind_ui("save_again_before_set_up" if saved else "save_before_set_up")(lang)  # type: ignore[arg-type]
    assert lead in done.stdout, done.stdout
    assert "使える更新日" not in done.stdout and "：\n更新日" not in done.stdout
    if lang == "ja":
        assert lead == (  # nothing saved: why, then what to save (review 53b item 6)
            "毎日の確認でお知らせするには、次の更新日を保存し直す必要があります。"
            if saved
            else "更新日が保存されていないため、毎日の確認を設定しても、更新日をお知らせできません。"
        )


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_17_cron_missing_says_install_cron_first(tmp_path: Path, lang: str) -> None:
    env = remind_env(tmp_path)  # no crontab, no systemctl
    done = run("remind", "install", "--scheduler", "cron", "--lang", lang, env=env)
    missing = remind_ui("cron_missing")(lang)  # type: ignore[arg-type]
    assert _flat(missing, lang) in _flat(done.stdout + done.stderr, lang)
    if lang == "ja":
        assert "入れた後で" not in missing
        assert "cronをインストールしてから、もう一度" in missing and missing.endswith(
            "表示されます。"
        )


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("scheduler", [(), ("--scheduler", "systemd")])
def test_21_no_install_force_where_systemd_does_not_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, scheduler: tuple[str, ...]
) -> None:
    env = remind_env(tmp_path)
    fake_tool(tmp_path / "bin", "systemctl", "#!/bin/sh\nexit 1\n")
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "not-there")
    units = tmp_path / "xdg" / "systemd" / "user"
    units.mkdir(parents=True)
    (units / "primehelp-due.timer").write_text("[Timer]\n")
    done = run("remind", "status", *scheduler, "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    assert "install --force" not in done.stdout, done.stdout
    if scheduler:
        shown = _flat(done.stdout, lang)
        unusable = remind_ui("systemd_unusable.not_running")(lang)  # type: ignore[arg-type]
        assert _flat(unusable, lang) in shown, done.stdout
        unused = remind_ui("unit_files_unused")(lang)  # type: ignore[arg-type]
        assert _flat(unused, lang) in shown, done.stdout
