"""The view of ``primehelp trial``: the estimated end of the free trial."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.output.action import action_lines
from primehelp.output.bullets import bullet
from primehelp.output.console import (
    console_for,
    dim,
    heading,
    print_all,
    rich_text,
    sentence_date,
)
from primehelp.output.key_dates import (
    footer,
    key_dates_table,
    reminder_block,
    renewal_ui,
    screen_sources,
)

if TYPE_CHECKING:
    import datetime as dt

    from primehelp.facts import Fact
    from primehelp.plans import FeeBook, Plan
    from primehelp.trial import TrialReport


def human_trial(report: TrialReport, lang: Lang) -> None:
    """Print the estimated end of the free trial and the days to act on before it."""
    from rich.panel import Panel

    console = console_for(lang)
    if report.start_in_future:
        start = renewal_ui("start_in_future")(lang).format(start=sentence_date(report.start, lang))
        console.print(rich_text(start, style="bold"))
    print_all(console, action_lines(report.action, lang, sources=False))
    console.print()
    console.print(heading(renewal_ui("trial_title")(lang), None, lang))
    console.print(
        f"{renewal_ui('trial_length')(lang)}{ui('colon')(lang)}{report.trial_length(lang)}"
    )
    console.print(
        key_dates_table(
            [
                (renewal_ui("row_today")(lang), report.today, None),
                (renewal_ui("row_start")(lang), report.start, None),
                # A trial that has ended: its notice and cancel-by days say nothing (review 24b
                # S 11, long ago; review 25b S 9, lately too; --json keeps every date); nor on
                # its renewal day, as `renewal` (review 28b S 6).
                *(
                    []
                    if report.renewal_date <= report.today
                    else [
                        (
                            renewal_ui("row_notice")(lang),
                            report.notice_date,
                            report.days_until_notice,
                        ),
                        (
                            renewal_ui("row_trial_cancel_by")(lang),
                            report.cancel_by,
                            report.days_until_cancel_by,
                        ),
                    ]
                ),
                (
                    renewal_ui("row_trial_renewal")(lang),
                    report.renewal_date,
                    report.days_until_renewal,
                ),
                *_regular_row(report, lang),
            ],
            lang,
        )
    )
    if report.days_until_cancel_by >= 0:  # moot once the day has passed (review 17b S 7)
        console.print(dim(ui("cancel_by_margin_trial")(lang)))
    from primehelp.content import fees

    book = fees.load()  # once for the screen: both fee sentences read it
    regular, fee_facts = _regular_now(report, lang, book)
    if regular:
        console.print(rich_text(regular))
    console.print(
        Panel(
            rich_text(report.estimate.text(lang)),
            title=renewal_ui("estimate_title")(lang),
            border_style="yellow",
            title_align="left",
        )
    )
    # The box names the Prime page; its link comes once, at the end of the reminder block below
    # (review 14b item 1: it was also printed here, twice on one screen).
    ended = report.renewal_date < report.today  # the trial is over: no trial-only comfort
    # (「無料体験中に解約すれば…」), and the reminder mail is the next paid renewal's (37b S 2)
    # Prime Student: 「無料体験の期間：6か月間」 above says all its length fact does (review 59b
    # S 7); the fact stays among the sources. Its switch refund concerns a regular member who
    # switches, not one on a Student trial (review 59b S 7, item 9): `sources 返金` and --json
    # give it, not this screen (so no home-page-only source here).
    student = report.student_limit is not None
    notes = [*([] if student else [report.length])]
    notes += [*([] if ended else [report.cancel_free]), report.auto_renew]
    if report.student_limit is not None:
        notes.append(report.student_limit)
    for note in notes:
        console.print(bullet(lang) + note.text(lang))
    charged, charged_facts = _renewal_fees(report, lang)
    if charged:  # what the automatic renewal charges (review 39b S 9)
        console.print(bullet(lang) + charged)
    console.print()
    for line in reminder_block(report.reminder, lang):
        console.print(line)
    # one 出典 list and one check date for the screen (review 25b S 8)
    facts = [*report.action.refund_rules, report.length, *notes, report.estimate]
    facts += [*fee_facts, *charged_facts]
    screen_sources(console, report.reminder, facts, lang)
    footer(console, lang)


def _regular_row(report: TrialReport, lang: Lang) -> list[tuple[str, dt.date, int | None]]:
    """Prime Student: the renewal at which it becomes regular Prime at the latest, the date the
    .ics writes (review 39b item 6: the screen never gave it)."""
    day = report.student_regular_from
    if day is None:
        return []
    return [(renewal_ui("row_student_regular")(lang), day, (day - report.today).days)]


def _regular_now(report: TrialReport, lang: Lang, book: FeeBook) -> tuple[str, list[Fact]]:
    """That date passed: the membership, unless cancelled, is regular Prime by now, and the
    regular fees of a renewal today with their facts (review 39b item 6); else nothing."""
    day = report.student_regular_from
    if day is None or day > report.today:
        return "", []
    from primehelp.plans import Plan

    said = renewal_ui("student_regular_past")(lang).format(date=sentence_date(day, lang))
    plans = (Plan.ANNUAL, Plan.MONTHLY)
    fee, facts = _fees(book, plans, report.today, "student_regular_fees", lang)
    if not fee:  # a fee the facts do not give on that day: not named
        return said, []
    return said + ("" if lang == "ja" else " ") + fee, facts


def _renewal_fees(report: TrialReport, lang: Lang) -> tuple[str, list[Fact]]:
    """The fees the automatic renewal charges, of both plans (the member's is not known), with
    their facts (review 39b S 9: trial screens never said what the renewal costs); nothing where
    the facts do not give a fee on that day. A renewal before a fee change: the fee charged then
    in the past tense, and today's apart (review 49b item 1: not the old fee as today's)."""
    charged, now = report.renewal_fees, report.current_fees
    if charged is None:
        return "", []
    key = "trial_renewal_fees" + "_student" * report.student + "_past" * (now is not None)
    if now is None and report.renewal_date < report.today:  # charged, at today's fee (50b 14)
        key += "_done"
    checked = charged.checked if now is None else min(charged.checked, now.checked)
    said = renewal_ui(key)(lang).format(
        date=sentence_date(report.renewal_date, lang),
        annual=f"{charged.annual:,}",
        monthly=f"{charged.monthly:,}",
        now_annual="" if now is None else f"{now.annual:,}",
        now_monthly="" if now is None else f"{now.monthly:,}",
        checked=sentence_date(checked, lang),
    )
    return said, [*charged.facts, *(() if now is None else now.facts)]


def _fees(
    book: FeeBook, plans: tuple[Plan, Plan], day: dt.date, key: str, lang: Lang
) -> tuple[str, list[Fact]]:
    """The sentence ``key`` naming the annual and monthly fees of ``plans`` on ``day`` and their
    check date, with their facts; nothing where the facts do not give both fees that day."""
    from primehelp.plans import period_on

    annual, monthly = (period_on(book.of(plan), day) for plan in plans)
    if annual is None or monthly is None:
        return "", []
    said = renewal_ui(key)(lang).format(
        annual=f"{annual.fee_yen:,}",
        monthly=f"{monthly.fee_yen:,}",
        checked=sentence_date(min(annual.fact.checked, monthly.fact.checked), lang),
    )
    return said, [annual.fact, monthly.fact]
