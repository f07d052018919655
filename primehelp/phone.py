"""Normalize pasted phone numbers and tell whether one is a way to reach Amazon."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from primehelp.errors import BadInput, ExitCode, shown
from primehelp.facts import Fact, Table, fact
from primehelp.i18n import Text

HOTLINE = "188"
_SEPARATORS = frozenset(" -.()/\u3000‐‑‒–—―−ーｰ")
_SHORT_CODE_DIGITS = 3
_NATIONAL_DIGITS = range(10, 12)  # 03-1234-5678, 090-1234-5678, 0120-999-373
_INTERNATIONAL_DIGITS = range(8, 16)  # E.164 allows at most 15
_JAPAN = "81"

ACCEPTED_FORMS = Text(
    ja="使える形式：0120-999-373、０１２０－９９９－３７３、(03) 5757 5252、+81 120 999 373、188",
    en="accepted forms: 0120-999-373, ０１２０－９９９－３７３, (03) 5757 5252, +81 120 999 373, 188",
)


class Verdict(StrEnum):
    """What a number is, as far as reaching Amazon goes."""

    DEFUNCT = "defunct"
    NOT_OFFICIAL = "not_official"
    CONSUMER_HOTLINE = "consumer_hotline"


def _not_a_number(raw: str, problem: Text) -> BadInput:
    return BadInput(
        Text(
            ja=f"{shown(raw)} は電話番号として読めません（{problem.ja}）。{ACCEPTED_FORMS.ja}",
            en=f"Not a phone number {shown(raw)}: {problem.en}; {ACCEPTED_FORMS.en}",
        )
    )


def normalize(raw: str) -> str:
    """Return the digits of a pasted number in national form (``+81 120…`` → ``0120…``).

    Full-width digits and separators are accepted. A number abroad keeps its ``+`` and
    country code (``+1 206…`` → ``+1206…``), so the result normalizes to itself.
    Raise :class:`BadInput` for anything that is not a phone number.
    """
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text:
        raise _not_a_number(raw, Text("空です", "it is empty"))
    international = text.startswith("+")
    body = text[1:] if international else text
    digits = ""
    for ch in body:
        if "0" <= ch <= "9":
            digits += ch
        elif ch not in _SEPARATORS:
            raise _not_a_number(
                raw, Text(f"使えない文字 {shown(ch)} があります", f"it contains {shown(ch)}")
            )
    if not international and digits.startswith(_JAPAN) and len(digits) - 1 in _NATIONAL_DIGITS:
        international = True  # "81 120 999 373" pasted without its plus
    if international and digits.startswith(_JAPAN):
        digits = "0" + digits[len(_JAPAN) :].removeprefix("0")  # "+81 (0)3 …" keeps one 0
        international = False
    if international:
        allowed = _INTERNATIONAL_DIGITS
    elif digits.startswith("0"):
        allowed = _NATIONAL_DIGITS
    else:
        allowed = range(_SHORT_CODE_DIGITS, _SHORT_CODE_DIGITS + 1)
    if len(digits) < allowed.start:
        raise _not_a_number(raw, Text("桁数が足りません", "too few digits"))
    if len(digits) >= allowed.stop:
        raise _not_a_number(raw, Text("桁数が多すぎます", "too many digits"))
    return "+" + digits if international else digits


def classify(normalized: str, defunct: Collection[str]) -> Verdict:
    """Classify a normalized number: 188, a former Amazon number, or not an official route."""
    if normalized == HOTLINE:
        return Verdict.CONSUMER_HOTLINE
    if normalized in defunct:
        return Verdict.DEFUNCT
    return Verdict.NOT_OFFICIAL


@dataclass(frozen=True, slots=True)
class NumberCheck:
    """The verdict on one pasted number."""

    input: str
    normalized: str
    verdict: Verdict
    circulating: bool


def check_numbers(
    raw_numbers: list[str], defunct: Collection[str], circulating: Collection[str]
) -> tuple[NumberCheck, ...]:
    """Normalize and classify each number; any unreadable one raises :class:`BadInput`."""
    checks = []
    for raw in raw_numbers:
        normalized = normalize(raw)
        checks.append(
            NumberCheck(
                input=raw,
                normalized=normalized,
                verdict=classify(normalized, defunct),
                circulating=normalized in circulating,
            )
        )
    return tuple(checks)


@dataclass(frozen=True, slots=True)
class NumberReport:
    """Everything ``primehelp check-number`` shows: verdicts and what to do instead."""

    results: tuple[NumberCheck, ...]
    advice: tuple[Fact, ...]

    @property
    def exit_code(self) -> ExitCode:
        """1 when any number is dead or not official, else 0."""
        if any(check.verdict is not Verdict.CONSUMER_HOTLINE for check in self.results):
            return ExitCode.FINDING
        return ExitCode.OK


def number_report(raw_numbers: list[str], contact: Table, scams: Table) -> NumberReport:
    """Check pasted numbers against the ``contact`` data; add the ``scams`` advice if needed."""
    defunct = {normalize(n) for n in contact["defunct"]["numbers"]}
    circulating = {normalize(n) for n in contact["circulating"]["numbers"]}
    results = check_numbers(raw_numbers, defunct, circulating)
    advice: tuple[Fact, ...] = ()
    if any(check.verdict is not Verdict.CONSUMER_HOTLINE for check in results):
        advice = (
            fact(contact["no_number"]),
            *(fact(item) for item in scams["advice"]),
        )
    return NumberReport(results=results, advice=advice)
