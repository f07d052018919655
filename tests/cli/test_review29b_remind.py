"""Review 29b (a Japanese reader), remind: items 2 and 5, and S 15.

In process, with fake ``crontab`` / ``systemctl`` on a PATH of their own (tests/support/clihelp
``fake_tool``), a temporary HOME and XDG_CONFIG_HOME, ``SYSTEMD_RUNNING`` pointed at a folder that
is (or is not) there, and the clock (``now``) pinned."""

from __future__ import annotations

from pathlib import Path

import pytest

import primehelp.cli.remind as command
from primehelp.remind import TIMER, WANTS
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import (
    NO_CRONTAB,
    remind_lines,
    systemd_machine,
)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """systemd running, a systemctl that enables, the clock pinned."""
    return systemd_machine(tmp_path, monkeypatch)


def _remind(here: Path, *args: str, lang: str = "ja") -> list[str]:
    return remind_lines(here, *args, lang=lang)


# ---------------------------------------------------------------- item 2: the timer runs it


TIMER_RUNS = {
    "ja": "毎日の確認はsystemdのタイマーで行われています。",  # review 33b S 10
    "en": "The daily check runs from the systemd timer.",
}
NOT_NEEDED = {
    "ja": "`crontab` に行を追加する必要はありません（追加すると、毎日の確認が2回実行されます）。",
    "en": "There is no need to add a cron line (with one, the daily check would run twice).",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_status_with_cron_says_first_that_the_timer_runs_the_check(here: Path, lang: str) -> None:
    """The screen said to add the cron line (「`crontab -e` で crontab に追加してください」), and only
    after it that systemd already runs the check: following it ran the check twice a day."""
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    _remind(here, "install")  # systemd, as chosen where it runs: the timer written and on
    shown = _remind(here, "status", "--scheduler", "cron", lang=lang)
    assert shown[1] == TIMER_RUNS[lang], shown
    assert NOT_NEEDED[lang] in shown
    assert not any("`crontab -e`" in line for line in shown), shown
    assert "`primehelp remind install --scheduler cron`" not in "\n".join(shown)


def test_2_status_with_cron_still_offers_the_line_when_the_timer_is_off(here: Path) -> None:
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    _remind(here, "install")
    (here / "xdg" / "systemd" / "user" / WANTS / TIMER).unlink()
    shown = _remind(here, "status", "--scheduler", "cron")
    assert TIMER_RUNS["ja"] not in shown and NOT_NEEDED["ja"] not in shown
    assert any("`crontab -e`" in line for line in shown), shown


# ---------------------------------------------------------------- item 5: no crontab command


ABSENT = {
    "ja": "このコンピューターには `crontab` コマンドがないため、`crontab` に `primehelp due` を実行する行はありません。",
    "en": "This computer has no crontab command, so no crontab line runs `primehelp due`.",
}
NOTHING = {
    "ja": "このコンピューターには `crontab` コマンドがなく、primehelpが設定した毎日の確認も見つからないため、削除するものはありません。",
    "en": "This computer has no crontab command and no daily check set up by primehelp was found, so there is nothing to remove.",
}


@pytest.mark.parametrize("scheduler", [(), ("--scheduler", "cron")])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_uninstall_without_crontab_names_the_cause_and_no_crontab_e(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: tuple[str, ...], lang: str
) -> None:
    """No crontab (nor systemctl) on PATH: 「crontab を読み込めませんでした（コマンドがないか、実行に
    失敗しました）」, then 「`crontab -e` で…削除してください」, a command that is not there."""
    (tmp_path / "bin").mkdir()
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    shown = _remind(tmp_path, "uninstall", *scheduler, lang=lang)
    assert shown[1:] == [NOTHING[lang]], shown  # one sentence since review 52b item 21
    assert not any("`crontab -e`" in line for line in shown), shown


def test_5_uninstall_without_crontab_still_names_the_timer_it_removed(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An earlier timer (systemd no longer runs) is removed and named; no 「削除するものは
    ありません」 after it."""
    _remind(here, "install")
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", here / "no-such-dir")
    shown = _remind(here, "uninstall")
    assert ABSENT["ja"] in shown and NOTHING["ja"] not in shown, shown
    assert any(line.endswith("削除しました") for line in shown), shown
    assert not any("`crontab -e`" in line for line in shown), shown


def test_5_uninstall_without_crontab_where_the_timer_runs_says_it_is_kept(here: Path) -> None:
    _remind(here, "install")
    shown = _remind(here, "uninstall", "--scheduler", "cron")
    assert shown[1] == ABSENT["ja"] and NOTHING["ja"] not in shown, shown
    assert "systemdのタイマーは削除していません。" in shown[2], shown


# ---------------------------------------------------------------- S 15: remind start


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("start", "install"), ("Enable", "install"), ("stop", "uninstall"), ("remove", "uninstall")],
)
def test_s15_a_word_meaning_an_action_is_offered_that_action(
    tmp_path: Path, typed: str, meant: str
) -> None:
    """`remind start` got 「`status` のことですか？」 (the nearest spelling), not `install`."""
    env = {"PATH": str(tmp_path), "PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "1000"}
    ja = run("remind", typed, "--lang", "ja", env=env)
    assert ja.exit_code == 2 and "Traceback" not in ja.stderr
    assert f"`{meant}` のことですか？\u3000使える値：install、uninstall、status" in ja.stderr
    assert len(ja.stderr.strip().splitlines()) == 1
    en = run("remind", typed, "--lang", "en", env=env)
    assert en.exit_code == 2 and f"did you mean `{meant}`?" in en.stderr, en.stderr
