"""Review 39b item 4: `remind status` said 「crontab に、primehelp due を実行する行があります」 with a
next run, and `remind install --scheduler cron` 「追加する必要はありません」, for a line whose
primehelp, run by cron, reads another folder than the one the date is saved in (the profile not in
the default folder, the line setting no PRIMEHELP_CONFIG_DIR): every daily check answered
「更新日が保存されていません」. Now such a line is shown with what it reads and the line to put in
its place (install's own), with no next run; a line naming the folder, or a profile in the
default folder, is the daily check. In process, systemd not running, the clock pinned."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

import pytest

import primehelp.cli.remind as command
import primehelp.cli.remind_tools as remind_tools
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import NOW, crontab_printing, remind_env, remind_ui, usable_profile

PYTHON = f"{shlex.quote(sys.executable)} -m primehelp"


def _said(key: str, lang: str, **values: str) -> str:
    return remind_ui(key).format(**values)(lang)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(command, "now", lambda: NOW)
    # this HOME is the account's, as cron gives a job (review 45b item 12: not the shell's)
    monkeypatch.setattr(remind_tools, "cron_home", lambda: os.environ.get("HOME", ""))
    return tmp_path


# prefix before the program → whether cron's primehelp reads remind_env's profile folder
PREFIXES = {
    "": False,
    "PRIMEHELP_CONFIG_DIR=$HOME/../profile": True,
    "env PRIMEHELP_CONFIG_DIR=$HOME/../profile": True,
    "PRIMEHELP_CONFIG_DIR=$HOME/../elsewhere": False,
    "XDG_CONFIG_HOME=$HOME/../xdg": False,  # the dir install names is the profile's, not xdg's
}


@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_line_reading_another_folder_is_shown_with_the_line_to_use(
    here: Path, prefix: str, lang: str
) -> None:
    line = f"0 9 * * * {prefix} {PYTHON} due --notify --lang {lang}".replace("*  ", "* ")
    fake_tool(here / "bin", "crontab", crontab_printing(line))
    reads = PREFIXES[prefix]
    # review 41b: counted only as install prints it (`env …` is not install's line)
    counted = reads and not prefix.startswith("env ")
    env = remind_env(here)
    data = run("remind", "status", "--json", "--lang", lang, env=env).json()["data"]
    [job] = data["crontab_jobs"]
    assert job["reads_saved_profile"] is reads
    assert Path(job["profile_dir"]).resolve() != (here / "profile") or reads
    assert (data["next_run"] is None) is not counted  # no reminder of the saved date comes
    assert (data["crontab_line"] is None) is counted
    status = run("remind", "status", "--lang", lang, env=env)
    assert status.exit_code == 0, status.stderr
    text = status.stdout.splitlines()
    elsewhere = _said(
        "cron_profile_elsewhere", lang, found=job["profile_dir"], saved=str(here / "profile")
    )
    assert (elsewhere in text) is not reads, text
    if not reads:  # the line install prints, which names the folder, in place of the line
        assert text[text.index(_said("cron_replace_saved", lang)) + 1] == data["crontab_line"]
        assert f"PRIMEHELP_CONFIG_DIR={here / 'profile'}" in data["crontab_line"]
        assert not any(row.startswith(("次の実行", "Next run")) for row in text)
    installed = run("remind", "install", "--scheduler", "cron", "--lang", lang, env=env)
    assert installed.exit_code == 0, installed.stderr
    text = installed.stdout.splitlines()
    assert (_said("already_in_crontab", lang) in text) is counted
    assert (elsewhere in text) is not reads


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_profile_in_the_default_folder_needs_no_folder_on_the_line(here: Path, lang: str) -> None:
    home = here / "home"
    usable_profile(home / ".config" / "primehelp")
    fake_tool(
        here / "bin", "crontab", crontab_printing(f"0 9 * * * {PYTHON} due --notify --lang {lang}")
    )
    env = {"PATH": str(here / "bin"), "HOME": str(home), "COLUMNS": "1000", "TZ": "UTC"}
    env |= {"XDG_CONFIG_HOME": "", "PRIMEHELP_CONFIG_DIR": ""}  # empty: as not set
    data = run("remind", "status", "--json", "--lang", lang, env=env).json()["data"]
    assert data["crontab_jobs"][0]["reads_saved_profile"] is True
    assert data["crontab_line"] is None and data["next_run"] is not None
    text = run("remind", "install", "--scheduler", "cron", "--lang", lang, env=env).stdout
    assert _said("already_in_crontab", lang) in text.splitlines()
