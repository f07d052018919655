"""What a flag of ``charge --statement`` means, under 「確認が必要な行について」 (moved out of
:mod:`primehelp.output.statement`, at its size limit).

「決まった料金のどれとも一致しません」 names a service priced in a range (Prime Videoチャンネル)
only when a flagged amount is inside that range: never for 1,500,000円 (review 53c, item 10),
nor for a 「AMAZON PRIME」 line, whose own explanation guesses otherwise (review 59c, item 4).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.output.key_dates import yen
from primehelp.statement import Flag, StatementText

if TYPE_CHECKING:
    from collections.abc import Sequence

    from primehelp.i18n import Lang
    from primehelp.statement import AmazonLine


def explained(flag: Flag, lines: Sequence[AmazonLine], lang: Lang) -> str:
    """The words after the flag's heading; ``lines``: the lines that carry ``flag``."""
    said = ui(f"explain.{flag.value}", "ui_statement")(lang)
    inside = _in_a_range(lines) if flag is Flag.NO_KNOWN_PRICE else []
    if inside:  # 「500円は、Prime Videoチャンネルなど、…の可能性があります。」
        said_yen = [yen(n, lang) for n in inside]
        amounts = "、".join(said_yen) if lang == "ja" else ", ".join(said_yen[:-1])
        amounts += "" if lang == "ja" or len(said_yen) == 1 else " and "
        amounts += "" if lang == "ja" else said_yen[-1]
        ranged = ui("explain.no_known_price_in_range", "ui_statement")(lang)
        first, space = _FIRST[lang], ("" if lang == "ja" else " ")
        said = said.replace(first, first + ranged.format(amounts=amounts) + space, 1)
    if flag is Flag.NO_KNOWN_PRICE and any(x.detail is not None for x in lines):  # 59c, 4
        first, space = _FIRST[lang], ("" if lang == "ja" else " ")
        each = ui("explain.no_known_price_each", "ui_statement_lines")(lang)
        said = said.replace(first, first + each + space, 1)
    return said


# The sentence of explain.no_known_price the range's sentence follows.
_FIRST = {"ja": "金額です。", "en": "subscription price. "}


def _in_a_range(lines: Sequence[AmazonLine]) -> list[int]:
    """The amounts of ``lines`` (once each, in order) a service priced in a range may cost."""
    from primehelp.content.charges import load

    ranges = [
        p for s in load().services for p in s.prices if p.up_to is not None and p.currency == "JPY"
    ]
    # Never a 「AMAZON PRIME」 line's: its own explanation says what it may be (review 59c, 4)
    kept = (x for x in lines if x.text is not StatementText.AMAZON_PRIME)
    amounts = dict.fromkeys(abs(x.amount_yen) for x in kept)
    return [n for n in amounts if any(p.matches(Decimal(n)) for p in ranges)]
