"""A refund under a Prime text that gives back a charge of the file with the same text and amount
that is no fee (「AMAZON PRIME」 2,600 on 11/10, −2,600 on 11/13): that charge's refund, read
before any fee reading (review 45c, item 4) — never 「会費の一部返金」 with 「この返金の元になりうる
プライム会費の請求が見当たりません」 beside the very charge, and the charge said to be refunded in full. Pure; used by statement_plans.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from primehelp.facts import japanese_date, ui
from primehelp.i18n import Text
from primehelp.plans import months_later

if TYPE_CHECKING:
    from primehelp.statement import AmazonLine


def same_charge(
    lines: list[AmazonLine], back: AmazonLine, fees: list[AmazonLine], used: set[int]
) -> AmazonLine | None:
    """The latest charge before ``back`` within a month with its text and amount, no fee of
    ``fees`` and not given back yet (same_text_refunds' window); None: none."""
    from primehelp.statement_values import compared

    text = compared(back.description)
    fee_ids = {id(x) for x in fees}
    charges = [
        x
        for x in lines
        if x.amount_yen == -back.amount_yen
        and id(x) not in fee_ids
        and x.row not in used
        and x.date <= back.date < months_later(x.date, 1)
        and compared(x.description) == text
    ]
    return max(charges, key=lambda x: (x.date, x.row)) if charges else None


def as_refund_of(back: AmazonLine, charge: AmazonLine) -> AmazonLine:
    """``back`` named as ``charge``'s refund: 「2026年11月10日の同じ表記の請求（2,600円）の返金と
    考えられます。」, under the charge's name and month-table row."""
    said = ui("refund_of_same_text", "ui_statement_lines")
    iso = charge.date.isoformat()
    text = Text(
        said.ja.format(date=japanese_date(iso), yen=f"{charge.amount_yen:,}円"),
        said.en.format(date=iso, yen=f"{charge.amount_yen:,} yen"),
    )
    return replace(
        back,
        service=charge.service,
        label=charge.label,
        total_label=charge.total_label,
        detail=text,
        refund_of_row=charge.row,
        known_price=charge.known_price,
    )


def refunded_charges(lines: list[AmazonLine], backs: dict[int, AmazonLine]) -> list[AmazonLine]:
    """``lines`` with each charge of ``backs`` (row: its refund) refunded in full: 「この請求は、
    2026年11月13日に返金されたと考えられます。」. Its ※ stays: an amount no price explains is still
    to check (what it was), and dropping it made the screen say no such charge was found."""
    from primehelp.statement_plan_words import joined

    said = ui("twice_refunded", "ui_statement_lines")
    found = []
    for x in lines:
        back = backs.get(x.row) if x.amount_yen > 0 else None
        if back is not None:
            iso = back.date.isoformat()
            on = Text(said.ja.format(day=japanese_date(iso)), said.en.format(day=iso))
            x = replace(x, detail=joined(x.detail, on) if x.detail else on)
        found.append(x)
    return found


def imitated(lines: list[AmazonLine]) -> list[AmazonLine]:
    """``lines`` with each refund under Amazon's own text that gives back no charge of the file
    saying which charge of its amount, a month before it, is a look-alike or another's text
    (「2026年10月9日の「AMAZ0N PRIME」（600円）は、…Amazonの返金の対象とは考えにくいです。」):
    never read as its refund (review 47c, item 1)."""
    from primehelp.statement_plan_words import joined

    found = []
    for line in lines:
        if line.amount_yen < 0 and line.text_known and line.refund_of_row is None:
            for x in _imitations(lines, line):
                said = _not_its_refund(x)
                line = replace(line, detail=joined(line.detail, said) if line.detail else said)
        found.append(line)
    return found


def _imitations(lines: list[AmazonLine], back: AmazonLine) -> list[AmazonLine]:
    from primehelp.statement_flags import IMITATION

    return [
        x
        for x in lines
        if x.amount_yen == -back.amount_yen
        and IMITATION & set(x.flags)
        and x.date <= back.date < months_later(x.date, 1)
    ]


def _not_its_refund(charge: AmazonLine) -> Text:
    from primehelp.errors import escaped
    from primehelp.statement_flags import Flag

    alike = Flag.LOOKS_LIKE_AMAZON in charge.flags
    said = ui("refund_not_lookalike" if alike else "refund_not_borrowed", "ui_statement_lines")
    iso, text = charge.date.isoformat(), escaped(charge.description)
    return Text(
        said.ja.format(date=japanese_date(iso), text=text, yen=f"{charge.amount_yen:,}円"),
        said.en.format(date=iso, text=text, yen=f"{charge.amount_yen:,} yen"),
    )
