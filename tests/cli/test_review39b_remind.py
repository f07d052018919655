"""Review 39b item 1: `remind uninstall` without --force kept an edited timer, removed its
service and exited 0; `status` then said 「毎日の確認は有効です」 with a next run, though the
timer started a unit that was not there (never false comfort).

Through the console script with the fake systemctl of test_remind: for each unit file edited
(and for the service removed by hand), uninstall never leaves an enabled timer without its
service; where it kept the check on it says so and exits 1; status says the check runs only
where both files are there, and never gives a next run otherwise (text, ja and en, and --json).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from primehelp.remind import SERVICE, TIMER, WANTS
from tests.cli.test_remind import (
    SCRIPT,
    _env,
    home,  # noqa: F401  (the fixture)
    units_dir,
)
from tests.support import json_contract
from tests.support.remind_env import remind_ui


def remind(home: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:  # noqa: F811
    return subprocess.run(
        [str(SCRIPT), "--lang", lang, "remind", *args],
        capture_output=True,
        text=True,
        env=_env(home, COLUMNS="300"),
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )


def _status(home: Path, lang: str) -> str:  # noqa: F811
    done = remind(home, "status", "--scheduler", "systemd", lang=lang)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _runs(home: Path) -> bool:  # noqa: F811
    """Whether the daily check would run: the timer on and the service there."""
    units = units_dir(home)
    return (units / WANTS / TIMER).is_symlink() and (units / SERVICE).exists()


@pytest.mark.parametrize("edited", [TIMER, SERVICE, None])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_uninstall_never_half_removes_and_status_never_claims_a_check_that_cannot_run(
    home: Path,  # noqa: F811
    edited: str | None,
    lang: str,
) -> None:
    assert remind(home, "install", "--scheduler", "systemd").returncode == 0
    units = units_dir(home)
    if edited is not None:
        (units / edited).write_bytes((units / edited).read_bytes() + b"# edit\n")
        done = remind(home, "uninstall", lang=lang)
    else:  # the service removed by hand
        (units / SERVICE).unlink()
        done = None
    on = remind_ui("enabled")(lang)  # type: ignore[arg-type]
    missing = remind_ui("service_missing")(lang)  # type: ignore[arg-type]
    if done is not None:
        # never an enabled timer without its service
        assert _runs(home) or not (units / WANTS / TIMER).is_symlink()
        still = remind_ui("still_on")(lang)  # type: ignore[arg-type]
        assert (still in done.stdout) is _runs(home)
        assert done.returncode == (1 if _runs(home) else 0), done.stdout
        if _runs(home):
            assert "primehelp remind uninstall --force" in done.stdout
    status = _status(home, lang)
    data = json_contract.loads(remind(home, "status", "--scheduler", "systemd", "--json").stdout)[
        "data"
    ]
    if _runs(home):
        # an edited file kept: on, but primehelp cannot tell whether its check still runs at 9:00
        # (review 42b, item 1), so not 「有効です」
        said = remind_ui("timer_on_changed")(lang) if edited else on  # type: ignore[arg-type]
        assert said in status and data["enabled"] is True and data["next_run"] is not None
        assert edited is None or on not in status
    else:
        assert on not in status and data["enabled"] is not True and data["next_run"] is None
        assert (missing in status) is (units / TIMER).exists()
    if edited is None:  # the reviewer's state: the timer on, its service gone
        assert missing in status and "primehelp remind install --scheduler systemd" in status
    # --force removes everything primehelp wrote, and the check is off
    forced = remind(home, "uninstall", "--force")
    assert forced.returncode == 0, forced.stdout
    assert not (units / TIMER).exists() and not (units / SERVICE).exists()
