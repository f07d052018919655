"""Review 49a, item 6 (R-major): `check-number 0120-999-373` at 80 columns broke 「支払い│情報」.
BudouX's model does not know 「払」 and starts a phrase after 「支払い」 when a kanji follows; a
noun made of 「支払い」/「払い」 and a kanji word (「支払い情報」, 「支払い方法」) is one word, at
every width, in the data's sentences and on the screens that show them."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

import primehelp
from primehelp.output import phrases
from primehelp.output.linebreak import LineBreaker
from tests.support.clihelp import run, word_cut
from tests.support.kinsoku import char_width, divide_at_spaces, text_width

BREAKER = LineBreaker(char_width, text_width, divide_at_spaces, phrases.bundled())
UNSEEN = LineBreaker(char_width, text_width, divide_at_spaces, None)  # text the data never saw
PACKAGE = Path(primehelp.__file__).parent
PAID = re.compile(r"支?払い[\u4e00-\u9fff々]{1,2}")


def _sentences() -> list[str]:
    found = []
    for path in sorted(PACKAGE.glob("data/*.toml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("ja = ") and PAID.search(line):
                found.append(re.sub(r"\{[a-z_]+\}", "〇〇", line[6:-1]))
    return found


def test_the_data_has_such_words() -> None:
    assert any("支払い情報" in sentence for sentence in _sentences())


@pytest.mark.parametrize("breaker", [BREAKER, UNSEEN], ids=["data", "unseen"])
@pytest.mark.parametrize("width", range(30, 121))
def test_no_break_inside_a_payment_word(breaker: LineBreaker, width: int) -> None:
    for sentence in [*_sentences(), "その場合も、電話で支払い方法を聞かれたら応じないでください。"]:
        cuts = set(breaker.offsets(sentence, width))
        for match in PAID.finditer(sentence):
            inside = {c for c in cuts if match.start() < c < match.end()}
            bounds = [0, *sorted(cuts), len(sentence)]
            lines = [sentence[a:b] for a, b in itertools.pairwise(bounds)]
            assert not inside, (width, lines)


@pytest.mark.parametrize("columns", [40, 60, 80, 100, 120])
@pytest.mark.parametrize("number", ["0120-999-373", "03-6630-8855", "+1 855 370 0151"])
def test_check_number_keeps_the_word(number: str, columns: int) -> None:
    done = run("check-number", number, "--lang", "ja", env={"COLUMNS": str(columns)})
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert not word_cut(lines, "支払い情報"), lines
