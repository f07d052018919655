"""Review 40c (charge --statement, refunds): item 3 and the S items of the refund matching."""

from __future__ import annotations

import datetime as dt

import pytest

from primehelp.content import statement as content
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
# fee) ends the year from that day; a later one (「…の236日後です。…ほかの請求の返金の可能性も
# あります」) ends nothing.
_REFUND_DAYS = [_YEAR + dt.timedelta(days=n) for n in (3, 20, 31, 32, 60, 100, 236, 360)]


@pytest.mark.parametrize("refund", _REFUND_DAYS)
def test_3_a_refund_ends_the_year_only_from_its_day_and_a_doubtful_one_not_at_all(
    refund: dt.date,
) -> None:
    doubtful = (refund - _YEAR).days > 31
    rows = [(_YEAR, 5900), *((m, 600) for m in _MONTHS), (refund, -5900)]
    flags = _flags(sorted(rows))
    for month in _MONTHS:
        paid_both = doubtful or month < refund
        assert (Flag.BOTH_PRIME_PLANS in flags[(month, 600)]) is paid_both, (refund, month)
    assert (Flag.BOTH_PRIME_PLANS in flags[(_YEAR, 5900)]) is (doubtful or _MONTHS[0] < refund)
