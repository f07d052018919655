"""Review 63b R-minor 5, the rest (round 64): the remind screens (and `due --notify`) wrote a space
between a Latin name and a Japanese particle (「cron を起動してください」「systemd の」「crontab に」
「notify-send は libnotify に含まれる」). House rule: a name of a system or package (cron, systemd,
WSL, libnotify, primehelp) is written without spaces (「cronを起動してください」); a command the
member runs is in backticks with a space each side (`crontab`, `systemctl`, `notify-send`); a
command printed alone on its own line to be copied stays bare (review 23b item 3). English keeps
its spaces."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from primehelp.facts import labels
from tests.support.clihelp import fake_tool, joined, lang_run, run
from tests.support.cron_roots import CRON_STOPPED
from tests.support.remind_env import (
    NO_CRONTAB,
    crontab_printing,
    remind_env,
    systemd_machine,
)

JAPANESE = r"[\u3040-\u30ff\u3400-\u9fff]"
NAMES = (
    r"(?:cron|systemd|WSL|libnotify(?:-bin)?|Debian|Ubuntu|primehelp(?:-due\.\w+)?|XDG_CONFIG_HOME)"
)
SPACED = re.compile(
    rf"(?<![\w`-]){NAMES} (?={JAPANESE})|(?<={JAPANESE}) {NAMES}(?![\w-])", re.ASCII
)
# a command name outside backticks (not 「crontab -e」, which is always in backticks)
BARE_COMMAND = re.compile(r"(?<![\w`-])(?:crontab|systemctl|notify-send|\{tool\})(?![\w`-])")


def _outside_backticks(text: str) -> str:
    return "".join(part for n, part in enumerate(re.split(r"(`[^`]*`)", text)) if n % 2 == 0)


@pytest.mark.parametrize("file", ["ui_remind", "ui_remind_cron"])
def test_no_space_between_a_name_and_japanese_in_the_remind_texts(file: str) -> None:
    for key, text in labels(file).items():
        ja = text.ja
        assert not SPACED.search(ja), (key, ja)
        assert not BARE_COMMAND.search(_outside_backticks(ja)), (key, ja)


def test_the_japanese_texts_read_as_the_house_writes_them() -> None:
    remind = labels("ui_remind")
    assert remind["no_notifier_libnotify"].ja == (
        "`notify-send` はlibnotifyに含まれるコマンドです（Debian・Ubuntuではlibnotify-binパッケージ）。"
    )
    assert remind["no_notifier_libnotify"].en == (
        "notify-send is part of libnotify (the libnotify-bin package on Debian and Ubuntu)."
    )
    assert remind["title_systemd"].ja == "毎日の確認（systemdのユーザータイマー）"
    assert "`{tool}` をインストールすると" in remind["no_notifier"].ja
    cron = labels("ui_remind_cron")
    assert (
        "cronを起動してください。たとえばWSLでは、次のコマンドで起動します："
        in cron["cron_not_running"].ja
    )


@pytest.fixture
def stopped_cron(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """No systemd, a crontab without the line, and no cron daemon running."""
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_STOPPED)
    fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
    return remind_env(tmp_path)


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_cron_not_running_names_cron_and_wsl_plainly(
    stopped_cron: dict[str, str], columns: int
) -> None:
    done = run("remind", "status", "--lang", "ja", env={**stopped_cron, "COLUMNS": str(columns)})
    lines = done.stdout.splitlines()
    flat = joined(done.stdout)
    assert "cronを起動してください。たとえばWSLでは、次のコマンドで起動します：" in flat, (
        done.stdout
    )
    assert "sudo service cron start" in lines  # bare, on its own line (review 23b item 3)
    assert "`crontab` には、`primehelp due` を実行する行がありません。" in flat
    assert not any(line != line.rstrip() for line in lines), done.stdout
    assert not any(line.endswith(("WS", "cro", "syste", "cr", "crontab`")) for line in lines)
    en = run("remind", "status", "--lang", "en", env={**stopped_cron, "COLUMNS": str(columns)})
    assert "sudo service cron start" in en.stdout.splitlines()
    assert "cron" in en.stdout and "`crontab`" not in en.stdout


def test_no_notifier_names_the_command_in_backticks_and_the_package_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = remind_env(systemd_machine(tmp_path, monkeypatch), columns=80)
    (tmp_path / "bin" / "notify-send").unlink()
    monkeypatch.setattr(sys, "platform", "linux")
    ja = joined(run("remind", "install", "--lang", "ja", env=env).stdout)
    assert "デスクトップ通知を表示するコマンド（`notify-send`）" in ja, ja
    assert "`notify-send` をインストールすると、通知が表示されるようになります。" in ja, ja
    assert "`notify-send` はlibnotifyに含まれるコマンドです（Debian・Ubuntuではlibnotify-bin" in ja
    assert "毎日の確認（systemdのユーザータイマー）" in ja
    en = run("remind", "install", "--lang", "en", env=env).stdout
    assert "notify-send is part of libnotify" in " ".join(en.split())


def test_due_notify_names_the_missing_command_in_backticks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = remind_env(tmp_path)
    (tmp_path / "bin" / "notify-send").unlink()
    monkeypatch.setattr(sys, "platform", "linux")
    done = run("due", "--notify", "--lang", "ja", env=env)
    assert "デスクトップ通知を表示するコマンド（`notify-send`）が見つからないため" in done.stderr


def test_crontab_lines_screen_writes_primehelp_and_cron_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_STOPPED)
    fake_tool(tmp_path / "bin", "crontab", crontab_printing("30 7 * * * primehelp due --notify"))
    done = run("remind", "status", "--lang", "ja", env=remind_env(tmp_path, columns=80))
    flat = joined(done.stdout)
    assert "primehelpは `crontab` を変更" not in flat or "は primehelp" not in flat
    assert not SPACED.search(flat.replace("sudo service cron start", "")), done.stdout


def test_other_screens_name_environment_variables_and_commands_the_same_way(
    tmp_path: Path,
) -> None:
    env = {"PRIMEHELP_TODAY": "2026-11-20", "HOME": str(tmp_path)}
    env["PRIMEHELP_CONFIG_DIR"] = str(tmp_path / "config")
    ja = joined(lang_run("renewal", "2026-12-31", "--explain", env=env, columns=80).stdout)
    assert "「今日」は環境変数PRIMEHELP_TODAYで指定した日付" in ja, ja
    calendar = labels("ui_calendar")
    assert any("`git pull` を実行してから" in text.ja for text in calendar.values())
    statement = labels("ui_statement")
    assert any("UTF-8でもShift_JISでもない" in text.ja for text in statement.values())
