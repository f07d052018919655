"""What ``check-message`` could not know about a message: the notes of 「確認できなかったこと」
that come from how the message was read (moved out of :mod:`primehelp.message` at its size
limit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from primehelp.lazy_pattern import LazyPattern
from primehelp.message_attachments import SEALED, opened
from primehelp.message_links import MAX_ITEMS, MAX_LINKS, may_hold_a_japanese_domain
from primehelp.message_read import Kind

if TYPE_CHECKING:
    from primehelp.facts import Fact
    from primehelp.i18n import Text
    from primehelp.message import Link, MessageContent, Note
    from primehelp.message_links import Found
    from primehelp.message_read import Reading

# The Prime fee written as an amount: 「600円」「600 円」「¥600」「600 yen」, not a bare 600 of a
# product line (「おすすめ商品 600 特価 1,980円」: review 42a, item 9) nor a longer number.
_FEE = LazyPattern(r"(?i)(?<![\d,.])600\s*(?:円|yen|jpy)|(?:[¥\\]|jpy)\s*600(?![\d,])")


def limits(
    reading: Reading,
    links: list[Link],
    content: MessageContent,
    *,
    cut: bool,
    links_cut: bool = False,
) -> tuple[Note, ...]:
    """What the check could not know about this message (「確認できなかったこと」), as notes;
    ``links_cut``: whether there were more links than :data:`MAX_LINKS` (then the notes never
    say that every link was checked: review 51a, item 22)."""
    text = reading.kind is not Kind.EMAIL  # no From line: what the headers would have said first
    chosen = ["no_headers", "from_proves_nothing_mail"] if text else ["from_proves_nothing"]
    if reading.kind is Kind.TEXT:  # most often an SMS: one short line on e-mail (61m, S 15)
        chosen = ["no_headers_text"]
    if text and reading.headers.forwarded_inline:  # a forward pasted: its lines read (r53)
        chosen = ["forwarded_inline_pasted", "from_proves_nothing"]  # 50a, item 9
    if "600" in reading.text and _FEE.search(reading.text):  # not 「商品 600」: 42a, item 9
        chosen.append("fee_proves_nothing")
    if not text:
        auth = reading.headers.authentication_results
        said = "authentication_written_by_server" if auth else "no_authentication"
        if not auth and reading.headers.received_spf:  # SPF read there (46a, item 4)
            from primehelp.message_auth import received_spf

            said = "received_spf_only" if received_spf(reading.headers) else said
        chosen.append("forwarded_inline" if reading.headers.forwarded_inline else said)  # 38a 11b
    # not said of no domain (29a, S 11), nor of 「Amazon.co.jp」 written as a name (43a, S 16)
    opened = [one for one in links if not (one.is_amazon and _bare(one))]
    if opened or may_hold_a_japanese_domain(reading.text):
        chosen.append("links_not_opened" if opened else "japanese_domains")
    short = (*content.amazon_short_links, *content.vocabulary.shorteners)
    if any(link.host in short for link in links):
        chosen.append("short_link_destination")
    pictured = images_only(reading)
    if pictured:  # no text at all: said apart (review 53a, item 22)
        chosen.append("images_only")
    elif reading.skipped_parts > len(reading.attachments):  # images, parts with no file name
        # attached files have their own bullet: the rest only (review 44a, item 8)
        chosen.append("other_parts_not_read" if reading.attachments else "parts_not_read")
    elif reading.images:  # an <img> of the HTML: a QR code, a picture's text (47a, item 5)
        chosen.append("images_not_read")
    # attached files: named by message_attachments (review 39a item 5, which also does 38a S 22)
    if reading.unreadable_parts:
        chosen.append("body_not_read")
    elif reading.cut_off:  # the mail's end lost (review 47a, item 10)
        chosen.append("mail_cut_off")
    elif reading.body_unread and not pictured:  # no text part at all (review 45a, item 11)
        chosen.append("no_text_body" + "_encrypted" * _sealed(reading))  # 60m, S 13
    chosen.extend(reading.not_examined)  # a page's scripts, a mail's summary only (48a 1, 2)
    if cut:
        chosen.append("too_many_items")
    notes = tuple(content.limits[key] for key in chosen)
    if len(links) > MAX_ITEMS:  # every one checked, not every one listed (review 42a, item 9)
        more = content.limits["more_links_cut" if links_cut else "more_links"]
        counts = {"listed": MAX_ITEMS, "more": len(links) - MAX_ITEMS, "checked": len(links)}
        counts["limit"] = MAX_LINKS
        written = {key: f"{count:,}" for key, count in counts.items()}  # 「4,800件」: 51a, item 23
        notes += (more._replace(text=more.text.format(**written)),)
    return notes


def images_only(reading: Reading) -> bool:
    """Whether the body shows pictures and holds no text: a mail of one image, its link or QR
    code inside it, of which nothing could be read (review 53a, item 22). Spaces, zero-width
    characters and a preheader's filler (U+034F, 「&zwnj;」) are no text: no letter, no digit."""
    return reading.images and not any(char.isalnum() for char in reading.text)


def said_of(verdict: str, found: Found) -> Text | None:
    """The not_all_checked verdict naming the one kind past its cap, and for e-mail addresses
    how many of how many were checked (review 59m, item 10: 「リンクや電話番号などが多すぎる」
    said of a message of 205 addresses and no link); None for another verdict or more kinds."""
    over = (*found.over, *(("links",) if found.links_cut else ()))
    if verdict != "not_all_checked" or len(over) != 1:
        return None
    from primehelp.facts import document

    said = document("message_notes").node("verdict").text(f"not_all_checked_{over[0]}")
    limit = MAX_LINKS if over[0] == "links" else MAX_ITEMS
    counts = {"total": f"{found.emails_total:,}", "checked": f"{limit:,}"}
    return said.format(**counts)


def _sealed(reading: Reading) -> bool:
    """Whether a mail's body is encrypted: an S/MIME or PGP file among its parts."""
    return any(name.lower().endswith(SEALED) for name in reading.attachments)


def no_body(reading: Reading, content: MessageContent) -> Text:
    """The verdict of a mail with no text part, naming its case (review 59m, item 9): files
    attached only, or encrypted (an S/MIME or PGP file its only part); else no text at all."""
    from primehelp.facts import document

    if _sealed(reading):
        return document("message_notes").node("verdict").text("no_text_body_encrypted")
    if not reading.attachments:
        return document("message_notes").node("verdict").text("no_text_body_other")
    return content.no_body_verdict


def _bare(link: Link) -> bool:
    """Whether ``link`` is a domain name written in the text (「Amazon.co.jp」), nothing to open."""
    return link.shown is None and "/" not in link.target


def advice_for(
    advice: tuple[Fact, ...], verdict: str, links: bool, reading: Reading | None = None
) -> tuple[Fact, ...]:
    """Not to open the message's links only when it has one (review 16a, S 5) and the headline
    does not say it already: a red flag's (「…リンクは開かず、…」: review 21a, S 8) and one
    that cannot judge (「リンクは開かずに、…」: review 53a, item 23) do. A mail with attached
    files (``reading``'s): 「…に同じ連絡が届いているか確認してください。添付ファイルは開かないでください。」,
    said here once, not again under 「確認できなかったこと」 (review 57a, item 5)."""
    from primehelp.facts import ui

    warn_of_links = links and verdict == "no_red_flags_found"
    unfit = "message.advice.message_centre" + ("_no_link" if warn_of_links else "")
    kept = tuple(fact for fact in advice if fact.id != unfit)
    if reading is None or not opened(reading):  # an encrypted body is no file (60m, item 12)
        return kept
    said = ui("limit.attachments.advice" + "_link" * warn_of_links, "ui_message_read")
    centre = ("message.advice.message_centre", "message.advice.message_centre_no_link")
    return tuple(fact._replace(text=said) if fact.id in centre else fact for fact in kept)


def listed(links: list[Link], not_web: Sequence[tuple[str | None, str]] = ()) -> tuple[Link, ...]:
    """The links listed under 「読み取った内容」: all of them up to :data:`MAX_ITEMS`; past it,
    those outside Amazon first, then Amazon's, in the message's order (each link's domain is
    checked whether or not it is listed: review 42a, item 9). Then every link that goes to no
    web page (``data:``, ``javascript:``…), each one, as the screen and the JSON list them
    (review 45a, item 6: only the first was named)."""
    from primehelp.message_targets import web_less

    links = [*links, *web_less(not_web)]
    if len(links) <= MAX_ITEMS:
        return tuple(links)
    outside = [at for at, link in enumerate(links) if not link.is_amazon][:MAX_ITEMS]
    room = MAX_ITEMS - len(outside)
    amazon = [at for at, link in enumerate(links) if link.is_amazon][:room]
    return tuple(links[at] for at in sorted((*outside, *amazon)))
