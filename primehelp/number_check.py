"""Tell whether a pasted number is a way to reach Amazon (``primehelp check-number``)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from primehelp.errors import BadInput, ExitCode, shown
from primehelp.i18n import Text
from primehelp.number_mixed import refuse_mixed
from primehelp.number_refusals import (
    as_arguments,
    as_typed,
    prefix_joined,
    refuse_needless_hash,
    refuse_withheld,
)
from primehelp.number_refusals import caller_prefix as caller
from primehelp.phone import (
    _TOO_FEW,
    ACCEPTED_FORMS,
    NotANumber,
    carrier_hint,
    copied,
    japan_hint,
    joined,
    normalize,
    not_a_number,
    plus_hint,
    without_label,
)
from primehelp.phone_plan import NumberKind, carrier_toll_free, hyphenated, kind_of, wrong_length

if TYPE_CHECKING:  # check-message uses this module without the contact routes' classes
    from primehelp.content.contact import ContactData
    from primehelp.facts import Fact

HOTLINE = "188"


class Verdict(StrEnum):
    """What a number is, as far as reaching Amazon goes."""

    DEFUNCT = "defunct"
    NOT_OFFICIAL = "not_official"
    CONSUMER_HOTLINE = "consumer_hotline"
    PUBLIC_SERVICE = "public_service"


# Numbers that are fine to call: no scam advice, exit 0.
_PUBLIC = (Verdict.CONSUMER_HOTLINE, Verdict.PUBLIC_SERVICE)


def classify(normalized: str, defunct: Collection[str], public: Collection[str] = ()) -> Verdict:
    """Classify a normalized number: 188, another public service, a former Amazon number, or
    not a number Amazon publishes."""
    if normalized == HOTLINE:
        return Verdict.CONSUMER_HOTLINE
    if normalized in public:
        return Verdict.PUBLIC_SERVICE
    if normalized in defunct:
        return Verdict.DEFUNCT
    return Verdict.NOT_OFFICIAL


@dataclass(frozen=True, slots=True)
class NumberCheck:
    """The verdict on one pasted number, with the number as it is usually written."""

    input: str
    normalized: str
    formatted: str  # the usual written form: 0120-999-373, 03-5757-5252, +1 855 370 0151
    kind: NumberKind
    verdict: Verdict
    circulating: bool
    service: Text | None  # what a public-service number is (police …), else None

    @classmethod
    def of(
        cls,
        raw: str,
        normalized: str,
        verdict: Verdict,
        circulating: bool,
        service: Text | None = None,
    ) -> NumberCheck:
        """The check of ``raw`` (already normalized), its written form and kind filled in."""
        return cls(
            raw,
            normalized,
            hyphenated(normalized),
            kind_of(normalized),
            verdict,
            circulating,
            service,
        )


def usual_form(check: NumberCheck) -> str:
    """The number as usually written when that says more than the typed form, else "".

    0120999373, 0120 999 373 and tel:0120999373 get 0120-999-373 (issue 12: as typed and in
    the usual hyphenated form; review 37a, S 4; review 40a, S 22: a ``tel:`` link's number in
    check-message); a number in Japan is written with hyphens. One abroad grouped as typed is
    not echoed (+1 855 370 0151 is not +1 855-370-0151; review 20a S11), nor one without a
    known usual form (its digits run together would be harder to read).
    """
    from primehelp.invisible import without_invisible

    typed = " ".join(without_invisible(check.input).split())
    if check.formatted == check.normalized:
        return ""
    if check.formatted.startswith("+"):
        form = check.formatted
        told = _groups(form) != _groups(typed)
    else:
        form = _as_grouped(typed, check.formatted) or check.formatted
        told = form != typed
    return form if told else ""


def _as_grouped(typed: str, formatted: str) -> str:
    """The member's own grouping, in ASCII digits and hyphens, when they wrote the number with
    dashes after its prefix as the number plan gives it (0570-01-0777, ０５７０ー０１ー０７７７ for
    0570-010-777): the same number is not echoed in other groups that would look like another
    number (review 41a, item 20). Any other split of the prefix (05-7001-0777), spaces or other
    marks: "" (the usual form is shown)."""
    import unicodedata

    dashes = str.maketrans(dict.fromkeys("‐‑‒–—―−ーｰ", "-"))  # as phone.normalize reads them
    groups = unicodedata.normalize("NFKC", typed).translate(dashes).split("-")
    valid = (
        len(groups) > 1
        and all(group.isascii() and group.isdigit() for group in groups)
        and "".join(groups) == formatted.replace("-", "")
        and groups[0] == formatted.split("-")[0]
    )
    return "-".join(groups) if valid else ""


def _groups(number: str) -> str:
    """The number with each separator (space or hyphen) as one space: its groups, as typed."""
    return " ".join(number.replace("-", " ").split())


@dataclass(frozen=True, slots=True)
class CheckedNumber(NumberCheck):
    """A number as check-number shows it: the check, its kind's name and the verdict sentence
    (in --json too: review 31a item 6)."""

    kind_name: Text | None  # 「通話料無料の番号」, as after the number on screen; None if none
    text: Text  # the screen's sentence under the number
    # The pages the screen cites for this number itself: the page that names a public-service
    # number (188, #9110; none for 110, 119, 118, 189 and 171, which no page of the facts
    # names: review 32a S 20, 60a S 4), a former or circulating number's list's; none for any
    # other number, whose facts are the report's rule and advice.
    sources: tuple[str, ...] = ()
    # 「186」 of 「186-0120-999-373」: dialled before the number, which was checked without it
    # (review 59a, S 13); None when there was none.
    caller_prefix: str | None = None

    @classmethod
    def worded(
        cls, check: NumberCheck, sources: tuple[str, ...] = (), typed: tuple[str, str] = ("", "")
    ) -> CheckedNumber:
        """``check`` with the screen's words about it, the pages cited for it and, in ``typed``,
        the number as typed with the 186 or 184 before it, and that prefix (none: "")."""
        from dataclasses import fields

        from primehelp.number_words import kind_name, verdict_words

        values = {f.name: getattr(check, f.name) for f in fields(NumberCheck)}
        return cls(
            **values | ({"input": typed[0]} if typed[1] else {}),
            kind_name=kind_name(check),
            text=verdict_words(check),
            sources=sources,
            caller_prefix=typed[1] or None,
        )


def check_numbers(
    raw_numbers: list[str],
    defunct: Collection[str],
    circulating: Collection[str],
    public: Mapping[str, Text] | None = None,
) -> tuple[NumberCheck, ...]:
    """Normalize and classify each number; an unreadable one raises :class:`BadInput`, as does a
    3-digit or # one not a public-service number (123 cannot call anyone)."""
    public = public or {}
    checks = []
    seen: set[str] = set()
    for raw in raw_numbers:
        normalized = normalize(raw)
        if normalized in seen and normalized == "".join(c for c in raw if c.isdigit() or c == "#"):
            continue  # the same number typed again: one block, said once (review 38a, item 21)
        seen.add(normalized)
        if public and normalized.isdigit() and len(normalized) == 3 and normalized not in public:
            raise _incomplete(raw, public)
        if public and normalized.startswith("#") and normalized not in public:
            raise _unknown_hash(raw, public)  # #7119 as 117 (review 56a, item 7)
        if (wrong := wrong_length(normalized)) is not None:  # 0120-999-3733: a digit too many
            prefix, length = wrong
            raise not_a_number(
                raw,
                Text(
                    f"{prefix}で始まる番号は{length}桁です",
                    f"numbers starting {prefix} have {length} digits",
                ),
            )
        checks.append(
            NumberCheck.of(
                raw,
                normalized,
                classify(normalized, defunct, public),
                normalized in circulating,
                public.get(normalized),
            )
        )
    return tuple(checks)


def _typed(raw: str) -> str:
    """``raw`` as the member typed it, NFKC-normalized, without 「tel:」 (for a hint)."""
    import unicodedata

    from primehelp.invisible import without_invisible

    return without_label(copied(unicodedata.normalize("NFKC", without_invisible(raw))))


def _refuse_double_zero(raw: str) -> None:
    """No number in Japan starts with 00 but carriers' toll-free ones (00-1234-5678 was read as a
    number of no kind): refused, with + offered for a number abroad typed with the prefix 00
    (review 36a, S 20), in words a member knows (review 49a, item 7: not 「primehelpの番号表」)."""
    typed = _typed(raw).lstrip("(")
    if typed.startswith("010"):  # Japan's international prefix (review 40a, S 18)
        rest = typed[3:].lstrip(" -‐‑–—―−ー")
        hint = japan_hint("010-81", rest) or plus_hint("00" + rest)  # 010-81-…: 51a item 2
        # 010 starts a call abroad: said so (review 40a, S 18), then the + form is the way
        rule = Text(
            "010は、海外に電話をかけるときに最初に付ける番号です", "010 starts a call abroad"
        )
        raise _unchecked(raw, rule, hint)
    if typed.startswith("00") and not carrier_toll_free("".join(filter(str.isdigit, typed))):
        rule = Text(
            "00で始まる番号で確認できるのは、0066などの通話料無料の番号だけです",
            "the only numbers starting with 00 it checks are toll-free ones such as 0066",
        )
        hint = carrier_hint(typed) or japan_hint("0081", typed[2:]) or plus_hint(typed)  # 46a, 51a
        raise _unchecked(raw, rule, hint)


def _unchecked(raw: str, rule: Text | None, hint: Text) -> NotANumber:
    """「「0077-12-3456」は、primehelpで確認できる番号ではありません。（rule）。（hint）。…」 (62a, 2)."""
    ja, en = (f"{rule.ja}。", f"{rule.en}; ") if rule else ("", "")
    return NotANumber(
        Text(
            f"{shown(raw)}は、primehelpで確認できる番号ではありません。{ja}{hint.ja}。{ACCEPTED_FORMS.ja}",
            f"{shown(raw)} is a number primehelp cannot check: {en}{hint.en}; {ACCEPTED_FORMS.en}",
        )
    )


def _incomplete(raw: str, public: Mapping[str, Text]) -> BadInput:
    """Three digits, no public-service number of the facts: not unreadable (117 is a service) but
    a number primehelp does not know (review 37a, S 5); the accepted forms would not help."""
    short = sorted(number for number in public if number.isdigit() and len(number) == 3)
    return NotANumber(
        Text(
            f"{shown(raw)}は、primehelpで確認できる番号ではありません。"
            f"3桁の番号で確認できるのは、公共の電話番号{'・'.join(short)}だけです。",
            f"{shown(raw)} is not a number primehelp can check: the 3-digit numbers accepted are the "
            f"public services {', '.join(short)}.",
        )
    )


def _unknown_hash(raw: str, public: Mapping[str, Text]) -> BadInput:
    """#7119: refused as 117 is, not given scam advice (no caller ID; review 56a, item 7)."""
    short = "・".join(sorted(number for number in public if number.startswith("#")))
    return NotANumber(
        Text(
            f"{shown(raw)}は、primehelpで確認できる番号ではありません。"
            f"#で始まる番号で確認できるのは、公共の電話番号{short}だけです。",
            f"{shown(raw)} is not a number primehelp can check: the only numbers starting with # it "
            f"checks are public-service numbers ({short.replace('・', ', ')}).",
        )
    )


def _refuse_without_hash(raw: str, public: Mapping[str, Text]) -> None:
    """「9110」 is 「#9110」 without its 「#」 (a public-service number of the data that starts
    with one): refused with 「「#9110」のことですか？」 (review 18a, S 19)."""
    import unicodedata

    digits = unicodedata.normalize("NFKC", raw).strip()
    meant = "#" + digits
    if not (digits.isascii() and digits.isdigit() and meant in public):
        return
    too_few, forms, typed = _TOO_FEW, ACCEPTED_FORMS, shown(raw)
    raise NotANumber(
        Text(
            f"{typed}は電話番号として読み取れません（{too_few.ja}）。"
            # 「？（…）。」 read awkwardly (review 32a, S 18)
            f'「{meant}」のことなら、# を付けて引用符で囲んでください（例："{meant}"）。{forms.ja}',
            f"{typed} is not a phone number primehelp can read: {too_few.en}; "
            f'did you mean "{meant}"? (add the # and quote it); {forms.en}',
        )
    )


# Scam advice about e-mail only: off topic under a phone number (review 11a, S 14).
_ABOUT_MAIL = frozenset(("scam.fee_amount_proves_nothing",))


@dataclass(frozen=True, slots=True)
class NumberReport:
    """Everything ``primehelp check-number`` shows, in its order: the rule about payment details,
    the verdicts, what to do."""

    payment_rule: Fact | None  # Amazon never asks for payment details by phone or SMS
    results: tuple[CheckedNumber, ...]
    advice: tuple[Fact, ...]
    public_services: tuple[Fact, ...]  # the public-service fact, when any number is one

    @property
    def exit_code(self) -> ExitCode:
        """1 when any number is no longer in service or not one Amazon publishes, else 0."""
        if any(check.verdict not in _PUBLIC for check in self.results):
            return ExitCode.FINDING
        return ExitCode.OK


def number_report(
    raw_numbers: list[str],
    contact: ContactData,
    payment_rule: Fact,
    scam_advice: tuple[Fact, ...],
    phone_advice: tuple[Fact, ...] = (),
) -> NumberReport:
    """Check pasted numbers against the ``contact`` data (pieces of a number the shell split at
    its spaces joined again: :func:`primehelp.phone.joined`).

    When any number is not a public service, the rule about payment details comes first and
    the scam advice last; public-service numbers alone get neither.
    """
    defunct = {listed.normalized for listed in contact.defunct_numbers}
    circulating = {listed.normalized for listed in contact.circulating_numbers}
    public = {listed.normalized: listed.name for listed in contact.public_numbers}
    # Only a page that names the number: 188's, #9110's; none for 110 (review 60a, S 4).
    pages = {listed.normalized: listed.sources for listed in contact.public_numbers}
    # A former Amazon number's page, which the screen cites for the verdict (review 37a item 15:
    # --json gave it no source); a circulating one's likewise.
    pages |= dict.fromkeys(defunct, contact.defunct.sources)
    pages |= dict.fromkeys(circulating - defunct, contact.circulating.sources)
    # The refusals apply to the numbers as joined: 「0000」 of an unquoted +44 20 7946 0000 is
    # no number of its own (review 49a, item 8); to the pieces when they cannot be joined.
    # 186-0120-…: the number after the 186 or 184 is checked, shown as typed (review 59a, S 13)
    raw_numbers = prefix_joined(as_arguments(raw_numbers), public)  # 「電話」: 62a, B 1
    typed = {rest: (raw, p) for raw in reversed(raw_numbers) for rest, p in [caller(raw, public)]}
    raw_numbers = [caller(raw, public)[0] for raw in raw_numbers]
    try:
        numbers, unread = joined(raw_numbers), None
    except NotANumber as error:
        numbers, unread = raw_numbers, error
    try:
        for raw in numbers:  # 「9110」: the shell drops an unquoted 「#9110」's # and all after it
            refuse_needless_hash(raw, public)  # 「#188」 (review 59a, item 7)
            _refuse_without_hash(raw, public)
            refuse_withheld(raw)
            _refuse_double_zero(raw)
            refuse_mixed(raw)  # two numbers, or a number among words (review 52a, items 36, 45)
        if unread is not None:
            raise unread
        results = check_numbers(numbers, defunct, circulating, public)
    except NotANumber as error:
        raise as_typed(error, typed) from None
    finding = any(check.verdict not in _PUBLIC for check in results)
    named = any(check.service is not None for check in results)
    return NumberReport(
        payment_rule=payment_rule if finding else None,
        results=tuple(
            CheckedNumber.worded(
                check, pages.get(check.normalized, ()), typed.get(check.input, ("", ""))
            )
            for check in results
        ),
        # The rule only: each number has its own verdict above it.
        advice=(
            contact.no_number._replace(text=contact.no_number_rule),
            *phone_advice,
            *(fact for fact in scam_advice if fact.id not in _ABOUT_MAIL),
        )
        if finding
        else (),
        public_services=(contact.public_services,) if named else (),
    )
