"""Review 28b (a Japanese reader), remind: items 2 and 8.

In process, with fake ``crontab`` / ``systemctl`` on a PATH of their own (tests/support/clihelp
``fake_tool``; the fake systemctl makes and removes the link ``enable`` / ``disable`` would, and
logs its arguments), a temporary HOME and XDG_CONFIG_HOME, ``SYSTEMD_RUNNING`` pointed at a folder
that is (or is not) there, and the clock (``now``) pinned."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import primehelp.cli.remind as command
from primehelp.remind import SERVICE, TIMER, WANTS
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import (
    NO_CRONTAB,
    remind_env,
    remind_lines,
    systemd_machine,
)

BROKEN_CRONTAB = "#!/bin/sh\necho 'crontab: permission denied' >&2\nexit 1\n"
EARLIER = {"ja": "systemdのタイマー（以前の設定）：", "en": "systemd timer (set up earlier):"}
LEFT = {"ja": "systemdのタイマーのファイルも残っています。", "en": "The systemd timer's files"}
UNDO = {
    "ja": "削除するには：`primehelp remind uninstall`",
    "en": "To remove it: `primehelp remind uninstall`",
}
UNDO_TIMER = {  # on cron's screen with the timer on, it names the timer (review 41b item 6)
    "ja": "タイマーを削除するには：`primehelp remind uninstall`",
    "en": "To remove the timer: `primehelp remind uninstall`",
}
ON = {  # said first since review 29b item 2
    "ja": "毎日の確認はsystemdのタイマーで行われています。",  # review 33b S 10
    "en": "The daily check runs from the systemd timer.",
}
KEPT_ON = {
    "ja": "systemdのタイマーは削除していません。有効なままで、毎日の確認はこちらで実行されます。",
    "en": "The systemd timer was not removed: it is still on and runs the daily check.",
}
UNREAD = {
    "ja": "`crontab` を読み込めませんでした（コマンドがないか、実行に失敗しました）。",
    "en": "Could not read the crontab (no crontab command, or running it failed).",
}


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """systemd running, a systemctl that enables, the clock pinned, no crontab yet."""
    return systemd_machine(tmp_path, monkeypatch)


def _remind(here: Path, *args: str, lang: str = "ja") -> list[str]:
    return remind_lines(here, *args, lang=lang)


def _json(here: Path, *args: str) -> dict[str, Any]:
    done = run("remind", *args, "--json", env=remind_env(here))
    assert done.exit_code == 0, done.stderr
    data: dict[str, Any] = done.json()["data"]
    return data


def _units(here: Path) -> Path:
    return here / "xdg" / "systemd" / "user"


def _installed(here: Path, *, enabled: bool = True) -> None:
    """`remind install` (systemd, as chosen where it runs): the timer written and on."""
    _remind(here, "install")
    assert (_units(here) / WANTS / TIMER).is_symlink()
    if not enabled:
        (_units(here) / WANTS / TIMER).unlink()
    (here / "systemctl.log").unlink()


# ---------------------------------------------------------------- item 2: the timer that runs


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_uninstall_with_cron_where_systemd_runs_leaves_the_timer_on_and_says_so(
    here: Path, lang: str
) -> None:
    """`uninstall --scheduler cron` disabled and removed the running timer, naming it
    「systemd のタイマー（以前の設定）」: the daily check stopped without the screen saying so."""
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    _installed(here)
    shown = _remind(here, "uninstall", "--scheduler", "cron", lang=lang)
    assert (_units(here) / TIMER).is_file() and (_units(here) / SERVICE).is_file()
    assert (_units(here) / WANTS / TIMER).is_symlink()  # still on
    log = (here / "systemctl.log").read_text() if (here / "systemctl.log").exists() else ""
    assert "disable" not in log and "daemon-reload" not in log
    assert EARLIER[lang] not in shown
    assert shown[-2:] == [KEPT_ON[lang], UNDO[lang]], shown
    data = _json(here, "uninstall", "--scheduler", "cron")  # JSON says the same
    assert data["enabled"] is True
    assert [(u["state"], u["change"]) for u in data["units"]] == [("ours", "left_alone")] * 2


def test_2_uninstall_with_cron_where_systemd_runs_keeps_files_not_enabled_too(
    here: Path,
) -> None:
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    _installed(here, enabled=False)
    shown = _remind(here, "uninstall", "--scheduler", "cron")
    assert (_units(here) / TIMER).is_file()
    assert shown[-2:] == [
        "systemdのタイマーのファイルは削除していません（有効になっていません）。",
        UNDO["ja"],
    ]
    english = _remind(here, "uninstall", "--scheduler", "cron", lang="en")
    assert english[-2] == "The systemd timer's files were not removed (the timer is not on)."


@pytest.mark.parametrize("crontab", [NO_CRONTAB, None])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_status_with_cron_names_the_enabled_timer_as_on(
    here: Path, crontab: str | None, lang: str
) -> None:
    """「systemdのタイマーのファイルも残っています。」 for the timer that runs the daily check."""
    if crontab is not None:
        fake_tool(here / "bin", "crontab", crontab)
    _installed(here)
    shown = _remind(here, "status", "--scheduler", "cron", lang=lang)
    assert shown[1] == ON[lang] and shown[-1] == UNDO_TIMER[lang], shown
    assert not any(line.startswith(LEFT[lang]) for line in shown)
    # systemd works here and its timer is on: not offered again (「cron が使えない場合は…」)
    assert "`primehelp remind install --scheduler systemd`" not in shown
    assert _json(here, "status", "--scheduler", "cron")["enabled"] is True


def test_2_status_with_cron_where_systemd_runs_files_not_enabled(here: Path) -> None:
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    _installed(here, enabled=False)
    shown = _remind(here, "status", "--scheduler", "cron")
    assert shown[-2:] == [
        "systemdのタイマーのファイルはありますが、有効になっていません。",
        UNDO["ja"],
    ]
    english = _remind(here, "status", "--scheduler", "cron", lang="en")
    assert english[-2] == "The systemd timer's files are there, but the timer is not on."


def test_2_where_systemd_does_not_run_an_enabled_timer_is_not_a_leftover(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enabled, but systemd no longer runs: it does not run, and it is not called 「残っています」;
    files not enabled there are still the earlier setup (review 25b S 5), and uninstall removes
    them, as before."""
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    _installed(here)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", here / "no-such-dir")
    shown = _remind(here, "status")
    assert shown[-2:] == [
        "systemdのタイマーは有効になっていますが、このコンピューターではsystemdが使えないため、"
        "実行されません。",
        UNDO["ja"],
    ]
    english = _remind(here, "status", lang="en")
    assert english[-2] == (
        "The systemd timer is turned on, but systemd cannot be used on this computer, "
        "so it does not run."
    )
    (_units(here) / WANTS / TIMER).unlink()
    assert _remind(here, "status")[-2:] == [LEFT["ja"], UNDO["ja"]]
    gone = _remind(here, "uninstall", "--scheduler", "cron")
    assert gone[1] == EARLIER["ja"] and not (_units(here) / TIMER).exists()


# ---------------------------------------------------------------- item 8: cron where it is not used


@pytest.mark.parametrize("crontab", [None, BROKEN_CRONTAB])
@pytest.mark.parametrize("installed", [False, True])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_a_systemd_screen_does_not_say_the_crontab_could_not_be_read(
    here: Path, crontab: str | None, installed: bool, lang: str
) -> None:
    """「crontab を読み込めませんでした（コマンドがないか、実行に失敗しました）。」 on `status`
    where systemd runs and cron is not used: it read like a fault."""
    if crontab is not None:
        fake_tool(here / "bin", "crontab", crontab)
    if installed:
        _installed(here)
    for args in (("status",), ("install",), ("uninstall",)):
        shown = _remind(here, *args, lang=lang)
        assert shown[0] in (
            "毎日の確認（systemdのユーザータイマー）",
            "Daily check (systemd user timer)",
        )
        assert UNREAD[lang] not in shown, (args, shown)
        assert not any("crontab" in line for line in shown), (args, shown)


def test_8_a_crontab_line_is_still_named_on_the_systemd_screen(here: Path) -> None:
    """The check said twice a day (the timer and a crontab line) stays visible."""
    fake_tool(here / "bin", "crontab", "#!/bin/sh\necho '0 9 * * * primehelp due --notify'\n")
    assert "`crontab` には、`primehelp due` を実行する行があります。" in _remind(here, "status")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_cron_asked_about_still_says_it_could_not_read_the_crontab(here: Path, lang: str) -> None:
    fake_tool(here / "bin", "crontab", BROKEN_CRONTAB)
    assert UNREAD[lang] in _remind(here, "uninstall", "--scheduler", "cron", lang=lang)
    status = _remind(here, "status", "--scheduler", "cron", lang=lang)
    assert status[1].startswith(("cronの設定を確認できませんでした", "Could not check the cron"))
