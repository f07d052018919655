"""The Prime-plan flags of a statement's Amazon lines (moved out of :mod:`primehelp.statement`).

Pure: the read lines in, the same lines with the plan flags added out. A monthly Prime fee
(regular or Student) whose month overlaps the year of an annual Prime fee (regular or Student)
is a finding (review 23a, item 3): 「年会費と月会費の期間が重なっています」 — a plan change, or
two memberships. Fees years apart are not (a 2019 annual fee and a 2026 monthly one).

A fact needs known texts on both lines (review 17a, item 1; round 23): a line read by its amount
alone (「ｱﾏｿﾞﾝﾌﾟﾗｲﾑ」, a text FACTS §10 does not list) beside a known fee of the other plan is a
possibility, flagged on the guessed line only (「※年会費だとすると…」, 「※月会費だとすると…」); two
guessed lines are each flagged so (review 40c, item 2: a card that prints its own text for every
Prime fee must not hide the overlap). Two annual fees less than a year apart are the same (review 25a, 1).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import pairwise

from primehelp.facts import Fact
from primehelp.i18n import Text
from primehelp.plans import months_later as months_later
from primehelp.statement import AmazonLine, Flag, StatementText
from primehelp.statement_flags import IMITATION
from primehelp.statement_plan_words import (
    ANNUAL,
    MONTHLY,
    also_other_plan,
    fee_missing,
    fee_note,
    joined,
    no_switch,
    other_plan,
    partial_refund,
    ui_label,
    used_up,
    which_fee,
)
from primehelp.statement_student import switch_fee as _switch_fee
from primehelp.statement_twice import close, former_monthly, maybe_fees, monthly_twice, old_twice


def overlap(annual: dt.date, monthly: dt.date) -> bool:
    """True when a monthly fee of ``monthly`` covers days of the year an annual fee of
    ``annual`` pays for: the monthly fee within 12 months after it, or within a month before.
    A monthly fee less than :data:`YEAR_SLACK_DAYS` days before the year ends is the switch to
    monthly at renewal, posted early, as an annual renewal is (review 41c, S 4)."""
    ends = months_later(annual, 12) - dt.timedelta(days=YEAR_SLACK_DAYS)
    return months_later(annual, -1) < monthly < ends


# A card's day of use may move by a few days (the posting date, a month's end, 02-29): an annual
# fee charged less than this many days before the year of the one before it ends is that year's
# renewal, not a second fee (review 38c, item 18: 2025-11-11 and 2026-11-10), as the monthly
# check allows its renewals (statement_twice.CLOSE_DAYS).
YEAR_SLACK_DAYS = 7


def within_year(first: dt.date, second: dt.date) -> bool:
    """True when an annual fee of ``second`` is charged before the year ``first``'s pays for ends,
    by more than :data:`YEAR_SLACK_DAYS` days (else it is the next year's, posted early)."""
    ends = months_later(first, 12) - dt.timedelta(days=YEAR_SLACK_DAYS)
    return first <= second < ends


def _same_month(first: dt.date, second: dt.date) -> bool:
    """True when monthly fees of ``first`` and ``second`` pay for days of the same month."""
    return months_later(first, -1) < second < months_later(first, 1)


def _fee(line: AmazonLine, plans: frozenset[str]) -> bool:
    return line.service in plans and line.amount_yen > 0


def refunded(lines: list[AmazonLine]) -> set[int]:
    """The ids of the Prime fees refunded in full: each refund of a plan gives back the latest
    fee of that amount before it within the plan's period (a year, a month). A refunded fee is
    no fee paid (review 27a, item 9): never one of two fees for the same time. A refund read
    first as an order or a purchase (「AMAZON.CO.JP」, 「AMAZON DOWNLOADS」) is the fee's only
    possibly (:func:`primehelp.statement_refunds.under_other_text`, said on its line): it clears
    no warning (review 41c, item 1, reversing 36c, item 17)."""
    found: set[int] = set()
    fees_of: dict[tuple[str, int], list[AmazonLine]] = {}  # by plan and amount (38c, S 1)
    for x in lines:
        fees_of.setdefault((x.service, x.amount_yen), []).append(x)
    for back in (x for x in lines if x.amount_yen < 0 and x.service in ANNUAL | MONTHLY):
        months = 12 if back.service in ANNUAL else 1
        near = fees_of.get((back.service, -back.amount_yen), ())
        near = [x for x in near if x.date <= back.date < months_later(x.date, months)]
        fees = [x for x in near if id(x) not in found and _same_charge(back, x)]
        if fees and not any(IMITATION & set(x.flags) for x in near):  # its warnings stay (47c, 1)
            found.add(id(max(fees, key=lambda x: x.date)))
    from primehelp.statement_refund_sum import summed_back  # several at once (57c, item 2)

    return found | summed_back(lines)


# A refund under a text that may be another's (「AMAZ0N PRIME」, 「AMAZON PRIME TOP」, 「…利用国CN」)
_SUSPECT = frozenset({Flag.LOOKS_LIKE_AMAZON, Flag.BORROWED_NAME, Flag.OTHER_COUNTRY})


def _same_charge(back: AmazonLine, fee: AmazonLine) -> bool:
    """Whether refund ``back`` may give back ``fee``: a refund under a look-alike or borrowed
    text gives back only a fee of its own text (review 44c, R-minor 8: 「AMAZ0N PRIME」 −600 cleared
    two 「AMAZON PRIME」 fees' warning; 45c, 3: 「アマゾンプライム」 −600 the annual+monthly overlap)."""
    if back.text_known and not _SUSPECT & set(back.flags):
        return True
    from primehelp.statement_values import compared

    return compared(back.description) == compared(fee.description)


def twice_said(lines: list[AmazonLine]) -> frozenset[str]:
    """What the note of two annual fees in a year adds (review 27a, item 2, FACTS §2):
    ``switch`` when a regular annual fee is followed by a Prime Student one (the switch refunds
    the unused part). The cancellation refund (FACTS §5) is no part of it: a note said in one
    file and not in another, about cancelling, not a double charge (review 30c, item 13).
    Refunded fees are never flagged."""
    flagged = sorted((x for x in lines if Flag.ANNUAL_TWICE in x.flags), key=lambda x: x.date)
    said: set[str] = set()
    for first, second in pairwise(flagged):
        if not within_year(first.date, second.date):
            continue
        if first.service == "prime_annual" and second.service == "prime_student_annual":
            said.add("switch")
    return frozenset(said)


def prime_plans(lines: list[AmazonLine]) -> list[AmazonLine]:
    """``lines`` with the both-plans flags: the fact on known lines, a possibility on a guess."""
    gone = refunded(lines)
    own = [x for x in lines if Flag.LOOKS_LIKE_AMAZON not in x.flags]  # no 「AMAZ0N」 (63c, 7)
    from primehelp.statement_ended import ended_on  # a partial refund ends it (39c, item 5)

    end = ended_on(lines, ANNUAL)
    from primehelp.statement_refund_end import doubtfully_refunded  # 40c, 3; 41c, 4

    kept = doubtfully_refunded(lines, gone)
    annual = [x for x in own if _fee(x, ANNUAL) and id(x) not in gone]
    monthly = [x for x in own if _fee(x, MONTHLY) and id(x) not in gone]
    both: set[int] = set()
    annual_guess: set[int] = set()
    monthly_guess: set[int] = set()
    former = former_monthly(own, gone)  # once, not for each annual fee (review 38c, S 1)
    for year in (x for x in own if _fee(x, ANNUAL) and (id(x) not in gone or id(x) in kept)):
        until = end.get(id(year), dt.date.max)  # a partial refund ends it (39c, item 5)
        for month in (m for m in former if overlap(year.date, m.date) and m.date < until):
            if year.text_known:  # a former monthly fee in the year too (review 36c, item 15)
                both |= {id(year), id(month)}
        for month in (m for m in monthly if overlap(year.date, m.date) and m.date < until):
            if year.text_known and month.text_known:
                both |= {id(year), id(month)}
                continue
            # each guess said so: the annual fee's (review 19a, item 2), the monthly fee's
            # (「ｱﾏｿﾞﾝﾌﾟﾗｲﾑ」 600, 23a, 3), both (a card's own text on every fee, 40c, item 2)
            if not year.text_known:
                annual_guess.add(id(year))
            if not month.text_known:
                monthly_guess.add(id(month))
    regular = [x for x in monthly if x.service == "prime_monthly"]
    student = [x for x in monthly if x.service == "prime_student_monthly"]
    pairs = [(r, s) for r in regular for s in student if _same_month(r.date, s.date)]
    two_monthly = {  # both plans' monthly fees for the same time (review 27a, S 25)
        id(x) for r, s in pairs if r.text_known and s.text_known for x in (r, s)
    }
    from primehelp.statement_plan_guess import two_monthly_guessed  # review 40c, item 2

    pair_guess = two_monthly_guessed(pairs)  # the same pairs, never paired again (42c, mend)
    month_twice, month_guess = monthly_twice(monthly)
    twice: set[int] = set()
    twice_guess: set[int] = set()
    stop = {id(x): _stop(x, end, lines) for x in annual}  # a partial refund ends it (41c, 11)
    for first in annual:
        for second in (
            x
            for x in annual
            if x is not first and within_year(first.date, x.date) and x.date < stop[id(first)]
        ):
            for line in (first, second):  # a Prime text's is the fact, never 「…だとすると」
                (twice if line.text_known else twice_guess).add(id(line))  # (60c, item 2)
    twice |= old_twice(annual, own, gone)  # 4,900 yen after 5,900 (59c, S 14)
    for line, kinds in maybe_fees(own, gone):  # 「AMAZON.CO.JP」 at a fee's amount (36c, 1)
        for fee in (x for x in monthly if x.text_known and x.service in kinds):
            if close(fee.date, line.date):
                month_guess |= {id(line)} | ({id(fee)} - month_twice)
        for fee in (x for x in annual if x.text_known):
            if fee.service in kinds and within_year(*sorted((fee.date, line.date))):
                twice_guess.add(id(line))  # the fee's row too (37c, 9), as the fact (60c, 2)
                twice.add(id(fee))
            if kinds & MONTHLY and overlap(fee.date, line.date):
                monthly_guess.add(id(line))
        if kinds & ANNUAL and any(x.text_known and overlap(line.date, x.date) for x in monthly):
            annual_guess.add(id(line))
    found = []
    for line in lines:
        flags = [
            flag
            for flag, ids in (
                (Flag.BOTH_PRIME_PLANS, both),
                (Flag.TWO_MONTHLY_PLANS, two_monthly),
                (Flag.TWO_MONTHLY_GUESS, pair_guess),
                (Flag.ANNUAL_GUESS_WITH_MONTHLY, annual_guess),
                (Flag.MONTHLY_GUESS_IN_ANNUAL, monthly_guess),
                (Flag.ANNUAL_TWICE, twice),
                (Flag.ANNUAL_GUESS_TWICE, twice_guess),
                (Flag.MONTHLY_TWICE, month_twice),
                (Flag.MONTHLY_GUESS_TWICE, month_guess),
            )
            if id(line) in ids
        ]
        had = line.flags
        if {Flag.MONTHLY_TWICE, Flag.ANNUAL_TWICE} & set(flags):  # said once (34c, 1; 42c, 12)
            had = tuple(x for x in had if x is not Flag.SAME_CHARGE_TWICE)
        found.append(replace(line, flags=(*had, *flags)) if flags else line)
    from primehelp.statement_partial_twice import partly_back  # review 60c, item 1

    return partly_back(found)


def _period_fees(lines: list[AmazonLine], back: AmazonLine) -> list[AmazonLine]:
    """The Prime fees of the file whose plan's period (a year, a month) holds ``back``'s date."""
    return [
        x
        for x in lines
        if _fee(x, ANNUAL | MONTHLY)
        and (x.text is back.text or not x.text_known)  # a fee read by its amount too (33c, 1)
        and not (back.text_known and IMITATION & set(x.flags))  # never a look-alike's (47c, 1)
        and x.date <= back.date
        and (back.date - x.date).days <= (366 if x.service in ANNUAL else 31)  # (38c, S 1)
        and back.date < months_later(x.date, 12 if x.service in ANNUAL else 1)
    ]


def _stop(fee: AmazonLine, end: dict[int, dt.date], lines: list[AmazonLine]) -> dt.date:
    """The first day an annual ``fee`` no longer pays for as one of two fees: the Prime Student
    fee's the file switches to, when its partial refund (``end``) is the switch's (FACTS §2: the
    unused part refunded; the card may post it a day after the Student fee, review 41c, item 11).
    Any other partial refund ends nothing here: 1 or 600 yen back shows no membership ended, and
    two fees stay 「2回以上」 (review 60c, item 1; :mod:`primehelp.statement_partial_twice`)."""
    from primehelp.statement_student import SWITCH_REFUND_DAYS, switched_from

    day = end.get(id(fee), dt.date.max)
    student = switched_from(fee, lines)
    if student is not None and abs((day - student.date).days) <= SWITCH_REFUND_DAYS:
        return min(day, student.date)
    return dt.date.max


def _guessed_refund(line: AmazonLine) -> bool:
    """A refund under a text primehelp does not know, read by its amount as a Prime fee's."""
    return line.amount_yen < 0 and not line.text_known and line.service in ANNUAL | MONTHLY


def _summed(
    line: AmazonLine, parts: list[AmazonLine], left: dict[int, int], full: dict[int, dt.date]
) -> AmazonLine:
    """``line`` tied to the latest of the fees it gives back together, each given back in full:
    「2026年3月10日と2026年3月20日の月会費（600円×2）の返金と考えられます。」."""
    from primehelp.statement_refund_sum import said

    for x in parts:
        left[id(x)], full[id(x)] = 0, line.date
    fee = parts[-1]
    word = Text("年会費", "annual fee") if fee.service in ANNUAL else Text("月会費", "monthly fee")
    return replace(
        line, service=fee.service, label=fee.label, detail=said(parts, word), refund_of_row=fee.row
    )


AMAZON_PRIME = StatementText.AMAZON_PRIME


def refund_targets(lines: list[AmazonLine]) -> tuple[list[AmazonLine], list[Fact]]:
    """A refund under a Prime text read as a fee of the file before it, within that fee's period
    (review 30c, item 1): the whole fee when the amounts are equal, else part of a larger one
    (the latest); with no such fee, the single-charge reading stays. A fee gives back at most
    its amount (review 31c, item 1): the refunds of the file, by date, use up what each fee has
    left, and a refund whose period's fees are used up is flagged (FEE_REFUNDED_BEFORE). The
    switch-to-Student sentence only with an annual fee of the file within the year before."""
    found: list[AmazonLine] = []
    facts: list[Fact] = []
    left: dict[int, int] = {}  # id(fee): the part of the fee not refunded yet
    full: dict[int, dt.date] = {}  # id(fee): the day a refund gave back the rest of it
    given: dict[int, list[tuple[dt.date, int]]] = {}  # id(fee): its partial refunds (34c, 4)
    same_back: dict[int, AmazonLine] = {}  # a charge's row: its refund of the same text (45c, 4)
    for line in lines:
        guessed = _guessed_refund(line)
        own = line.foreign_currency not in (None, "USD")  # its charge's only (46c, item 4)
        if line.amount_yen >= 0 or own or (line.text is not AMAZON_PRIME and not guessed):
            found.append(line)
            continue
        back = -line.amount_yen
        fees = _period_fees(lines, line)
        if guessed:  # a text primehelp does not know: the same text's charges (review 41c, 8)
            from primehelp.statement_refund_sum import same_text

            fees = [x for x in fees if same_text(x, line)]
        open_ = [x for x in fees if left.get(id(x), x.amount_yen) >= back]
        whole = [x for x in open_ if x.amount_yen == back]
        if guessed and not whole:  # only a whole fee of its text: else the guess stays
            from primehelp.statement_refund_doubt import doubted  # another text's fee (45c, 3)

            doubt = doubted(lines, line)
            found.append(replace(line, detail=joined(doubt, line.detail)) if doubt else line)
            continue
        from primehelp.statement_refund_same import as_refund_of, same_charge

        same = None if whole or guessed else same_charge(lines, line, fees, set(same_back))
        if same is not None:  # a charge of its text and amount, no fee (review 45c, item 4)
            same_back[same.row] = line
            found.append(as_refund_of(line, same))
            continue
        from primehelp.statement_refund_sum import summed_fees

        parts = None if whole else summed_fees(line, [x for x in fees if id(x) not in left])
        if parts is not None:  # two fees or more given back at once (review 42c, item 11)
            found.append(_summed(line, parts, left, full))
            continue
        alt = other_plan(line, fees, whole, lines)  # a whole fee of a plan then (32c, 1)
        if alt is not None and not open_:  # no fee of the file with room: read first (38c, 0)
            found.append(replace(line, detail=joined(alt, line.detail)))
            continue
        fee = max(whole or open_, key=lambda x: x.date) if open_ else None
        switch = None if whole else _switch_fee(open_, line, lines)
        if switch is not None:  # the regular fee's unused part, not the Student fee (38c, 23)
            fee = switch
        if fee is not None:
            left[id(fee)] = left.get(id(fee), fee.amount_yen) - back
            if not left[id(fee)]:
                full[id(fee)] = line.date
            tied = replace(line, service=fee.service, refund_of_row=fee.row)
            if not fee.text_known:  # one month-table row with the fee it gives back (33c, 1)
                tied = replace(tied, total_label=fee.total_label)
        if fee is not None and whole:
            said = which_fee("refund_of_fee", fee)  # the fee named (review 30c, item 14)
            from primehelp.statement_refund_end import or_twice  # a double charge (40c, S 1)

            said = or_twice(lines, fee, full, line) or said
            from primehelp.statement_refunds import late_whole  # long after it (37c, S 15)

            said = joined(said, late_whole(fee, line))
            named = fee.label if fee.text_known or line.service != fee.service else line.label
            found.append(replace(tied, label=named, detail=said))
            continue
        if fee is not None and switch is not None:
            said = which_fee("refund_switch_of_fee", fee)  # FACTS §2 [r2]: no cancelling
            found.append(replace(tied, label=partial_refund(fee), detail=said))
            continue
        if fee is not None:
            from primehelp.content.charges import load  # the facts, read once per such line

            partial = load().refund_partial
            from primehelp.statement_refunds import after_earlier

            label = partial_refund(fee)
            facts.append(partial)
            also = also_other_plan(line, lines) if alt is not None else None  # (38c, 0)
            earlier = given.setdefault(id(fee), [])
            which = after_earlier(which_fee("refund_part_of_fee", fee), earlier)  # 34c, 4
            note = joined(joined(which, also), fee_note(partial.text, fee))
            again = (Flag.PARTIAL_REFUND_AGAIN,) if earlier else ()
            earlier.append((line.date, back))
            found.append(replace(tied, label=label, detail=note, flags=(*tied.flags, *again)))
            continue
        spent = [x for x in fees if x.amount_yen >= back]  # refunded before (31c, item 1)
        if spent:
            used = max(spent, key=lambda x: x.date)
            done = used_up(used, full.get(id(used)), used.amount_yen - left[id(used)])
            whole_back = id(used) in full  # in part only: its own flag (review 34c, item 3)
            flag = Flag.FEE_REFUNDED_BEFORE if whole_back else Flag.REFUND_OVER_REST
            flags = (*line.flags, flag)
            named = used.label  # the same fee's amount: a second refund of it (32c, item 2)
            if used.amount_yen != back:  # no part left for it (35c, 3), given back (41c, 7)
                named = ui_label("refund_source_elsewhere")
            found.append(replace(line, service=used.service, label=named, detail=done, flags=flags))
            continue
        from primehelp.statement_refunds import in_grace, period_ended  # older fees (34c, 5)

        grace = in_grace(lines, line, set(full) | {i for i, n in left.items() if n < back})
        if grace is not None:  # just after the fee's period: its refund, possibly (36c, 5)
            fee, said = grace
            left[id(fee)], full[id(fee)] = 0, line.date
            found.append(replace(line, label=fee.label, detail=said, refund_of_row=fee.row))
            continue
        ended = period_ended(lines, line, fees)  # the time's smaller fees named (35c, 3)
        if ended is not None:  # never 「…の一部返金（推定）」 above it (review 35c, item 3)
            line = replace(line, label=ui_label("refund_source_elsewhere"))
        annual = any(x.service == "prime_annual" for x in fees)  # the switch's (34c, 5)
        detail = line.detail
        if detail is not None and not annual:
            detail = no_switch(detail)
        missing = ended or fee_missing(line.service)  # no fee of the file (30c, item 14)
        found.append(replace(line, detail=joined(missing, detail) if missing else detail))
    # 33c S 9; a purchase's own charge (42c, item 8) before a fee as another reading (36c, 17)
    from primehelp.statement_refund_same import imitated, refunded_charges  # imitated: 47c, 1
    from primehelp.statement_refunds import fee_named, same_text_refunds, subscription_refunds

    found = refunded_charges(found, same_back)
    return imitated(fee_named(same_text_refunds(subscription_refunds(found)))), facts
