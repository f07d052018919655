"""The results of an e-mail's Authentication-Results headers (``spf=pass``, ``dmarc=fail``),
and of its Received-SPF headers where those give no SPF result (review 46a, item 4).

Imported only for a mail that has such a header (an SMS or a pasted text has none): the class
costs half a millisecond to create, at every start of ``check-message``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from primehelp.message_read import Headers

_AUTH = re.compile(r"(?i)\b(dmarc|dkim|spf)\s*=\s*([a-z]+)")


@dataclass(frozen=True, slots=True)
class AuthResult:
    """One method's result in an Authentication-Results header (``dmarc=fail``)."""

    method: str
    result: str
    # The domain the result is for: DKIM's header.d (or header.i's domain), DMARC's header.from;
    # "" when the header names none (review 46a, item 3)
    domain: str = ""
    # False for a result about another domain than the From's (nor Amazon's for a From at
    # Amazon's): a pass then is that domain's, not the sender's (review 46a, item 3)
    for_sender: bool = True
    # The header it was read from: Received-SPF (RFC 7208 §9.1) is read for SPF when no
    # Authentication-Results header gives an SPF result (review 46a, item 4)
    header: str = "Authentication-Results"

    def __str__(self) -> str:
        return f"{self.method}={self.result}"


_DOMAIN = {
    "dkim": re.compile(r"(?i)\bheader\.[di]\s*=\s*\"?(?:[^\s;@\"]*@)?([^\s;@\"]+)"),
    "dmarc": re.compile(r"(?i)\bheader\.from\s*=\s*\"?(?:[^\s;@\"]*@)?([^\s;@\"]+)"),
    # the envelope sender, an address or a domain (review 61m, item 14)
    "spf": re.compile(r"(?i)\bsmtp\.mailfrom\s*=\s*\"?(?:[^\s;@\"()]*@)?([^\s;@\"()]+)"),
}
_ENVELOPE_FROM = re.compile(r"(?i)\benvelope-from\s*=\s*\"?(?:[^\s;@\"()]*@)?([^\s;@\"()]+)")


def authentication(
    results: Iterable[str], sender: str = "", amazon: Collection[str] = ()
) -> tuple[AuthResult, ...]:
    """The dmarc/dkim/spf results named in Authentication-Results headers, in order, each with
    the domain it is for, compared with the From address ``sender``'s domain."""
    found = []
    for header in results:
        for clause in header.split(";"):
            for method, result in re.findall(_AUTH, clause):
                pattern = _DOMAIN.get(method.lower())
                named = pattern.search(clause) if pattern else None
                domain = named[1].lower().rstrip(".") if named else ""
                ours = not domain or _aligned(domain, sender, amazon)
                found.append(AuthResult(method.lower(), result.lower(), domain, ours))
    return tuple(dict.fromkeys(found))


# RFC 7208 §8, §9.1: the result is the header's first word; anything else is no result
_SPF_RESULTS = ("pass", "fail", "softfail", "neutral", "none", "temperror", "permerror")


def sender_checks(headers: Headers, amazon: Collection[str] = ()) -> tuple[AuthResult, ...]:
    """The results of a mail's Authentication-Results headers, then, when none of them gives
    SPF, the results of its Received-SPF headers (written by a receiving server too)."""
    found = authentication(headers.authentication_results, headers.from_address, amazon)
    if any(result.method == "spf" for result in found):
        return found
    spf = []
    for value in headers.received_spf:
        word = value.split(None, 1)[0].lower() if value.strip() else ""
        if word in _SPF_RESULTS:  # its envelope-from's domain, as smtp.mailfrom's (61m, 14)
            named = _ENVELOPE_FROM.search(value)
            domain = named[1].lower().rstrip(".") if named else ""
            ours = not domain or _aligned(domain, headers.from_address, amazon)
            spf.append(AuthResult("spf", word, domain, ours, header="Received-SPF"))
    return tuple(dict.fromkeys((*found, *spf)))


def received_spf(headers: Headers) -> list[str]:
    """The results its Received-SPF headers give (``fail``), lower case, in order."""
    words = (value.split(None, 1)[0].lower() for value in headers.received_spf if value.strip())
    return [word for word in words if word in _SPF_RESULTS]


def _aligned(domain: str, sender: str, amazon: Collection[str]) -> bool:
    """Whether a result's domain is the From's (or under it, or it under the domain), or one of
    Amazon's when the From is at Amazon's."""
    own = sender.rpartition("@")[2].lower().rstrip(">").strip()
    if not own:
        return True  # no From to compare with
    if _near(own, domain) or _near(domain, own):
        return True
    return any(_near(own, one) for one in amazon) and any(_near(domain, one) for one in amazon)


def _near(name: str, domain: str) -> bool:
    """Whether ``name`` is ``domain`` or under it."""
    return name == domain or name.endswith("." + domain)
