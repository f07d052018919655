"""Links of Amazon's that carry another site's address in their query (review 37a, item 5).

``https://www.amazon.co.jp/gp/redirect.html?location=https%3A%2F%2Fevil.xyz`` and
``…/ap/signin?openid.return_to=https://evil.example.xyz/`` are Amazon's addresses made to send
the member on to a site that is not Amazon's: a known phishing trick.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re

_DECODINGS = 3  # 「https%253A%252F%252F」 is encoded twice; a browser's redirect decodes each


@cache
def _embedded() -> re.Pattern[str]:
    """A scheme and "//", or "//" alone after "=", then a host (compiled at its first use)."""
    import re

    return re.compile(r"(?i)(?:\b[a-z][a-z0-9+.-]*:|(?<==))[/\\]{2}([^/\\?#&\s\"'<>]+)")


def forwarded_hosts(target: str, amazon: Collection[str]) -> Iterator[str]:
    """The hosts outside ``amazon`` that the query or fragment of ``target`` names as a URL,
    each once, as :func:`primehelp.message_links.host_of` reads them."""
    from primehelp.message_links import amazon_domain, host_of

    starts = [at for at in (target.find("?"), target.find("#")) if at >= 0]
    rest = target[min(starts) + 1 :] if starts else ""
    if "/" not in rest and "%" not in rest:
        return
    from urllib.parse import unquote

    seen: set[str] = set()
    for _ in range(_DECODINGS):
        for match in _embedded().finditer(rest.replace("+", " ")):
            host = host_of("https://" + match[1])
            if host and host not in seen and amazon_domain(host, amazon) is None:
                seen.add(host)
                yield host
        decoded = unquote(rest)
        if decoded == rest:
            return
        rest = decoded
