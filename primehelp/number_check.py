"""Tell whether a pasted number is a way to reach Amazon (``primehelp check-number``)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from primehelp.errors import ExitCode
from primehelp.i18n import Text
from primehelp.phone import normalize

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
    not an official route."""
    if normalized == HOTLINE:
        return Verdict.CONSUMER_HOTLINE
    if normalized in public:
        return Verdict.PUBLIC_SERVICE
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
    service: Text | None  # what a public-service number is (police …), else None


def check_numbers(
    raw_numbers: list[str],
    defunct: Collection[str],
    circulating: Collection[str],
    public: Mapping[str, Text] | None = None,
) -> tuple[NumberCheck, ...]:
    """Normalize and classify each number; any unreadable one raises :class:`BadInput`."""
    public = public or {}
    checks = []
    for raw in raw_numbers:
        normalized = normalize(raw)
        checks.append(
            NumberCheck(
                input=raw,
                normalized=normalized,
                verdict=classify(normalized, defunct, public),
                circulating=normalized in circulating,
                service=public.get(normalized),
            )
        )
    return tuple(checks)


@dataclass(frozen=True, slots=True)
class NumberReport:
    """Everything ``primehelp check-number`` shows: verdicts and what to do instead."""

    results: tuple[NumberCheck, ...]
    advice: tuple[Fact, ...]
    public_services: tuple[Fact, ...]  # the public-service fact, when any number is one

    @property
    def exit_code(self) -> ExitCode:
        """1 when any number is dead or not official, else 0."""
        if any(check.verdict not in _PUBLIC for check in self.results):
            return ExitCode.FINDING
        return ExitCode.OK


def number_report(
    raw_numbers: list[str], contact: ContactData, scam_advice: tuple[Fact, ...]
) -> NumberReport:
    """Check pasted numbers against the ``contact`` data; add the scam advice if needed."""
    defunct = {listed.normalized for listed in contact.defunct_numbers}
    circulating = {listed.normalized for listed in contact.circulating_numbers}
    public = {listed.normalized: listed.name for listed in contact.public_numbers}
    results = check_numbers(raw_numbers, defunct, circulating, public)
    advice: tuple[Fact, ...] = ()
    if any(check.verdict not in _PUBLIC for check in results):
        advice = (contact.no_number, *scam_advice)
    named = any(check.service is not None for check in results)
    return NumberReport(
        results=results,
        advice=advice,
        public_services=(contact.public_services,) if named else (),
    )
