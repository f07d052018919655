"""Review 27b (a Japanese reader), remind: items 1, 5, 10 and 15.

In process, with fake ``crontab`` / ``systemctl`` on a PATH of their own, a temporary HOME and
XDG_CONFIG_HOME, ``SYSTEMD_RUNNING`` pointed at a folder that is (or is not) there, and the
clock (``now``) pinned to 2026-12-04 10:00 UTC: the next 09:00 is 2026-12-05."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

import primehelp.cli.remind as command
from tests.support import golden
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import remind_env, remind_lines, remind_ui

NO_CRONTAB = "#!/bin/sh\necho 'no crontab for member' >&2\nexit 1\n"
SYSTEMCTL = "#!/bin/sh\nexit 0\n"
NOW = dt.datetime(2026, 12, 4, 10, 0, tzinfo=dt.UTC)
# Review 27b item 5: where no crontab command exists, cron cannot run the line.
NO_CRON_JA = (
    "このコンピューターには `crontab` コマンドがないため、cronでは毎日の確認を設定できません。"
)
NO_CRON_EN = "This computer has no crontab command, so the daily check cannot be set up with cron."


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """systemd not running, the clock pinned, nothing on PATH yet."""
    (tmp_path / "bin").mkdir()
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(command, "now", lambda: NOW)
    return tmp_path


def _nothing_set_up(args: tuple[str, ...], here: Path) -> bool:
    """install with no crontab command where cron is chosen: nothing set up, exit 1 (34b S 13)."""
    return args[0] == "install" and not (here / "bin" / "crontab").exists()


def _remind(here: Path, *args: str, lang: str = "ja", columns: int = 1000) -> list[str]:
    if not _nothing_set_up(args, here):
        return remind_lines(here, *args, lang=lang, columns=columns)
    done = run("remind", *args, "--lang", lang, env=remind_env(here, columns))
    assert done.exit_code == 1, done.stderr
    return done.stdout.splitlines()


def _json(here: Path, *args: str) -> dict[str, Any]:
    done = run("remind", *args, "--json", env=remind_env(here))
    assert done.exit_code == (1 if _nothing_set_up(args, here) else 0), done.stderr
    data: dict[str, Any] = done.json()["data"]
    return data


# ---------------------------------------------------------------- item 5: no crontab command


def test_5_cron_asked_for_without_a_crontab_command_gives_no_line_and_no_next_run(
    here: Path,
) -> None:
    """「次の行を crontab に追加してください（`crontab -e`）」 and 「次は…に実行されます」 where no
    crontab command exists (status and plain install said cron cannot be set up there): now
    why, how to get the line once cron is installed, and what works instead, as status says."""
    fake_tool(here / "bin", "systemctl", SYSTEMCTL)  # there, but systemd is not running
    shown = _remind(here, "install", "--scheduler", "cron")
    text = "\n".join(shown)
    assert shown[0] == "毎日の確認（cron）"
    assert shown[1].startswith(NO_CRON_JA)
    assert "0 9 * * *" not in text and "に実行されます" not in text and "次の実行" not in text
    assert "crontab -e" not in text  # nothing to add here
    assert shown[2:] == [  # cron asked for: systemd not explained (review 62b S 11)
        "カレンダーアプリで更新日のお知らせを受けるには、`primehelp renewal --ics prime.ics` を実行して、"
        "保存した更新日（2025年1月10日、月間プラン）の予定を書き出してください。",  # 64b 1
    ]
    english = _remind(here, "install", "--scheduler", "cron", lang="en")
    assert english[1].startswith(NO_CRON_EN)
    assert "0 9 * * *" not in "\n".join(english) and "next runs" not in "\n".join(english)


def test_5_without_a_crontab_command_systemd_is_offered_where_it_runs(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_tool(here / "bin", "systemctl", SYSTEMCTL)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", here)  # systemd runs
    shown = _remind(here, "install", "--scheduler", "cron")
    assert shown[1].startswith(NO_CRON_JA)
    assert shown[2:] == [
        "代わりにsystemdで設定できます：",
        "primehelp remind install --scheduler systemd",
    ]
    english = _remind(here, "install", "--scheduler", "cron", lang="en")
    assert english[2:] == [
        "You can set it up with systemd instead:",
        "primehelp remind install --scheduler systemd",
    ]


@pytest.mark.parametrize("args", [("install", "--scheduler", "cron"), ("install",)])
def test_5_json_has_no_next_run_and_no_line_where_nothing_can_run_it(
    here: Path, args: tuple[str, ...]
) -> None:
    """--json said 「next_run: 2026-12-05T09:00」 where the screen says nothing can be set up."""
    data = _json(here, *args)
    assert data["scheduler"] == "cron"
    assert data["next_run"] is None and data["next_run_source"] is None
    assert data["crontab_line"] is None and data["in_crontab"] is None


def test_5_with_a_crontab_command_the_line_and_its_next_run_stay(here: Path) -> None:
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    data = _json(here, "install", "--scheduler", "cron")
    assert data["crontab_line"].startswith("0 9 * * * ")
    assert data["next_run"] == "2026-12-05T09:00:00+00:00"
    shown = _remind(here, "install", "--scheduler", "cron")
    assert shown[2] == "cronを使う場合は、次の行を `crontab` に追加してください（`crontab -e`）："
    assert NO_CRON_JA not in "\n".join(shown)


# ---------------------------------------------------------------- item 1: 「ロ│グイン」


def _enabled_status(lang: str = "ja") -> list[golden.Call]:
    """The golden list's ``remind status`` with the timer on (systemd running, the link
    ``systemctl enable`` makes), as text in ``lang``."""
    return [
        call
        for call in golden.command_calls()
        if call.links
        and call.systemd_running
        and call.args[:3] == ("remind", "status", "--lang")
        and call.args[-1] == lang
        # not the timer whose program is gone (review 44b item 1: no daily check runs there)
        and not any(b"/nonexistent/" in data for data in call.files.values())
    ]


@pytest.mark.parametrize("columns", [40, 60, 80, 120])
def test_1_the_timer_on_screen_keeps_login_whole(columns: int) -> None:
    """「…次のロ│グイン時に実行します。」 at 80: the screen was not in the golden list, so the
    phrase data did not cover it (BudouX keeps 「ログイン時に」 whole)."""
    (call,) = _enabled_status()
    shown = golden.transcript(dataclasses.replace(call, env={**call.env, "COLUMNS": str(columns)}))
    assert "ログイン" in shown, shown  # whole, on one line


# ---------------------------------------------------------------- item 10: one name for the clock


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_10_the_help_names_the_clock_as_the_screens_do(lang: str) -> None:
    """「毎日 9:00（このコンピューターの時刻）に」 in --help, 「（このコンピューターの時計、UTC）」 on
    the screens: one thing, two names."""
    clock = remind_ui("clock")(lang)  # the screens' name: 「このコンピューターの時計」
    helped = " ".join(run("remind", "--help", "--lang", lang).stdout.split())
    if lang == "ja":  # a line may end anywhere in Japanese: no space where it did
        assert f"9:00（{clock}）に" in helped.replace(" ", "")
    else:
        assert f"at 09:00 ({clock})" in helped
    assert "このコンピューターの時刻" not in helped


# ---------------------------------------------------------------- item 15: what is on


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_15_the_timer_on_says_what_is_on(lang: str) -> None:
    """「有効です。」 opened the sentence with no subject, under a list of file paths; now the
    daily check is named, and the rule for a missed 09:00 is a sentence of its own."""
    (call,) = _enabled_status(lang)
    lines = golden.transcript(dataclasses.replace(call, env={**call.env, "COLUMNS": "1000"}))
    said = [line for line in lines.splitlines() if "9:00" in line and "次の実行" not in line]
    if lang == "ja":
        assert said == [
            "毎日の確認は有効です。毎日9:00に実行します。"
            "9:00にコンピューターが動いていなかった日は、次のログイン時に実行します。"
        ]
    else:
        assert [line for line in said if not line.startswith("Next run")] == [
            "The daily check is on: it runs every day at 09:00, "
            "and at your next login when 09:00 was missed."
        ]
