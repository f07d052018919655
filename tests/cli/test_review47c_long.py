"""Review 47c, items 5 and 6: long input. A TEXT or a description cell longer than a card prints
is refused in one line naming the limit; the readings of a long text are linear (no recursion,
no joining of every later word); a file of more Amazon lines than are read in a few seconds is
refused in one line naming the limit (timings: benchmarks/statement.py, never here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.amounts import LONGEST_TEXT
from primehelp.content.statement_match import broken_name, extra_words, joined_texts
from primehelp.statement_refusals import MOST_AMAZON_LINES
from tests.support.clihelp import run

FILES = Path(__file__).parents[1] / "fixtures" / "review47c"
ENV = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}
LONG = ("AMAZON PRIME " * 8000).strip()  # 103,999 characters


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "明細の表記が長すぎます（103,999文字）。明細の1行の表記（300文字まで）だけを",
        ),
        ("en", "the statement text (TEXT) is too long (103,999 characters): give the text of one "),
    ],
)
def test_a_long_text_is_refused_in_one_line(lang: str, said: str) -> None:
    done = run("charge", "600", LONG, "--lang", lang, env=ENV)
    assert done.exit_code == 2
    assert said in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_a_text_at_the_limit_is_read() -> None:
    text = ("AMAZON PRIME " * 30)[:LONGEST_TEXT].strip()
    done = run("charge", "600", text, "--json", env=ENV)
    assert done.exit_code in (0, 1)
    assert done.json()["data"]["candidates"]


def test_the_readings_of_a_long_text_are_those_of_a_short_one() -> None:
    # joined_texts recursed once per listed text: 2,000 of them raised RecursionError
    assert joined_texts(LONG, ["AMAZON PRIME"]) == ("AMAZON PRIME",) * 8000
    assert joined_texts("AMAZON PRIME AMAZON PRIME", ["AMAZON PRIME"]) == ("AMAZON PRIME",) * 2
    assert joined_texts("AMAZON PRIME TOP", ["AMAZON PRIME"]) == ()
    tail = " ".join(["jp"] * 5000 + ["top"] + ["利用国", "usa"] * 3)
    assert extra_words(tail, ["jp", "利用国usa"]) == ["top"]  # a word over two tokens still read
    assert broken_name("ama zon " * 3000, ("amazon",))
    assert not broken_name("amazon " * 3000, ("amazon",))


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "ファイルの2行目の明細の表記が長すぎます（3,899文字）。明細の1行の表記は300文字までです。",
        ),
        ("en", "line 2 of the file has a statement text too long (3,899 characters)"),
    ],
)
def test_a_long_description_cell_is_refused(lang: str, said: str) -> None:
    done = run("charge", "--statement", str(FILES / "longcell.csv"), "--lang", lang, env=ENV)
    assert done.exit_code == 2
    assert said in done.stderr and len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "明細のファイルにAmazonの行が多すぎます（2,001件）。1回に読み込めるAmazonの行は2,000件までです。",
        ),
        (
            "en",
            "the statement file has too many Amazon lines (2,001): one file is read with up to 2,000",
        ),
    ],
)
def test_a_file_of_too_many_amazon_lines_is_refused(tmp_path: Path, lang: str, said: str) -> None:
    rows = [
        f'"2026/{i % 11 + 1:02d}/{i % 28 + 1:02d}","AMAZON.CO.JP","本人","1回払い","1200"'
        for i in range(MOST_AMAZON_LINES + 1)
    ]
    rows += ['"2026/10/03","ローソン","本人","1回払い","500"'] * 50  # other lines do not count
    path = tmp_path / "many.csv"
    path.write_text(
        '"利用日","利用店名・商品名","利用者","支払方法","利用金額"\n' + "\n".join(rows) + "\n"
    )
    done = run("charge", "--statement", str(path), "--lang", lang, env=ENV)
    assert done.exit_code == 2
    assert said in done.stderr and len(done.stderr.strip().splitlines()) == 1
