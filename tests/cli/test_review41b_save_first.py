"""Review 41b S 13: `remind status` with no daily check set up and no usable saved date said
「その前に、毎日の確認で使える更新日の保存が必要です：」 right after 「crontab に、primehelp due を
実行する行はありません。」 (or after the timer's files, or the no-notifier advice): 「その前に」 then
pointed at that sentence. The line now stands on its own, on every screen that shows it."""

from __future__ import annotations

from pathlib import Path

import pytest

import primehelp.cli.remind as command
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import NO_CRONTAB, NOW, remind_env, systemd_machine

# Review 53b (commit 9172ebe8): status with nothing saved says why first, then what to save once;
# the line that leads is now the reason (was 「毎日の確認でお知らせするには」).
LEAD = {"ja": "更新日が保存されていないため、", "en": "No renewal date is saved, so"}
BACK_REFERENCES = ("その", "それ", "この", "Before that", "Before this", "Then")


@pytest.mark.parametrize("scheduler", ["cron", "systemd"])
@pytest.mark.parametrize("machine", ["cron", "systemd"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_save_first_line_stands_on_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str, machine: str, lang: str
) -> None:
    if machine == "systemd":
        systemd_machine(tmp_path, monkeypatch)
    else:
        fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
        monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
        monkeypatch.setattr(command, "now", lambda: NOW)
    env = {**remind_env(tmp_path), "PRIMEHELP_TODAY": "2026-12-05"}
    (Path(env["PRIMEHELP_CONFIG_DIR"]) / "profile.json").unlink()  # nothing saved
    shown = run("remind", "status", "--scheduler", scheduler, "--lang", lang, env=env)
    assert shown.exit_code == 0, shown.stderr
    lines = shown.stdout.splitlines()
    (at,) = [i for i, line in enumerate(lines) if line.startswith(LEAD[lang])]
    assert at > 0
    assert not lines[at].startswith(BACK_REFERENCES)
    assert not any("その前に" in line or "Before that" in line for line in lines)
