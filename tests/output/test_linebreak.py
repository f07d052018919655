"""The line-breaking engine alone (kinsoku shori), with Unicode's widths and without Rich.

The same engine with Rich's widths, in Rich's text class and in the commands' output, is
tested in tests/test_japanese_wrapping.py.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from primehelp.output.linebreak import LineBreaker
from tests.support.kinsoku import (
    PLAIN,
    SENTENCE,
    URL,
    assert_kinsoku,
    mixed_text,
    pieces,
    text_width,
)


def test_the_engine_imports_no_rich() -> None:
    code = (
        "import sys\n"
        "from primehelp.output.linebreak import LineBreaker\n"
        "breaker = LineBreaker(lambda c: 2 if ord(c) > 0x3000 else 1, len, lambda *_: [])\n"
        "assert breaker.offsets('あいうえ漢。かきくけこ', 10) == [4, 9]\n"
        "print(sorted(m for m in sys.modules if m == 'rich' or m.startswith('rich.')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout == "[]\n"


def test_each_terminal_measure_is_its_own() -> None:
    """Two breakers with different widths do not share what they learnt of a character."""
    assert PLAIN.offsets("あいうえおかきくけこ", 5) == [2, 4, 6, 8]
    # Every character one cell wide: no CJK on this terminal, so the line goes to ``divide``.
    narrow = LineBreaker(lambda _char: 1, len, lambda _line, width, _fold: [width])
    assert narrow.offsets("あいうえおかきくけこ", 5) == [5]


# ---------------------------------------------------------------- break points


@pytest.mark.parametrize("width", [10, 13, 20, 27, 33, 40, 58, 60, 61, 80])
def test_japanese_sentence_obeys_kinsoku_at_every_width(width: int) -> None:
    lines = pieces(SENTENCE, width)
    assert "".join(lines) == SENTENCE
    assert_kinsoku(lines, width)
    assert len(lines) > 1 or text_width(SENTENCE) <= width
    assert any("16:00" in line for line in lines)  # a time is never split


def test_a_full_stop_that_does_not_fit_takes_the_character_before_it_along() -> None:
    # a kanji before 「。」: one or two kana before it are kept from a line start otherwise (51a, 30)
    assert pieces("あいうえ漢。かきくけこ", 10) == ["あいうえ", "漢。かきく", "けこ"]


def test_small_kana_and_the_long_vowel_mark_never_start_a_line() -> None:
    assert pieces("ちょっと", 4) == ["ちょ", "っと"]
    assert pieces("データです", 4) == ["デー", "タで", "す"]


def test_an_opening_bracket_goes_to_the_next_line() -> None:
    assert pieces("あいう「えお」です", 8) == ["あいう", "「えお」", "です"]


def test_a_number_stays_with_its_counter() -> None:
    for width in range(8, 30):
        assert any("3日" in line for line in pieces("会員期間が終わる3日前に届きます。", width))


def test_a_latin_phrase_in_japanese_breaks_at_its_space_only_as_a_last_resort() -> None:
    text = "そのためPrime Studentの会員資格は最長4年間です。"
    for width in range(14, 40):
        lines = pieces(text, width)
        assert any("Prime Student" in line for line in lines), (width, lines)
    assert pieces("Prime Studentです", 8)[:2] == ["Prime ", "Student"]  # longer than a line


def test_a_url_moves_to_its_own_line_rather_than_break() -> None:
    text = f"お問い合わせページ：{URL}（確認日 2026-11-25）"
    for width in range(len(URL), 100):
        lines = pieces(text, width)
        assert any(URL in line for line in lines), (width, lines)
        assert_kinsoku(lines, width)


def test_a_url_longer_than_the_line_is_folded_at_the_width() -> None:
    lines = pieces(f"公式ヘルプ：{URL}", 20)
    assert "".join(lines) == f"公式ヘルプ：{URL}"
    assert all(text_width(line) <= 20 for line in lines)
    assert lines[0] == "公式ヘルプ："


def test_a_leading_bullet_never_stands_alone() -> None:
    lines = pieces("・Consumer Hotline 188 (消費生活センター)", 12, japanese=False)
    assert lines[0].startswith("・Consumer")


def test_english_keeps_a_japanese_term_whole_unless_it_cannot_fit() -> None:
    text = "calls go to the local centre (消費生活センター) for free advice"
    for width in range(22, 70):
        lines = pieces(text, width, japanese=False)
        assert any("(消費生活センター)" in line for line in lines), (width, lines)
    lines = pieces(text, 10, japanese=False)  # too narrow: broken inside, by the rules
    assert_kinsoku(lines, 10)


def test_no_legal_break_folds_at_the_width_and_never_exceeds_it() -> None:
    assert pieces("。。。。。。。。。。", 6) == ["。。。", "。。。", "。。。", "。"]
    # Folding still keeps 「、」 off the start of a line when it can.
    assert pieces("webcommu.net/amazonprime-price-increase、toyo", 20) == [
        "webcommu.net/amazonp",
        "rime-price-increas",
        "e、toyo",
    ]


def test_a_run_that_cannot_break_folds_before_an_id_it_holds_not_past_the_width() -> None:
    """Hypothesis found 「ター.(co.jp」 (11 cells) at 10: no break is allowed in it, and the fold
    point fell inside 「co.jp」 (an ID is never cut), so the line ran past the width whole. It
    folds before the ID instead, the opening bracket going along with it."""
    lines = pieces("Prime Prime消費者…センター.(co.jp", 10, japanese=False)
    assert lines[-2:] == ["ター.", "(co.jp"]


def test_without_fold_a_long_run_stays_whole_for_rich_to_crop() -> None:
    assert PLAIN.offsets(f"あ{URL}", 20, fold=False) == [1]


@settings(max_examples=300, deadline=None)
@given(text=mixed_text(), width=st.integers(10, 120), japanese=st.booleans())
def test_random_mixes_keep_the_invariants(text: str, width: int, japanese: bool) -> None:
    lines = pieces(text, width, japanese=japanese)
    assert "".join(lines) == text
    assert all(text_width(line.rstrip()) <= width for line in lines)
    if PLAIN.min_width(text, japanese) <= width:  # else a run is folded, rules or not
        assert_kinsoku(lines, width)
    assert all(line and not line[0].isspace() for line in lines[1:])
