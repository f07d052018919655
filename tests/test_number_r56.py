"""Review 46a, item 6: a number typed with a carrier's international prefix (001, 0033, 0041,
0061, with or without 010) gets the + hint without the prefix, and following it finds the
number (+1 855 370 0151 is one FACTS lists as circulating)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

_TYPED = [
    ("001-1-855-370-0151", "+1-855-370-0151"),
    ("001-010-1-855-370-0151", "+1-855-370-0151"),
    ("0033-010-1-855-370-0151", "+1-855-370-0151"),
    ("0041 1 855 370 0151", "+1 855 370 0151"),
    ("0061-81-3-5757-5252", "+81-3-5757-5252"),
]


@pytest.mark.parametrize(("typed", "meant"), _TYPED)
def test_6_the_hint_leaves_out_the_carrier_prefix_ja(typed: str, meant: str) -> None:
    done = run("--lang", "ja", "check-number", typed)
    assert done.exit_code == 2
    assert f'海外の番号なら、"{meant}" のように + と国番号から入力してください' in done.stderr
    assert "（国際電話の事業者番号 001・0033・0041・0061 と 010 は入れません）" in done.stderr


@pytest.mark.parametrize(("typed", "meant"), _TYPED)
def test_6_the_hint_leaves_out_the_carrier_prefix_en(typed: str, meant: str) -> None:
    done = run("--lang", "en", "check-number", typed)
    assert done.exit_code == 2
    assert f'like "{meant}" (leave out a carrier\'s international prefix' in done.stderr


def test_6_following_the_hint_finds_the_listed_number() -> None:
    done = run("--lang", "ja", "check-number", "+1-855-370-0151", env={"COLUMNS": "1000"})
    assert "出回っています" in done.stdout, done.stdout


def test_6_written_without_separators_no_example_is_guessed() -> None:
    done = run("--lang", "en", "check-number", "00118553700151")
    assert "like" not in done.stderr.split("accepted forms")[0]
    assert "leave out a carrier's international prefix" in done.stderr
