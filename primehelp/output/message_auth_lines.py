"""``check-message``: the sender checks (SPF, DKIM, DMARC) as the screen names them (moved out
of :mod:`primehelp.output.check_message`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.message_headers import CHECK_ORDER
from primehelp.output.message_lines import read_ui

if TYPE_CHECKING:
    from primehelp.i18n import Lang
    from primehelp.message_auth import AuthResult

_AUTH_WORDS = frozenset(
    ("pass", "fail", "softfail", "permerror", "none_dkim", "none_spf", "none_dmarc")
)


def check_order(found: AuthResult) -> int:
    """SPF, DKIM, DMARC: one order on every screen, whatever the header's (review 17a, S 7)."""
    return CHECK_ORDER.index(found.method.upper())


def checks_named(evidence: str, lang: Lang) -> str:
    """The failed checks as the screen names them: 「spf=softfail, dmarc=fail」 (the evidence,
    as the header writes them; --json keeps it) → 「SPF=softfail、DMARC=fail」."""
    checks = [check.partition("=") for check in evidence.split(", ")]
    named = [(method.upper(), result) for method, _, result in checks]
    named.sort(key=lambda check: CHECK_ORDER.index(check[0]) if check[0] in CHECK_ORDER else 3)
    return ("、" if lang == "ja" else ", ").join(f"{method}={result}" for method, result in named)


def passed_for_sender(found: AuthResult) -> bool:
    """Whether it is a pass for the sender, from Authentication-Results: such passes are said
    once together (a Received-SPF one is said on its own line, with its header)."""
    return found.result == "pass" and found.for_sender and found.header == "Authentication-Results"


def auth(found: AuthResult, lang: Lang) -> str:
    """「DKIM=none（署名なし）」: "none" is no signature or record, not a failure."""
    key = f"none_{found.method}" if found.result == "none" else found.result
    shown = f"{found.method.upper()}={found.result}"
    said = [read_ui("read.auth." + key, lang)] if key in _AUTH_WORDS else []
    if key == "pass" and not found.for_sender:  # another domain's pass (review 46a, item 3)
        said = [read_ui(f"read.auth.other_{found.method}", lang).format(domain=found.domain)]
    if found.header != "Authentication-Results":  # Received-SPF's (review 46a, item 4)
        said.append(read_ui("read.auth.received_spf", lang))
    if not said:
        return shown
    return f"{shown}（{'。'.join(said)}）" if lang == "ja" else f"{shown} ({'; '.join(said)})"
