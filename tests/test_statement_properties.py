"""The statement reader never crashes: any bytes, any cells, any ``--columns`` → a summary or
BadInput, and a summary's totals always add up."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from primehelp.content import statement as content
from primehelp.errors import BadInput
from primehelp.output.envelope import jsonable
from primehelp.statement import Flag, StatementSummary, summarise
from primehelp.statement_columns import parse_columns
from primehelp.statement_csv import Columns, StatementLine, read_statement
from primehelp.statement_refund_sum import parts_of
from tests.support.tiny_classifier import classify

CONTENT = content.load()
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
FIXTURES = sorted((Path(__file__).parent / "fixtures" / "statements").glob("*.csv"))


def _summary(data: bytes, columns: Columns | None = None) -> StatementSummary | None:
    """The summary, or None when the input is refused (the CLI's exit 2)."""
    try:
        return summarise(read_statement(data, columns), CONTENT, classify)
    except BadInput as refused:
        assert refused.message.ja and refused.message.en
        assert "\n" not in refused.message.ja + refused.message.en
        return None


def _assert_adds_up(summary: StatementSummary | None) -> None:
    if summary is None:
        return
    lines = summary.lines
    zero = summary.zero_amount_rows  # counted apart (review 20a, item 5)
    assert summary.rows == summary.skipped_rows + len(lines) + summary.other_lines + zero
    assert sum(m.charged_yen for m in summary.months) == sum(
        line.amount_yen for line in lines if line.amount_yen > 0
    )
    assert sum(m.refunded_yen for m in summary.months) == -sum(
        line.amount_yen for line in lines if line.amount_yen < 0
    )
    for month in summary.months:
        assert month.charged_yen == sum(total.charged_yen for total in month.services)
    assert summary.flagged == sum(
        1
        for line in lines
        if {
            Flag.NO_KNOWN_PRICE,
            Flag.SAME_CHARGE_TWICE,
            Flag.MONTHLY_TWICE,  # given instead of SAME_CHARGE_TWICE on monthly fees (34c, 1)
            Flag.MONTHLY_GUESS_TWICE,
            Flag.BOTH_PRIME_PLANS,
            Flag.FEE_REFUNDED_BEFORE,
            Flag.LOOKS_LIKE_AMAZON,  # a corrupted 「AMAZON」 (「AMAZ\x01N」) imitates it (42c, 4)
        }
        & set(line.flags)
    )
    assert [line.date for line in lines] == sorted(line.date for line in lines)
    for lang in ("ja", "en"):  # what --json prints: every string encodable, nothing unknown
        json.dumps(jsonable(summary, lang), ensure_ascii=False).encode("utf-8")


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes(data: bytes) -> None:
    _assert_adds_up(_summary(data))


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes_with_columns(data: bytes) -> None:
    _assert_adds_up(_summary(data, Columns(0, 1, 2)))


_SAMPLES = (
    "2026/10/03", "2026-11-1", "２０２６年１１月３日", "20261103", "2026/02/30", "'22/08",
    "AMAZON PRIME", "ＡＭＡＺＯＮ　ＤＯＷＮＬＯＡＤＳ", "Amazon Pay提携サイト", "AMZN DIGITAL",
    "ｱﾏｿﾞﾝ", "AMAZON.CO.JP 利用国USA", "ローソン",
    "600", "980", "-600", "△1,500", "5,900", "￥1,200円", "", "600.00", "1e3",
    "利用日", "利用店名・商品名", "利用金額", "ご利用年月日", "ご利用箇所", "ご利用額",
    "払戻額", "利用日/キャンセル日", "山田　花子　様", "4980-11**-****-****",
    '"', '""', "\r", "\n", ",",
)  # fmt: skip
_CELLS = st.one_of(st.sampled_from(_SAMPLES), st.text(max_size=12))


@SETTINGS
@given(
    st.lists(st.lists(_CELLS, max_size=12), max_size=40),
    st.sampled_from(["utf-8", "utf-8-sig", "cp932"]),
    st.sampled_from(["\n", "\r\n"]),
    st.booleans(),
)
def test_any_table_of_statement_cells(
    rows: list[list[str]], encoding: str, newline: str, quoted: bool
) -> None:
    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if quoted else value

    text = newline.join(",".join(cell(value) for value in row) for row in rows)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    _assert_adds_up(_summary(data))
    _assert_adds_up(_summary(data, Columns(0, 1, 2)))


@SETTINGS
@given(st.sampled_from(FIXTURES), st.integers(min_value=0, max_value=1200), st.binary(max_size=8))
def test_corrupted_fixtures(path: Path, position: int, junk: bytes) -> None:
    """A real statement with bytes replaced somewhere: still a summary or a refusal."""
    data = path.read_bytes()
    cut = position % (len(data) + 1)
    _assert_adds_up(_summary(data[:cut] + junk + data[cut + len(junk) :]))


@SETTINGS
@given(st.text(max_size=200))
def test_any_columns_spec(spec: str) -> None:
    try:
        columns = parse_columns(spec)
    except BadInput as refused:
        assert "--columns" in refused.message.en and "--columns" in refused.message.ja
        return
    assert len({columns.date, columns.description, columns.amount}) == 3


_PRIME_AMOUNTS = (600, 5900, 2950, -600, -5900, -2950, -1200, -300, -5000)


@SETTINGS
@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=500), st.sampled_from(_PRIME_AMOUNTS)),
        min_size=1,
        max_size=25,
    )
)
def test_refunds_tied_to_one_fee_never_exceed_it(rows: list[tuple[int, int]]) -> None:
    """Review 31c, item 1: the refunds the summary ties to one fee of the file add up to no more
    than that fee, and each refund is tied to a fee charged before it."""
    start = dt.date(2025, 1, 1)
    text = "\n".join(
        f"{(start + dt.timedelta(days=day)).isoformat()},AMAZON PRIME,{yen}" for day, yen in rows
    )
    summary = summarise(read_statement(text.encode(), Columns(0, 1, 2)), CONTENT, classify)
    by_row = {line.row: line for line in summary.lines}
    tied: dict[int, int] = {}
    summed: set[int] = set()  # refunds of two or more fees at once (review 42c, item 11)
    for line in summary.lines:
        if line.refund_of_row is not None:
            fee = by_row[line.refund_of_row]
            assert fee.amount_yen > 0 and fee.date <= line.date
            parts = parts_of(line, fee, list(summary.lines))
            if len(parts) > 1:  # 600, 600, −1,200: each fee given back whole, none twice
                assert sum(part.amount_yen for part in parts) == -line.amount_yen
                assert all(part.date <= line.date for part in parts)
                summed.add(line.row)
                for part in parts:
                    tied[part.row] = tied.get(part.row, 0) + part.amount_yen
                continue
            tied[fee.row] = tied.get(fee.row, 0) - line.amount_yen
    assert all(back <= by_row[row].amount_yen for row, back in tied.items())
    for line in summary.lines:  # review 32c, item 1: a whole fee of a plan is read as that fee
        reading = classify(StatementLine(line.row, line.date, line.description, line.amount_yen))
        if line.amount_yen < 0 and reading.known_price and reading.service.startswith("prime_"):
            if line.row in summed:
                assert "一部返金" not in line.label.ja  # whole fees given back
                continue
            part = line.refund_of_row is not None
            if part and by_row[line.refund_of_row].amount_yen != -line.amount_yen:
                # review 30c, item 1 (round 38): a fee of the file with room is the first
                # reading; the plan's whole fee, not in the file, is said as the second
                own = any(x.service == reading.service and x.amount_yen > 0 for x in summary.lines)
                also = f"の会費（{-line.amount_yen:,}円）の返金の可能性もあります"
                assert "一部返金" in line.label.ja
                assert own or also in (line.detail.ja if line.detail else "")
                continue
            assert line.service == reading.service and "一部返金" not in line.label.ja


_FEE_AMOUNTS = (600, 5900, 2950)


@SETTINGS
@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=500), st.sampled_from(_FEE_AMOUNTS)),
        min_size=1,
        max_size=12,
    ),
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=500), st.sampled_from(_FEE_AMOUNTS)),
        min_size=1,
        max_size=4,
    ),
)
def test_a_refund_read_as_no_fee_clears_no_fee_warning(
    fees: list[tuple[int, int]], refunds: list[tuple[int, int]]
) -> None:
    """Review 41c, item 1: refunds read first as a shop order (the fee's only possibly) leave
    every Prime fee's flags as they are without them."""
    start = dt.date(2025, 1, 1)

    def rows(text: str, lines: list[tuple[int, int]], sign: int) -> list[str]:
        return [f"{(start + dt.timedelta(days=d)).isoformat()},{text},{sign * y}" for d, y in lines]

    def flags(lines: list[str]) -> list[tuple[int, tuple[Flag, ...]]]:
        summary = summarise(
            read_statement("\n".join(lines).encode(), Columns(0, 1, 2)), CONTENT, classify
        )
        return [(x.row, x.flags) for x in summary.lines if x.amount_yen > 0]

    charges = rows("AMAZON PRIME", fees, 1)
    assert flags(charges) == flags(charges + rows("AMAZON.CO.JP", refunds, -1))
