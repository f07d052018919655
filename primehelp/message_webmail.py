"""A mail saved from a webmail's page (review 44a, item 3): a mail opened in Gmail and saved as a
web page (.html), or its print view, carries the page's own links (the logo to mail.google.com,
「ログアウト」 to accounts.google.com) beside the message's. Counted as the message's links they
made every genuine mail saved that way 「Amazon以外へのリンク」.

When the page is recognisably a saved webmail page (its title or its logo names the service, and
it links to the service's mail host; or the file says it was saved from the service's mail host:
review 51a, item 28), the links to that service's own hosts are the page's: set
apart and named under 「確認できなかったこと」 (``limits.webmail_links``), never counted and never
called safe; every other link is checked as before. A page that links to a webmail's mail host
without those marks keeps every link counted, and the note says that some may be the page's
(``limits.webmail_maybe``). No claim about the service is made: only what the page shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.lazy_pattern import LazyPattern
from primehelp.message_links import host_of

if TYPE_CHECKING:
    from primehelp.message import MessageContent, Note
    from primehelp.message_read import Headers, RawLink, Reading

# A webmail: its name, the marks of its saved page in the HTML, its own hosts (the first is the
# mail's host a saved page links to).
_SERVICES = (
    (
        "Gmail",
        LazyPattern(
            r"(?is)<title>\s*gmail\s*[-–—:]|<img[^>]+src=[\"'][^\"']*gstatic\.com[^\"']*gmail"
        ),
        ("mail.google.com", "accounts.google.com", "myaccount.google.com"),
    ),
    # Yahoo!メール and Outlook: no saved page of theirs was seen, so no mark of one is known; a
    # page linking to their mail host keeps every link counted, with the note that some may be
    # the page's (review 45a, item 4)
    *(("Yahoo!メール", None, (host,)) for host in ("mail.yahoo.co.jp",)),
    *(("Outlook", None, (host,)) for host in ("outlook.live.com", "outlook.office.com")),
    ("Outlook", None, ("outlook.office365.com",)),
)
_INSIDE = LazyPattern(r"(?i)https?(?::|%3a)(?://|%2f%2f)([^/?&#%]+)")


def page_links(
    html: str, links: tuple[RawLink, ...], location: str = ""
) -> tuple[tuple[RawLink, ...], tuple[str, ...], str]:
    """``links`` without the webmail page's own (when the page is recognised), the targets set
    apart, and the service's name: set apart when recognised, ``("", …)`` with no target when
    only its mail host is linked (the note says some links may be the page's).

    A page is recognised by what it shows (its title or logo names the service) or by what the
    file says it is a copy of: the address it was saved from (``location``, an .mhtml's; or an
    .html's 「saved from url=」 mark) on the service's mail host (review 51a, item 28)."""
    home = host_of(location or _saved_from(html))
    for name, marks, hosts in _SERVICES:
        saved_there = home == hosts[0]
        if not saved_there and not any(host_of(x.target) == hosts[0] for x in links):
            continue
        if not saved_there and (marks is None or marks.search(html) is None):
            return links, (), name
        own = [x for x in links if _owns(x.target, hosts)]
        if not own:  # its page, with no link of its own: nothing set apart, nothing to say
            return links, (), ""
        kept = tuple(x for x in links if x not in own)
        return kept, tuple(dict.fromkeys(x.target for x in own)), name
    return links, (), ""


def _saved_from(html: str) -> str:
    """The address of a page saved as .html, from the mark browsers write at its top
    (「<!-- saved from url=(0043)https://mail.google.com/mail/u/0/ -->」), or ``""``."""
    mark = "saved from url=("
    at = html.find(mark, 0, 2048)
    if at < 0:
        return ""
    start = html.find(")", at) + 1
    end = html.find("-->", start)
    return html[start:end].strip() if 0 < start <= end else ""


def _owns(target: str, hosts: tuple[str, ...]) -> bool:
    """Whether ``target`` is on one of ``hosts`` and names no other site inside it (a
    ``continue=`` to elsewhere is the message's to check)."""
    if host_of(target) not in hosts:
        return False
    inside = [found.group(1).casefold() for found in _INSIDE.finditer(target)]
    return all(one in hosts for one in inside)


# The account a saved Gmail page belongs to (review 44a (round 53), item 1): the print view's top
# line, 「山田 花子 <hanako@gmail.com>」 before the page's first rule (<hr>), and the account
# button of the full page (aria-label 「Google アカウント: 山田 花子 (hanako@gmail.com)」); without
# either, the address of the message's 「To:」「宛先:」 line as the page shows it.
_CHROME_END = 20_000  # the top line is in the page's first few kilobytes
_ADDRESS = LazyPattern(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_ACCOUNT = LazyPattern(
    r"(?i)google\s*(?:account|アカウント)\s*[:：][^\"'<>]{0,200}?\(([^()\"'<>\s]+@[^()\"'<>\s]+)\)"
)
_TO_LINE = LazyPattern(r"(?im)^[ \t]*(?:to|宛先)[ \t]*[:：](.*)$")


def owner_addresses(html: str, page: str) -> frozenset[str]:
    """The addresses (case folded) of the account a recognised saved Gmail page belongs to,
    read from its ``html`` and its text (``page``): the member's own, never a sign of the
    message (listed nowhere, as a forward's header block's addresses); none on another page."""
    gmail = [marks for name, marks, _ in _SERVICES if name == "Gmail" and marks is not None]
    if not any(marks.search(html) for marks in gmail):
        return frozenset()
    import html as markup

    found = {one.casefold() for one in _ACCOUNT.findall(markup.unescape(html))}
    rule = html.lower().find("<hr", 0, _CHROME_END)
    top = markup.unescape(html[:rule]) if rule > 0 else ""
    at_top = {one.casefold() for one in _ADDRESS.findall(top)} if "gmail" in top.lower() else set()
    if len(at_top) == 1:  # the top line alone: with two, one may be the message's own sender
        found.update(at_top)
    if not found:
        for line in _TO_LINE.finditer(page):
            found.update(one.casefold() for one in _ADDRESS.findall(line[1]))
    return frozenset(found)


def webmail_notes(reading: Reading, content: MessageContent) -> tuple[Note, ...]:
    """The note on the page's links set apart, or on links that may be the page's."""
    if not reading.webmail:
        return ()
    from primehelp.i18n import Text

    name, *apart = reading.webmail
    key = "webmail_links" if apart else "webmail_maybe"
    note = content.limits[key]
    listed = "、".join(apart), ", ".join(apart)
    said = Text(
        note.text.ja.format(service=name, links=listed[0], count=len(apart)),
        note.text.en.format(service=name, links=listed[1], count=len(apart)),
    )
    return (note._replace(text=said),)


# The sender line of a saved Gmail page (review 47a, item 8): the page's title is 「Gmail - 」 and
# the mail's subject; the first line after the subject that is a whole 「name <address>」 (not the
# account's own) is the mail's From as the page shows it.
_TITLE = LazyPattern(r"(?is)<title>\s*gmail\s*[-–—:]\s*(.*?)\s*</title>")


def page_headers(html: str, page: str, owners: frozenset[str]) -> Headers | None:
    """The subject and sender a recognised saved Gmail page shows, or None."""
    import html as markup

    title = _TITLE.search(html[:_CHROME_END])
    if title is None:
        return None
    subject = " ".join(markup.unescape(title[1]).split())
    lines = [" ".join(line.split()) for line in page.splitlines()]
    lines = [line for line in lines if line]
    if not subject or subject not in lines:
        return None
    from primehelp.message_mailbox import mailbox, named_address

    at = lines.index(subject) + 1
    for line in (one for one in lines[at : at + 3] if one.endswith(">") and "<" in one):
        name, address = named_address(line, str) or mailbox(line)
        if "@" in address and address.casefold() not in owners:
            from primehelp.message_read import NO_HEADERS

            return NO_HEADERS._replace(subject=subject, from_name=name, from_address=address)
    return None
