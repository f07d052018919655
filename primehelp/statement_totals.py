"""The totals of a statement's read lines, per service and per month (moved out of
:mod:`primehelp.statement`, review 31c: that module at its size limit)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from primehelp.i18n import Text
from primehelp.statement import (
    FEE_UNKNOWN,
    UNKNOWN_TEXT,
    AmazonLine,
    MonthSummary,
    ServiceTotal,
    is_flagged,
)
from primehelp.statement_abroad import FOREIGN, US_PRIME
from primehelp.statement_flags import IMITATION
from primehelp.statement_values import month_of

_OWN = (US_PRIME, FOREIGN)  # read from the foreign amount, whatever the text (46c, item 4)
_ALIKE = "lookalike"  # the group of lines like Amazon's text (review 56c, item 10)
NAMES_NOTHING = _NONE = (FEE_UNKNOWN, "unknown")  # a line's service that names nothing


def _group(line: AmazonLine) -> tuple[str, str]:
    """A line's total: a guess one row per service whatever the text (review 21a, item 3); a
    known text by its service and label, as its lines are named (round 23); the rest 「不明」.
    A line like Amazon's text (「A M A Z O N」) is never totalled as the service its amount is:
    a group of its own, 「Amazonに似た表記（…と同じ金額）」 (review 56c, item 10); one read as
    nothing stays 「不明」."""
    guess = line.total_label is not None or line.text_known
    if IMITATION & set(line.flags) and guess and line.service not in _NONE:
        return _ALIKE, line.service
    if line.total_label is not None:
        return UNKNOWN_TEXT, line.service
    if line.text_known or line.service in _OWN:  # amazon.com's fee by its dollars (41c, 2)
        return line.service, line.label.ja
    return UNKNOWN_TEXT, ""


def totals(lines: list[AmazonLine], unknown: Text) -> tuple[ServiceTotal, ...]:
    """One total per :func:`_group`, in the order they first appear (``unknown``: 「不明」's label)."""
    order: dict[tuple[str, str], list[AmazonLine]] = {}
    for line in lines:
        order.setdefault(_group(line), []).append(line)
    return tuple(
        ServiceTotal(
            service=group[0].service
            if key in _OWN or (key != _ALIKE and any(line.text_known for line in group))
            else UNKNOWN_TEXT,
            label=alike(group[0].total_label or group[0].label)
            if key == _ALIKE
            else group[0].total_label
            or (unknown if (key, by) == (UNKNOWN_TEXT, "") else group[0].label),
            charges=sum(1 for line in group if line.amount_yen > 0),
            charged_yen=sum(line.amount_yen for line in group if line.amount_yen > 0),
            refunds=sum(1 for line in group if line.amount_yen < 0),
            refunded_yen=-sum(line.amount_yen for line in group if line.amount_yen < 0),
            estimated=by if key in (UNKNOWN_TEXT, _ALIKE) and by and by not in _NONE else None,
            lookalike=key == _ALIKE,
        )
        for (key, by), group in order.items()
    )


def alike(guess: Text) -> Text:
    """「Amazonに似た表記（Amazonプライム（月間プラン）と同じ金額）」 from what the lines' amount
    is (「Amazonプライム（月間プラン・推定）」, 「推定」 left out)."""
    from primehelp.facts import ui

    said, mark = ui("lookalike_total", "ui_statement_lines"), ui("estimated", "ui_statement_lines")
    ja = guess.ja.replace(f"・{mark.ja}）", "）").replace(f"（{mark.ja}）", "")
    en = guess.en.replace(f", {mark.en})", ")").replace(f" ({mark.en})", "")
    return Text(said.ja.format(names=ja), said.en.format(names=en))


def months(lines: list[AmazonLine], unknown: Text) -> tuple[MonthSummary, ...]:
    by_month: dict[str, list[AmazonLine]] = {}
    for line in lines:
        by_month.setdefault(month_of(line.date), []).append(line)
    return tuple(
        MonthSummary(
            month=month,
            charged_yen=sum(line.amount_yen for line in group if line.amount_yen > 0),
            refunded_yen=-sum(line.amount_yen for line in group if line.amount_yen < 0),
            flagged=sum(1 for line in group if is_flagged(line)),
            services=totals(group, unknown),
        )
        for month, group in sorted(by_month.items())
    )


@dataclass(frozen=True, slots=True)
class JsonLine(AmazonLine):
    """A line as ``--json`` gives it: a look-alike's ``service`` is UNKNOWN_TEXT, the service
    its amount suggests in ``estimated`` (else None), as in ``services`` (review 61c, B 1)."""

    estimated: str | None = None


def json_lines(lines: tuple[AmazonLine, ...]) -> tuple[AmazonLine, ...]:
    """``lines`` with each look-alike named as the totals group it (:func:`_group`), and every
    line the totals count under ``unknown_text`` given the ``estimated`` key they give it
    (「AUDIBLE JAPAN」: ``audible``, review 62c, B 1); a known text's line, null."""
    found: list[AmazonLine] = []
    for line in lines:
        key, by = _group(line)
        kept = {f.name: getattr(line, f.name) for f in fields(line)}
        alike = key == _ALIKE  # its own ``service`` kept otherwise: the estimate (JSON additive)
        kept |= {"service": UNKNOWN_TEXT} if alike else {}
        guess = by if key in (UNKNOWN_TEXT, _ALIKE) and by and by not in _NONE else None
        found.append(JsonLine(**kept, estimated=guess))
    return tuple(found)


def alike_rows(lines: tuple[AmazonLine, ...]) -> int:
    """How many of ``lines`` the totals count as 「Amazonに似た表記」, after today too."""
    return sum(1 for line in lines if _group(line)[0] == _ALIKE)
