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


# ---------------------------------------------------------------- leftovers of the charge fix


def test_the_statement_partial_refund_legend_names_the_choice_as_cancel_does() -> None:
    """Item 6 in the statement's legend: 「今すぐ終了したとき」 had no subject."""
    from primehelp.facts import ui

    legend = ui("explain.partial_refund_again", "ui_statement")
    assert "今すぐ終了したとき" not in legend.ja
    assert "プライムを解約するときに今すぐ終了するほうを選んだ" in legend.ja


def test_a_line_naming_a_service_at_none_of_its_prices_is_estimated_from_the_name(
    tmp_path: Path,
) -> None:
    """「AUDIBLE JP」 600 (「AUDIBLE JAPAN」 until round 53: 「JAPAN」 is an extra word, 44c 1) is no Audible price: 「…（表記にあるサービス名から推定）」, never
    「…名と金額から推定」 (match name_only); 「KINDLE UNLIMITED」 980 keeps 「…と金額から推定」."""
    from primehelp.cli.charge import _classifier

    path = tmp_path / "named.csv"
    path.write_text(
        "日付,摘要,金額\n2026-11-01,AUDIBLE JP,600\n2026-11-02,KINDLE UNLIMITED,980\n", "utf-8"
    )
    summary = read_summary(str(path), "date,description,amount", _classifier(), "2026-12-06")
    said = {line.description: line.label.ja for line in summary.lines}
    assert said["AUDIBLE JP"].endswith("の可能性（表記にあるサービス名から推定）"), said
    assert said["KINDLE UNLIMITED"].endswith("（表記にあるサービス名と金額から推定）"), said


# ---------------------------------------------------------------- item 4


def test_the_duplicate_check_is_said_as_it_is_made(tmp_path: Path) -> None:
    """Item 4: two 600-yen fees are flagged exactly when they fall in one month or less than 25
    days apart, and every wording of the check (flags, all-clear) says that, never 「30日以内」 or
    「同じ月に重複」 alone (a 28-day pair over a month's end was all-clear under 「30日以内」)."""
    import datetime as dt

    from primehelp.cli.charge import _classifier
    from primehelp.facts import ui
    from primehelp.statement_twice import close

    said = "同じ月のうちに、または25日未満の間隔で"
    for key in ("none_flagged", "flag.same_charge_twice", "flag.monthly_twice",
                "flag.monthly_guess_twice"):  # fmt: skip
        assert said in ui(key, "ui_statement").ja, key
        assert "30日" not in ui(key, "ui_statement").ja
    assert said in ui("statement_none_flagged", "ui_charge").ja  # the line the screen prints
    first = dt.date(2026, 3, 5)
    for gap in range(1, 40):
        second = first + dt.timedelta(days=gap)
        path = tmp_path / f"pair{gap}.csv"
        path.write_text(
            f"日付,摘要,金額\n{first},AMAZON PRIME,600\n{second},AMAZON PRIME,600\n", "utf-8"
        )
        summary = read_summary(str(path), "date,description,amount", _classifier(), "2026-12-06")
        assert (summary.flagged == 2) is close(first, second), gap
