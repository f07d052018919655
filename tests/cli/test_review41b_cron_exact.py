"""Review 41b (items 1, 2, 5, 6, 7, 8, 9; the decision "never false comfort"): each round found
another crontab line running `primehelp due` that was counted as the daily check and never
reminded (no --notify, another folder, `--lang jp`, `--help`, `--today`, weekly, no bus, the
language chosen through the environment...). Now only the line `remind install --scheduler cron`
prints here (either language) counts; any other line is named as one primehelp did not write,
never counted, never given a next run, with the exact line to use instead; on install, status,
uninstall (systemd) and systemd's status, in both languages, and in the JSON (`exact`)."""

from __future__ import annotations

from pathlib import Path

import pytest

import primehelp.cli.remind as command
from primehelp.remind import TIMER
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import (
    NOW,
    THIS_LINE,
    crontab_printing,
    remind_env,
    remind_ui,
    systemd_machine,
)

TAIL = " due --notify --lang ja"
BASE = THIS_LINE.removesuffix(TAIL)
assert BASE != THIS_LINE
TIME, COMMAND = BASE[:10], BASE[10:]
assert TIME == "0 9 * * * "

# crontab text → whether it holds the daily check (exactly install's line)
VARIANTS = {
    THIS_LINE: True,
    THIS_LINE.replace("--lang ja", "--lang en"): True,  # install's line in English
    "  " + THIS_LINE.replace(" ", "   ") + "  ": True,  # whitespace aside
    f"{BASE} due --lang ja": False,  # no --notify (40b item 1)
    f"{BASE} due --notify --lang jp": False,  # item 2
    f"{BASE} due --notify --lang fr": False,
    f"{BASE} due --notify --help": False,
    f"{BASE} due --notify --lang ja --today 2026-12-01": False,
    f"{TIME}PRIMEHELP_TODAY=2026-01-01 {COMMAND}{TAIL}": False,
    f"{THIS_LINE} >/dev/null": False,
    f"{THIS_LINE} >/dev/null 2>&1": False,
    f"{THIS_LINE}; echo done": False,
    f"{BASE} due --notify --lang=ja": False,
    f"{BASE} --lang ja due --notify": False,
    f"0 9 * * 1 {COMMAND}{TAIL}": False,  # weekly
    f"30 21 * * * {COMMAND}{TAIL}": False,  # not the line install prints
    f"@daily {COMMAND}{TAIL}": False,
    f"{TIME}{COMMAND.split(' ', 1)[1]}{TAIL}": False,  # no folder: reads another one (39b 4)
    f"{TIME}PRIMEHELP_LANG=en {COMMAND}{TAIL}": False,  # item 9
    f"{TIME}LANG=en_US.UTF-8 {COMMAND}{TAIL}": False,
    f"{TIME}DBUS_SESSION_BUS_ADDRESS=unix:path=/nowhere {COMMAND}{TAIL}": False,
    f"PRIMEHELP_LANG=en\n{THIS_LINE}": False,  # a crontab setting changes what it does
    f"LANG=en_US.UTF-8\n{THIS_LINE}": False,
    f"{TIME}/nonexistent/primehelp due --notify --lang ja": False,
}


def _said(key: str, lang: str) -> str:
    return remind_ui(key)(lang)


def _crontab(here: Path, text: str) -> None:
    fake_tool(here / "bin", "crontab", crontab_printing(*text.split("\n")))


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("text", VARIANTS)
def test_only_the_line_install_prints_counts_with_cron(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, lang: str
) -> None:
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(command, "now", lambda: NOW)
    _crontab(tmp_path, text)
    env = remind_env(tmp_path)
    counted = VARIANTS[text]
    data = run("remind", "status", "--json", "--lang", lang, env=env).json()["data"]
    [job] = data["crontab_jobs"]
    assert job["exact"] is counted and job["notifies"] is counted, job
    assert (data["next_run"] is None) is not counted  # never a next run of a line not counted
    status = run("remind", "status", "--lang", lang, env=env).stdout.splitlines()
    installed = run("remind", "install", "--scheduler", "cron", "--lang", lang, env=env)
    install = installed.stdout.splitlines()
    # each screen's own line: status keeps the found line's --lang, install prints its own (46b 6)
    args = ("remind", "install", "--scheduler", "cron", "--json", "--lang", lang)
    lines = {0: data["crontab_line"], 1: run(*args, env=env).json()["data"]["crontab_line"]}
    assert (_said("already_in_crontab", lang) in install) is counted, install
    for n, screen in enumerate((status, install)):
        next_run = any(row.startswith(("次の実行", "Next run")) for row in screen)
        assert next_run is counted, screen
        replace = [i for i, row in enumerate(screen) if row.endswith(("：", "):"))]
        if counted:
            assert _said("cron_not_exact", lang) not in screen
        elif "\n" in text:  # review 56b item 1: install's line under a setting: the setting
            assert job["line"] in screen, screen  # named, not the line in place of itself
            assert job["settings_above"] and job["settings_above"][0] in "\n".join(screen)
            assert not replace or screen[replace[-1] + 1] != job["line"], screen
        else:  # the line named, and the exact line to put in place of it
            assert job["line"] in screen, screen
            assert replace and screen[replace[-1] + 1] == lines[n], screen


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("text", VARIANTS)
def test_only_the_line_install_prints_counts_with_systemd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, lang: str
) -> None:
    systemd_machine(tmp_path, monkeypatch)
    _crontab(tmp_path, text)
    env = remind_env(tmp_path)
    counted = VARIANTS[text]
    status = run("remind", "status", "--lang", lang, env=env).stdout.splitlines()
    # item 7: a counted line is the daily check; not 「設定されていません」 with install offered
    assert (_said("cron_counted_systemd", lang) in status) is counted, status
    assert (_said("not_installed", lang) in status) is not counted
    # review 56b item 1: install's line under a setting is not to be replaced by itself
    hinted = not counted and "\n" not in text
    assert (_said("cron_replace_hint", lang) in status) is hinted
    assert run("remind", "install", "--lang", lang, env=env).exit_code == 0
    # review 42b S 12: plain install beside the counted line adds no timer (the check would run
    # twice); beside any other line it sets the timer up, as before
    timer = tmp_path / "xdg" / "systemd" / "user" / TIMER
    assert timer.exists() is not counted
    # the timer written in every case (--scheduler systemd asks for it), to remove it below
    assert (
        run("remind", "install", "--scheduler", "systemd", "--lang", lang, env=env).exit_code == 0
    )
    assert timer.exists()
    removed = run("remind", "uninstall", "--lang", lang, env=env).stdout.splitlines()
    # item 1: "the check goes on with cron" only for install's own line
    assert (_said("remove_from_crontab", lang) in removed) is counted, removed
    # any other line: named, with what is wrong with it as status says it, how to stop it too,
    # and the line to use to keep a cron check (review 42b item 5, in place of
    # remove_from_crontab_unsure's 「primehelp には分かりません」 for every such line)
    assert (_said("uninstall_cron_stop", lang) in removed) is not counted, removed
    assert (_said("cron_replace_hint", lang) in removed) is hinted, removed
    if not counted:
        said = status[status.index(_said("in_crontab", lang)) + 1 : -1]  # the line, the why
        assert said and all(row in removed for row in said), (said, removed)


def test_two_lines_are_counted_and_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 8: two lines: how many, and that only the exact one counts."""
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(command, "now", lambda: NOW)
    _crontab(tmp_path, f"{THIS_LINE}\n30 21 * * * {COMMAND}{TAIL}")
    env = remind_env(tmp_path)
    for args in (("status",), ("install", "--scheduler", "cron")):
        screen = run("remind", *args, "--lang", "ja", env=env).stdout.splitlines()
        # review 42b item 6: how many said once, as its own opening sentence (not 「行が
        # あります。」 then 「…2行あります。…」), then which line counts
        opening = remind_ui("in_crontab_count").format(count="2")("ja")
        assert screen[screen.index(opening) + 1] == _said("cron_lines_counted", "ja"), screen
        assert _said("cron_not_exact", "ja") in screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s12_install_names_uninstall_once_beside_a_counted_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """S 12: with the timer on and install's own crontab line, the "runs twice" warning already
    names `primehelp remind uninstall`: no 「削除するには：…」 line after it."""
    systemd_machine(tmp_path, monkeypatch)
    env = remind_env(tmp_path)
    # the timer on first: since review 42b S 12, plain install beside that line with no timer
    # adds none (cron's screen), so the line comes after the timer, as in the review's setup
    assert run("remind", "install", "--lang", lang, env=env).exit_code == 0
    _crontab(tmp_path, THIS_LINE)
    screen = run("remind", "install", "--lang", lang, env=env).stdout.splitlines()
    assert _said("both_run", lang) in screen, screen
    assert _said("undo", lang) not in screen
