"""``primehelp complain``: a polite message for Amazon's chat, and where to turn next."""

import datetime as dt
from dataclasses import replace
from typing import Annotated

import typer

from primehelp import clipboard, complaint, glosses
from primehelp.cli.complain_other import (
    guessed_from_former_fee,
    just_after_assumed,
    other_service_warnings,
)
from primehelp.cli.options import (
    JsonOption,
    LangOption,
    completes,
    listed,
    metavar_of,
    refuse_opposites,
)
from primehelp.cli.running import run
from primehelp.cli.schedule import today_in_japan, up_to_today
from primehelp.content import complaints, contact, escalation, refunds
from primehelp.errors import BadInput
from primehelp.i18n import Lang, Text
from primehelp.plans import FeeBook, FeePeriod, Plan, PlanFees

EPILOG = "Example: primehelp complain renewal --renewal 2026-05-17 --amount 5900 --plan annual"
# The values an argument accepts, for the error when it is missing (primehelp.cli).
CHOICES = {"topic": tuple(complaint.Topic)}
GLOSSED = {"topic": glosses.TOPIC_VALUES}  # the same values, each with what it means
# The Japanese words TOPIC takes too, said after the values as a wrong value's error says them.
ALSO = {"topic": lambda: complaint.topic_words_said(complaints.topic_words())}


def _topic_words(incomplete: str) -> list[str]:
    """What Tab offers for TOPIC: the values, then the first Japanese word each takes (更新, 返金…),
    as ``sources`` offers its topics in both languages (review 59a S 16)."""
    japanese = [said[0] for said in complaints.topic_words().values() if said]
    return [
        word
        for word in [*(topic.value for topic in complaint.Topic), *japanese]
        if word.startswith(incomplete)
    ]


def complain(
    ctx: typer.Context,
    topic: Annotated[
        str,
        typer.Argument(
            metavar="TOPIC",
            autocompletion=_topic_words,
            help="renewal (charged by a renewal you did not intend), refund, "
            f"cancel (could not cancel / the cancellation did not go through), or other. {glosses.TOPIC_WORDS.en}",
            show_default=False,
        ),
    ],
    renewal: Annotated[
        str | None,
        typer.Option(
            "--renewal",
            metavar="DATE",
            help="The renewal date the fee was charged on, e.g. 2026-05-17, 2026/05/17 or 2026年5月17日.",
            show_default=False,
        ),
    ] = None,
    amount: Annotated[
        str | None,
        typer.Option(
            "--amount",
            metavar="YEN",
            help="Amount charged in yen, e.g. 5900, 5,900, ¥5,900 or 5900円.",
            show_default=False,
        ),
    ] = None,
    plan: Annotated[
        str | None,
        typer.Option(
            "--plan",
            metavar=metavar_of(Plan),
            help=f"{listed(Plan)}.",
            autocompletion=completes(Plan),
            show_default=False,
        ),
    ] = None,
    benefits_used: Annotated[
        bool | None,
        typer.Option(
            "--benefits-used/--no-benefits-used",
            help="Whether you used any Prime benefit since the last charge. If not given, the "
            "message has both lines (delete the one that does not apply before sending).",
            show_default=False,
        ),
    ] = None,
    copy: Annotated[
        bool, typer.Option("--copy", help="Also put the message on the clipboard.")
    ] = False,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """A polite message to paste into Amazon's chat, and where to turn if the chat does not help.

    チャットに貼り付ける丁寧な問い合わせ文と、解決しないときの相談先を表示します（--lang en でも日本語の問い合わせ文を併記）。
    """
    outcome: list[clipboard.CopyOutcome] = []
    beside: list[Text] = []  # said next to the letter (review 49a, item 17)
    words: tuple[str, ...] = ctx.meta.get("primehelp.args", ())

    def produce(chosen: Lang) -> complaint.Complaint:
        # Both: the letter would say whichever came last (review 13a, S 15).
        refuse_opposites(words, (("--benefits-used", "--no-benefits-used"),))
        parsed_topic = _topic(topic)
        options = complaint.ComplaintOptions(
            renewal_date=_renewal_date(renewal) if renewal is not None else None,
            amount=complaint.parse_amount(amount) if amount is not None else None,
            plan=complaint.parse_plan_value(plan) if plan is not None else None,
            benefits_used=benefits_used,
        )
        if options.plan is None and options.amount is not None:  # 5,900円: annual (42a, 27)
            from primehelp.content import fees
            from primehelp.plans import plan_of_fee

            options = replace(options, plan=plan_of_fee(fees.load(), options.amount))
        warned: list[Text] = []  # said on stderr, and kept in --json (review 32a, S 16)
        if plan is None and options.plan is not None and options.renewal_date is None:
            warned += guessed_from_former_fee(options.amount, options.plan, chosen)  # 63a S 3
        data = complaints.load()
        no_plan = _warn_if_no_plan_then(options, data, chosen, warned)  # review 39a, item 10
        if options.amount is not None and options.plan is not None and not no_plan:
            warned += _warn_if_not_a_fee(options, data, chosen)
        elif options.amount is not None and options.plan is None:  # 63a S 2: 980円, 390円
            warned += other_service_warnings(options.amount, chosen)
        kit = complaint.build_kit(contact.load(), escalation.load(), data)
        # No benefit used: ending now refunds the fee in full, which the member can do alone;
        # benefits used: part of it may be refunded (FACTS §5, review15a S 14). Not said: both,
        # as `cancel` lists them (review 61a S1: a member just charged had nothing to read).
        note = _renewal_note(replace(options, plan=None) if no_plan else options, data, warned)
        # An answer about a charge before this period keeps this one's condition (34a S 18);
        # with no answer, both rules are conditions already, in the same words.
        past = note is not None and benefits_used is not None
        refund = refunds.refund_rules(
            benefits_used, after_trial=False, gift_card=True, past_charge=past
        )
        # A charge before this period: the letter keeps the date and amount the member typed
        # (a November charge disputed in December is the normal case), and the warning is said
        # beside it, not on stderr above the whole screen (review 49a, item 17).
        if note is not None:
            beside.append(warned[-1])
        drafted = complaint.draft(parsed_topic, options, data, kit, refund, note)
        if note is not None and options.renewal_date is not None:  # review 60a, S1
            day = complaint.date_text(options.renewal_date, data)
            drafted = replace(drafted, message=_charged_on(drafted.message, day))
        result = replace(
            drafted,
            renewal_entered=options.renewal_date,
            amount_yen_entered=options.amount,
            warnings=tuple(warned),
        )
        if not copy:
            return result
        outcome.append(clipboard.copy(result.message(chosen)))
        if json_output:
            from primehelp.output.complain import report_copy  # no Rich in it

            said = report_copy(outcome[0], chosen, as_json=True)
            if said is not None:  # kept in data.warnings as the others (review 63a, R-minor 6)
                result = replace(result, warnings=(*result.warnings, said))
        return complaint.with_copied(result, copied=outcome[0].copied)

    run(
        "complain",
        lang,
        json_output,
        produce,
        lambda result, chosen: _show(
            result, chosen, outcome[0] if outcome else None, beside[0] if beside else None
        ),
    )


def _warn_if_not_a_fee(
    options: complaint.ComplaintOptions, data: complaints.ComplaintsData, lang: Lang
) -> list[Text]:
    """One warning line when the amount is no fee the plan has had, now or before (FACTS §1):
    「600円は年間プランの会費と一致しません。…」 (review 19a, S 17). With --renewal, a fee of
    the plan's other times is named too: 2026's renewal is 5,900円, not 4,900円 (review 38a,
    item 16). The draft still follows."""
    from primehelp.content import fees
    from primehelp.facts import ui
    from primehelp.output.envelope import emit_warning
    from primehelp.plans import periods_charged_on

    assert options.amount is not None and options.plan is not None
    amount, day = options.amount, options.renewal_date
    book = fees.load()
    fees_of = book.of(options.plan)
    then = periods_charged_on(fees_of, day) if day is not None else ()
    if then and any(period.fee_yen == amount for period in then):
        return []
    history = [period.fee_yen for period in fees_of.history]
    if amount in history and day is None:
        return []
    said = {"amount": f"{amount:,}"}
    if day is not None and (not then or amount not in history):  # review 39a, item 10
        problem = _not_the_fee_on(day, then, book, fees_of, said, data)
        emit_warning(lang, BadInput(problem))
        return [problem]
    if amount in history and day is not None:
        older = history.index(amount) < history.index(then[0].fee_yen)
        words = ui("amount_other_time_fee", "ui_complain")
        switch = Text("", "")
        if older and just_after_assumed(then[0], day, fees_of.months):  # 63a, R-minor 4
            words = ui("amount_older_fee_assumed", "ui_complain")
            start = then[0].renewals_from or day
            switch = complaint.date_text(start, data)
        when = ui("amount_older_fee" if older else "amount_later_fee", "ui_complain")
        date = complaint.date_text(day, data)
        said["fee"] = f"{then[0].fee_yen:,}"
        problem = Text(
            words.ja.format(
                date=date.ja, plan=fees_of.name.ja, when=when.ja, switch=switch.ja, **said
            ),
            words.en.format(
                date=date.en, plan=fees_of.name.en, when=when.en, switch=switch.en, **said
            ),
        )
    else:
        other = next((p.name for p in book.plans if p.current.fee_yen == amount), None)
        words = ui(
            "amount_not_plan_fee" if other is None else "amount_other_plan_fee", "ui_complain"
        )
        said["fee"] = f"{fees_of.current.fee_yen:,}"
        problem = Text(
            words.ja.format(plan=fees_of.name.ja, other=other.ja if other else "", **said),
            words.en.format(plan=fees_of.name.en, other=other.en if other else "", **said),
        )
    emit_warning(lang, BadInput(problem))
    return [problem]


def _not_the_fee_on(
    day: dt.date,
    then: tuple[FeePeriod, ...],
    book: FeeBook,
    fees_of: PlanFees,
    said: dict[str, str],
    data: complaints.ComplaintsData,
) -> Text:
    """An amount that is no fee of the plan, said with the fee renewals paid on ``day`` (never
    today's), or that the fee of that day is not confirmed (FACTS §1: Prime Student before
    2019-04-12; never a figure); another plan's fee of that day is named (review 39a, item 10)."""
    from primehelp.facts import ui
    from primehelp.plans import periods_charged_on

    date = complaint.date_text(day, data)
    if not then:
        words = ui("amount_fee_unknown_on_date", "ui_complain")
        return Text(
            words.ja.format(date=date.ja, plan=fees_of.name.ja, **said),
            words.en.format(date=date.en, plan=fees_of.name.en, **said),
        )
    amount = int(said["amount"].replace(",", ""))
    other = next(
        (
            p.name
            for p in book.plans
            if p is not fees_of and any(f.fee_yen == amount for f in periods_charged_on(p, day))
        ),
        None,
    )
    key = "amount_not_fee_on_date" if other is None else "amount_other_plan_fee_on_date"
    words = ui(key, "ui_complain")
    said = {**said, "fee": f"{then[0].fee_yen:,}"}
    return Text(
        words.ja.format(
            date=date.ja, plan=fees_of.name.ja, other=other.ja if other else "", **said
        ),
        words.en.format(
            date=date.en, plan=fees_of.name.en, other=other.en if other else "", **said
        ),
    )


def _warn_if_no_plan_then(
    options: complaint.ComplaintOptions,
    data: complaints.ComplaintsData,
    lang: Lang,
    warned: list[Text],
) -> bool:
    """--plan student-monthly with a --renewal before 2019: no such plan then (FACTS §1), one
    warning line; the fee is then not compared, nor a next renewal of it computed (review 39a,
    item 10). True when said."""
    day = options.renewal_date
    if options.plan is not Plan.STUDENT_MONTHLY or day is None:
        return False
    from primehelp.statement_student import no_student_monthly_on

    if not no_student_monthly_on(day):
        return False
    from primehelp.facts import ui
    from primehelp.output.envelope import emit_warning

    date = complaint.date_text(day, data)
    words = ui("renewal_before_student_monthly", "ui_complain")
    problem = Text(words.ja.format(date=date.ja), words.en.format(date=date.en))
    emit_warning(lang, BadInput(problem))
    warned.append(problem)
    return True


def _charged_on(message: Text, day: Text) -> Text:
    """The letter's 「今回請求された会費」 as the fee charged on the date typed, when the note
    beside it says that charge is not the current period's fee (review 60a, S1); refund's 「解約した
    場合に」 goes: ending now does not refund that charge, as the note says (review 64a item 2)."""
    ja = message.ja.replace(
        "プライム会員を解約した場合に、この会費の", f"{day.ja}に請求されたこの会費について、"
    )
    en = message.en.replace("If I cancel my Prime membership, could you", "Could you")
    return Text(
        ja.replace("今回請求された会費", f"{day.ja}に請求された会費"),
        en.replace("a refund of this fee", f"a refund of the fee charged on {day.en}"),
    )


def _renewal_note(
    options: complaint.ComplaintOptions, data: complaints.ComplaintsData, warned: list[Text]
) -> Text | None:
    """When the renewal's next one has passed (a year later without a plan): a warning (added
    to ``warned``, shown beside the letter: review 49a, item 17), and the refund box's line
    that the charge is not the current period's fee, the only one FACTS §5 refunds on ending
    now (review 23a, item 2; review 49a, item 18). None while the renewal's period lasts."""
    from primehelp.facts import ui

    day = options.renewal_date
    today = today_in_japan(None)
    passed = None if day is None else complaint.renewal_passed(day, options.plan, today)
    if day is not None and passed is None and complaint.renews_today(day, options.plan, today):
        passed = today  # review 40a, S 11: renews today, a new period starts
    if day is None or passed is None:
        return None
    date, after = complaint.date_text(day, data), complaint.date_text(passed, data)
    plan = data.plans[options.plan] if options.plan else None
    key = "renewal_today_plan" if passed == today else "renewal_passed_plan"
    words = ui(key if plan else "renewal_passed_no_plan", "ui_complain")
    warning = Text(
        words.ja.format(date=date.ja, next=after.ja, plan=plan.ja if plan else ""),
        words.en.format(date=date.en, next=after.en, plan=plan.en if plan else ""),
    )
    warned.append(warning)
    said = ui("renewal_not_current", "ui_complain")
    return Text(said.ja.format(date=date.ja), said.en.format(date=date.en))


def _renewal_date(raw: str) -> dt.date:
    """The --renewal of a letter saying a fee was charged: a day up to today in Japan (a later
    day has charged nothing yet, and the letter would contradict itself)."""
    ask = Text("請求された更新日を指定してください。", "give the renewal date you were charged on")
    day = up_to_today("--renewal", raw, complaint.parse_renewal(raw), ask)
    # Nor before Prime started in Japan: no renewal to complain about (review 26a, item 13).
    from primehelp.dates import ACCEPTED_DATE_FORMS
    from primehelp.errors import of_option, shown
    from primehelp.facts import document, ui

    launch = document("charges").node("launch").integer("year")
    if day.year >= launch:
        return day
    said = ui("renewal_before_launch", "ui_complain").format(year=launch)
    problem = Text(
        f"{shown(raw)}{said.ja}{ACCEPTED_DATE_FORMS.ja}。",
        f"{shown(raw)} {said.en}; {ACCEPTED_DATE_FORMS.en}",
    )
    raise of_option("--renewal", BadInput(problem))


def _show(
    result: complaint.Complaint,
    lang: Lang,
    copy: clipboard.CopyOutcome | None,
    beside: Text | None,
) -> None:
    from primehelp.output.complain import human_complain  # text only: --json does without it

    human_complain(result, lang, copy, beside)


def _topic(raw: str) -> complaint.Topic:
    """TOPIC; refused with 「`refund` のことですか？」 for a near miss, as a mistyped command and
    remind's ACTION are (review 18a, S 19)."""
    words = complaints.topic_words()  # 「解約」 as `sources 解約` takes it (review 19a, S 18)
    try:
        return complaint.parse_topic(raw, words=words)
    except BadInput:
        from primehelp.cli.usage_errors import did_you_mean

        known = [topic.value for topic in complaint.Topic]
        maybe = did_you_mean(raw.strip().lower(), known)
        return complaint.parse_topic(raw, maybe, words)  # raises again, with the near miss
