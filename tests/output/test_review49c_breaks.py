"""Review 49c, item 25 (R-major): a sentence added after another (「…可能性があります。」 then
「この請求は、…に返金されたと考えられます。」) is never broken after its first character
(「こ│の請求は」): its phrases are those of a sentence that starts a line."""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys

import pytest

from primehelp.output import phrases
from primehelp.output.linebreak import LineBreaker
from tests.support.kinsoku import char_width, divide_at_spaces, text_width

BREAKER = LineBreaker(char_width, text_width, divide_at_spaces, phrases.bundled())
# a line that ends with one kana or kanji after a sentence's end: a word cut after its first
LONE_START = re.compile(r"[。！？][\u3041-\u30ff\u4e00-\u9fff]$")


def _lines(text: str, width: int) -> list[str]:
    bounds = [0, *BREAKER.offsets(text, width), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


@pytest.mark.parametrize(
    "text",
    [
        "アカウントの会費の可能性があります。この請求は、2026年11月6日に返金されたと考えられます。",
        "2026年11月10日時点のAmazonプライムの会費ではありません。この請求は、2026年11月13日に返金されたと考えられます。",
    ],
)
@pytest.mark.parametrize("width", range(30, 61))
def test_no_lone_first_character_after_a_sentence(text: str, width: int) -> None:
    for line in _lines(text, width)[:-1]:
        assert not LONE_START.search(line), (width, line)


@pytest.mark.parametrize(
    ("fixture", "columns"),
    [("review46c/v2.csv", 40), ("review46c/m3.csv", 40), ("review45c/unk.csv", 60)],
)
def test_statement_screens_keep_the_sentence_start(fixture: str, columns: int) -> None:
    args = [sys.executable, "-m", "primehelp", "charge", "--statement", f"tests/fixtures/{fixture}"]
    env = {"COLUMNS": str(columns), "PRIMEHELP_TODAY": "2026-12-06"}
    done = subprocess.run(
        [*args, "--lang", "ja"], capture_output=True, text=True, env={**os.environ, **env}
    )
    assert done.returncode in (0, 1), done.stderr
    for line in done.stdout.splitlines():
        assert not LONE_START.search(line.rstrip()), line


@pytest.mark.parametrize("width", range(30, 81))
def test_a_break_after_the_full_stop_is_still_a_break(width: int) -> None:
    """The rule reads inside a sentence only: the break before its first character stays one
    (never 「…日付です。Prime Student │月間プランなら」)."""
    text = (
        "更新日（2026年12月31日）は、今日から1か月を超えて先の日付です。"
        "Prime Student 月間プランなら、次の更新日は今日から1か月以内のはずです。"
    )
    for line in _lines(text, width)[:-1]:
        assert not line.endswith("Student "), (width, line)
