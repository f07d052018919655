"""``check-message``: how a sign refers to the quotes an earlier sign prints, 「この文面は、兆候7の
2つ目の文面と同じく、…」, on the screen and in ``--json`` alike (review 59m, items 5 and 8)."""

from __future__ import annotations

from collections.abc import Sequence

from primehelp.facts import ui
from primehelp.i18n import Lang

_UI = "ui_message"


def reference_labels(places: Sequence[tuple[int, int, int]], lang: Lang) -> list[str]:
    """The earlier signs a sign's quotes are printed under, each (number, place among that
    sign's quotes, how many it prints): 「7」, or 「7の2つ目」 ("7 (wording 2)") when that sign
    prints other quotes too, so that 「兆候7の文面」 does not point first at a quote of it that
    asks for nothing (review 59m, item 8)."""
    from primehelp.message_subjects import places as placed

    by_sign: dict[int, tuple[int, set[int]]] = {}
    for number, at, printed in places:
        by_sign.setdefault(number, (printed, set()))[1].add(at)
    labels = []
    for number, (printed, ats) in by_sign.items():
        if printed <= 1 or len(ats) >= printed:
            labels.append(str(number))
            continue
        which = placed([at in ats for at in range(1, printed + 1)])(lang)
        labels.append(f"{number}の{which}" if lang == "ja" else f"{number} (wording {which})")
    return labels


def referred_reason(reason: str, numbers: Sequence[int | str], quoted: int, lang: Lang) -> str:
    """The reason with the signs whose quote this one's is as its subject: ``quoted`` is how
    many of this sign's own quotes are printed above the reason (0, 1, more); ``numbers``
    their numbers or :func:`reference_labels`."""
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
