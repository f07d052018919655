"""What check-number says of one number, in words: its kind (「通話料無料の番号」) and its
verdict sentence. Without Rich: ``--json`` carries both (review 31a item 6)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang, Text
from primehelp.phone_plan import NumberKind

if TYPE_CHECKING:
    from primehelp.number_check import NumberCheck

_KINDS_NAMED = frozenset(NumberKind) - {NumberKind.SHORT_CODE}  # OTHER too: 62a, S 5


def kind_name(check: NumberCheck) -> Text | None:
    """The kind of number as the screen names it after the number, or None (a short code …; a #
    code not a public service's is refused: review 56a, item 7)."""
    if check.kind in _KINDS_NAMED:
        return ui(f"number.kind_{check.kind.value}")
    return None


def _verdict(check: NumberCheck, lang: Lang) -> str:
    if check.verdict.value in ("consumer_hotline", "public_service"):
        name = check.service(lang) if check.service is not None else ""
        return ui(f"number.{check.verdict.value}")(lang).format(name=name)
    key = "circulating" if check.circulating and check.verdict.value == "not_official" else None
    said = ui(f"number.{key or check.verdict.value}")(lang)
    gap = "" if lang == "ja" else " "
    ordinary = key is None and check.verdict.value == "not_official"
    return (
        said
        + gap
        + ui("number.may_be_fraud_if_amazon" if ordinary else "number.may_be_fraud")(lang)
    )


def verdict_words(check: NumberCheck) -> Text:
    """The verdict in words that fit a call or SMS received from the number."""
    return Text(_verdict(check, "ja"), _verdict(check, "en"))


def ordinary(check: NumberCheck) -> bool:
    """Whether the number is an ordinary one Amazon does not publish (not circulating as
    Amazon's, no public service): its verdict is said once for a run of them (review 34a, S 8)."""
    return check.verdict.value == "not_official" and not check.circulating


def verdict_words_all() -> Text:
    """The verdict of :func:`ordinary` numbers, said once under a run of them."""
    said = [ui(key) for key in ("number.not_official_all", "number.may_be_fraud_if_amazon_all")]
    return Text("".join(t.ja for t in said), " ".join(t.en for t in said))
