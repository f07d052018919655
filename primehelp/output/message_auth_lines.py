"""``check-message``: the sender checks (SPF, DKIM, DMARC) as the screen names them, and their
row of 「読み取った内容」 (moved out of :mod:`primehelp.output.check_message`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from primehelp.message_headers import CHECK_ORDER
from primehelp.output.console import rich_text
from primehelp.output.message_lines import read_ui

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.text import Text as RichText

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


class AuthLines:
    """「認証結果：SPF=softfail（認証に失敗）」, each further result under the first, in the column
    after the label (review 50a item 17: 「DKIM=fail…」 stood two columns in, under 「認証結果」).
    When a result does not fit whole in that column (a narrow screen, a long result), the label
    stands on a line of its own and every result on a line of its own under it."""

    def __init__(self, label: RichText, checks: Sequence[RichText]) -> None:
        self.label, self.checks = label, checks

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.cells import cell_len
        from rich.segment import Segment

        hang = cell_len(self.label.plain)
        if any(hang + cell_len(check.plain) > options.max_width for check in self.checks):
            yield self.label
            yield from self.checks
            return
        for index, check in enumerate(self.checks):
            yield from [Segment(" " * hang)] if index else self.label.render(console)
            yield from check.render(console)
            yield Segment.line()


def auth_row(found: Sequence[AuthResult], label: str, lang: Lang) -> list[RenderableType]:
    """The row of the sender checks, its label (「認証結果：」) in it: SPF, DKIM, DMARC in that
    order, one a line, never broken between a result and what it means (all passes for the
    sender said once: 「いずれも pass」), then a pass's note: a pass for the sender proves nothing."""
    checks = sorted(found, key=check_order)
    note = [rich_text(read_ui("read.auth.pass_proves_nothing", lang))]
    if len(checks) > 1 and all(map(passed_for_sender, checks)):
        names = [check.method.upper() for check in checks]  # 「SPF・DKIM・DMARC」: said once
        joined = "・".join(names) if lang == "ja" else f"{', '.join(names[:-1])} and {names[-1]}"
        said = [rich_text(read_ui("read.auth.all_pass", lang).format(methods=joined))]
    else:
        said = [rich_text(auth(check, lang)) for check in checks]
    # only under a pass for the sender's domain: another's DKIM proves nothing of it (59m, 12)
    passed = any(check.result == "pass" and check.for_sender for check in checks)
    dim = rich_text()  # a span: Text.render, which AuthLines uses, drops a text's own style
    dim.append(label, "dim")  # dim as every other label (review 61m, item 11)
    return [AuthLines(dim, said), *(note if passed else [])]
