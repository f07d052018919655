"""Review 41c, item 5: a bullet of 「確認が必要な行について」 broke its heading early
(「…25日未満の間隔で月会費が2回以上」│「請求されています：月間プランの…」 at 80 columns): BudouX keeps
「ます：月間」 in one phrase, so the heading was glued to the first words of its body."""

from __future__ import annotations

import pytest

from primehelp.facts import ui
from primehelp.output.console import japanese_breaker
from primehelp.output.linebreak import unicode_text_width
from primehelp.output.statement import _LOOK, flag_heading, statement_ui

BREAKER = japanese_breaker()
_PARAGRAPHS = [
    flag_heading(flag, "ja", 2008) + ui("colon")("ja") + statement_ui(f"explain.{flag.value}", "ja")
    for flag in _LOOK
]


def test_every_flag_has_a_paragraph() -> None:
    assert len(_PARAGRAPHS) == len(_LOOK) >= 10
    assert any("月会費が2回以上請求されています：" in p for p in _PARAGRAPHS)


@pytest.mark.parametrize("width", range(30, 101, 2))
@pytest.mark.parametrize("paragraph", _PARAGRAPHS)
def test_a_heading_is_never_broken_where_the_rest_of_it_fits(paragraph: str, width: int) -> None:
    colon = paragraph.index("：")
    start = 0
    for cut in BREAKER.offsets(paragraph, width):
        if cut > colon:
            break
        # a break before the colon only when the heading's rest does not fit on the line, or
        # after a comma (a label after it may keep its first words with it: break_units._NAMED)
        rest = paragraph[start : colon + 1]
        after_comma = paragraph[cut - 1] == "、"
        assert after_comma or unicode_text_width(rest) > width, (width, paragraph[start:cut], rest)
        start = cut
