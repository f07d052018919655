"""A refund under a text that may be another's, or one primehelp does not know, of a Prime fee's
amount (review 45c, item 3): never taken as the refund of a fee of another text in the file (that
fee's warnings stay), and its line says it is not known whether it gives that fee back. Pure."""

from __future__ import annotations

from primehelp.facts import japanese_date, ui
from primehelp.i18n import Text
from primehelp.plans import months_later
from primehelp.statement import AmazonLine, Flag
from primehelp.statement_plan_words import ANNUAL

_SUSPECT = frozenset({Flag.LOOKS_LIKE_AMAZON, Flag.BORROWED_NAME, Flag.OTHER_COUNTRY})


def doubted(lines: list[AmazonLine], back: AmazonLine) -> Text | None:
    """「2026年11月3日の月会費（600円）の返金かどうかは分かりません（表記がAmazonのものではない可能性
    があります）。」 for refund ``back`` and the latest fee of its plan and amount, of another
    text, within that fee's period before it; ``None`` when there is none."""
    from primehelp.statement_values import compared

    months = 12 if back.service in ANNUAL else 1
    fees = [
        x
        for x in lines
        if x.service == back.service
        and x.amount_yen == -back.amount_yen
        and x.date <= back.date < months_later(x.date, months)
        and compared(x.description) != compared(back.description)
    ]
    if not fees:
        return None
    fee = max(fees, key=lambda x: x.date)
    why = ui(
        "refund_doubt_other" if _SUSPECT & set(back.flags) else "refund_doubt_unlisted",
        "ui_statement_lines",
    )
    said = ui("refund_fee_doubt", "ui_statement_lines")
    word = Text("年会費", "annual fee") if months == 12 else Text("月会費", "monthly fee")
    iso = fee.date.isoformat()
    yen = fee.amount_yen
    return Text(
        said.ja.format(date=japanese_date(iso), fee=word.ja, yen=f"{yen:,}円", why=why.ja),
        said.en.format(date=iso, fee=word.en, yen=f"{yen:,} yen", why=why.en),
    )
