"""Review 43a, S 23: the ADR line glossed a term with itself (「重要消費者紛争（全国的に重要な消費者
紛争）」). The plain words come first now, the legal term after them in brackets."""

from __future__ import annotations

from tests.support.clihelp import run


def test_the_adr_line_says_the_plain_words_first() -> None:
    for command in (["contact"], ["complain", "renewal"]):
        out = "".join(run(*command, env={"COLUMNS": "1000"}).stdout.split())
        assert "全国的に重要な消費者紛争を扱います" in out, command  # once (review 52a, item 3)
        assert "重要消費者紛争（全国的に" not in out, command
