"""Where to check the services a statement's lines were read as (review 36c, S 24): a row read as
Audible names audible.co.jp's 「アカウントサービス」, as `charge 1500 AUDIBLE` does. Pure: the
read lines and the general places in, the places to print out."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from primehelp.facts import Fact
    from primehelp.statement import AmazonLine


def where_to_check(lines: tuple[AmazonLine, ...], general: tuple[Fact, ...]) -> tuple[Fact, ...]:
    """``general``, then the own place of each service a line was read as (in the services'
    order), each once; a service seen where everything Amazon bills is listed adds nothing.
    A service a line's label names as another reading (「…オプションまたはPrime Videoチャンネル」)
    counts as read too (review 56c, item 4)."""
    read = {line.service for line in lines}
    if not lines:
        return general
    from primehelp.charge_labels import or_names
    from primehelp.content.subscriptions import load

    said = {fact.id for fact in general}
    found = list(general)
    either = or_names().ja
    labels = [line.label.ja for line in lines if either in line.label.ja]
    for service in load()[0]:
        see, name = service.see, service.name.ja
        named = any(f"{either}{name}" in label or f"{name}{either}" in label for label in labels)
        if (service.id in read or named) and see is not None and see.id not in said:
            said.add(see.id)
            found.append(see)
    # Review 52c, item 8: an order's and Amazon Pay's own place, as `charge` gives them
    from primehelp.facts import document

    charges = document("charges")
    for kind in _OWN_PLACE:
        if kind in read and (place := charges.node(kind).fact("see")).id not in said:
            said.add(place.id)
            found.append(place)
    # Review 62c, S 2: a line of amazon.com's (by its text, or its amount a US fee can be):
    # where to check it, as `charge` says (charges.toml's amazon_com.see), the account named
    us = charges.node("amazon_com").fact("see")
    if us.id not in said and any(_us_line(line) for line in lines):
        from primehelp.facts import ui
        from primehelp.i18n import Text

        said.add(us.id)
        where = ui("where_us_site", "ui_statement_lines")
        text = Text(where.ja.format(see=us.text.ja), where.en.format(see=us.text.en))
        found.append(us._replace(text=text))
    return tuple(found)


def _us_line(line: AmazonLine) -> bool:
    from primehelp.statement_flags import Flag

    us = {Flag.US_PRIME_FEE, Flag.US_ACCOUNT}
    return line.service in ("amazon_com", "amazon_com_prime") or not us.isdisjoint(line.flags)


_OWN_PLACE = ("shop_order", "amazon_pay")  # lines read as these: charges.toml's <kind>.see
