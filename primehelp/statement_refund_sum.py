"""A Prime refund that gives back two or more fees of the file at once (review 42c, item 11:
600, 600 and −1,200 under 「AMAZON PRIME」 in a month): the fees of its text and one amount whose
sum it equals, the latest ones. The refund is tied to the latest of them (``refund_of_row``); the
others are found again from it by the same rule (:func:`parts_of`), never stored twice.
Pure: lines in, lines out."""

from __future__ import annotations

from primehelp.facts import japanese_date, ui
from primehelp.i18n import Text
from primehelp.statement import AmazonLine
from primehelp.statement_flags import IMITATION


def same_text(first: AmazonLine, second: AmazonLine) -> bool:
    """Whether two lines carry one text, as :func:`statement_values.compared` reads it."""
    from primehelp.statement_values import compared

    return compared(first.description) == compared(second.description)


def summed_fees(back: AmazonLine, fees: list[AmazonLine]) -> list[AmazonLine] | None:
    """The latest fees of ``fees`` of the refund's text and one amount, two or more, whose sum is
    the refund's amount, by date; None: no such fees. ``fees``: the fees it may give back (in its
    period, not refunded in part or in full yet), in the file's order."""
    mine = [x for x in fees if x.amount_yen > 0 and same_text(x, back)]
    for yen in sorted({x.amount_yen for x in mine}):
        count, rest = divmod(-back.amount_yen, yen)
        same = [x for x in mine if x.amount_yen == yen]
        if not rest and 2 <= count <= len(same):
            return sorted(same, key=lambda x: (x.date, x.row))[-count:]
    return None


def parts_of(back: AmazonLine, tied: AmazonLine, lines: list[AmazonLine]) -> list[AmazonLine]:
    """The fees ``back`` gives back, ``tied`` (its ``refund_of_row``) the latest: ``tied`` alone
    when the refund is no larger than it, else with the fees of its text and amount just before
    it, as many as the refund holds (:func:`summed_fees`)."""
    count = -back.amount_yen // tied.amount_yen if tied.amount_yen > 0 else 1
    if count < 2 or -back.amount_yen % tied.amount_yen:
        return [tied]
    before = [
        x
        for x in lines
        if x.amount_yen == tied.amount_yen
        and x is not tied
        and (x.date, x.row) < (tied.date, tied.row)
        and same_text(x, tied)
    ]
    return [*sorted(before, key=lambda x: (x.date, x.row))[-(count - 1) :], tied]


def summed_back(lines: list[AmazonLine]) -> set[int]:
    """The ids of the fees a refund gives back together (:func:`parts_of`), each in full: no fee
    paid, never one of two fees for the same time, as a one-for-one refund's (review 57c, item 2:
    5,900, then 600, 600 and −1,200 kept 「年会費と月会費の期間が重なっています」). A look-alike's
    fee among them keeps its warnings (review 47c, item 1)."""
    rows = {x.row: x for x in lines}
    found: set[int] = set()
    for back in (x for x in lines if x.amount_yen < 0 and x.refund_of_row in rows):
        parts = parts_of(back, rows[back.refund_of_row or 0], lines)
        if len(parts) > 1 and not any(IMITATION & set(x.flags) for x in parts):
            found |= {id(x) for x in parts}
    return found


def said(parts: list[AmazonLine], fee: Text) -> Text:
    """「2026年3月10日と2026年3月20日の月会費（600円×2）の返金と考えられます。」."""
    text = ui("refund_of_fees", "ui_statement_lines")
    days = [x.date.isoformat() for x in parts]
    yen = parts[0].amount_yen
    return Text(
        text.ja.format(
            dates="と".join(japanese_date(x) for x in days),
            fee=fee.ja,
            yen=f"{yen:,}円×{len(parts)}",
        ),
        text.en.format(dates=" and ".join(days), fee=fee.en, yen=f"{len(parts)} × {yen:,} yen"),
    )
