"""Review 40c (charge --statement, refunds): item 3 and the S items of the refund matching."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from primehelp.cli.statement_option import read_summary
from primehelp.content import statement as content
from primehelp.errors import BadInput
from primehelp.statement import Flag, summarise
from primehelp.statement_csv import read_statement
from tests.support.tiny_classifier import classify

CONTENT = content.load()
_YEAR = dt.date(2026, 3, 10)
_MONTHS = (dt.date(2026, 3, 25), dt.date(2026, 4, 5), dt.date(2026, 5, 5), dt.date(2026, 6, 5))


def _flags(rows: list[tuple[dt.date, int]]) -> dict[tuple[dt.date, int], set[Flag]]:
    text = "日付,摘要,金額\n" + "".join(f"{d:%Y/%m/%d},AMAZON PRIME,{y}\n" for d, y in rows)
    summary = summarise(read_statement(text.encode(), None), CONTENT, classify)
    return {(x.date, x.amount_yen): set(x.flags) for x in summary.lines}


# ---------------------------------------------------------------- item 3

# The full refund of the annual fee on each day: a day the screen trusts (within a month of the
# fee) gives the fee back, no fee paid beside the monthly fees (review 41c, item 4: it ended the
# year from its day only before); a later one (「…の236日後です。…ほかの請求の返金の可能性も
# あります」) ends nothing.
_REFUND_DAYS = [_YEAR + dt.timedelta(days=n) for n in (3, 20, 31, 32, 60, 100, 236, 360)]


@pytest.mark.parametrize("refund", _REFUND_DAYS)
def test_3_a_trusted_refund_ends_the_fee_and_a_doubtful_one_not_at_all(
    refund: dt.date,
) -> None:
    doubtful = (refund - _YEAR).days > 31
    rows = [(_YEAR, 5900), *((m, 600) for m in _MONTHS), (refund, -5900)]
    flags = _flags(sorted(rows))
    for month in _MONTHS:
        assert (Flag.BOTH_PRIME_PLANS in flags[(month, 600)]) is doubtful, (refund, month)
    assert (Flag.BOTH_PRIME_PLANS in flags[(_YEAR, 5900)]) is doubtful


# ---------------------------------------------------------------- S 1


def _refund_said(rows: list[tuple[str, int]], lang: str = "ja") -> str:
    text = "日付,摘要,金額\n" + "".join(f"{d},AMAZON PRIME,{y}\n" for d, y in rows)
    summary = summarise(read_statement(text.encode(), None), CONTENT, classify)
    back = [x for x in summary.lines if x.amount_yen < 0][-1]
    assert back.detail is not None
    return back.detail.ja if lang == "ja" else back.detail.en


@pytest.mark.parametrize(
    ("first", "second"), [("2026/10/05", "2026/10/06"), ("2026/09/30", "2026/10/10")]
)
@pytest.mark.parametrize("back", ["2026/11/05", "2026/11/20"])
def test_s1_a_refund_after_a_double_charge_names_it_too(first: str, second: str, back: str) -> None:
    rows = [(first, 600), (second, 600), ("2026/11/05", 600), (back, -600)]
    ja = _refund_said(rows)
    day = "2026年{}月{}日".format
    assert "2026年11月5日の月会費（600円）" in ja
    for d in (first, second):
        _y, m, n = d.split("/")
        assert f"{day(int(m), int(n))}" in ja, ja
    assert "1回分" in ja
    assert first.replace("/", "-") in _refund_said(rows, "en")


def test_s1_a_double_charge_already_refunded_is_not_named_again() -> None:
    rows = [("2026/10/05", 600), ("2026/10/06", 600), ("2026/10/08", -600)]
    rows += [("2026/11/05", 600), ("2026/11/20", -600)]
    assert "1回分" not in _refund_said(rows)
    assert "1回分" not in _refund_said(
        [("2026/10/05", 600), ("2026/11/05", 600), ("2026/11/20", -600)]
    )


def test_s1_a_double_charge_months_before_the_refund_is_not_named() -> None:
    rows = [("2026/01/31", 600), ("2026/02/01", 600), ("2026/11/05", 600), ("2026/11/20", -600)]
    assert "1回分" not in _refund_said(rows)


# ---------------------------------------------------------------- S 7


@pytest.mark.parametrize(
    "text",
    ['"利用日","利用店名・商品名","利用金額"\n', "日付,摘要,金額\n", "日付,摘要,金額\n,,\n"],
)
def test_s7_a_file_with_no_dated_row_is_refused(text: str, tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BadInput) as refused:
        read_summary(str(path), None, classify, "2026-12-06")
    said = refused.value.message.ja  # the header-only refusal of the generic layout, or S 7's
    assert "1件もありません" in said or "見出しの行だけです" in said, said
