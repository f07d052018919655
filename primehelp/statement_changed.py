"""A statement line of a service whose prices reportedly changed (review 39c, item 10).

「AMAZON MUSIC」 1,180 yen in 2026-10: the text names Amazon Music Unlimited alone, the amount is
none of the prices the facts give (those of 2023-04), and its prices reportedly changed in
2026-02 (FACTS §9, L): possibly a new price, as `charge` says with the same note, never "matches
nothing … possibly fraud". Pure; loaded with ``--statement`` only.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from primehelp.charge_kinds import Match
from primehelp.facts import Fact, ui
from primehelp.i18n import Text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from primehelp.charges import ChargeReading
    from primehelp.content.charges import ChargeBook
    from primehelp.statement import AmazonLine


def price_changed(
    reading: ChargeReading, book: ChargeBook, day: dt.date
) -> tuple[Text, tuple[Fact, ...]] | None:
    """What the line of ``reading`` (dated ``day``) says of the change, and the note it cites,
    when its text names one service alone (every candidate of it matched by the name only) and
    that service's prices reportedly changed on or before ``day``; ``None`` otherwise."""
    named = [c for c in reading.candidates if c.kind in reading.named]
    services = [s for s in book.services if s.id in reading.named]
    if len(services) != 1 or not named or any(c.match is not Match.NAME_ONLY for c in named):
        return None
    change = services[0].changed
    if change is None or day < change[0]:
        return None
    first, note = change
    said, name = ui("price_changed", "ui_statement_lines"), services[0].name
    month = Text(f"{first.year}年{first.month}月", first.strftime("%B %Y"))
    return (
        Text(
            said.ja.format(names=name.ja, month=month.ja),
            said.en.format(names=name.en, month=month.en),
        ),
        (note,),
    )


def changed_notes(lines: Sequence[AmazonLine]) -> tuple[Fact, ...]:
    """The price-change notes `charge` prints (subscriptions.toml, one source) for the charges
    read as a service whose prices reportedly changed on or before their day (「AMAZON
    DOWNLOADS」 1,080 yen in 2026-11, read as Music Unlimited by its 2023 price: review 45c,
    item 8); a line already saying so (PRICE_CHANGED) needs none."""
    from primehelp.content.subscriptions import load
    from primehelp.statement_flags import Flag

    changes = {s.id: s.changed for s in load()[0] if s.changed is not None}
    found: list[Fact] = []
    for line in lines:
        change = changes.get(line.service)
        if change is None or line.amount_yen <= 0 or Flag.PRICE_CHANGED in line.flags:
            continue
        if line.date >= change[0] and change[1] not in found:
            found.append(change[1])
    return tuple(found)


def changed_note(line: AmazonLine) -> Text | None:
    """The row's own note of a charge read as a service whose prices reportedly changed on or
    before its day (「AMAZON DOWNLOADS」 1,080 yen in 2026-03, read as Music Unlimited): said on
    the row too, not only under 「料金について」 (review 59c, S 15); ``None`` otherwise and for a
    row already saying so (PRICE_CHANGED)."""
    from primehelp.content.subscriptions import load
    from primehelp.statement_flags import Flag

    service = next((s for s in load()[0] if s.id == line.service), None)
    change = None if service is None else service.changed
    if service is None or change is None or line.amount_yen <= 0:
        return None
    if line.date < change[0] or Flag.PRICE_CHANGED in line.flags:
        return None
    said, first, name = ui("price_changed_row", "ui_statement_lines"), change[0], service.name
    return Text(  # the service named (review 61c, R-minor 7)
        said.ja.format(month=f"{first.year}年{first.month}月", name=name.ja),
        said.en.format(month=first.strftime("%B %Y"), name=name.en),
    )
