"""The links of an HTML mail as the check reads them: without invisible marks, and those that
go nowhere on the web (moved out of :mod:`primehelp.message`, which is at its size limit)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.invisible import without_invisible
from primehelp.message_check import FlagKind, RedFlag, flag, hosts_shown
from primehelp.message_links import MAX_LINKS, host_of
from primehelp.message_marks import target_without_marks

if TYPE_CHECKING:
    from primehelp.message import Link, MessageContent
    from primehelp.message_read import Reading

_SCHEME = r"([A-Za-z][A-Za-z0-9+.\-]*):"  # of an HTML link: compiled for a mail with one
# An address, a number to call or to text: read as such (an sms: link's number is a phone
# number, review 40a, item 5), no sign unless its text names a host.
_ORDINARY = ("mailto", "tel", "sms")


def not_web_links(
    links: list[tuple[str | None, str]], text: str = ""
) -> list[tuple[str | None, str]]:
    """HTML links that go nowhere on the web (``javascript:``, ``data:``, ``file:///``…) yet
    show a text: a red flag whatever they show, since only an http(s) link can go to Amazon.
    ``mailto:``, ``tel:`` and relative links count only when their text names a host. Then the
    links to an app written in ``text`` (「line://…」, 「market://…」: review 48a, item 2)."""
    from primehelp.message_apps import app_links

    found: list[tuple[str | None, str]] = []
    for shown, target in links:
        bare = re.sub(r"[\x00-\x20]", "", target)  # browsers drop these: java\tscript:
        if host_of(bare) is not None:
            continue
        scheme = re.match(_SCHEME, bare)
        ordinary = scheme is None or scheme.group(1).lower() in _ORDINARY
        if not ordinary or (shown and hosts_shown(shown)):
            found.append((shown, target))
    return found + [(None, link) for link in app_links(text) if (None, link) not in found]


def _scheme_other(target: str) -> bool:
    """Whether ``target`` starts with a scheme that is no web page's, address's or number's
    (``data:``, ``javascript:``, ``vbscript:``, ``file:``…)."""
    scheme = re.match(_SCHEME, re.sub(r"[\x00-\x20]", "", target))
    return scheme is not None and scheme.group(1).lower() not in _ORDINARY


def web_less(not_web: Sequence[tuple[str | None, str]]) -> list[Link]:
    """The links of :func:`not_web_links` that go to no web page, as links with no host
    (``is_web`` false), once each."""
    from primehelp.message import Link

    pairs = dict.fromkeys(pair for pair in not_web if _scheme_other(pair[1]))
    return [Link(shown, target, "", "", "", False, is_web=False) for shown, target in pairs]


def not_web_flag(
    shown: str | None,
    target: str,
    content: MessageContent,
    every: Sequence[tuple[str | None, str]] = (),
) -> RedFlag:
    """The sign of a link that goes nowhere on the web: for ``data:``, ``javascript:`` and the
    like, what it is, not 「リンクに表示されているアドレスと…違います」 of a text such as
    「ログイン」 that is no address (review 38a, S 37); a ``mailto:`` or ``tel:`` link whose text
    names a host keeps that reason. When ``every`` link of the kind (the message's) holds both
    a page's kind and an app's (「javascript:」 and 「line://」), each says both (review 59m,
    item 13: one sign of both gave the reason of the first only)."""
    # a link with no text (an image's) or its target as its text: the target alone, no 「→」
    # with nothing or the same before it (review 50a: 「→ javascript:…」)
    said = " ".join((shown or "").split())
    shown_as = f"{said} → {target}" if said and said != target.strip() else target
    if not _scheme_other(target):
        return flag(FlagKind.LINK_TEXT_MISMATCH, shown_as, content)
    from primehelp.message_apps import is_app_link

    app = is_app_link(target)  # line://…: what it is, and written alone no 「→」 (48a, item 2)
    found = flag(FlagKind.NON_WEB_LINK, shown_as, content)  # 45a, item 6
    title = ui("flag.not_web_link_title", "ui_message")  # not 「表示と違うリンク先」 (40a, 5)
    said = "flag.app_link" if app else "flag.not_web_link"
    kinds = {is_app_link(other) for _, other in every if _scheme_other(other)}
    if len(kinds | {app}) > 1:  # both kinds of the message's (``every``) in one sign (59m, 13)
        said = "flag.not_web_and_app_link"
    return found._replace(reason=ui(said, "ui_message"), title=title)


def html_links(
    reading: Reading,
) -> tuple[list[tuple[str | None, str]], list[tuple[str, str]]]:
    """The HTML links without invisible marks, and the targets that had one inside (without
    and with their marks)."""
    links, marked = [], []
    for link in reading.links[:MAX_LINKS]:  # not only the first 200 (review 42a, item 9)
        target, named = target_without_marks(link.target)
        shown = without_invisible(link.shown) if link.shown else None
        links.append((shown or None, target))
        if named is not None:
            marked.append((target, named))
    return links, marked


def once_per_target(raw: list[tuple[str | None, str]]) -> tuple[tuple[str | None, str], ...]:
    """The links with a target that an HTML link already has, found again in the text (the
    plain part of a multipart/alternative mail), left out: one link, shown with the HTML
    one's text (review 39a, item 12: listed twice)."""
    shown = {target for text, target in raw if text is not None}
    return tuple((text, target) for text, target in raw if text is not None or target not in shown)
