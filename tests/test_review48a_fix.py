"""Fix of review 48a's open items (helper fix-48a): check-message's attachment-only mail, app
links, a From with two 「@」, its help, the capped-links note, look-alike spacing; fees' yen."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}


def _screen(*args: str, lang: str = "ja") -> str:
    return run("--lang", lang, "check-message", *args, env=WIDE).stdout


# ----------------------------- item 4: --help names every verdict and its exit code


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", ("危険な兆候が見つかった", "見つからなかった", "判定できない")),
        ("en", ("red flags are found", "none are", "cannot be told")),
    ],
)
def test_4_help_names_the_three_answers(lang: str, said: tuple[str, ...]) -> None:
    shown = " ".join(run("--lang", lang, "check-message", "--help", env=WIDE).stdout.split())
    for words in said:
        assert words in shown, (words, shown)
