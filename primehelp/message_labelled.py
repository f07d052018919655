"""A phone number a message gives as a carrier's or a seller's (review 41a, S 15; review 42a,
item 11): 「配送業者の連絡先：0120-…」 in a shipping notice. It is no sign (it is not given as
Amazon's): primehelp cannot tell whose it is, so it says so under 「確認できなかったこと」
(``limits.number_labelled``), with what to check before calling, and the headline does not tell
the member not to call it. Any other number stays a sign."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from primehelp.i18n import Text
from primehelp.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from primehelp.message import MessageContent, Note
    from primehelp.number_check import NumberCheck

_BEFORE = 30  # the label stands just before the number (「配送業者の連絡先：」)
_LABEL = LazyPattern(
    r"(?i)配送業者|運送会社|配送会社|宅配業者|宅配便|出品者|販売者|販売元|ヤマト運輸|佐川急便|日本郵便"
    r"|郵便局|西濃運輸|福山通運|carrier|courier|seller"
)


def _has_label(number: str, text: str) -> bool:
    at = text.find(number)
    while at >= 0:
        if _LABEL.search(text[max(0, at - _BEFORE) : at]):
            return True
        at = text.find(number, at + 1)
    return False


def labelled(
    numbers: Sequence[NumberCheck], text: str, content: MessageContent
) -> tuple[list[NumberCheck], tuple[Note, ...]]:
    """The ``numbers`` (as written: ``.input``) that are signs, and a note for those a label
    before them in ``text`` gives as a carrier's or a seller's."""
    signed = [one for one in numbers if not _has_label(one.input, text)]
    carriers = [one.input for one in numbers if one not in signed]
    if not carriers:
        return signed, ()
    note = content.limits["number_labelled"]
    ja, en = (
        note.text.ja.format(number="、".join(carriers)),
        note.text.en.format(number=", ".join(carriers)),
    )
    return signed, (note._replace(text=Text(ja, en)),)
