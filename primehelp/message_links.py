"""Find links, e-mail addresses and phone numbers in a message's text, and look at each host.

The registrable domain comes from the Public Suffix List bundled with ``publicsuffixlist``
(offline). Amazon's own domains are recognised without it, so a genuine SMS with an amzn.asia
link never reads the list (see :func:`_suffix_rules` for what reading it costs).
"""

import re
from collections.abc import Callable, Collection, Iterator
from contextlib import suppress
from functools import cache, lru_cache
from itertools import chain, islice
from typing import NamedTuple

from primehelp.lazy_pattern import LazyPattern
from primehelp.message_apps import is_app_link, without_app_links
from primehelp.message_defang import defanged_spans, may_hold_one, undefanged
from primehelp.message_letters import LATIN_ALIKE as LATIN_ALIKE
from primehelp.message_letters import confusable_letters as confusable_letters
from primehelp.message_letters import looks_confusable as looks_confusable
from primehelp.message_letters import scripts as scripts
from primehelp.message_letters import skeleton as skeleton
from primehelp.message_wide import LETTER as _LETTER
from primehelp.message_wide import URL as URL
from primehelp.message_wide import URL_CHAR as _URL_CHAR
from primehelp.message_wide import blank as _blank
from primehelp.message_wide import clean_url as clean_url
from primehelp.message_wide import host_dots as host_dots
from primehelp.message_wide import may_hold_a_japanese_domain as may_hold_a_japanese_domain
from primehelp.message_wide import percent_decoded, to_ascii, url_pattern, wide_spans

# The letters of a host (_LETTER) and of a URL (_URL_CHAR): see primehelp.message_wide.
_LABEL = f"[{_LETTER}](?:[{_LETTER}-]{{0,61}}[{_LETTER}])?"
# A domain written without a scheme, or after "//" alone (a scheme-relative link, which a
# browser opens with the page's scheme). Compiled for a text with a dot only (0.8 ms: an SMS
# whose one domain is in its URL never needs it; round 53).
BARE_DOMAIN = LazyPattern(
    rf"(?<![{_LETTER}@.\-/])(?://)?"
    rf"((?:{_LABEL}\.)+(?:[A-Za-z]{{2,63}}|[xX][nN]--[A-Za-z0-9-]{{1,59}}))"
    rf"(?![{_LETTER}@\-])(?:[/?#][{_URL_CHAR}]*)?",
    lambda text: "." in text,
)
_EMAIL = rf"[A-Za-z0-9._%+\-]{{1,64}}@((?:{_LABEL}\.)+{_LABEL})"  # compiled by email_pattern()
_DASH = "\\-\u2010-\u2015\u2212\u30fc\uff70"  # "-" and the dashes Japanese text writes numbers with
_DOTS = "./\u30fb"  # 「03.5757.5252」「0120/899/543」「0120・899・543」 (review 39a, item 3)
PHONE = re.compile(
    rf"(?<![\d+{_DASH}])\(?\+?\d(?:[ {_DASH}{_DOTS}()]{{0,3}}\d){{8,14}}(?![\d{_DASH}])"
)
"""A phone-like run of digits, its groups separated as check-number accepts them (phone.py):
「0120ー999ー373」, 「0120−999−373」 too (review 37a, item 1: read as no number at all), and
「0120 - 899 - 543」 (spaces round the dash) or one digit at a time (review 40a, item 4)."""
_MAX_HOST = 253  # the longest name DNS allows: longer "hosts" are not looked up (quadratic)
_NETWORK_PATH = ("//", "\\\\", "/\\", "\\/")
_NUMERIC_HOST = r"(?i)(?:0x[0-9a-f]+|\d+)(?:\.(?:0x[0-9a-f]+|\d+)){0,3}"  # for an IP only


@cache
def email_pattern() -> re.Pattern[str]:
    """An e-mail address; compiled at its first use, for a text holding 「@」 (0.5 ms: start-up)."""
    return re.compile(_EMAIL)


def _scheme_end(text: str, *, slashes: bool) -> int:
    """Where a leading scheme ends, after its ":" (and "//" with ``slashes``), or 0: the
    pattern ``^[a-z][a-z0-9+.-]*:``, checked without a regex compiled at start-up."""
    colon = text.find(":")
    if colon < 1 or not (text[0].isascii() and text[0].isalpha()):
        return 0
    if not all(c.isascii() and (c.isalnum() or c in "+.-") for c in text[1:colon]):
        return 0
    if slashes:
        return colon + 3 if text.startswith("//", colon + 1) else 0
    return colon + 1


class Host(NamedTuple):
    """One host name as found in a link or an address, and what it is."""

    host: str  # lower case, as written (punycode stays punycode)
    host_decoded: str  # punycode labels decoded
    registrable_domain: str  # the part anyone registers: amazon.co.jp, evil.info; an IP itself
    is_ip: bool
    is_amazon: bool


def host_of(target: str) -> str | None:
    """The host of a URL, a scheme-relative link (``//host/path``) or a bare domain (``user@``
    and ``:port`` removed); None if it has none."""
    text = target.strip()
    if may_hold_one(text):  # 「amazon-login。co。jp」, evil[.]com, https:/ /… (38a, item 3)
        text = undefanged(text)
    scheme = _scheme_end(text, slashes=True)
    if scheme and is_app_link(text):  # line://ti/…: no site 「ti」 (review 48a, item 2)
        return None
    if scheme:
        text = text[scheme:]
    elif text[:2] in _NETWORK_PATH:
        text = text[2:]  # "//host/path": the page's scheme; browsers read "\\" as "//"
    elif _scheme_end(text, slashes=False) or text.startswith(("/", "#", "?")):
        return None  # mailto:, tel:, javascript:, a relative link
    ends = [at for at in map(text.find, "/?#\\") if at >= 0]
    authority = text[: min(ends)] if ends else text
    authority = authority.rsplit("@", 1)[-1]
    if authority.startswith("["):
        host = authority[1 : authority.find("]")] if "]" in authority else authority[1:]
    else:
        host = authority.split(":", 1)[0]
    host = percent_decoded(host)
    host = host.strip(".").lower()
    if not host.isascii():
        host = to_ascii(host)
    return host or None


def decode_punycode(host: str) -> str:
    """Decode every ``xn--`` label; a label that does not decode stays as written."""
    labels = []
    for label in host.split("."):
        decoded = label
        if label.startswith("xn--"):
            with suppress(UnicodeError, ValueError):
                decoded = label.encode("ascii").decode("idna")
        labels.append(decoded)
    return ".".join(labels)


def is_ip(host: str) -> bool:
    """A bare IP address, including the decimal and hex forms browsers accept (``0x7f.1``)."""
    if ":" not in host and not host[:1].isdigit():
        return False  # neither IPv6 nor a number: no need to import ipaddress (1.5 ms)
    import ipaddress

    try:
        ipaddress.ip_address(host)
    except ValueError:
        return bool(re.fullmatch(_NUMERIC_HOST, host))
    return True


def amazon_domain(host: str, amazon: Collection[str]) -> str | None:
    """The Amazon registrable domain ``host`` is, or is under; None if it is not Amazon's."""
    for domain in amazon:
        if host == domain or host.endswith("." + domain):
            return domain
    return None


class SuffixRules:
    """The rules of the Public Suffix List bundled with ``publicsuffixlist``.

    Read here rather than through ``PublicSuffixList()``: that parser takes 15 ms of CPU (48 ms
    with its punycode copy of every rule), and check-message runs within the start-up budget of
    a Rich command. A set of the rules takes 6-8 ms to build; one search of the list's text
    about 0.1 ms. So the first :attr:`searches` lookups (a few hosts: an SMS names one or two)
    search the text, and the set is built only for a message with more hosts than that.
    tests/test_message_suffix.py compares every answer with the library's, both ways.
    """

    searches = 48

    def __init__(self, data: bytes) -> None:
        # Kept as UTF-8 bytes: decoded, the list is a str three times larger (0.7 MB, and
        # twice that while it was built: check-message's peak memory, round 45).
        self._text = b"\n" + data.replace(b"\r\n", b"\n") + b"\n"
        self._rules: frozenset[str] | None = None
        self._searched = 0

    def __contains__(self, rule: str) -> bool:
        if not rule or "\n" in rule or rule.startswith("//"):
            return False  # never a rule: blank lines and comments are not rules
        if self._rules is None and self._searched < self.searches:
            self._searched += 1
            return f"\n{rule}\n".encode("utf-8", "surrogatepass") in self._text
        if self._rules is None:
            lines = self._text.decode("utf-8").split("\n")
            self._rules = frozenset(line for line in lines if line and not line.startswith("//"))
        return rule in self._rules


@cache
def _suffix_rules() -> SuffixRules:
    """The bundled list, read once, as bytes (text-mode reading is 4 times slower here)."""
    from pathlib import Path

    from publicsuffixlist import PSLFILE

    return SuffixRules(Path(PSLFILE).read_bytes())


@lru_cache(maxsize=4096)
def public_suffix(host: str) -> str | None:
    """The longest public suffix of ``host`` (``co.jp``, ``s3.amazonaws.com``), by the list's
    algorithm: exceptions (``!``) first, then the longest plain or wildcard (``*.``) rule.
    None when no rule matches (an unknown top-level domain) or the name is malformed.
    Remembered: a link's host is looked at for its link, then for its signs (six searches of
    the list for a name of two labels, 0.13 ms each; round 53).
    """
    if len(host) > _MAX_HOST:
        return None
    rules = _suffix_rules()
    labels = host.lower().split(".")
    if not all(labels):
        return None
    for i in range(len(labels)):
        if "!" + ".".join(labels[i:]) in rules:
            return ".".join(labels[i + 1 :])
    for i in range(len(labels)):
        candidate, rest = ".".join(labels[i:]), ".".join(labels[i + 1 :])
        # "*.mm" also makes "mm" itself a suffix, as the library reads it.
        if candidate in rules or "*." + candidate in rules or (rest and "*." + rest in rules):
            return candidate
    return None


def registrable_domain(host: str) -> str | None:
    """The public suffix and one more label (``evil.info``); None if there is no such part."""
    suffix = public_suffix(host)
    if suffix is None or suffix == host.lower():
        return None
    return ".".join(host.lower().split(".")[-(suffix.count(".") + 2) :])


def has_known_suffix(host: str, amazon: Collection[str]) -> bool:
    """Tell whether ``host`` ends in a public suffix (so ``readme.txt`` is no domain)."""
    return bool(amazon_domain(host, amazon)) or public_suffix(decode_punycode(host)) is not None


def look_at(host: str, amazon: Collection[str]) -> Host:
    """Everything the check needs to know about one host."""
    name = host.lower().strip(".")
    shown = decode_punycode(name)
    if is_ip(name):
        return Host(name, shown, name, is_ip=True, is_amazon=False)
    own = amazon_domain(name, amazon)
    if own:
        return Host(name, shown, own, is_ip=False, is_amazon=True)
    return Host(name, shown, registrable_domain(shown) or shown, is_ip=False, is_amazon=False)


# A message with more than this many links or phone-like numbers is not a message a person
# reads. Every link's domain is examined all the same (review 42a, item 9: a fake after 200
# copied genuine links was never looked at), and only this many are listed; past it, only the
# first e-mail addresses and phone numbers are examined, and the verdict says that not all was.
MAX_ITEMS = 200
# …and past this many links (a megabyte of nothing but links took 20 s to read), the first ones
MAX_LINKS = 5000


def find_urls(text: str) -> Iterator[str]:
    """URLs with a scheme (``hxxp://`` too, as scam reports write them)."""
    if "://" not in text:
        return
    text = host_dots(_unbracketed(text))
    wide = wide_spans(text, bare=False)
    found = url_pattern(text).finditer(_blank(text, wide))
    spans = [(m.start(), clean_url(m.group(0))) for m in found]
    spans += [(start, text[start:end]) for start, end in wide]
    for _, url in sorted(spans):
        yield url


def _unbracketed(text: str) -> str:
    """A Markdown link 「[https://www.amazon.co.jp/](https://evil.top/login)」 (as some chat apps
    copy one) as two URLs, the shown one and the one it opens: a URL ends at 「](」 (review 47a,
    item 15.1: it was read as one Amazon URL and evil.top was never listed). Same length."""
    return text.replace("](", "] ") if "](" in text else text


def _mask(pattern: re.Pattern[str], text: str, marker: str) -> str:
    if marker == "://" and marker in text:
        text = _blank(_unbracketed(text), wide_spans(text, bare=False))
    if pattern is URL and marker in text:
        pattern = url_pattern(text)  # intent:// too (review 46a, item 11)
    return pattern.sub(" ", text) if marker in text else text


def _without_emails(text: str) -> str:
    return email_pattern().sub(" ", text) if "@" in text else text


def _known(amazon: Collection[str] | None) -> Callable[[str, str], bool]:
    """Which domains in Japanese script without a scheme count, as :data:`BARE_DOMAIN`'s do:
    a known suffix (or, for printing, with ``amazon`` None, a path)."""
    if amazon is None:
        return lambda link, _: "/" in link
    return lambda _, host: has_known_suffix(to_ascii(host.lower()), amazon)


def find_bare_domains(text: str, amazon: Collection[str]) -> Iterator[str]:
    """Domains written without a scheme (``amazon-xxx.jp/login``), URLs and addresses removed."""
    masked = _without_emails(_mask(URL, text, "://"))
    wide = wide_spans(masked, bare=True, known=_known(amazon))
    for start, end in wide:
        yield masked[start:end]
    for found in BARE_DOMAIN.finditer(_blank(masked, wide)):
        if has_known_suffix(found.group(1).lower(), amazon):
            yield clean_url(found.group(0))


class Found(NamedTuple):
    """What a message's text contains: every link, the addresses and numbers cut at
    :data:`MAX_ITEMS`."""

    urls: tuple[str, ...]
    bare_domains: tuple[str, ...]
    emails: tuple[str, ...]
    phone_candidates: tuple[str, ...]  # digit runs that may be numbers (phone.normalize decides)
    cut: bool  # more addresses or numbers than MAX_ITEMS, or links than MAX_LINKS
    links_cut: bool = False  # more links than MAX_LINKS (review 51a, item 22)
    over: tuple[str, ...] = ()  # what was past its cap: "emails", "numbers" (review 59m, 10)
    emails_total: int = 0  # the e-mail addresses written, every one (review 59m, item 10)


# 「support[at]amazon-jp.net」「support (at) …」「support[@]…」: an address written so that it is
# no link, which the member writes to all the same (review 39a, item 15). 「＠」 is 「@」 after NFKC.
_AT = LazyPattern(r"(?<=[A-Za-z0-9._%+\-]) ?[\[(] ?(?i:at|@) ?[\])] ?(?=[A-Za-z0-9])")


def _at_read(text: str) -> str:
    """``text`` with each defanged 「@」 read as 「@」 (the pattern only for a text holding one)."""
    folded = text.casefold()
    if not any(mark in folded for mark in ("at]", "at)", "@]", "@)", "at ]", "at )")):
        return text
    return _AT.compiled.sub("@", text)


def _reference(text: str, found: re.Match[str]) -> bool:
    """Whether a phone-like run is a reference named as one (「お問い合わせ番号 0312345678」)."""
    from primehelp.message_reference import is_reference  # only for a text with such a run

    return is_reference(text, found.start(), found.end())


def find_all(text: str, amazon: Collection[str]) -> Found:
    """Links with and without a scheme, e-mail addresses and phone-like numbers, masking each
    kind once so that an address's domain is not also a link and a URL's digits no number."""
    text = host_dots(text)
    defanged = defanged_spans(text, lambda host: has_known_suffix(to_ascii(host), amazon))
    written = [text[start:end] for start, end in defanged]  # as written, read by host_of
    text = _at_read(_blank(text, defanged))
    without_urls = without_app_links(_mask(URL, text, "://"))  # com.example.app: 48a, item 2
    at = "@" in text
    emails = [m.group(0).rstrip(".") for m in email_pattern().finditer(without_urls)] if at else []
    masked = _without_emails(without_urls)
    wide = wide_spans(masked, bare=True, known=_known(amazon))
    masked = _blank(masked, wide)
    bare = chain(
        (without_urls[start:end] for start, end in wide),
        (
            clean_url(m.group(0))
            for m in BARE_DOMAIN.finditer(masked)
            if has_known_suffix(m.group(1).lower(), amazon)
        ),
    )
    phones = (m.group(0).strip() for m in PHONE.finditer(masked) if not _reference(masked, m))
    addresses, numbers = (tuple(islice(found, MAX_ITEMS + 1)) for found in (iter(emails), phones))
    # every link up to MAX_LINKS, not MAX_ITEMS (review 42a, item 9)
    urls, domains = (
        tuple(islice(found, MAX_LINKS + 1)) for found in (chain(written, find_urls(text)), bare)
    )
    return Found(
        urls=urls[:MAX_LINKS],
        bare_domains=domains[:MAX_LINKS],
        emails=addresses[:MAX_ITEMS],
        phone_candidates=numbers[:MAX_ITEMS],
        cut=max(len(addresses), len(numbers)) > MAX_ITEMS
        or max(len(urls), len(domains)) > MAX_LINKS,
        links_cut=max(len(urls), len(domains)) > MAX_LINKS,
        over=tuple(
            k for k, n in (("emails", addresses), ("numbers", numbers)) if len(n) > MAX_ITEMS
        ),
        emails_total=len(emails),
    )


def link_spans(text: str, amazon: Collection[str] | None) -> list[tuple[int, int]]:
    """Where the links of ``text`` are (start, end), in order: as :func:`find_all` finds them,
    or, with ``amazon`` None (for printing, without reading the suffix list), the URLs and the
    bare domains followed by a path."""
    text = host_dots(text)
    wide = wide_spans(text, bare=False)
    blank = _blank(text, wide)
    urls = url_pattern(text)  # intent:// too (review 46a, item 11)
    spans = wide + [
        (found.start(), found.start() + len(clean_url(found.group(0))))
        for found in urls.finditer(blank)
    ]
    blank = urls.sub(lambda found: " " * len(found.group(0)), blank)  # positions kept
    if "@" in blank:
        blank = email_pattern().sub(lambda found: " " * len(found.group(0)), blank)
    wide_bare = wide_spans(blank, bare=True, known=_known(amazon))
    spans += wide_bare
    blank = _blank(blank, wide_bare)
    for found in BARE_DOMAIN.finditer(blank):
        link = clean_url(found.group(0))
        if ("/" in link) if amazon is None else has_known_suffix(found.group(1).lower(), amazon):
            spans.append((found.start(), found.start() + len(link)))
    return sorted(spans)
