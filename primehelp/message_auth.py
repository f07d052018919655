"""The results of an e-mail's Authentication-Results headers (``spf=pass``, ``dmarc=fail``).

Imported only for a mail that has such a header (an SMS or a pasted text has none): the class
costs half a millisecond to create, at every start of ``check-message``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_AUTH = re.compile(r"(?i)\b(dmarc|dkim|spf)\s*=\s*([a-z]+)")


@dataclass(frozen=True, slots=True)
class AuthResult:
    """One method's result in an Authentication-Results header (``dmarc=fail``)."""

    method: str
    result: str

    def __str__(self) -> str:
        return f"{self.method}={self.result}"


def authentication(results: Iterable[str]) -> tuple[AuthResult, ...]:
    """The dmarc/dkim/spf results named in Authentication-Results headers, in order."""
    found = []
    for header in results:
        for method, result in re.findall(_AUTH, header):
            found.append(AuthResult(method.lower(), result.lower()))
    return tuple(dict.fromkeys(found))
