"""``check-message``: which sign the screen shows another under (a look-alike domain joined to the
first of its reason, a scam-subject sign merged into the one that quotes its text), the numbers
that ``--json`` and the signs' own references share (moved out of output/flag_refs.py: a domain
module numbers a sign, review 63m item 6)."""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import TYPE_CHECKING

from primehelp.facts import document
from primehelp.i18n import Text
from primehelp.message_check import FlagKind
from primehelp.message_links import decode_punycode, host_of, skeleton

if TYPE_CHECKING:
    from primehelp.message_check import RedFlag

# The flags whose evidence is a sentence of the message: quoted, set apart from the reason.
SENTENCES = frozenset(
    (
        FlagKind.ASKS_FOR_DETAILS,
        FlagKind.THREATENS_SUSPENSION,
        FlagKind.SCAM_SUBJECT,
        FlagKind.PAYMENT_PROBLEM,
        FlagKind.ASKS_TO_CALL,  # review 40a, item 4
        FlagKind.REFUND_AT_ATM,  # review 47a, item 4
    )
)


def lookalike_start(flag: RedFlag) -> str:
    """What a look-alike name starts with when that start, not its registrable domain, imitates
    Amazon's: ``amazon.co.jp`` of amazon.co.jp.secure-login.info (review 25a, S 10); "" else,
    or when the names found on that domain start differently."""
    brands = document("message_words").node("vocabulary").strings("brand")
    starts = set()
    for found in (flag.evidence, *flag.more_evidence):
        if flag.kind is FlagKind.PUNYCODE:  # 「amazon.co.jp.xn--….jp → …」 (review 36a, 12)
            found = found.split(" → ", 1)[0]
        name = decode_punycode(host_of(found) or "")
        if not name.endswith("." + flag.domain):
            return ""
        starts.add(name[: -len(flag.domain) - 1])
    start = starts.pop() if len(starts) == 1 else ""
    claims = [any(brand in skeleton(part) for brand in brands) for part in (start, flag.domain)]
    return start if claims == [True, False] else ""


def merged(flag: RedFlag, quoted: Container[str]) -> bool:
    """A scam-subject sign whose every quote is an earlier sign's: on screen it is no sign of
    its own, one phrase is not counted twice; its note goes under that sign (:func:`scam_note`,
    review20a 3). ``--json`` keeps it in ``red_flags``."""
    found = (flag.evidence, *flag.more_evidence)
    return (
        flag.kind is FlagKind.SCAM_SUBJECT
        and flag.count == len(found)
        and all(one in quoted for one in found)
    )


# Signs about a domain whose reason does not name it: those of several domains with the same
# reason are one sign, 「Amazon以外へのリンク（2件）」 (review 40a, S 15: they were listed apart
# under one title, as 「1. Amazon以外へのリンク」 and 「2. Amazon以外へのリンク」).
_JOINED = frozenset(
    (FlagKind.LOOKALIKE_DOMAIN, FlagKind.FOREIGN_LINK, FlagKind.SHORTENER, FlagKind.IP_ADDRESS)
)


def join_key(flag: RedFlag) -> tuple[FlagKind, Text] | None:
    """What signs joined on screen share: their kind and reason, or, for a look-alike domain,
    the shared explanation its reason starts with (review 56a, item 5: 「Amazonのドメインでは
    ありません（…）」 was printed under each of three look-alike domains, their own notes after
    it); None for a sign that stays alone."""
    if flag.kind not in _JOINED or flag.also:
        return None
    if flag.kind is FlagKind.LOOKALIKE_DOMAIN and flag.domain.isascii():
        node = document("message").node("flags").node("lookalike_domain")
        for base in (node.text(), node.text("alone")):
            if flag.reason.ja.startswith(base.ja) and flag.reason.en.startswith(base.en):
                return flag.kind, base
    return None if lookalike_start(flag) else (flag.kind, flag.reason)


def folded_into(flags: Sequence[RedFlag]) -> list[int | None]:
    """For each sign, the index of the sign the screen shows it under (a look-alike domain
    joined to the first of its reason, a scam-subject sign merged into the one that quotes its
    text), or None: the Nones are :func:`shown_flags` (review 41a, item 11)."""
    result: list[int | None] = [None] * len(flags)
    joined: dict[tuple[FlagKind, Text], int] = {}
    quoted: dict[str, int] = {}
    threats: dict[str, int] = {}  # a quote of an earlier sign's, the suspension sign naming it
    for at, flag in enumerate(flags):
        if (key := join_key(flag)) is not None:
            first = joined.setdefault(key, at)
            if first != at:
                result[at] = first
                continue
        if merged(flag, quoted):  # under the suspension sign that names it, as on the screen
            sign = quoted[flag.evidence]  # (review 59m, item 4: JSON said the quoting sign)
            mine = [one for one, by in quoted.items() if by == sign]
            result[at] = next((threats[one] for one in mine if one in threats), sign)
        if flag.kind in SENTENCES:
            for one in (flag.evidence, *flag.more_evidence):
                if one in quoted and flag.kind is FlagKind.THREATENS_SUSPENSION:
                    threats.setdefault(one, at)
                quoted.setdefault(one, at)
    return result
