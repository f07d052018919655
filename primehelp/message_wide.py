"""Hosts written in Japanese (or Korean) script, read whole: アマゾン.jp, amazon.co.jp.アマゾン.jp.

A browser sends such a name in its IDNA (``xn--``) form; :func:`to_ascii` gives that form, so the
check reads it as it reads a name written as xn-- (review 31a, items 1 and 2). The patterns are
compiled at their first use, for a text with such a letter next to a dot (start-up).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from contextlib import suppress
from functools import cache, lru_cache

from primehelp.lazy_pattern import LazyPattern

# Letters a host may be written in (outside this module): ASCII, Latin with accents, Greek,
# Cyrillic. Japanese text runs straight into a URL (「https://example.com/loginからログイン」), so
# CJK and kana end one. No (?i) and positive classes only: case-insensitive or negated Unicode
# classes took 7-9 ms each to compile, paid at every start of check-message.
LETTER = "A-Za-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"
URL_CHAR = "!#-&(-;=?-_a-~\u00a1-\u04ff"  # printable ASCII but space "'<>` , and Latin–Cyrillic
_LETTER, _URL_CHAR = LETTER, URL_CHAR
_TRAILING = ".,;:!?)]}'\"»"
# Not after an ASCII letter or digit ("xhttps"), but after a Japanese one (「こちらhttps://…」,
# review 40a, item 8: \b saw no word boundary there and the link was read from its 「//」).
URL = re.compile(
    rf"(?<![A-Za-z0-9_])(?:[hH](?:[tT][tT]|[xX][xX])[pP][sS]?|[fF][tT][pP])://[{URL_CHAR}]+"
)
# …and any other scheme of letters followed by "//" and a domain name: an Android app link
# 「intent://evil.top#Intent;…」 is read whole, not from its 「//」 (review 46a, item 11); not
# 「market://details?id=…」, whose "host" is no domain. Bounded, and only where a word starts.
# Compiled for a text with such a scheme only (start-up): :func:`url_pattern`.
_ANY_URL = LazyPattern(
    rf"(?<![A-Za-z0-9_])(?:(?:[hH](?:[tT][tT]|[xX][xX])[pP][sS]?|[fF][tT][pP])://"
    r"|[A-Za-z]{2,32}://(?=[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+(?![A-Za-z0-9-])))"
    rf"[{URL_CHAR}]+"
)
_WEB_SCHEMES = ("http", "hxxp", "https", "hxxps", "ftp")


def url_pattern(text: str) -> re.Pattern[str]:
    """:data:`URL`, or for a ``text`` with another scheme before a "://" (intent://), the
    pattern that reads that scheme too."""
    at = text.find("://")
    while at != -1:
        if not text[max(0, at - 5) : at].lower().endswith(_WEB_SCHEMES):
            return _ANY_URL.compiled
        at = text.find("://", at + 3)
    return URL


# A host written in Japanese (or Korean) script: アマゾン.jp, amazon.co.jp.アマゾン.jp. Its last
# label is ASCII (.jp, .com), so 「https://example.comからログイン」 stays example.com. A bare
# one begins after a space, the start, an opening bracket, hiragana or a closing bracket; its
# first label is all hiragana (after a space or bracket) or has none (「情報はアマゾン.jp」:
# the particle is prose, not the name; review 31a, items 1 and 2).
_WIDE = "\u3005\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_WIDE_LABEL = f"[{_LETTER}{_WIDE}](?:[{_LETTER}{_WIDE}-]{{0,61}}[{_LETTER}{_WIDE}])?"
_WIDE_HOST = (
    rf"(?:{_WIDE_LABEL}\.)+(?:[A-Za-z]{{2,63}}|[xX][nN]--[A-Za-z0-9-]{{1,59}})(?![A-Za-z0-9\-])"
)
# After a scheme, a host whose last label is in Japanese script too (.テスト, .日本, .みんな) ends
# where its path, port or query begins: 「https://www.amazon.co.jp.ドメイン.テスト/」 was cut at
# the first Japanese letter and read as amazon.co.jp. Tried first: the ASCII-ended form above
# would stop at 「…co.jp」 before the dot.
_WIDE_HOST_ENDED = rf"(?:{_WIDE_LABEL}\.)+{_WIDE_LABEL}(?=[:/?#])"
_WIDE_URL = (
    rf"\b(?:[hH](?:[tT][tT]|[xX][xX])[pP][sS]?|[fF][tT][pP])://(?:[{_URL_CHAR}]*@)?"
    rf"(?P<host>{_WIDE_HOST_ENDED}|{_WIDE_HOST})(?:[:/?#][{_URL_CHAR}]*)?"
)
_FIRM = f"{_LETTER}\u3005\u30a1-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_WIDE_BARE = (
    rf"(?:(?:^|(?<=[\s\"'(<\[「『（【〈《、。：:]))(?=[\u3041-\u309f-]+\.)"
    rf"|(?:^|(?<=[\s\"'(<\[「『（【〈《、。：:\u3041-\u309f)\]」』）】〉》]))(?=[{_FIRM}-]+\.))"
    rf"(?P<host>{_WIDE_HOST})(?![{_LETTER}@\-])(?:[/?#][{_URL_CHAR}]*)?"
)


@cache
def _wide_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Links and bare domains with a host in Japanese script; compiled at their first use, for
    a text that has such a letter next to a dot."""
    return re.compile(_WIDE_URL), re.compile(_WIDE_BARE, re.MULTILINE)


def _has_wide(text: str) -> bool:
    return not text.isascii() and may_hold_a_japanese_domain(text)


def wide_spans(
    text: str, *, bare: bool, known: Callable[[str, str], bool] | None = None
) -> list[tuple[int, int]]:
    """Where links (``bare``: also domains without a scheme) whose host is in Japanese script
    are (start, end); an ASCII host is left to :data:`URL` and :data:`BARE_DOMAIN`. A domain
    without a scheme counts only if ``known(found, host)`` (写真.jpg is a file's name)."""
    if not _has_wide(text):
        return []
    url, domain = _wide_patterns()
    spans: list[tuple[int, int]] = []
    for pattern in (url, domain) if bare else (url,):
        for found in pattern.finditer(text):
            inside = any(start <= found.start() < end for start, end in spans)
            link, host = clean_url(found.group(0)), found.group("host")
            if pattern is domain and known is not None and not known(link, host):
                continue
            if not host.isascii() and not inside:
                spans.append((found.start(), found.start() + len(link)))
    return sorted(spans)


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the spans blanked (positions kept)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def to_ascii(host: str) -> str:
    """A host with its labels in Japanese script (or any beyond Cyrillic) in their IDNA
    (``xn--``) form, as a browser sends them: アマゾン.jp → xn--cckwcxetd.jp. Latin, Greek and
    Cyrillic look-alikes stay as written (they are signs of their own). A label IDNA refuses
    stays as written."""
    labels = []
    for label in host.split("."):
        if any(c > "\u04ff" for c in label):
            with suppress(UnicodeError, ValueError):
                label = label.encode("idna").decode("ascii").lower()
        labels.append(label)
    return ".".join(labels)


def xn_form(host: str) -> str:
    """``host`` with every label not all ASCII in its IDNA (``xn--``) form, the name a browser
    really goes to (review 38a, item 12: 「ɑmazon.co.jp」 shown as it reads is amazon.co.jp to
    the eye); a label IDNA refuses stays as written."""
    labels = []
    for label in host.split("."):
        if not label.isascii():
            with suppress(UnicodeError, ValueError):
                label = label.encode("idna").decode("ascii").lower()
        labels.append(label)
    return ".".join(labels)


def clean_url(found: str) -> str:
    """A URL as matched, without the punctuation that ends the sentence around it."""
    return found.rstrip(_TRAILING)


def may_hold_a_japanese_domain(text: str) -> bool:
    """A dot between two letters, one of them not ASCII (アマゾン.jp, amazon.日本): a domain that
    may not be found as a link. Plain ``find``: no negated Unicode class to compile."""
    for dot in (".", "．"):
        at = text.find(dot, 1)
        while 0 < at < len(text) - 1:
            before, after = text[at - 1], text[at + 1]
            if before.isalnum() and after.isalnum() and not (before + after).isascii():
                return True
            at = text.find(dot, at + 1)
    return False


def written_as_a_name(domain: str, text: str) -> bool:
    """A bare domain that ``text`` uses as a company's name: right before a Japanese letter
    everywhere it is written (「Amazon.co.jpです。」), with no path (review 31a, S 10)."""
    if "/" in domain:
        return False
    at, seen = text.find(domain), False
    while at >= 0:
        after = text[at + len(domain) : at + len(domain) + 1]
        if not (after.isalpha() and not after.isascii()):
            return False
        at, seen = text.find(domain, at + 1), True
    return seen


def unread_domains(text: str, read: Sequence[str], known: Callable[[str], bool]) -> list[str]:
    """Names in Japanese script (「…あまぞん.jp」) no link of ``read`` holds: the letters on both
    sides of a dot, as written; only those whose end is a known suffix (``known``)."""
    found: list[str] = []
    if not may_hold_a_japanese_domain(text):
        return found  # most messages: nothing to look at (start-up)
    dots = sorted(at for at, char in enumerate(text) if char in ".．")
    for at in dots:
        if not 0 < at < len(text) - 1 or (text[at - 1] + text[at + 1]).isascii():
            continue
        start, end = at, at + 1
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-.．"):
            start -= 1
        ascii_end = text[end].isascii()  # 「.jpで」 ends at 「で」; 「amazon.日本 で」 at the space
        while end < len(text) and (
            (text[end].isalnum() and text[end].isascii() >= ascii_end) or text[end] in "-."
        ):
            end += 1
        name = text[start:end].strip(".．-")
        held = any(name in link or link in name for link in read)
        if name and "." in name and not held and known(name) and name not in found:
            found.append(name)
    return found


_HALF = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}  # ｈｔｔｐｓ：／／ → https://


def written_wide(target: str, given: str) -> bool:
    """Whether the link ``target`` was written in full-width letters in ``given`` (the text as
    the member gave it, before NFKC): the screen shows it converted, and says so (review 33a,
    S 9). A link with an invisible mark inside, taken out, is not one."""
    if not given:
        return False
    half = _half_width(given)
    return half is not None and target not in given and target in half


@lru_cache(maxsize=1)
def _half_width(given: str) -> str | None:
    """``given`` with its full-width letters half-width (``None`` when it has none), once for
    all the links of a message (review 42a, item 9: translated for each of 3,000 links, and
    searched for each in a text with none, it took a minute)."""
    if given.isascii():
        return None
    half = given.translate(_HALF)
    return None if half == given else half


@cache
def _ideographic_host() -> re.Pattern[str]:
    """A URL's host written with 「。」 between its labels (compiled at its first use)."""
    return re.compile(
        r"(?i)\b(?:h(?:tt|xx)ps?|ftp)://[a-z0-9.\-@:]*(?:。[a-z0-9-]+(?:\.[a-z0-9-]+)*)+"
        r"(?=[/?#:\s]|$)"
    )


def host_dots(text: str) -> str:
    """``text`` with each 「。」 between the labels of a URL's host read as ".", as browsers
    read it (IDNA maps U+3002, and U+FF61, which NFKC makes U+3002): the host of
    ``https://amazon。co。jp。evil。com/login`` is amazon.co.jp.evil.com, not ``amazon``
    (review 36a, item 11). At the end of a line, one label after the 「。」 is the next
    sentence (``https://www.amazon.co.jp。Amazon``), not the host: two are needed there.
    The text keeps its length (the spans of links stay where they are)."""
    if "。" not in text or "://" not in text:
        return text

    def dotted(found: re.Match[str]) -> str:
        run = found.group(0)
        ended = found.end() == len(text) or text[found.end()].isspace()
        if ended and len(run[run.index("。") + 1 :].replace("。", ".").split(".")) < 2:
            return run
        return run.replace("。", ".")

    return _ideographic_host().sub(dotted, text)


def percent_decoded(host: str) -> str:
    """``host`` with its percent-escapes decoded, as a browser reads it: amazon.co.jp%2eevil.com
    is amazon.co.jp.evil.com (review 36a, item 12); as written when they are not UTF-8."""
    if "%" not in host:
        return host
    from urllib.parse import unquote_to_bytes

    try:
        return unquote_to_bytes(host).decode("utf-8")
    except UnicodeDecodeError:
        return host
