"""The saved profile on a hostile system (issue 10): odd dates, special files, huge or deep
JSON, links, races, and places that cannot be read or deleted.

Every case ends in one clear line naming the file (or a working command), never a traceback,
a hang or a memory blow-up. Cases that could hang or eat memory on the broken code run in a
child process with a timeout and a memory limit.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from primehelp.errors import FileProblem
from primehelp.profile import CONFIG_DIR_ENV, Profile, load_profile
from tests.clihelp import run

SAVED = Profile(renewal_date=dt.date(2026, 12, 31), plan="annual")


def _profile_bytes(renewal_date: str, plan: str | None = "annual") -> bytes:
    document = {"schema_version": 1, "renewal_date": renewal_date, "plan": plan, "trial": False}
    return json.dumps(document).encode()


def _write_profile(config: Path, content: bytes) -> Path:
    config.mkdir(parents=True, exist_ok=True)
    path = config / "profile.json"
    path.write_bytes(content)
    return path


def _one_line(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


# ---------------------------------------------------------------- years (same limits as dates)


@pytest.mark.parametrize("renewal_date", ["0001-01-01", "1899-12-31", "3000-01-01", "9999-12-31"])
def test_profile_years_outside_the_parser_limits_are_a_file_problem(
    tmp_path: Path, renewal_date: str
) -> None:
    path = _write_profile(tmp_path, _profile_bytes(renewal_date))
    with pytest.raises(FileProblem) as caught:
        load_profile(path)
    assert "1900-2999" in caught.value.message.en
    assert "1900" in caught.value.message.ja and str(path) in caught.value.message.ja


@pytest.mark.parametrize(
    ("renewal_date", "plan", "args"),
    [
        ("9999-12-31", "annual", ["renewal"]),  # relativedelta: year 10000 is out of range
        ("0001-01-01", "annual", ["renewal"]),  # OverflowError in reminder.cancel_by
        ("0001-01-01", None, ["cancel"]),  # OverflowError in reminder.cancel_by
        ("0001-01-01", None, ["cancel", "--json"]),
    ],
)
def test_cli_with_an_out_of_range_profile_year_has_no_traceback(
    tmp_path: Path, renewal_date: str, plan: str | None, args: list[str]
) -> None:
    _write_profile(tmp_path, _profile_bytes(renewal_date, plan))
    done = run(*args, "--lang", "en", env={CONFIG_DIR_ENV: str(tmp_path)}, stdin="")
    assert done.exit_code in (0, 2), done.stderr  # cancel may warn and go on (issue 10)
    assert "1900-2999" in _one_line(done.stderr)
