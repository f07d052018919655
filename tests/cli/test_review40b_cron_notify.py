"""Review 40b item 1: a crontab line running this primehelp's `due` without `--notify` (its output
to cron's mail, or thrown away with `>/dev/null`) shows the member nothing, yet `remind install
--scheduler cron` said 「追加する必要はありません」 and `remind status` gave a next run. Now such a
line is one to replace: said, with install's line in its place, no next run; the crontab job's
JSON says `notifies: false`. A line with `--notify` notifies whatever becomes of its output (the
notification is no output), so it stays the daily check. In process, systemd not running, the
clock pinned (tests/support/remind_env)."""

from __future__ import annotations

from pathlib import Path

import pytest

import primehelp.cli.remind as command
from primehelp.remind_cron import cron_jobs
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import NOW, THIS_LINE, crontab_printing, remind_env, remind_ui

# what follows `due` on the line (THIS_LINE's `--notify --lang ja` taken off)
REDIRECTS = ("", " >/dev/null", " 2>&1 >/dev/null", " >/dev/null 2>&1", " > /dev/null 2>/dev/null")
BASE = THIS_LINE.removesuffix(" due --notify --lang ja")
assert BASE != THIS_LINE


def _said(key: str, lang: str) -> str:
    return remind_ui(key)(lang)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(command, "now", lambda: NOW)
    return tmp_path


@pytest.mark.parametrize("redirect", REDIRECTS)
@pytest.mark.parametrize("notify", [False, True])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_line_without_notify_is_one_to_replace(
    here: Path, redirect: str, notify: bool, lang: str
) -> None:
    line = f"{BASE} due{' --notify' if notify else ''} --lang {lang}{redirect}"
    fake_tool(here / "bin", "crontab", crontab_printing(line))
    env = remind_env(here)
    data = run("remind", "status", "--json", "--lang", lang, env=env).json()["data"]
    [job] = data["crontab_jobs"]
    assert job["notify_option"] is notify and job["lang"] == lang
    # review 41b: a redirect makes it another line than install's: not counted, to replace
    notify = notify and not redirect
    assert job["notifies"] is notify
    assert (data["next_run"] is None) is not notify  # no reminder shows: no next run
    assert (data["crontab_line"] is None) is notify  # the line to use in its place
    status = run("remind", "status", "--lang", lang, env=env)
    assert status.exit_code == 0, status.stderr
    text = status.stdout.splitlines()
    assert (_said("cron_no_notify", lang) in text) is (" --notify" not in line), text
    if " --notify" not in line:
        assert text[text.index(_said("cron_replace_notify", lang)) + 1] == data["crontab_line"]
        assert " due --notify " in data["crontab_line"]
        assert not any(row.startswith(("次の実行", "Next run")) for row in text)
    installed = run("remind", "install", "--scheduler", "cron", "--lang", lang, env=env)
    assert installed.exit_code == 0, installed.stderr
    text = installed.stdout.splitlines()
    assert (_said("already_in_crontab", lang) in text) is notify, text
    assert (_said("cron_no_notify", lang) in text) is (" --notify" not in line)
    assert (_said("cron_replace_notify", lang) in text) is (" --notify" not in line)
    assert (_said("cron_not_exact", lang) in text) is (not notify and " --notify" in line)


# a crontab command → whether its `due` notifies, and the --lang it names
OPTIONS = {
    "/p/primehelp due": (False, None),
    "/p/primehelp due --notify": (True, None),
    "/p/primehelp --lang en due --notify": (True, "en"),
    "/p/primehelp --lang=ja due": (False, "ja"),
    "/p/primehelp due --lang ja --notify >/dev/null 2>&1": (True, "ja"),
    "/p/primehelp due --lang en >/dev/null; echo --notify": (False, "en"),  # echo's, not due's
    "/p/primehelp --json due --verbose 2>&1 | logger": (False, None),
    "python -m primehelp due --within 5 --notify --lang=en": (True, "en"),
}


@pytest.mark.parametrize("command_text", OPTIONS)
def test_notify_and_lang_are_read_from_the_due_command(command_text: str) -> None:
    [job] = cron_jobs(f"0 9 * * * {command_text}")
    assert (job.notifies, job.lang) == OPTIONS[command_text]
