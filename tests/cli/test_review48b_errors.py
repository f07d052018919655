"""Review 48b (round 58) item 13: the English error for a profile a newer primehelp wrote had
no final full stop (every other error line ends with one)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.clihelp import run


@pytest.mark.parametrize(("lang", "end"), [("ja", "。"), ("en", ".")])
def test_13_newer_profile_error_ends_with_a_full_stop(lang: str, end: str) -> None:
    folder = Path(os.environ["PRIMEHELP_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "profile.json").write_text('{"schema_version":2,"renewal_date":"2026-12-08"}\n')
    done = run("due", "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].endswith(end) and not lines[0].endswith(end * 2), lines[0]
