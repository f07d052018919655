"""A form in an HTML mail (review 51a, item 4): ``<form action>`` (or a button's
``formaction``) is no link the member sees, but the address that what they type in the form's
fields is sent to. Listed as a link, 「Amazon以外へのリンク」 disagreed with what the mail shows;
it is its own sign, 「入力フォームの送信先」, when that address is not Amazon's, and its own line
under 「読み取った内容」. Other signs of the address (a look-alike name, an IP address…) stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.i18n import Text
from primehelp.message_check import FlagKind, RedFlag, evidence, flag
from primehelp.message_links import MAX_LINKS, is_ip
from primehelp.message_marks import target_without_marks

if TYPE_CHECKING:
    from primehelp.message import Link, MessageContent
    from primehelp.message_read import Reading


def with_forms(
    reading: Reading, links: list[Link], flags: list[RedFlag], content: MessageContent
) -> tuple[list[Link], list[RedFlag]]:
    """``links`` with each form's send address marked (``is_form_target``), and ``flags`` with
    the form sign of each one outside Amazon in place of its 「Amazon以外へのリンク」."""
    forms = {target_without_marks(x.target)[0] for x in reading.links[:MAX_LINKS] if x.form}
    if not forms:
        return links, flags
    # an address also linked with a text (「<a href>」) stays a link: the member sees that one
    marked = [x._replace(is_form_target=x.target in forms and x.shown is None) for x in links]
    found = {evidence(x.target): _sign(x, content) for x in marked if x.is_form_target}
    signs = {said: sign for said, sign in found.items() if sign is not None}
    plain = content.flags[FlagKind.FOREIGN_LINK].text.ja
    kept: list[RedFlag] = []
    for one in flags:
        if (sign := signs.pop(one.evidence, None)) is not None:
            kept.append(sign)  # the form's sign where its address's first sign was
        said = one.kind is FlagKind.FOREIGN_LINK and one.reason.ja.startswith(plain)
        if said and one.evidence in _said(kept):  # said by the form's sign
            continue
        kept.append(one)
    return marked, [*kept, *signs.values()]


def _said(flags: list[RedFlag]) -> set[str]:
    return {one.evidence for one in flags if one.kind is FlagKind.FORM_TARGET}


def _sign(link: Link, content: MessageContent) -> RedFlag | None:
    """The form sign of ``link``, or None when it sends to Amazon's domain."""
    if link.is_amazon or not link.host:
        return None
    domain = link.registrable_domain or link.host
    found = flag(FlagKind.FORM_TARGET, link.target, content, domain)
    said = found.reason
    if is_ip(link.host):  # no domain to name: 「送信先はIPアドレスで、…」 (review 63m, item 11)
        from primehelp.facts import ui

        said = ui("form_target_ip", "ui_message_read")
    return found._replace(reason=Text(said.ja.format(domain=domain), said.en.format(domain=domain)))
