"""Whether a full refund of an annual Prime fee ends that fee (reviews 40c, item 3; 41c, item 4).

Pure: the statement's lines in, ids out. A full refund the screen trusts gives the fee back: no
fee was paid, so it is no second fee beside the monthly fees of its year, before the refund or
after it (41c, item 4: 「年間プランを間違えて押して返金された」). A refund the screen itself doubts
(the whole fee given back more than a month after it, 「…ほかの請求の返金の可能性もあります」,
:func:`primehelp.statement_refunds.late_whole`) ends nothing: never used to clear a warning."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING

from primehelp.i18n import Text

if TYPE_CHECKING:
    from primehelp.statement import AmazonLine


def doubtfully_refunded(lines: list[AmazonLine], gone: set[int]) -> set[int]:
    """The ids of the annual fees of ``gone`` (refunded in full) whose every whole refund the
    file ties to them (``refund_of_row``) is doubtful: they still count as paid. Fees of ``gone``
    no refund line names are left out."""
    from primehelp.statement_ended import tied
    from primehelp.statement_plan_words import ANNUAL
    from primehelp.statement_refunds import late_whole

    doubtful: set[int] = set()
    trusted: set[int] = set()
    for fee, back in tied(lines, ANNUAL, gone):
        if -back.amount_yen == fee.amount_yen:
            (doubtful if late_whole(fee, back) is not None else trusted).add(id(fee))
    return doubtful - trusted


def or_twice(
    lines: list[AmazonLine], fee: AmazonLine, refunded: dict[int, dt.date], back: AmazonLine
) -> Text | None:
    """A whole refund of ``fee`` read as ``fee``'s, when two fees of its plan and amount charged
    close together before it (a double charge, 「2回以上請求されています」) are not refunded yet
    (ids not in ``refunded``): both readings, 「2026年11月5日の月会費（600円）、または2026年10月5日
    と2026年10月6日に2回請求された月会費のうち1回分の返金と考えられます。」 (review 40c, S 1).
    The later of the two within two of the plan's periods before ``back`` (two months, two
    years): a double charge of January is no likely reading of a November refund. None: no such
    pair, or ``fee`` read by its amount alone."""
    from primehelp.facts import japanese_date, ui
    from primehelp.plans import months_later
    from primehelp.statement_plan_words import ANNUAL
    from primehelp.statement_plans import within_year
    from primehelp.statement_twice import close

    if not fee.text_known:
        return None
    annual = fee.service in ANNUAL
    earlier = sorted(
        (
            x
            for x in lines
            if x is not fee
            and x.service == fee.service
            and x.amount_yen == fee.amount_yen
            and x.text_known
            and x.date < fee.date
            and id(x) not in refunded
        ),
        key=lambda x: x.date,
    )
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(earlier)
        if (within_year(a.date, b.date) if annual else close(a.date, b.date))
        and back.date < months_later(b.date, 24 if annual else 2)
    ]
    if not pairs:
        return None
    first, second = pairs[-1]
    same_day = "_same_day" if first.date == second.date else ""  # each date once (44c, R-minor 10)
    said = ui("refund_of_fee_or_twice" + same_day, "ui_statement_lines")
    word = Text("年会費", "annual fee") if annual else Text("月会費", "monthly fee")
    days = [x.date.isoformat() for x in (fee, first, second)]
    ja = [japanese_date(x) for x in days]
    return Text(
        said.ja.format(
            date=ja[0], fee=word.ja, yen=f"{fee.amount_yen:,}円", first=ja[1], second=ja[2]
        ),
        said.en.format(
            date=days[0], fee=word.en, yen=f"{fee.amount_yen:,} yen", first=days[1], second=days[2]
        ),
    )
