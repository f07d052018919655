"""Two annual fees within a year with a partial refund of the first between them (review 60c,
item 1). Pure: the flagged lines in, the same lines with a note on the later fee out.

A refund of 1 or 600 yen under 「AMAZON PRIME」 shows no membership ended: both fees keep
「1年以内に年会費が2回以上請求されています」 (only a refund of the whole fee clears it,
:func:`primehelp.statement_plans.refunded`). The later fee says the refund is there, and both
ways to read it: cancelled and joined again, or charged twice.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from primehelp.facts import japanese_date, ui
from primehelp.i18n import Text

if TYPE_CHECKING:
    from primehelp.statement import AmazonLine


def partly_back(lines: list[AmazonLine]) -> list[AmazonLine]:
    """``lines`` with, under each annual fee flagged as charged twice after a partial refund of an
    earlier fee flagged with it (``refund_of_row``, less than the fee), 「2026年9月15日に、
    2026年9月3日の年会費の一部返金の可能性がある返金（1円）があります。解約して再登録…」."""
    from primehelp.statement import Flag
    from primehelp.statement_ended import tied
    from primehelp.statement_plan_words import ANNUAL, joined
    from primehelp.statement_plans import within_year

    notes: dict[int, list[Text]] = {}
    firsts: set[int] = set()
    for fee, back in tied(lines, ANNUAL):
        if Flag.ANNUAL_TWICE not in fee.flags or -back.amount_yen >= fee.amount_yen:
            continue
        if id(fee) in firsts:
            continue  # the first partial refund of a fee only
        firsts.add(id(fee))
        for x in lines:
            if (
                x is not fee
                and x.amount_yen > 0
                and Flag.ANNUAL_TWICE in x.flags
                and x.date > back.date
                and within_year(fee.date, x.date)
            ):
                notes.setdefault(id(x), []).append(_said(fee, back))
    found = []
    for x in lines:
        for text in notes.get(id(x), ()):
            x = replace(x, detail=text if x.detail is None else joined(x.detail, text))
        found.append(x)
    return found


def _said(fee: AmazonLine, back: AmazonLine) -> Text:
    said = ui("annual_twice_part_back", "ui_statement_lines")
    days = [fee.date.isoformat(), back.date.isoformat()]
    ja = {"day": japanese_date(days[0]), "back": japanese_date(days[1])}
    ja["yen"] = f"{-back.amount_yen:,}円"
    en = {"day": days[0], "back": days[1], "yen": f"{-back.amount_yen:,} yen"}
    return Text(said.ja.format(**ja), said.en.format(**en))
