"""``primehelp remind install|uninstall|status`` end to end (issue 13), in a temporary
XDG_CONFIG_HOME, through the real console script, with a fake ``systemctl`` (and ``crontab``)
on PATH that records its arguments: the user's real systemd and crontab are never touched.

``systemd-analyze verify`` checks the units where it is installed (skipped, saying so, only
where it is not)."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from primehelp.remind import HEADER, SERVICE, TIMER, WANTS
from tests.support import json_contract
from tests.support.clihelp import run
from tests.support.cron_roots import CRON_RUNNING
from tests.support.remind_env import usable_profile

SCRIPT = Path(sysconfig.get_path("scripts")) / "primehelp"

# Emulates `systemctl --user`: enable/disable make and remove the link systemd would, a
# FAKE_FAIL=<verb> makes that verb fail as systemctl does (a line on stderr, exit 1).
FAKE_SYSTEMCTL = f"""#!{sys.executable}
import os, pathlib, sys
args = [a for a in sys.argv[1:] if a != "--user"]
with open(os.environ["FAKE_LOG"], "a") as log:
    log.write(" ".join(sys.argv[1:]) + "\\n")
if os.environ.get("FAKE_FAIL") == args[0]:
    sys.exit("Failed to connect to bus: No medium found")
if args[0] == "show-environment":  # the manager's: the shell's (review 44b R-minor 5)
    print(f"HOME={{os.environ['HOME']}}\\nXDG_CONFIG_HOME={{os.environ['XDG_CONFIG_HOME']}}")
units = pathlib.Path(os.environ["XDG_CONFIG_HOME"]) / "systemd" / "user"
link = units / "timers.target.wants" / args[-1]
if args[:2] == ["enable", "--now"] and not link.is_symlink():
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(units / args[-1])
elif args[:2] == ["disable", "--now"] and link.is_symlink():
    link.unlink()
elif args[0] == "list-timers":
    print("Sat 2026-12-05 09:00:00 JST 18h left - - primehelp-due.timer primehelp-due.service")
"""

# Loaded by the script's interpreter (PYTHONPATH): where FAKE_SYSTEMD_RUNNING names a folder,
# that folder is what `remind` checks for a running systemd.
RUNNING = """import os, pathlib
if os.environ.get("FAKE_SYSTEMD_RUNNING"):
    import primehelp.cli.remind as command
    command.SYSTEMD_RUNNING = pathlib.Path(os.environ["FAKE_SYSTEMD_RUNNING"])
# the fake HOME is the account's, as cron gives a job (review 45b item 12: not the shell's)
import primehelp.cli.remind_tools as tools
tools.cron_home = lambda: os.environ.get("HOME", "")
if os.environ.get("FAKE_CRON_ROOT"):  # a cron daemon runs (review 43b item 1)
    import primehelp.cron_running as cron
    cron.ROOT = pathlib.Path(os.environ["FAKE_CRON_ROOT"])
"""


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A HOME and XDG_CONFIG_HOME of their own, a PATH holding only the fakes."""
    (tmp_path / "bin").mkdir()
    config(tmp_path).mkdir(parents=True)
    _executable(tmp_path / "bin" / "systemctl", FAKE_SYSTEMCTL)
    # a notifier on PATH: without it install and status say no notification shows (41b item 3)
    _executable(tmp_path / "bin" / "notify-send", "#!/bin/sh\nexit 0\n")
    # systemd "runs" for the script (review 25b item 3: install refuses where it does not)
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(RUNNING)
    (tmp_path / "systemd-running").mkdir()
    return tmp_path


def _executable(path: Path, text: str) -> None:
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PRIMEHELP_CONFIG_DIR", "PATH")}
    env.update(
        PATH=str(home / "bin"),
        HOME=str(home / "home"),
        XDG_CONFIG_HOME=str(config(home)),  # set, as some systems do, to the default
        FAKE_LOG=str(home / "systemctl.log"),
        PYTHONPATH=str(home / "site"),
        FAKE_SYSTEMD_RUNNING=str(home / "systemd-running"),
        FAKE_CRON_ROOT=str(CRON_RUNNING),
    )
    env.update(extra)
    return env


def _unit_lines(stdout: str) -> str:
    """``stdout`` with each unit's line whole again: a path too wide for the screen is on a row
    of its own, whole, and its state under it (review 32b item 2, 33b S 12)."""
    return re.sub(r"^(?=/)", "  ", stdout, flags=re.M).replace("\n    ", ": ")


def remind(
    home: Path, *args: str, script: Path = SCRIPT, **extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(script), "remind", *args, "--lang", "en"],
        capture_output=True,
        text=True,
        env=_env(home, **extra),
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )


def config(home: Path) -> Path:
    return home / "home" / ".config"


def units_dir(home: Path) -> Path:
    return config(home) / "systemd" / "user"


def tree(root: Path) -> dict[str, tuple[str, bytes, int, int]]:
    """Every path under ``root``: its kind, bytes (or link target), mtime and inode."""
    found = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        if path.is_symlink():
            content = str(path.readlink()).encode()
        else:
            content = path.read_bytes() if path.is_file() else b""
        kind = "link" if path.is_symlink() else "dir" if path.is_dir() else "file"
        found[str(path.relative_to(root))] = (kind, content, info.st_mtime_ns, info.st_ino)
    return found


def calls(home: Path) -> list[str]:
    log = home / "systemctl.log"
    said = log.read_text().splitlines() if log.exists() else []
    return [call for call in said if call != "--user show-environment"]  # asked, changes nothing


def test_install_status_uninstall_round_trip(home: Path) -> None:
    before = tree(config(home))
    status = remind(home, "status", "--scheduler", "systemd")
    assert status.returncode == 0, status.stderr
    # no timer: how to set one up where systemd runs, else why it cannot be (review 23b item 4)
    assert "No daily check is set up" in status.stdout

    done = remind(home, "install", "--scheduler", "systemd")
    assert done.returncode == 0, done.stderr
    units = units_dir(home)
    service = (units / SERVICE).read_text()
    assert service.startswith(HEADER + "\n")
    assert f"ExecStart={SCRIPT} due --notify --lang en\n" in service  # the running script
    assert "Environment=" not in service  # the profile is where the timer looks anyway
    assert "OnCalendar=*-*-* 09:00:00\nPersistent=true\n" in (units / TIMER).read_text()
    assert (units / WANTS / TIMER).is_symlink()
    assert calls(home) == [
        "--user daemon-reload",
        f"--user enable --now {TIMER}",
        f"--user list-timers --all --no-legend --no-pager {TIMER}",  # for the next run
    ]
    assert (
        f"{units / TIMER}: written" in _unit_lines(done.stdout)
        and "The daily check is on: it runs every day" in done.stdout
    )

    status = remind(home, "status", "--scheduler", "systemd", "--json")
    data = json_contract.loads(status.stdout)["data"]
    assert [(u["name"], u["state"], u["change"]) for u in data["units"]] == [
        (TIMER, "ours", None),
        (SERVICE, "ours", None),
    ]
    assert data["enabled"] is True and data["command"] == f"{SCRIPT} due --notify --lang en"
    assert data["next_run"].startswith("2026-12-05T09:00:00")
    assert data["next_run_source"] == "systemctl"

    done = remind(home, "uninstall")
    assert done.returncode == 0, done.stderr
    assert f"{units / TIMER}: removed" in _unit_lines(done.stdout)
    assert calls(home)[-2:] == [f"--user disable --now {TIMER}", "--user daemon-reload"]
    assert tree(config(home)) == before  # exactly what install wrote is gone, nothing else


def test_install_twice_changes_nothing(home: Path) -> None:
    assert remind(home, "install", "--scheduler", "systemd").returncode == 0
    first, first_calls = tree(config(home)), calls(home)
    again = remind(home, "install", "--scheduler", "systemd")
    assert again.returncode == 0, again.stderr
    assert tree(config(home)) == first  # same bytes, same mtimes, same inodes
    assert "unchanged" in again.stdout
    assert calls(home)[len(first_calls) :][:1] == [f"--user enable --now {TIMER}"]  # no reload
    assert "--user daemon-reload" not in calls(home)[len(first_calls) :]


@pytest.mark.parametrize("name", [TIMER, SERVICE])
def test_a_foreign_unit_of_the_same_name_is_left_alone_without_force(home: Path, name: str) -> None:
    units_dir(home).mkdir(parents=True)
    foreign = (
        b"[Timer]\nOnCalendar=daily\n" if name == TIMER else b"[Service]\nExecStart=/bin/true\n"
    )
    (units_dir(home) / name).write_bytes(foreign)
    before = tree(config(home))

    refused = remind(home, "install", "--scheduler", "systemd")
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "--force" in refused.stderr
    assert str(units_dir(home) / name) in refused.stderr
    assert tree(config(home)) == before and calls(home) == []  # neither unit, no systemctl

    kept = remind(home, "uninstall")
    assert kept.returncode == 0 and tree(config(home)) == before
    assert "left alone (not written by primehelp)" in kept.stdout
    assert remind(home, "uninstall", "--force").returncode == 0
    assert tree(config(home)) == before  # --force never removes a unit primehelp did not write

    replaced = remind(home, "install", "--scheduler", "systemd", "--force")
    assert replaced.returncode == 0, replaced.stderr
    assert f"{units_dir(home) / name}: replaced" in _unit_lines(replaced.stdout)
    assert (units_dir(home) / name).read_bytes().startswith(HEADER.encode())


def test_a_unit_edited_since_install_is_kept_unless_forced(home: Path) -> None:
    assert remind(home, "install", "--scheduler", "systemd").returncode == 0
    service = units_dir(home) / SERVICE
    edited = service.read_bytes() + b"Nice=10\n"
    service.write_bytes(edited)

    assert remind(home, "install", "--scheduler", "systemd").returncode == 2
    assert service.read_bytes() == edited
    kept = remind(home, "uninstall")
    assert kept.returncode == 0 and service.read_bytes() == edited
    assert not (units_dir(home) / TIMER).exists()  # the unchanged timer went
    assert "`--force` removes it" in kept.stdout
    assert remind(home, "uninstall", "--force").returncode == 0
    assert not service.exists()


@pytest.mark.parametrize("where", ["PRIMEHELP_CONFIG_DIR", "XDG_CONFIG_HOME"])
def test_a_profile_elsewhere_than_the_default_is_named_to_the_timer(home: Path, where: str) -> None:
    config = home / "elsewhere"
    extra = {where: str(config)}
    done = remind(home, "install", "--scheduler", "systemd", **extra)
    assert done.returncode == 0, done.stderr
    units = config / "systemd" / "user" if where == "XDG_CONFIG_HOME" else units_dir(home)
    profile_dir = config if where == "PRIMEHELP_CONFIG_DIR" else config / "primehelp"
    service = (units / SERVICE).read_text()
    assert f"Environment=PRIMEHELP_CONFIG_DIR={profile_dir}\n" in service


def test_a_timer_systemctl_cannot_turn_on_is_said_with_the_command(home: Path) -> None:
    """Review 46b item 5: the files written, a step left: exit 1 with start_problem, as
    uninstall's stop_problem (was an error, exit 2, the code for bad input)."""
    done = remind(home, "install", "--scheduler", "systemd", "--json", FAKE_FAIL="enable")
    assert done.returncode == 1
    assert json_contract.loads(done.stdout)["data"]["start_problem"]
    shown = remind(home, "install", "--scheduler", "systemd", FAKE_FAIL="enable")
    assert shown.returncode == 1 and shown.stderr == ""
    assert "systemctl --user enable --now primehelp-due.timer" in shown.stdout.splitlines()
    assert (units_dir(home) / TIMER).exists()  # written; the next install only turns it on


@pytest.mark.skipif(
    shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed here"
)
@pytest.mark.parametrize("folder", ["plain", "with space 100% $HOME"])
def test_the_units_pass_systemd_analyze_verify(home: Path, folder: str) -> None:
    """Also through a path systemd must unquote: a wrong quote is "not executable"."""
    script = home / folder / "primehelp"
    script.parent.mkdir()
    script.symlink_to(SCRIPT)
    profile = str(home / folder / "cfg")  # an Environment= line with the same characters
    done = remind(
        home, "install", "--scheduler", "systemd", script=script, PRIMEHELP_CONFIG_DIR=profile
    )
    assert done.returncode == 0, done.stderr
    assert "Environment=" in (units_dir(home) / SERVICE).read_text()
    verified = subprocess.run(
        ["systemd-analyze", "verify", str(units_dir(home) / TIMER), str(units_dir(home) / SERVICE)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (verified.returncode, verified.stderr) == (0, ""), verified.stderr


def test_a_script_path_no_unit_can_carry_is_refused(home: Path) -> None:
    script = home / "line\nbreak" / "primehelp"
    script.parent.mkdir()
    script.symlink_to(SCRIPT)
    done = remind(home, "install", "--scheduler", "systemd", script=script)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "newline" in done.stderr
    assert not units_dir(home).exists()


# ---------------------------------------------------------------- cron


def test_cron_prints_the_line_and_writes_nothing(home: Path) -> None:
    # a crontab command there: without one, no line (review 27b item 5)
    _executable(home / "bin" / "crontab", "#!/bin/sh\necho 'no crontab for you' >&2\nexit 1\n")
    before = tree(home)
    done = remind(home, "install", "--scheduler", "cron")
    assert done.returncode == 0, done.stderr
    assert f"\n0 9 * * * {SCRIPT} due --notify --lang en\n" in done.stdout
    assert "did not change your crontab" in done.stdout
    assert calls(home) == []  # systemd only asked where the units go (review 44b R-minor 5)
    (home / "systemctl.log").unlink(missing_ok=True)
    assert tree(home) == before


def test_status_and_uninstall_find_the_crontab_line(home: Path) -> None:
    _executable(
        home / "bin" / "crontab",
        f"#!/bin/sh\nprintf '%s\\n' 'MAILTO=me' '0 9 * * * {SCRIPT} due --notify --lang en'\n",
    )
    status = remind(home, "status", "--json")
    assert json_contract.loads(status.stdout)["data"]["in_crontab"] is True
    # systemd not running: plain uninstall is cron's
    gone = remind(home, "uninstall", "--lang", "en", COLUMNS="200", FAKE_SYSTEMD_RUNNING="").stdout
    assert "delete the `primehelp due --notify` line with `crontab -e`" in gone


def test_cron_status_and_uninstall_speak_of_the_crontab_only(home: Path) -> None:
    """Review 5 item 15: with cron, no systemd unit lines; uninstall says primehelp never edited
    the crontab and how to delete the line; status says how to set cron up (the Japanese
    wording is in the goldens)."""
    _executable(home / "bin" / "crontab", "#!/bin/sh\necho 'no crontab for you' >&2\nexit 1\n")
    # a usable saved date (review 37b item 2: without one, a line says it cannot remind)
    saved = usable_profile(home / "profile")
    status = remind(
        home, "status", "--scheduler", "cron", COLUMNS="200", PRIMEHELP_CONFIG_DIR=saved
    )
    assert status.stdout.splitlines() == [
        "Daily check (cron)",
        "Your crontab has no line running `primehelp due`.",  # plainly, first (review 25b S 4)
        # what install --scheduler cron does: print a line to add (review 24b item 3); the
        # command whole, in backquotes (review 9b S 21)
        "To set one up, add the line `primehelp remind install --scheduler cron` prints to your "
        "crontab with `crontab -e`.",
    ]
    gone = remind(home, "uninstall", "--scheduler", "cron", COLUMNS="200")
    assert gone.stdout.splitlines()[1:] == [
        "Your crontab has no line running `primehelp due`, so there is nothing to remove."
    ]
    _executable(home / "bin" / "crontab", f"#!/bin/sh\necho '0 9 * * * {SCRIPT} due --notify'\n")
    gone = remind(home, "uninstall", "--scheduler", "cron", COLUMNS="200")
    assert gone.stdout.splitlines()[1:] == [
        "Your crontab has a line running `primehelp due`.",
        "primehelp does not change your crontab: delete the `primehelp due --notify` line with "
        "`crontab -e`.",
    ]
    assert "systemd" not in status.stdout + gone.stdout


# ---------------------------------------------------------------- in-process (JSON contract)


def test_the_scheduler_is_systemd_only_where_it_runs(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import primehelp.cli.remind as command

    for name, value in _env(home).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", home / "no-such-dir")
    assert run("remind", "status", "--json").json()["data"]["scheduler"] == "cron"
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", home)
    assert run("remind", "status", "--json").json()["data"]["scheduler"] == "systemd"
    done = run("remind", "install", "--json", "--lang", "ja")
    assert done.exit_code == 0, done.stderr
    assert [u["change"] for u in done.json()["data"]["units"]] == ["written", "written"]
    assert run("remind", "uninstall", "--json").json()["data"]["units"][0]["change"] == "removed"


@pytest.mark.parametrize(
    ("args", "word"),
    [(("start",), "install, uninstall, status"), (("status", "--scheduler", "launchd"), "cron")],
)
def test_bad_input_names_what_is_accepted(args: tuple[str, ...], word: str) -> None:
    done = run("remind", *args, "--lang", "en")
    assert done.exit_code == 2 and word in done.stderr and done.stdout == ""


def test_cron_is_worded_for_the_scheduler_the_member_chose(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--scheduler cron` needs no reason (not 「systemd が動いていないため」); every screen of
    cron has the cron heading; the next run is 「（予定）」 without 「計算による」."""
    import primehelp.cli.remind as command

    for name, value in _env(home).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", home)  # systemd runs: cron is a choice
    monkeypatch.setenv("COLUMNS", "200")  # one sentence a line (they wrap to the terminal)
    # a crontab command there (without one, no line to add: review 27b item 5)
    _executable(home / "bin" / "crontab", "#!/bin/sh\necho 'no crontab for you' >&2\nexit 1\n")
    chosen = run("remind", "install", "--scheduler", "cron", "--lang", "ja").stdout.splitlines()
    # the state first, then what to do (review 31b S 6)
    assert chosen[:3] == [
        "毎日の確認（cron）",
        "`crontab` には、`primehelp due` を実行する行がありません。",
        "cronを使う場合は、次の行を `crontab` に追加してください（`crontab -e`）：",
    ]
    assert chosen[4] == (
        "cronでは、9:00にコンピューターが動いていなかった日の確認は、後から実行されません。"
        "primehelpは `crontab` を変更していません。"
    )
    # nothing is scheduled yet: the time only as what follows once added (review 24b item 1)
    assert chosen[5].startswith("上の行を `crontab` に追加すると、次は")
    # review 23b S 11: no 「+0000」; the zone by its name, where it has one
    assert re.search(r" 9:00（このコンピューターの時計(、[A-Za-z]+)?）に実行されます。$", chosen[5])
    for action in ("status", "uninstall"):
        shown = run("remind", action, "--scheduler", "cron", "--lang", "ja").stdout
        assert shown.splitlines()[0] == "毎日の確認（cron）"
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", home / "no-such-dir")
    fallback = run("remind", "install", "--lang", "ja").stdout.splitlines()
    assert fallback[2].startswith(
        "このコンピューターではsystemdが動いていないため、cronを使います。"
    )
    # no crontab to read either: the heading names no scheduler (review 19b S 9)
    (home / "bin" / "crontab").unlink()
    assert run("remind", "status", "--lang", "ja").stdout.startswith("毎日の確認\n")
    # …and cron asked for: the cron heading, why, and no line nothing would run (27b item 5)
    asked = run("remind", "install", "--scheduler", "cron", "--lang", "ja").stdout
    assert asked.startswith(
        "毎日の確認（cron）\nこのコンピューターには `crontab` コマンドがないため"
    )
    assert "0 9 * * *" not in asked


def test_cron_status_says_plainly_whether_a_daily_check_is_set_up(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 12b S 13: status begins with one plain sentence; a crontab that cannot be read
    (no crontab command) where systemd runs is said to be unconfirmed, never 「設定されていません」
    (where neither runs, nothing can be: tests/cli/test_review23b_remind.py)."""
    import primehelp.cli.remind as command

    for name, value in _env(home, COLUMNS="200").items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", home)  # systemd runs: it may be offered
    unread = run("remind", "status", "--scheduler", "cron", "--lang", "en").stdout.splitlines()
    assert unread[:3] == [  # the cause in the first sentence (review 14b S 10)
        "Daily check (cron)",
        "Could not check the cron setup (no crontab command, or running it failed).",
        "If cron cannot be used, you can set it up with systemd:",  # a systemctl is on PATH
    ]
    assert "No daily check" not in "\n".join(unread)
    _executable(home / "bin" / "crontab", "#!/bin/sh\necho 'MAILTO=me'\n")
    none = remind(home, "status", "--scheduler", "cron", COLUMNS="200").stdout.splitlines()
    assert none[1] == "Your crontab has no line running `primehelp due`."
