"""The view of ``primehelp renewal``: key dates, status, upcoming renewals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.output.action import action_lines
from primehelp.output.bullets import bullet
from primehelp.output.console import console_for, dim, heading, print_all, rich_text
from primehelp.output.key_dates import (
    days_cell,
    footer,
    key_dates_table,
    reminder_block,
    renewal_ui,
    screen_sources,
    yen,
)
from primehelp.output.prices import day
from primehelp.periods import Plan
from primehelp.reminder import YEAR_DAYS

if TYPE_CHECKING:
    from primehelp.renewal import RenewalReport, ScheduledRenewal


def human_renewal(report: RenewalReport, lang: Lang) -> None:
    """Print the key dates, the status, the upcoming renewals and the reminder-mail note."""
    from rich.table import Table

    console = console_for(lang)
    print_all(console, action_lines(report.action, lang, sources=False))
    console.print()
    # A saved free trial: its day has the names `trial` gives it (review 17b item 4).
    trial = report.trial
    title = "trial_title" if trial else "renewal_title"
    console.print(heading(renewal_ui(title)(lang), None, lang))
    # A past date with a plan: the table shows the next renewal (the past date does not lead).
    shown = report.schedule[0]
    today = report.today
    # A past date with no plan to count on: its notice and cancel-by days say nothing, only
    # today and that date (review 24b S 11, long past; review 25b S 9, within the period too;
    # --json keeps every date); on the renewal day itself as well (review 28b S 6: 「解約の
    # 目安日…（昨日）」 read as too late to cancel, while the first line says to choose a timing).
    moot = shown.renewal_date <= today
    notice_and_cancel_by = [
        (renewal_ui("row_notice")(lang), shown.notice_date, (shown.notice_date - today).days),
        (
            renewal_ui("row_trial_cancel_by" if trial else "row_cancel_by")(lang),
            shown.cancel_by,
            (shown.cancel_by - today).days,
        ),
    ]
    console.print(
        key_dates_table(
            [
                (renewal_ui("row_today")(lang), today, None),
                *([] if moot else notice_and_cancel_by),
                (
                    renewal_ui("row_trial_renewal" if trial else "row_renewal")(lang),
                    shown.renewal_date,
                    (shown.renewal_date - today).days,
                ),
            ],
            lang,
        )
    )
    if shown.renewal_date != report.renewal_date:
        days = (report.renewal_date - today).days
        given = days_cell(days, lang)
        counted = renewal_ui("counted_from" if days >= -YEAR_DAYS else "counted_from_long_ago")(
            lang
        )
        months = 12 if report.plan is None else report.plan.months
        period = renewal_ui(f"counted_period.{months}")(lang)
        said = counted.format(date=day(report.renewal_date, lang), when=given, period=period)
        console.print(dim(said))
    if report.saved:  # where the date came from (review 32b S 12)
        key = "saved_date_counted" if shown.renewal_date != report.renewal_date else "saved_date"
        key += "_trial" if trial and key == "saved_date" else ""
        console.print(dim(renewal_ui(key)(lang).format(date=day(report.renewal_date, lang))))
    # --explain gives the reason in its list, once (review 13b item 9); moot once the day shown
    # has passed (review 17b S 7).
    if report.explanation is None and shown.cancel_by >= today:
        console.print(dim(ui("cancel_by_margin_trial" if trial else "cancel_by_margin")(lang)))
    # Once: a date long past already says it in the first line (review 10b item 14).
    if (
        report.upcoming is None
        and report.status.value in {"renewal_past", "cancel_by_past"}  # today too (52b item 5)
        and report.action.act != "find_date"
    ):
        # After a saved trial the renewals to come are paid ones (review 18b item 3).
        hint = renewal_ui("hint_plan_trial" if trial else "hint_plan")(lang)
        console.print(hint.format(plan="student-annual" if report.student else "annual"))
    if report.upcoming is not None and report.plan_name is not None:
        console.print()
        title = _upcoming_title(report, lang)
        console.print(rich_text(title, style="bold"))
        table = Table(show_lines=False)
        # a date and its mark (「（今日）」「（過ぎました）」) on one line: where the table cannot
        # give them that, its rows become lines of 「見出し：内容」 (review 49b item 8)
        table.add_column(renewal_ui("col_renewal")(lang), no_wrap=True)
        # wrapped between phrases, not 「…届／くころ」 (review 59b item 4: a longer header)
        table.add_column(rich_text(renewal_ui("col_notice")(lang)), overflow="fold")
        table.add_column(renewal_ui("col_cancel_by")(lang), no_wrap=True)
        table.add_column(renewal_ui("col_fee")(lang), justify="right", overflow="fold")
        marked = _first_regular(report)
        mark = renewal_ui("regular_mark")(lang)
        now = renewal_ui("upcoming_today")(lang)  # 「今後の」 with today's renewal: said (26b S 14)
        gone = renewal_ui("upcoming_passed")(lang)
        for item in report.upcoming:
            table.add_row(
                # on the date the note names (a mark after a right-aligned fee would shift it)
                item.renewal_date.isoformat()
                + (now if item.renewal_date == today else "")
                + (mark if item is marked else ""),
                # a notice date before today marked too, as its row's cancel-by (review 64b 2)
                item.notice_date.isoformat() + (gone if item.notice_date < today else ""),
                # a cancel-by day before today marked, not a live target (review 46b S 8);
                # today's too, the last day to cancel (review 50b item 12)
                item.cancel_by.isoformat()
                + (gone if item.cancel_by < today else now if item.cancel_by == today else ""),
                yen(item.fee_yen, lang),
            )
        console.print(table)
        student = report.plan in (Plan.STUDENT_ANNUAL, Plan.STUDENT_MONTHLY)
        if student and marked is not None:  # the ※ note right under the marked table (22b, 10)
            console.print(dim(_student_note(report, lang, "")))
        # the notes apart from the last row: at 40 columns the rows are blocks with a blank
        # line between them, and the notes read as the last block's (review 37b S 4)
        console.print()
        # the date given heads the list and is no estimate (review 59b item 5)
        computed = report.trial or report.from_trial
        first = not computed and report.upcoming[0].renewal_date == report.renewal_date
        if not first or len(report.upcoming) > 1:
            console.print(renewal_ui("estimate_note" if first else "estimate_note_all")(lang))
        if report.explanation is None:  # --explain says it, with the 2023 change (review 9b S 15)
            # rows of a plan at two fees (a past --today over a fee change): not 「現在の料金」
            fees = {item.fee_yen for item in report.upcoming or () if not item.regular_prime}
            if fees != {None}:  # not beside a column of 「不明」 alone (review 49b item 20)
                note = renewal_ui("fee_note_by_date" * (len(fees) > 1) or "fee_note")(lang)
                console.print(dim(note))
        if student and marked is None:
            # The rows go years ahead; Prime Student does not (review 13b S 16).
            from primehelp.content.trial import load

            console.print(dim(_student_note(report, lang, load().student_limit.text(lang))))
        if any(item.fee_yen is None for item in report.upcoming):
            console.print(dim(renewal_ui("fee_unknown_note")(lang)))
    if report.explanation is not None:
        console.print()
        console.print(rich_text(renewal_ui("explain_title")(lang), style="bold"))
        for sentence in report.explanation:
            console.print(bullet(lang) + sentence(lang))
    console.print()
    # A saved trial: the mail comes before the automatic renewal date (review 18b item 3), as
    # the report words it; once the trial has ended, the paid renewal's (review 37b S 2).
    for line in reminder_block(report.reminder, lang):
        console.print(line)
    facts = [*report.action.refund_rules, *report.facts]  # fees and Student: 34b item 1
    screen_sources(console, report.reminder, facts, lang)  # 25b S 8
    footer(console, lang)


def _first_regular(report: RenewalReport) -> ScheduledRenewal | None:
    """The first row with the regular fee when rows before it have Prime Student's: marked,
    where the fee changes (review 17b S 8); None otherwise."""
    upcoming = report.upcoming or ()
    regular = [item for item in upcoming if item.regular_prime]
    return regular[0] if regular and len(regular) < len(upcoming) else None


def _student_note(report: RenewalReport, lang: Lang, limit: str) -> str:
    """Prime Student's 4 paid years, and which rows have which fee (review 15b item 1)."""
    gap = " " if lang == "en" else ""
    upcoming = report.upcoming or ()
    regular = [item for item in upcoming if item.regular_prime]
    # A saved trial, ended or not: counted from its end, which no paid period precedes (review
    # 38b item 11, 49b item 11); a date given or saved is named, not 「入力した更新日」 (49b 11)
    from_trial = "_trial" if report.trial or report.from_trial else ""
    end = day(report.renewal_date, lang)
    basis = gap + renewal_ui("student_count_basis" + from_trial)(lang).format(end=end)
    if not regular or report.student_regular_from is None:
        return limit + gap + renewal_ui("student_fee_note")(lang) + basis
    from primehelp.content import fees

    plan = Plan.ANNUAL if report.plan is Plan.STUDENT_ANNUAL else Plan.MONTHLY
    says = {
        "date": day(report.student_regular_from, lang),
        "plan": fees.load().of(plan).name(lang),
        "fee": yen(regular[0].fee_yen, lang),
    }
    if len(regular) == len(upcoming):  # every row regular: what the 4 years count from, and
        # when the switch comes earlier, change no row (review 23b S 14)
        return renewal_ui("student_regular_note")(lang).format(**says)
    # The ※ note: the mark on the row where the fee changes, the point first (review 22b, 10).
    mark = renewal_ui("regular_mark")(lang)
    marked = renewal_ui("student_regular_marked" + from_trial)(lang)
    caveat = renewal_ui("student_basis_caveat" + from_trial)(lang).format(end=end)
    return mark + marked.format(**says, caveat=caveat)


def _upcoming_title(report: RenewalReport, lang: Lang) -> str:
    """The table's heading: a Prime Student table whose rows are all regular Prime names the
    regular plan (review 16b S 10)."""
    assert report.plan_name is not None
    upcoming = report.upcoming or ()
    if upcoming and all(item.regular_prime for item in upcoming):
        from primehelp.content import fees

        plan = Plan.ANNUAL if report.plan is Plan.STUDENT_ANNUAL else Plan.MONTHLY
        return renewal_ui("upcoming_title_regular")(lang).format(
            plan=fees.load().of(plan).name(lang)
        )
    # 「Prime Student 年間プラン」, as the plan is named everywhere else (review 56b item 5)
    return renewal_ui("upcoming_title")(lang).format(plan=report.plan_name(lang))
