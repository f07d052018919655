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
    """「2026年3月10日と2026年3月20日の月会費（600円×2）の返金と考えられます。」; fees of one day:
    「2026年11月1日の月会費2回分（600円×2）の…」, a day of two among others 「2026年11月1日（2回）と
    2026年11月15日の…」, never one day said twice (review 57c, item 3)."""
    days = list(dict.fromkeys(x.date.isoformat() for x in parts))  # by date, each once
    yen, count = parts[0].amount_yen, len(parts)
    money = Text(f"{yen:,}円×{count}", f"{count} × {yen:,} yen")
    if len(days) == 1:
        text = ui("refund_of_fees_same_day", "ui_statement_lines")
        one = text.ja.format(date=japanese_date(days[0]), fee=fee.ja, count=count, yen=money.ja)
        return Text(one, text.en.format(date=days[0], fee=fee.en, count=count, yen=money.en))
    times = ui("refund_fees_on_day", "ui_statement_lines")
    named = [(day, sum(x.date.isoformat() == day for x in parts)) for day in days]
    ja = [
        times.ja.format(date=japanese_date(d), count=n) if n > 1 else japanese_date(d)
        for d, n in named
    ]
    en = [times.en.format(date=d, count=n) if n > 1 else d for d, n in named]
    text = ui("refund_of_fees", "ui_statement_lines")
    return Text(
        text.ja.format(dates="と".join(ja), fee=fee.ja, yen=money.ja),
        text.en.format(dates=" and ".join(en), fee=fee.en, yen=money.en),
    )
