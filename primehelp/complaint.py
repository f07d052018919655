"""A polite message for the customer-service chat, and the kit for when the chat is not enough.

Pure: the data tables come in as arguments; nothing here prints or reads the environment.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from primehelp.errors import BadInput, choose, empty_value, of_option, shown
from primehelp.escalation import Escalation, EscalationRoute
from primehelp.facts import Fact
from primehelp.glosses import PLAN_VALUES, TOPIC_VALUES
from primehelp.i18n import Text
from primehelp.plans import Plan, parse_plan, student_alone

if TYPE_CHECKING:
    from primehelp.content.complaints import ComplaintsData
    from primehelp.content.contact import ContactData, PathStep


class Topic(StrEnum):
    """What the member wants to raise."""

    RENEWAL = "renewal"
    REFUND = "refund"
    CANCEL = "cancel"
    OTHER = "other"


AMOUNT_MAX = 1_000_000
_AMOUNT = re.compile(
    r"(?:¥|JPY)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(?:円|JPY)?", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class ComplaintOptions:
    """What the member told us; ``None`` leaves a marked placeholder in the message."""

    renewal_date: dt.date | None = None
    amount: int | None = None
    plan: Plan | None = None
    benefits_used: bool | None = None


@dataclass(frozen=True, slots=True)
class Kit:
    """How to start the chat, what to keep, and where to turn next, each fact with its sources."""

    chat_path_ja: tuple[str, ...]
    chat_path_steps: tuple[PathStep, ...]
    contact_page_url: str
    start_chat: tuple[Fact, ...]
    keep: tuple[Fact, ...]
    hotline_number: str
    escalation: tuple[EscalationRoute, ...]
    law: tuple[Fact, ...]


@dataclass(frozen=True, slots=True)
class Complaint:
    """Everything ``primehelp complain`` shows; the field names are the JSON keys."""

    topic: Topic
    title: Text
    message: Text
    placeholders: tuple[str, ...]
    kit: Kit
    # Amazon's rule for ending now when --no-benefits-used / --benefits-used said whether a
    # benefit was used since the last charge (FACTS §5: refunded in full / part may be
    # refunded); empty when not said (review 14a, S 16; review15a S 14).
    refund: tuple[Fact, ...]
    # Above those rules when --renewal lies before the current period: 「入力した更新日（…）の
    # 請求は、現在の期間の会費ではありません。…」 (review 23a, item 2); None otherwise.
    refund_note: Text | None
    # What the member gave, structured (the message says it in words): review 31a item 7.
    renewal: dt.date | None = field(default=None, kw_only=True)
    amount_yen: int | None = field(default=None, kw_only=True)
    plan: Plan | None = field(default=None, kw_only=True)
    # What was entered (the letter keeps it, even for a --renewal before the current period:
    # review 49a, item 17), and the warnings (on stderr, or beside the letter): a script sees
    # both (review 32a, S 16).
    renewal_entered: dt.date | None = field(default=None, kw_only=True)
    amount_yen_entered: int | None = field(default=None, kw_only=True)
    warnings: tuple[Text, ...] = field(default=(), kw_only=True)


@dataclass(frozen=True, slots=True)
class CopiedComplaint(Complaint):
    """A complaint after ``--copy``: ``copied`` tells whether it reached the clipboard."""

    copied: bool


def topic_words_said(words: Mapping[Topic, Sequence[str]] | None) -> Text:
    """「「更新」「返金」「解約」「その他」でも指定できます。」 / "; in Japanese also 更新, 返金, …":
    the first Japanese word each topic accepts, as both TOPIC errors end (review 21a, item 14)."""
    firsts = [said[0] for said in (words or {}).values() if said]
    if not firsts:
        return Text("", "")
    return Text(
        "".join(f"「{word}」" for word in firsts) + "でも指定できます。",
        f"; in Japanese also {', '.join(firsts)}",
    )


# The plan's Japanese names, which :func:`primehelp.plans.parse_plan` reads too (review 40a, S 12:
# 「年間プランは受け付けて、年間は拒否」), named in the error.
_PLAN_WORDS_SAID = Text(
    "「年間プラン」「月間プラン」「Prime Student 年間プラン」「Prime Student 月間プラン」"
    "（「年間」「月額」「学生月間」などの略も）でも指定できます。",
    "; in Japanese also 年間プラン, 月間プラン, Prime Student 年間プラン, Prime Student 月間プラン (or 年間…)",
)


def parse_plan_value(value: str) -> Plan:
    """Read ``--plan`` as :func:`primehelp.plans.parse_plan` does (the plan's Japanese names
    too); the error glosses each value and names the Japanese ones (review 40a, S 12)."""
    if not value.strip():
        raise empty_value(
            "--plan", Text(f"使える値：{PLAN_VALUES.ja}。", f"accepted: {PLAN_VALUES.en}")
        )
    try:
        return parse_plan(value)
    except BadInput:
        if (student := student_alone(value)) is not None:  # which Student plan (43a S 17)
            raise student from None
        raise BadInput(
            Text(
                f"`--plan` の値 {shown(value)} は使えません。使える値：{PLAN_VALUES.ja}。"
                + _PLAN_WORDS_SAID.ja,
                f"`--plan` {shown(value)} is not a plan; accepted: {PLAN_VALUES.en}"
                + _PLAN_WORDS_SAID.en,
            )
        ) from None


def parse_topic(
    value: str,
    maybe: Text | None = None,
    words: Mapping[Topic, Sequence[str]] | None = None,
) -> Topic:
    """Read TOPIC (``renewal``, ``refund``, ``cancel``, ``other``); case and width ignored.
    ``maybe``: 「`refund` のことですか？」 for a near miss, said before the accepted values.
    ``words``: the Japanese words each topic accepts too (``解約``…); the first of each is
    listed in the error (review 19a, S 18)."""
    near = maybe if maybe is not None and maybe.en else None
    aliases = {
        unicodedata.normalize("NFKC", word).strip().lower(): topic
        for topic, said in (words or {}).items()
        for word in said
    }
    also = topic_words_said(words)
    return choose(
        value,
        Topic,
        Text(
            "{value} は相談の種類として使えません。"  # review 49a item 19
            + (near.ja if near else "")
            + "使える値："
            + TOPIC_VALUES.ja
            + "。"
            + also.ja,
            "TOPIC {value} is not one of the accepted values"
            + (f";{near.en} accepted: " if near else ": ")
            + TOPIC_VALUES.en
            + also.en,
        ),
        aliases,
        named=Text("相談の種類", "TOPIC"),
    )


def _without_tax_word(normal: str) -> str:
    """``normal`` without one 「税込」/「税込み」 before or after the amount, bracketed or not:
    「5,900円（税込）」 is copied as it is from a receipt (review 39a, S 33). Only when an amount
    is left (「税込」 alone stays, and is refused)."""
    for word in ("税込み", "税込"):
        for shape in (f"({word})", word):
            if normal.endswith(shape) and normal[: -len(shape)].strip():
                return normal[: -len(shape)].strip()
            if normal.startswith(shape) and normal[len(shape) :].strip():
                return normal[len(shape) :].strip()
    return normal


def parse_amount(value: str) -> int:
    """Read ``--amount`` in yen: ``5900``, ``5,900``, ``¥5,900``, ``5900円``, full-width digits."""
    # NFKC turns full-width digits, commas and ￥ into their ASCII forms.
    normal = _without_tax_word(unicodedata.normalize("NFKC", value).strip())
    if not normal:
        raise empty_value(
            "--amount",
            Text(
                f"1〜{AMOUNT_MAX:,}円の整数で指定してください（例：5900、5,900、¥5,900、5900円）",
                f"use a whole number of yen from 1 to {AMOUNT_MAX:,}, e.g. 5900, 5,900, ¥5,900 or "
                "5900円",
            ),
        )
    match = _AMOUNT.fullmatch(normal)
    if match and (match.group(2) or "").strip("0"):  # 「600.0」 is 600 yen, as for charge
        # the fraction named once, the option in backticks (review 61a R4)
        raise BadInput(
            Text(
                f"`--amount` の値 {shown(value)} には1円未満の端数があります。"
                f"1〜{AMOUNT_MAX:,}円の整数で指定してください（例：5900、5,900、¥5,900、5900円）",
                f"`--amount` {shown(value)} has a fraction of a yen; use a whole number of "
                f"yen from 1 to {AMOUNT_MAX:,}, e.g. 5900, 5,900, ¥5,900 or 5900円",
            )
        )
    digits = match.group(1).replace(",", "").lstrip("0") if match else ""
    # Length first: int() refuses more than 4300 digits with a ValueError.
    amount = int(digits) if digits and len(digits) <= len(str(AMOUNT_MAX)) else 0
    negative = normal[:1] in "-−" and _AMOUNT.fullmatch(normal[1:].strip()) is not None
    if not 1 <= amount <= AMOUNT_MAX:
        problem = (
            Text("は範囲外です", "is out of range")
            if match
            # readable, but below zero (review 28a, S 20: was 「金額として読み取れません」)
            else Text("はマイナスの金額です", "is a negative amount")
            if negative
            else Text("は金額として読み取れません", "is not an amount primehelp can read")
        )
        raise BadInput(
            Text(
                f"`--amount` の値 {shown(value)} {problem.ja}。"
                f"1〜{AMOUNT_MAX:,}円の整数で指定してください（例：5900、5,900、¥5,900、5900円）",
                f"`--amount` {shown(value)} {problem.en}; use a whole number of yen from 1 to "
                f"{AMOUNT_MAX:,}, e.g. 5900, 5,900, ¥5,900 or 5900円",
            )
        )
    return amount


def parse_renewal(value: str) -> dt.date:
    """Read ``--renewal`` with :func:`primehelp.dates.parse_date`, naming the option on error."""
    from primehelp.dates import EmptyDate, parse_date

    try:  # 「`--renewal` の値が空です。…」 as --date and --today say it (review 51a, item 14)
        return parse_date(value, Text("`--renewal` の値", "`--renewal`"))
    except EmptyDate:
        raise
    except BadInput as error:
        raise of_option("--renewal", error) from None


def renewal_passed(renewal: dt.date, plan: Plan | None, today: dt.date) -> dt.date | None:
    """The renewal after ``renewal`` when it came before ``today``: the fee charged on
    ``renewal`` is then no longer the current period's (FACTS §5 refunds only that one). Without
    a plan, a year after ``renewal`` (no plan renews later). None while ``renewal``'s period lasts
    (its next renewal is today or later: that day's charge may not have been made yet)."""
    from primehelp.periods import nth_renewal

    after = nth_renewal(renewal, plan or Plan.ANNUAL, 1)
    return after if after < today else None


def renews_today(renewal: dt.date, plan: Plan | None, today: dt.date) -> bool:
    """``renewal``'s next renewal is ``today``: the membership renews today and a new period
    starts (FACTS §2), so the fee charged on ``renewal`` is no longer the current period's
    (review 40a, S 11: was taken as the current period's, with a full refund promised)."""
    from primehelp.periods import nth_renewal

    return nth_renewal(renewal, plan or Plan.ANNUAL, 1) == today


def date_text(day: dt.date, data: ComplaintsData) -> Text:
    """``day`` as the message writes it: 2019年5月17日 / 2019-05-17."""
    template = data.renewal_date
    return template.format(year=day.year, month=day.month, day=day.day, iso=day.isoformat())


def _fields(options: ComplaintOptions, data: ComplaintsData) -> tuple[dict[str, Text], list[str]]:
    """The value of each field (filled or a marked placeholder) and the names left unfilled."""
    filled: dict[str, Text | None] = {
        "plan": data.plans[options.plan] if options.plan else None,
        "renewal_date": (date_text(options.renewal_date, data) if options.renewal_date else None),
        "amount": (
            data.amount.format(amount=options.amount) if options.amount is not None else None
        ),
        "benefits_used": (
            None
            if options.benefits_used is None
            else data.benefits_used
            if options.benefits_used
            else data.benefits_unused
        ),
    }
    # Not said: both ready lines, to keep one of (review 42a item 27: a placeholder left the
    # member to write the sentence); the heading says to delete the line that does not apply.
    either = Text(
        f"{data.benefits_unused.ja}\n・{data.benefits_used.ja}",
        f"{data.benefits_unused.en}\n- {data.benefits_used.en}",
    )
    values: dict[str, Text] = {}
    unfilled: list[str] = []
    for name, value in filled.items():
        if value is None:
            unfilled.append(name)
            value = either if name == "benefits_used" else data.placeholders[name]
        values[name] = value
    return values, unfilled


def _fill(template: Text, values: dict[str, Text]) -> Text:
    return Text(
        template.ja.format(**{k: v.ja for k, v in values.items()}),
        template.en.format(**{k: v.en for k, v in values.items()}),
    )


def build_kit(contact: ContactData, escalation: Escalation, complaints: ComplaintsData) -> Kit:
    """The escalation kit, from the ``contact``, ``escalation`` and ``complaints`` data."""
    chat = next(route for route in contact.routes if route.id == "chat")
    return Kit(
        chat_path_ja=chat.path_ja,
        chat_path_steps=chat.path_steps,
        contact_page_url=contact.page_url,
        start_chat=(chat.how, *chat.notes),
        keep=(*complaints.keep, *escalation.subscription_advice),
        hotline_number=escalation.hotline_number,
        escalation=(escalation.hotline, *escalation.routes),
        law=escalation.law,
    )


def draft(
    topic: Topic,
    options: ComplaintOptions,
    complaints: ComplaintsData,
    kit: Kit,
    refund: tuple[Fact, ...] = (),
    refund_note: Text | None = None,
) -> Complaint:
    """Fill the message for ``topic`` from ``options``; mark what is missing. ``refund``: the
    refund rule for what ``options.benefits_used`` says (both when it is not said, as `cancel`
    lists them: review 61a S1); ``refund_note``: said above it (a renewal before the current
    period)."""
    values, unfilled = _fields(options, complaints)
    membership = _fill(
        complaints.membership,
        {
            "plan": values["plan"],
            "renewal_date": values["renewal_date"],
            "amount": values["amount"],
            "benefits": values["benefits_used"],
        },
    )
    extra: dict[str, Text] = {"membership": membership}
    if topic is Topic.OTHER:
        extra["question"] = complaints.placeholders["question"]
        unfilled.append("question")
    message = _fill(complaints.topic_messages[topic], extra)
    return Complaint(
        topic=topic,
        title=complaints.topic_names[topic],
        message=message,
        placeholders=tuple(unfilled),
        kit=kit,
        refund=refund,
        refund_note=refund_note if refund else None,
        renewal=options.renewal_date,
        amount_yen=options.amount,
        plan=options.plan,
    )


def with_copied(complaint: Complaint, *, copied: bool) -> CopiedComplaint:
    """The same complaint, noting whether ``--copy`` reached the clipboard."""
    return CopiedComplaint(
        topic=complaint.topic,
        title=complaint.title,
        message=complaint.message,
        placeholders=complaint.placeholders,
        kit=complaint.kit,
        refund=complaint.refund,
        refund_note=complaint.refund_note,
        renewal=complaint.renewal,
        amount_yen=complaint.amount_yen,
        plan=complaint.plan,
        renewal_entered=complaint.renewal_entered,
        amount_yen_entered=complaint.amount_yen_entered,
        warnings=complaint.warnings,
        copied=copied,
    )
