"""Review 44c, R-minor 10 and 12 (round 53): `charge`'s sentences break between phrases at every
width: never inside 「考えにくい」 (nor any 〜にくい/〜やすい word of the data) or 「請求された」,
and the refund note of a doubled fee says each date once."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

import primehelp
from primehelp.output import phrases
from primehelp.output.linebreak import LineBreaker
from tests.support.clihelp import statement_file
from tests.support.clihelp import statement_screen as _statement
from tests.support.kinsoku import char_width, divide_at_spaces, text_width

BREAKER = LineBreaker(char_width, text_width, divide_at_spaces, phrases.bundled())
PACKAGE = Path(primehelp.__file__).parent
# a 〜にくい / 〜やすい word with its verb's stem (「考えにくい」, 「貼り付けやすい」)
EASY_HARD = re.compile(r"[\u4e00-\u9fff々][\u3041-\u3093]{0,2}(?:にく|やす)[いく]")


def _lines(text: str, width: int) -> list[str]:
    bounds = [0, *BREAKER.offsets(text, width), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


def _sentences() -> list[str]:
    """Every Japanese sentence of the data with a 〜にくい / 〜やすい word, placeholders filled."""
    found = []
    for path in sorted(PACKAGE.glob("data/*.toml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("ja = ") and EASY_HARD.search(line):
                found.append(re.sub(r"\{[a-z_]+\}", "〇〇", line[6:-1]))
    return found


def test_the_data_has_such_words() -> None:
    words = {m.group() for s in _sentences() for m in EASY_HARD.finditer(s)}
    assert {"考えにくい", "付けやすい"} <= {w[-5:] for w in words}, words


@pytest.mark.parametrize("width", range(30, 101))
def test_no_break_inside_an_easy_or_hard_word(width: int) -> None:
    for sentence in _sentences():
        for match in EASY_HARD.finditer(sentence):
            start, end = match.span()
            word = "考えにくい" if "考えにくい" in match.group() else match.group()[-5:]
            at = sentence.index(word, start) if word in sentence[start:end] else start
            cuts = set(BREAKER.offsets(sentence, width))
            inside = {c for c in cuts if at < c < at + len(word)}
            assert not inside, (width, sentence, _lines(sentence, width))


@pytest.mark.parametrize("width", ["40", "60", "80", "100"])
@pytest.mark.parametrize(
    ("first", "second"), [("2026/10/01", "2026/10/01"), ("2026/10/01", "2026/10/05")]
)
def test_the_refund_note_breaks_between_phrases(
    tmp_path: Path, width: str, first: str, second: str
) -> None:
    path = statement_file(
        tmp_path,
        f"{first},AMAZON PRIME,600",
        f"{second},AMAZON PRIME,600",
        "2026/11/01,AMAZON PRIME,600",
        "2026/11/10,AMAZON PRIME,-600",
    )
    screen = _statement(path, width=width)
    assert "請求さ\n" not in screen and "請求され\n" not in screen
    assert not re.search(r"月会\n|会\n費|の2\n回|2回\nの", screen), screen


def _refund(tmp_path: Path, first: str, second: str, lang: str) -> str:
    path = statement_file(
        tmp_path,
        f"{first},AMAZON PRIME,600",
        f"{second},AMAZON PRIME,600",
        "2026/11/01,AMAZON PRIME,600",
        "2026/11/10,AMAZON PRIME,-600",
    )
    return " ".join(_statement(path, lang).split())


def test_two_fees_of_one_day_say_the_day_once(tmp_path: Path) -> None:
    ja = _refund(tmp_path, "2026/10/01", "2026/10/01", "ja")
    assert "2026年10月1日と2026年10月1日" not in ja
    assert (
        "2026年11月1日の月会費（600円）の返金か、2026年10月1日の2回の月会費のうち1回分の返金の可能性があります。"
        in ja
    )
    en = _refund(tmp_path, "2026/10/01", "2026/10/01", "en")
    assert "2026-10-01 and 2026-10-01" not in en
    assert "one of the two monthly fees both charged on 2026-10-01" in en


def test_two_fees_of_two_days_say_each_day_once(tmp_path: Path) -> None:
    ja = _refund(tmp_path, "2026/10/01", "2026/10/05", "ja")
    assert ja.count("2026年10月1日") == 2  # the row's date, and the note's
    assert (
        "2026年11月1日の月会費（600円）の返金か、2026年10月1日と2026年10月5日の2回の月会費のうち1回分の返金の可能性があります。"
        in ja
    )
    en = _refund(tmp_path, "2026/10/01", "2026/10/05", "en")
    assert "one of the two monthly fees charged on 2026-10-01 and 2026-10-05" in en
