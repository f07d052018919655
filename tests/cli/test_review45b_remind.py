"""Review 45b (round 54), remind: item 1 (R-major: systemd's status said the daily check ran
through a crontab line, and that no timer was needed, where no cron daemon runs the line; with
the timer on too it offered to remove the timer), item 3 (``next_run`` in JSON where no cron
runs), item 9 (uninstall promised 「毎日の確認は cron で続きます」 without looking)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tests.support.clihelp import fake_tool, run
from tests.support.cron_roots import CRON_RUNNING, CRON_STOPPED, CRON_UNKNOWN
from tests.support.remind_env import (
    NO_CRONTAB,
    THIS_LINE,
    crontab_printing,
    remind_env,
    remind_ui,
    systemd_machine,
)

ROOTS = {"running": (CRON_RUNNING, True), "stopped": (CRON_STOPPED, False)}
ROOTS["unknown"] = (CRON_UNKNOWN, None)


def _machine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cron: str, crontab: str
) -> dict[str, str]:
    systemd_machine(tmp_path, monkeypatch)
    monkeypatch.setattr("primehelp.cron_running.ROOT", ROOTS[cron][0])
    fake_tool(tmp_path / "bin", "crontab", crontab)
    return remind_env(tmp_path)


def _shown(done_stdout: str, lang: str) -> str:
    return " ".join(done_stdout.split()) if lang == "en" else "".join(done_stdout.split())


def _in(key: str, lang: str, stdout: str) -> bool:
    said = remind_ui(key)(lang)  # type: ignore[arg-type]
    flat = " ".join(said.split()) if lang == "en" else "".join(said.split())
    return flat in _shown(stdout, lang)


@pytest.mark.parametrize("cron", sorted(ROOTS))
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_systemd_status_counts_the_line_only_where_cron_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cron: str, lang: str
) -> None:
    env = _machine(tmp_path, monkeypatch, cron, crontab_printing(THIS_LINE))
    done = run("remind", "status", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    running = ROOTS[cron][1]
    assert _in("cron_counted_systemd", lang, done.stdout) is (running is True), done.stdout
    assert _in("cron_line_idle_systemd", lang, done.stdout) is (running is False), done.stdout
    assert _in("cron_line_unknown_systemd", lang, done.stdout) is (running is None), done.stdout
    data = run("remind", "status", "--json", env=env).json()["data"]
    assert data["cron_running"] is running


@pytest.mark.parametrize("cron", sorted(ROOTS))
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_9_timer_and_line_no_advice_to_remove_the_working_timer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cron: str, lang: str
) -> None:
    """The timer on and the line there: 「両方で…タイマーを削除してください」 only where cron runs
    the line; then uninstall says the check goes on only where cron runs it."""
    env = _machine(tmp_path, monkeypatch, cron, NO_CRONTAB)
    assert run("remind", "install", "--lang", lang, env=env).exit_code == 0
    fake_tool(tmp_path / "bin", "crontab", crontab_printing(THIS_LINE))
    running = ROOTS[cron][1]
    for args in (("status",), ("install", "--scheduler", "systemd")):
        done = run("remind", *args, "--lang", lang, env=env)
        assert done.exit_code == 0, done.stderr
        where = f"{args} {cron}: {done.stdout}"
        assert _in("both_run", lang, done.stdout) is (running is True), where
        idle = _in("cron_line_idle_beside_timer", lang, done.stdout)
        assert idle is (running is False), where
        unknown = _in("cron_line_unknown_beside_timer", lang, done.stdout)
        assert unknown is (running is None), where
    done = run("remind", "uninstall", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    key = {True: "remove_from_crontab", False: "remove_from_crontab_idle"}
    for each in ("remove_from_crontab", "remove_from_crontab_idle", "remove_from_crontab_unknown"):
        assert _in(each, lang, done.stdout) is (
            key.get(running, "remove_from_crontab_unknown") == each
        ), done.stdout
    # no cron runs the line: the check is off, and said so
    assert _in("stopped", lang, done.stdout) is (running is False), done.stdout


@pytest.mark.parametrize("cron", sorted(ROOTS))
def test_9_uninstall_json_looks_for_cron(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cron: str
) -> None:
    env = _machine(tmp_path, monkeypatch, cron, NO_CRONTAB)
    assert run("remind", "install", env=env).exit_code == 0
    fake_tool(tmp_path / "bin", "crontab", crontab_printing(THIS_LINE))
    data = run("remind", "uninstall", "--json", env=env).json()["data"]
    assert data["in_crontab"] is True
    assert data["cron_running"] is ROOTS[cron][1]


@pytest.mark.parametrize("crontab", ["empty", "daily check"])
@pytest.mark.parametrize("action", ["install", "status"])
def test_3_no_next_run_in_json_where_no_cron_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crontab: str, action: str
) -> None:
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_STOPPED)
    table = NO_CRONTAB if crontab == "empty" else crontab_printing(THIS_LINE)
    fake_tool(tmp_path / "bin", "crontab", table)
    env = remind_env(tmp_path)  # no systemctl: cron is the scheduler
    data = run("remind", action, "--scheduler", "cron", "--json", env=env).json()["data"]
    assert data["cron_running"] is False
    assert data["next_run"] is None and data["next_run_source"] is None
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_RUNNING)
    data = run("remind", action, "--scheduler", "cron", "--json", env=env).json()["data"]
    if action == "install" or crontab != "empty":
        assert data["next_run"] is not None  # where cron runs, the time as before


FAILING_DISABLE = """#!/bin/sh
if [ "$2" = show-environment ]; then printf 'HOME=%s\\nPATH=/usr/bin\\n' "$HOME"; \
[ -n "$XDG_CONFIG_HOME" ] && printf 'XDG_CONFIG_HOME=%s\\n' "$XDG_CONFIG_HOME"; exit 0; fi
echo 'Failed to connect to bus: No medium found' >&2
exit 1
"""


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_10_uninstall_says_when_systemctl_could_not_stop_the_timer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    env = _machine(tmp_path, monkeypatch, "running", NO_CRONTAB)
    assert run("remind", "install", env=env).exit_code == 0
    fake_tool(tmp_path / "bin", "systemctl", FAILING_DISABLE)
    done = run("remind", "uninstall", "--lang", lang, env=env)
    assert done.exit_code == 1, done.stdout
    assert not _in("stopped", lang, done.stdout), done.stdout
    assert "No medium found" in done.stdout
    lines = [line.strip() for line in done.stdout.splitlines()]
    assert "systemctl --user disable --now primehelp-due.timer" in lines, done.stdout
    assert "systemctl --user daemon-reload" in lines
    reason = "`systemctl` の終了コード：1" if lang == "ja" else "systemctl exit code 1"
    assert reason in "".join(done.stdout.split()) or reason in " ".join(done.stdout.split())


def test_10_uninstall_json_names_the_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = _machine(tmp_path, monkeypatch, "running", NO_CRONTAB)
    assert run("remind", "install", env=env).exit_code == 0
    fake_tool(tmp_path / "bin", "systemctl", FAILING_DISABLE)
    done = run("remind", "uninstall", "--json", "--lang", "en", env=env)
    assert done.exit_code == 1
    assert "No medium found" in done.json()["data"]["stop_problem"]
    (tmp_path / "again").mkdir()
    env = _machine(tmp_path / "again", monkeypatch, "running", NO_CRONTAB)
    assert run("remind", "install", env=env).exit_code == 0
    done = run("remind", "uninstall", "--json", env=env)
    assert done.exit_code == 0 and done.json()["data"]["stop_problem"] is None


FOREIGN = "30 7 * * * primehelp due --notify"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_the_line_instead_comes_right_after_the_line_it_replaces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """「上の行を次の行に置き換えてください」 right after the line and its reason, not after the
    cron-not-running paragraph (「上の行」 was `sudo service cron start`); `crontab -e` whole."""
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_STOPPED)
    fake_tool(tmp_path / "bin", "crontab", crontab_printing('MAILTO=""', FOREIGN))
    env = remind_env(tmp_path, columns=80)  # no systemctl: cron is the scheduler
    done = run("remind", "status", "--lang", lang, env=env)
    assert done.exit_code == 1, done.stderr  # cron stopped: as install (review 60b item 9)
    lines = done.stdout.splitlines()
    at = lines.index(FOREIGN)
    start = lines.index("sudo service cron start")
    assert start < at, done.stdout
    replace = remind_ui("cron_replace")(lang)  # type: ignore[arg-type]
    after = "".join(lines[at + 1 :]) if lang == "ja" else " ".join(lines[at + 1 :])
    reason, _, rest = after.partition(replace)
    assert rest, done.stdout
    assert "cron" in reason and "sudo" not in reason and "--ics" not in reason, done.stdout
    assert not any(line.rstrip().endswith("crontab") for line in lines), done.stdout


def test_6_crontab_e_is_never_broken() -> None:
    from primehelp.output.break_units import commands

    line = "replace the line above with this one (crontab -e):"
    assert [line[a:b] for a, b in commands(line)] == ["crontab -e"]
    japanese = "crontab -e で削除"
    assert [japanese[a:b] for a, b in commands(japanese)] == ["crontab -e"]
    assert commands("mycrontab -e") == ()


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_2_the_quoted_due_answer_breaks_between_phrases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    """An unreadable profile: the quoted `due` answer wrapped between phrases, as every screen
    (「置き│換えて」「直す│か」「してか│ら」 before)."""
    env = _machine(tmp_path, monkeypatch, "running", NO_CRONTAB)
    assert run("remind", "install", env=env).exit_code == 0
    profile = Path(env["PRIMEHELP_CONFIG_DIR"]) / "profile.json"
    profile.write_text('{"schema_version":1,"renewal_date":"2026-13-01"}', encoding="utf-8")
    env["COLUMNS"] = str(columns)
    done = run("remind", "status", "--lang", "ja", env=env)
    lines = done.stdout.splitlines()
    assert any("置き換えてください" in line for line in lines), done.stdout
    for line, after in itertools.pairwise(lines):
        cut = (line[-2:] + after[:2]).strip()
        for word in ("置き換え", "してから", "直すか", "読み込め", "指定して"):
            assert not (word in cut and word not in line and word not in after), done.stdout
        assert not after.startswith(("か、", "ら保存")), done.stdout


def _account_home(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """This account's home in the password database (what cron gives a job as HOME)."""
    import pwd

    real = pwd.getpwuid

    def getpwuid(uid: int) -> object:
        entry = real(uid)
        fields = list(entry)
        fields[5] = str(home)
        return pwd.struct_passwd(fields)

    monkeypatch.setattr(pwd, "getpwuid", getpwuid)


@pytest.mark.parametrize("same", [True, False])
def test_12_crons_home_is_the_accounts_not_the_shells(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, same: bool
) -> None:
    """The profile saved under the shell's HOME (the default folder there): where the account's
    home differs, the line names the folder (cron's primehelp would read the account's), and a
    line without it is not counted as reading the saved profile."""
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_RUNNING)
    fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
    env = remind_env(tmp_path)  # no systemctl: cron is the scheduler
    shell_home = Path(env["HOME"])
    env["PRIMEHELP_CONFIG_DIR"] = env["XDG_CONFIG_HOME"] = ""  # the default folder
    saved = shell_home / ".config" / "primehelp"
    saved.parent.mkdir(parents=True)
    (tmp_path / "profile").rename(saved)
    _account_home(monkeypatch, shell_home if same else tmp_path / "account")
    data = run("remind", "install", "--scheduler", "cron", "--json", env=env).json()["data"]
    named = f"PRIMEHELP_CONFIG_DIR={saved}" in data["crontab_line"]
    assert named is (not same), data["crontab_line"]
    plain = data["crontab_line"].replace(f"PRIMEHELP_CONFIG_DIR={saved} ", "")
    fake_tool(tmp_path / "bin", "crontab", crontab_printing(plain))
    data = run("remind", "status", "--scheduler", "cron", "--json", env=env).json()["data"]
    (job,) = data["crontab_jobs"]
    assert job["reads_saved_profile"] is same, job
    home = shell_home if same else tmp_path / "account"
    assert job["profile_dir"] == str(home / ".config" / "primehelp"), job


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_leftover_a_cron_tz_at_the_crontabs_end_sets_the_added_lines_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """44b R-minor 6 leftover: install appends its line after a trailing CRON_TZ=Asia/Tokyo,
    so cron runs it at 09:00 in Tokyo (00:00 UTC), not at 09:00 UTC."""
    import primehelp.cli.remind as command
    from tests.support.remind_env import NOW

    monkeypatch.setattr(command, "now", lambda: NOW)
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_RUNNING)
    fake_tool(tmp_path / "bin", "crontab", crontab_printing("MAILTO=me", "CRON_TZ=Asia/Tokyo"))
    env = remind_env(tmp_path)  # no systemctl: cron is the scheduler; TZ=UTC
    args = ("remind", "install", "--scheduler", "cron")
    data = run(*args, "--json", env=env).json()["data"]
    assert data["added_cron_tz"] == "Asia/Tokyo"
    assert data["next_run"] == "2026-12-05T00:00:00+00:00"
    done = run(*args, "--lang", lang, env=env)
    assert _in_zone(done.stdout, lang, "Asia/Tokyo"), done.stdout
    fake_tool(tmp_path / "bin", "crontab", crontab_printing("MAILTO=me"))
    data = run(*args, "--json", env=env).json()["data"]
    assert data["added_cron_tz"] is None
    assert data["next_run"] == "2026-12-05T09:00:00+00:00"


def _in_zone(stdout: str, lang: str, zone: str) -> bool:
    said = remind_ui("cron_tz_zone").format(zone=zone)(lang)  # type: ignore[arg-type]
    flat = " ".join(said.split()) if lang == "en" else "".join(said.split())
    return flat in _shown(stdout, lang)
