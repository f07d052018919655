"""Review 54b items 1 and 5: `due --within` help and error give one range, and what 0-2 do."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}

HELP = {
    # review 59a item 12: the error's range and its words for small values
    "ja": "更新日の何日前から知らせるかを、0〜365で指定します（指定しない場合は3。3より小さい値は"
    "3と同じです）。",
    "en": "How many days before the renewal to start reporting it, from 0 to 365 (3 if not given; "
    "a value under 3 is the same as 3).",
}
ERROR = {
    "ja": "0〜365の整数を指定してください（3より小さい値は3と同じです）。",
    "en": "give a whole number from 0 to 365 (a value under 3 is the same as 3)",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_items1_5_within_help_gives_the_range_and_what_small_values_do(lang: str) -> None:
    shown = run("--lang", lang, "due", "--help", env=WIDE).stdout
    joined = ("" if lang == "ja" else " ").join(shown.split())
    wanted = ("" if lang == "ja" else " ").join(HELP[lang].split())
    assert wanted in joined, shown
    assert "4〜365" not in joined and "4-365" not in joined


@pytest.mark.parametrize("raw", ["400", ""])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item5_within_error_says_what_small_values_do(lang: str, raw: str) -> None:
    done = run("--lang", lang, "due", "--within", raw, env=WIDE)
    assert done.exit_code == 2
    assert ERROR[lang] in done.stderr, done.stderr
    assert len(done.stderr.splitlines()) == 1
