"""Who a mail is from, as mail programs read its From: the address in the last ``<…>`` is the
mailbox, and everything before it the name, even when that name holds an address of its own
(review 43a, item 3: ``support@amazon.co.jp <support@example-cn.com>`` and the encoded-name,
unquoted and adjacent forms were read as the Amazon address, with no sign)."""

from __future__ import annotations

from collections.abc import Callable


def mailboxes(values: list[str]) -> list[tuple[str, str]]:
    """``email.utils.getaddresses`` read the same way on every Python: the lenient reading
    (``strict=False``) where the Python has the strict one. Python 3.13 (and the security
    releases 3.11.10, 3.12.6) read strictly by default and give ``('', '')`` for a field mail
    programs write, such as Outlook's ``a@b.jp <a@b.jp>`` (CI on 3.13: a forward's To line
    was not read)."""
    from email.utils import getaddresses

    try:
        return getaddresses(values, strict=False)  # type: ignore[call-arg,unused-ignore]
    except TypeError:  # a Python without the strict reading reads leniently
        return getaddresses(values)


def mailbox(value: str) -> tuple[str, str]:
    """``email.utils.parseaddr`` read the same way on every Python (see :func:`mailboxes`)."""
    from email.utils import parseaddr

    try:
        return parseaddr(value, strict=False)  # type: ignore[call-arg,unused-ignore]
    except TypeError:
        return parseaddr(value)


def doubled(value: str) -> tuple[str, str] | None:
    """``(name, address)`` of one mailbox whose address holds more than one 「@」
    (``Amazon <a@amazon.co.jp@evil.top>``), as written: ``getaddresses`` reads it as no
    address at all, and the screen showed 「Amazon <>」 (review 48a, item 3); else None."""
    value = value.strip()
    start = value.rfind("<")
    if start >= 0 and value.endswith(">"):
        address, name = value[start + 1 : -1].strip(), _unquoted(value[:start].strip())
    elif "<" in value or ">" in value or _outside_quotes(value, ","):
        return None
    else:
        address, name = value, ""
    if address.count("@") < 2 or any(c.isspace() or c in '<>",' for c in address):
        return None
    return name, address


def addresses(values: list[str]) -> list[tuple[str, str]]:
    """``(name, address)`` of every mailbox of header values (Reply-To, Return-Path); an
    address with two 「@」 as written (:func:`doubled`)."""
    try:
        found = [[one] if (one := doubled(value)) else mailboxes([value]) for value in values]
        return [(name, address) for each in found for name, address in each if name or address]
    except Exception:  # getaddresses can trip on hostile input; the raw value is still shown
        return [("", value) for value in values]


def _outside_quotes(text: str, char: str) -> bool:
    """Whether ``char`` occurs in ``text`` outside double quotes (a comma: another mailbox)."""
    quoted = escaped = False
    for one in text:
        if escaped:
            escaped = False
        elif one == "\\":
            escaped = True
        elif one == '"':
            quoted = not quoted
        elif one == char and not quoted:
            return True
    return False


def _unquoted(name: str) -> str:
    if len(name) >= 2 and name[0] == name[-1] == '"':
        inner, out, escaped = name[1:-1], [], False
        for one in inner:
            if one == "\\" and not escaped:
                escaped = True
                continue
            out.append(one)
            escaped = False
        return "".join(out)
    return name


def named_address(raw: str, decode: Callable[[object], str]) -> tuple[str, str] | None:
    """``(name, address)`` of one raw From value ending in ``<address>`` whose name, decoded,
    holds an ``@``; None for any other value (read by :func:`addresses` as before)."""
    value = raw.strip()
    start = value.rfind("<")
    if not value.endswith(">") or start <= 0:
        return None
    address, before = value[start + 1 : -1].strip(), value[:start].strip()
    if "@" not in address or any(c.isspace() or c in '<>"' for c in address):
        return None
    if _outside_quotes(before, ","):  # a list of mailboxes: message_senders names them all
        return None
    name = decode(_unquoted(before))
    return (name, address) if "@" in name else None


def sender(raws: list[str], decode: Callable[[object], str]) -> tuple[str, str]:
    """The first From mailbox ``(name, address)``: a name that holds an address is kept as the
    name, and the address in the last ``<…>`` is the sender's, as a mail program replies to it;
    any other From as :func:`addresses` reads it, decoded."""
    if raws:
        found = named_address(raws[0], decode) or doubled(decode(raws[0]))
        if found is not None:
            return found
    senders = decoded_addresses(raws, decode)
    return senders[0] if senders else ("", "")


def _parsed_first(raw: str) -> bool:
    """Whether a raw header value is split into mailboxes before its RFC 2047 words are
    decoded: an encoded name may hold 「,」「;」「]」「<」 that are part of the name (review 64m,
    B1). Raw 8-bit or ISO-2022-JP text is still decoded first (its bytes are not ASCII)."""
    return "=?" in raw and raw.isascii() and "\x1b" not in raw


def decoded_addresses(raws: list[str], decode: Callable[[object], str]) -> list[tuple[str, str]]:
    """``(name, address)`` of every mailbox of raw header values, with the names decoded: the
    value is split first and each name decoded after (``=?UTF-8?B?…?= <x@evil.top>`` whose
    name is 「Amazon, Japan」 is one mailbox, as mail programs read it; review 64m, B1)."""
    found: list[tuple[str, str]] = []
    for raw in raws:
        if _parsed_first(raw):
            found += [(decode(name) if name else "", address) for name, address in addresses([raw])]
        else:
            found += addresses([decode(raw)])
    return found
