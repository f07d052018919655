"""``check-message``: a sign whose wording is quoted under an earlier sign refers to it in its
reason, 「兆候1の文面は、…とよく似ています。」 (review15a S 10), not as a bare bullet
「・（兆候1の文面）」 nor a bracket after the title; and whether a link is on a hosting service."""

from __future__ import annotations

from collections.abc import Sequence

from primehelp.facts import document, ui
from primehelp.i18n import Lang

_UI = "ui_message"


def referred_reason(reason: str, numbers: Sequence[int], quoted: int, lang: Lang) -> str:
    """The reason with the signs whose quote this one's is as its subject: ``quoted`` is how
    many of this sign's own quotes are printed above the reason (0, 1, more)."""
    if not numbers:
        return reason
    shown = [str(number) for number in dict.fromkeys(numbers)]
    joined = "・".join(shown) if lang == "ja" else " and ".join(shown)
    key = "referred.only" if quoted == 0 else "referred.one" if quoted == 1 else "referred.some"
    subject = ui(key, _UI)(lang).format(number=joined)
    if lang == "ja":
        return subject + reason
    # Every such reason starts 「It …」 (a sentence sign): the subject takes its place.
    if reason.startswith("It "):
        return subject + reason.removeprefix("It")
    return subject.rstrip(",") + ": " + reason


def is_hosting(host: str) -> bool:
    """A hosting service anyone can rent (``vocabulary.hosting``: amazonaws.com…)."""
    hosting = document("message").node("vocabulary").strings("hosting")
    return any(host == domain or host.endswith("." + domain) for domain in hosting)
