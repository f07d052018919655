"""Which heading the steps after a red flag get, and how their card step is worded: shared by the
screen and ``--json`` (review 53a, item 3: the screen said 「入力したり伝えたりした場合は」 under a
phone number, the JSON 「入力した場合は」). No Rich: ``--json`` loads no view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.message_check import FlagKind
from primehelp.output.flag_refs import mailed, written_to_address

if TYPE_CHECKING:
    from primehelp.facts import Fact
    from primehelp.message import MessageCheck

CARD_COMPANY = "message.entered.card_company"  # 「…入力した場合は、カード会社に電話して…」
# …worded for the ways of the steps' heading (if_given): given by phone or reply, sent by reply.
_CARD_STEP = {
    **dict.fromkeys(
        ("called_replied", "entered_called_replied", "called_mailed", "entered_called_mailed"),
        "card_step.given",
    ),
    **dict.fromkeys(("replied", "entered_replied", "mailed", "entered_mailed"), "card_step.sent"),
    "attached_replied": "card_step.sent",
}


def if_given(result: MessageCheck) -> str:
    """The heading of the steps, named after the ways the message offers to give details, as
    the headline is: 「リンク先で入力したり、電話で情報を伝えたりしてしまった場合」."""
    # 「Amazon.co.jp」 written as a name is no link to enter details at (review 42a, item 1)
    entered = any(
        x.is_web and (x.shown is not None or "/" in x.target or not x.is_amazon)
        for x in result.links
    )
    calls = (FlagKind.PHONE_NUMBER, FlagKind.ASKS_TO_CALL)  # with no number too (42a, 13)
    called = any(flag.kind in calls for flag in result.red_flags)
    written = written_to_address(result)
    # the headline beside a number says 「電話したり、返信したり」: both (review 61m, item 8),
    # but 「電話やメールで」 where an address is written to already holds a reply
    replied = result.asks_reply or not (entered or called) or (called and not written)
    if replied and not (entered or called or result.asks_reply) and mailed(result):
        return "if_mailed"  # an address given as Amazon's: written to (review 28a, S 13)
    ways = (("entered", entered), ("called", called), ("replied", replied))
    way = "_".join(way for way, held in ways if held)
    if result.attached and way in ("replied", "entered"):  # files named first (60m, item 4)
        return "if_attached_" + way
    # an address given as Amazon's beside a link or a number: e-mail too (review 52a, item 30)
    return "if_" + way + ("_mailed" if not replied and written else "")


def steps_heading(result: MessageCheck) -> str:
    """The heading the card step is worded for: :func:`if_given`'s, but with the steps first
    (``--entered-details``) only one that names a call (「伝えたり」, review 29a, item 6)."""
    heading = if_given(result)
    if result.entered_details and "called" not in heading:
        return "if_entered"
    return heading


def card_step(heading: str) -> str | None:
    """The ui_message key of the card step under ``heading``, or None for the step as written
    (review 26a, 6: not 「入力した」 under 「電話して情報を伝えてしまった」)."""
    return _CARD_STEP.get(heading.removeprefix("if_"))


def steps_as_shown(result: MessageCheck) -> tuple[Fact, ...]:
    """The steps with the card step worded as the screen words it (--json)."""
    key = card_step(steps_heading(result)) if result.if_details_entered else None
    if key is None:
        return result.if_details_entered
    text = Text(ui(key, "ui_message")("ja"), ui(key, "ui_message")("en"))
    return tuple(
        step._replace(text=text) if step.id == CARD_COMPANY else step
        for step in result.if_details_entered
    )
