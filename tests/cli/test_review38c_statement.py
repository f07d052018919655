"""Review 38c, ``charge --statement``: columns named with ``--columns`` that do not fit the
file are refused, never read as "no Amazon line" (item 1) or a balance read as the amount
(item 3)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from primehelp.cli.statement_option import read_summary
from primehelp.errors import BadInput
from tests.support.tiny_classifier import classify

GENERIC = Path(__file__).parents[1] / "fixtures" / "statements" / "generic-utf8.csv"
ROLES = ("date", "description", "amount", "_")


def _read(columns: str) -> tuple[str, str] | int:
    try:
        summary = read_summary(str(GENERIC), columns, classify, "2026-12-06")
    except BadInput as refused:
        return refused.message.ja, refused.message.en
    return len(summary.lines)


def test_the_example_the_help_gives_reads_a_four_column_file() -> None:
    assert GENERIC.read_text("utf-8").startswith("日付,摘要,金額,残高")
    assert _read("date,description,amount,_") == 3


@pytest.mark.parametrize("order", list(itertools.permutations(ROLES)))
def test_every_order_finds_the_amazon_lines_or_is_refused(order: tuple[str, ...]) -> None:
    """Item 1 over all 24 orders: only the right one reads; any other is refused (exit 2) with
    the file's header, never read as 「Amazonの行は見つかりませんでした」 or a balance as amounts."""
    said = _read(",".join(order))
    if order == ("date", "description", "amount", "_"):
        assert said == 3
        return
    assert isinstance(said, tuple), order
    ja, en = said
    assert "--columns" in ja and "--columns" in en


def test_the_amazon_texts_in_a_skipped_column_are_named() -> None:
    said = _read("date,_,description,amount")
    assert isinstance(said, tuple)
    ja = " ".join(said[0].split())
    assert "2列目に「AMAZON PRIME」" in ja
    assert "「日付,摘要,金額,残高」" in ja
    assert "--columns date,description,amount,_" in ja


def test_a_balance_picked_as_the_amount_names_the_amount_column() -> None:
    said = _read("date,description,_,amount")
    assert isinstance(said, tuple)
    ja = " ".join(said[0].split())
    assert "見出しは「残高」" in ja
    assert "「金額」（3列目）" in ja
