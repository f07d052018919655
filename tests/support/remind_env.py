"""A machine where systemd runs, for the remind review tests: a fake ``systemctl`` that makes and
removes the link ``enable`` / ``disable`` would (and logs its arguments to $SYSTEMCTL_LOG when
set), ``SYSTEMD_RUNNING`` pointed at a folder that is there, the clock (``now``) pinned, and a
temporary HOME, XDG_CONFIG_HOME and profile folder."""

from __future__ import annotations

import datetime as dt
import shlex
import sys
from pathlib import Path

import pytest

import primehelp.cli.remind as command
from primehelp.facts import labels
from primehelp.i18n import Text
from primehelp.remind import TIMER, WANTS
from tests.support.clihelp import fake_tool, run

NO_CRONTAB = "#!/bin/sh\necho 'no crontab for member' >&2\nexit 1\n"
SYSTEMCTL = f"""#!/bin/sh
echo "$@" >> "${{SYSTEMCTL_LOG:-/dev/null}}"
C="$XDG_CONFIG_HOME"; case "$C" in /*) ;; *) C="$HOME/.config" ;; esac  # relative: ignored
# the user manager's environment: this shell's HOME and XDG_CONFIG_HOME (review 44b R-minor 5:
# primehelp asks it where the units go; as after `systemctl --user import-environment`)
if [ "$2" = show-environment ]; then
  printf 'HOME=%s\nPATH=/usr/bin\n' "$HOME"; [ -n "$XDG_CONFIG_HOME" ] && printf 'XDG_CONFIG_HOME=%s\n' "$XDG_CONFIG_HOME"
  exit 0
fi
W="$C/systemd/user/{WANTS}"
if [ "$2" = enable ]; then /bin/mkdir -p "$W"; /bin/ln -sf ../{TIMER} "$W/{TIMER}"; fi
if [ "$2" = disable ]; then /bin/rm -f "$W/{TIMER}"; fi
exit 0
"""
NOW = dt.datetime(2026, 12, 4, 10, 0, tzinfo=dt.UTC)
# The program a unit file a test writes runs: one that is there (review 44b item 1: a timer
# whose service names a program that is not, as /usr/bin/primehelp here, is no daily check).
THIS_PROGRAM = (sys.executable, "-m", "primehelp")
# A crontab line running the primehelp the tests run (`python -m primehelp` in process): the
# daily check as install writes it (review 38b item 1: a line naming a `primehelp` that is not
# there, as /usr/bin/primehelp here, is no daily check any more).
# Review 39b item 4: the line also names the profile folder (remind_env's, beside HOME), as install
# prints it; without it cron's primehelp reads ~/.config/primehelp, and the line is no daily check.
READS_PROFILE = "PRIMEHELP_CONFIG_DIR=$HOME/../profile"
THIS_LINE = (
    f"0 9 * * * {READS_PROFILE} {shlex.quote(sys.executable)} -m primehelp due --notify --lang ja"
)


def crontab_printing(*lines: str) -> str:
    """A fake ``crontab`` printing ``lines`` for ``crontab -l`` (the shell's own printf: the
    tests' PATH holds only the fake tools). Review 41b: only the line install prints counts, so
    :data:`READS_PROFILE` is printed as install writes it, the folder's own path (the fake
    expands $PRIMEHELP_CONFIG_DIR, remind_env's profile folder, when ``crontab -l`` runs)."""
    expanded = f'"{READS_PROFILE.split("=")[0]}=$PRIMEHELP_CONFIG_DIR"'
    words = [
        expanded.join(shlex.quote(part) for part in line.split(READS_PROFILE)) for line in lines
    ]
    return f"#!/bin/sh\nprintf '%s\\n' {' '.join(words)}\n"


def as_printed(line: str, here: Path) -> str:
    """``line`` as :func:`crontab_printing`'s fake prints it under :func:`remind_env` (``here``)."""
    return line.replace(READS_PROFILE, f"PRIMEHELP_CONFIG_DIR={here / 'profile'}")


def systemd_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """systemd running, a systemctl that enables, the clock pinned, no crontab yet."""
    fake_tool(tmp_path / "bin", "systemctl", SYSTEMCTL)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path)
    monkeypatch.setattr(command, "now", lambda: NOW)
    return tmp_path


def remind_env(here: Path, columns: int = 1000) -> dict[str, str]:
    """A temporary HOME, XDG_CONFIG_HOME and profile folder, PATH only the fake tools' folder.

    The folder holds a usable profile (a monthly plan, rolled forward on any day), so a screen
    shows the daily check as set up (and a ``notify-send``); without it, install and status add that it cannot remind
    (review 37b item 2, tested in test_review37b_remind, which removes it)."""
    usable_profile(here / "profile")
    # a notifier on PATH: without it install and status say no notification shows (41b item 3)
    fake_tool(here / "bin", "notify-send", "#!/bin/sh\nexit 0\n")
    return {
        "PATH": str(here / "bin"),
        "HOME": str(here / "home"),
        "XDG_CONFIG_HOME": str(here / "xdg"),
        "PRIMEHELP_CONFIG_DIR": str(here / "profile"),
        "SYSTEMCTL_LOG": str(here / "systemctl.log"),
        "COLUMNS": str(columns),
        "TZ": "UTC",
    }


def usable_profile(folder: Path) -> str:
    """Save a profile `due` can always report on (a monthly plan, rolled forward on any day) in
    ``folder``, unless one is there; the folder, for $PRIMEHELP_CONFIG_DIR."""
    from primehelp.profile import PROFILE_FILE, Profile, profile_to_json

    if not folder.exists():
        folder.mkdir(parents=True)
        usable = Profile(dt.date(2025, 1, 10), plan="monthly")
        (folder / PROFILE_FILE).write_bytes(profile_to_json(usable))
    return str(folder)


def remind_lines(here: Path, *args: str, lang: str = "ja", columns: int = 1000) -> list[str]:
    done = run("remind", *args, "--lang", lang, env=remind_env(here, columns))
    assert done.exit_code == 0, done.stderr
    return done.stdout.splitlines()


def remind_ui(key: str) -> Text:
    """A label of ``primehelp remind``, from the data file that holds it (``ui_remind.toml``, or
    ``ui_remind_cron.toml`` for the crontab lines' labels: the file was split by job)."""
    file = "ui_remind_cron" if key in labels("ui_remind_cron") else "ui_remind"
    return labels(file)[key]


def calendar_hint(lang: str, saved: bool = True) -> str:
    """remind's calendar hint (review 64b item 1): with :func:`usable_profile`'s date saved, that
    date and plan and `primehelp renewal --ics prime.ics`; with nothing saved (``saved=False``),
    the command with a word for the date."""
    if not saved:
        return remind_ui("manual_way")(lang)  # type: ignore[arg-type]
    words = {"ja": "2025年1月10日、月間プラン", "en": "2025-01-10, monthly plan"}[lang]
    return remind_ui("manual_way_saved")(lang).format(saved=words)  # type: ignore[arg-type]
