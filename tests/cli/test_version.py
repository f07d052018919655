"""`primehelp --version`: the version and when the bundled facts were checked, without the data."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from primehelp import FACTS_CHECKED, __version__
from primehelp.cli import version_line
from primehelp.facts import japanese_date
from tests.support.clihelp import run


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"PRIMEHELP_LANG": "en"}, f"primehelp {__version__} (facts checked {FACTS_CHECKED[1]})"),
        # As every Japanese screen writes a date (review 26a, S 18: it was 2026-12-02)
        (
            {"PRIMEHELP_LANG": "ja"},
            f"primehelp {__version__}（情報の確認日：{japanese_date(FACTS_CHECKED[1])}）",
        ),
        ({"LANG": "en_US.UTF-8"}, f"primehelp {__version__} (facts checked {FACTS_CHECKED[1]})"),
    ],
)
def test_version_names_the_check_date_in_the_users_language(
    env: dict[str, str], expected: str
) -> None:
    assert FACTS_CHECKED[0] == FACTS_CHECKED[1]  # one date today; the range is tested below
    result = run("--version", env={"PRIMEHELP_LANG": "", "LC_ALL": "", "LANG": "", **env})
    assert result.exit_code == 0
    assert result.stdout == expected + "\n"


def test_a_range_of_check_dates_is_shown_as_a_range(monkeypatch: pytest.MonkeyPatch) -> None:
    import primehelp.cli

    monkeypatch.setattr(primehelp.cli, "FACTS_CHECKED", ("2026-11-25", "2026-12-02"))
    assert version_line("en").endswith("(facts checked 2026-11-25 to 2026-12-02)")
    assert version_line("ja").endswith("（情報の確認日：2026年11月25日～2026年12月2日）")


def test_version_is_english_where_stdout_cannot_carry_japanese() -> None:
    env = {**os.environ, "PRIMEHELP_LANG": "ja", "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(
        [sys.executable, "-m", "primehelp", "--version"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"primehelp {__version__} (facts checked {FACTS_CHECKED[1]})\n"
