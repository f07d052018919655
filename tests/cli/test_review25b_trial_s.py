"""Review 25b (a Japanese reader): S items on trial, renewal and cancel screens (7 onwards)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run


# ---------------------------------------------------------------- item 7: trial's own name


@pytest.mark.parametrize(
    ("command", "ja", "en"),
    [
        (
            "trial",
            "「1,x」は使えません。自動更新日の何日前に",
            "days before the automatic paid renewal",
        ),
        ("renewal", "「1,x」は使えません。更新日の何日前に", "days before the renewal,"),
    ],
)
def test_7_a_bad_alarms_value_names_the_day_as_the_commands_help_does(
    command: str, ja: str, en: str
) -> None:
    """trial's --help says 「自動更新日の何日前に通知するか」; its error said 「更新日の…」."""
    args = (command, "2026-11-25", "--today", "2026-12-05", "--ics", "-", "--alarms", "1,x")
    japanese = run(*args, "--lang", "ja")
    assert japanese.exit_code == 2 and ja in japanese.stderr, japanese.stderr
    english = run(*args, "--lang", "en")
    assert english.exit_code == 2 and en in english.stderr, english.stderr
