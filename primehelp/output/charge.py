"""The view of ``primehelp charge``: what an amount can be, each with where to see and stop it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.charges import Category, Fit, Match
from primehelp.errors import escaped
from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.output.blocks import Blocks, indented
from primehelp.output.charge_fit import FIT_STYLE as _FIT_STYLE
from primehelp.output.charge_fit import fit_key as _fit
from primehelp.output.charge_fit import heading_key, named_in_range, partial_said, shown_name
from primehelp.output.charge_fit import text_heading as _text_heading
from primehelp.output.charge_named import borrowed, no_confirmed, other_company, text_sentences
from primehelp.output.charge_named import closing as _closing
from primehelp.output.charge_named import first_named as _first_named
from primehelp.output.charge_named import in_range as _in_range
from primehelp.output.charge_named import name_only as _name_only
from primehelp.output.charge_named import name_only_told as _name_only_told
from primehelp.output.charge_named import named_before_start as _named_before_start
from primehelp.output.charge_named import named_fit as _named_fit
from primehelp.output.charge_named import named_outside as _named_outside
from primehelp.output.charge_named import no_price_key as _no_price_key
from primehelp.output.charge_named import outside_facts as _outside_facts
from primehelp.output.charge_named import short_name as _short_name
from primehelp.output.charge_named import split_below as _split_below
from primehelp.output.charge_named import typed_label as _typed_label
from primehelp.output.charge_named import typed_shown as _typed_shown
from primehelp.output.charge_notes import SaidNotes, bullet
from primehelp.output.console import (
    console_for,
    dim,
    print_all,
    quoted_labels,
    rich_text,
    says_the_path,
    sentence_date,
    sources_line,
)
from primehelp.output.former_fees import former_fee_lines as _former_fees
from primehelp.output.former_fees import not_the_fee as not_the_fee
from primehelp.output.former_fees import other_price_lines, unlisted_told
from primehelp.output.former_fees import when_said as _when
from primehelp.output.price_line import before_start
from primehelp.output.price_line import fee_change as _fee_change
from primehelp.output.price_line import price_line as _price_line
from primehelp.output.prices import assumed_text, charge_ui, day, money, not_yet_note
from primehelp.output.prices import late as _late
from primehelp.statement_student import no_student_monthly_on

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text as RichText

    from primehelp.charges import Candidate, ChargeReading
    from primehelp.facts import Fact

_ABROAD = "statement.abroad_marker"  # the fact of 「利用国USA」 (statement.toml, [abroad])
_US_PRIME = "charges.amazon_com.price"  # amazon.com's Prime fee (charges.toml)
_EXACT = (Match.FEE_ON_DATE, Match.PRICE)
_OWN_HEADINGS = ("candidates_us_site", "candidates_text_first")  # never 「どれも…低め」


def _labelled(label: str, text: str, lang: Lang) -> RichText:
    line = rich_text(label + ui("colon")(lang), style="bold")
    line.append(text, style="")
    return line


_AD_FREE = "prime_video_ad_free"  # an option that began on its date (FACTS §1), not a price


def _candidate_cell(
    candidate: Candidate,
    reading: ChargeReading,
    lang: Lang,
    last_resort: Fact,
    *,
    none_likely: bool,
    text_only: bool,
    told: SaidNotes,
    number: int,
) -> list[RenderableType]:
    """Everything under a candidate's name: its price, fit, where to see it and how to stop it.
    ``none_likely``: the heading already says none is likely (「考えられるもの（どれも可能性は低めです）」):
    an unlikely fit is not said again under each (review 11a S 22). ``text_only``: the text
    points to candidates but the amount matches no fixed price (review 14a, item 1): a fitting
    candidate says the text fits and the amount does not match, never 「可能性が高いです」."""
    cell = rich_text()
    shown = [candidate.where_to_see]
    if candidate.price is not None:
        cell.append(_price_line(candidate, reading, lang) + "\n")
        shown.insert(0, candidate.price.fact)
        change = _fee_change(candidate, reading)
        if change is not None:  # both fees said, both sourced (review 57c, item 4)
            facts = [change.new_members.fact, change.renewals.fact]  # in the line's order
            shown[:1] = facts + [f for f in shown[:1] if f not in facts]
        if change is not None and change.renewals_until_assumed:
            fee = money(change.renewals.value, change.renewals.currency, lang)
            cell.append(assumed_text(None, change.renewals.until, fee, lang).strip() + "\n")
    before = candidate.match is Match.PRICE_BEFORE_START and candidate.price is not None
    named = candidate.kind in reading.named
    if named and not before:  # 「AMAZON KIDS」: why it is first (review 18a, item 2)
        cell.append(_named_fit(candidate, reading, lang) + "\n")  # 38c item 2, 52c item 14
    said = (
        before_start(candidate, reading, _short_name(candidate.name(lang)), lang, none_likely)
        if before
        else ""
    )
    if said:  # the price's start (review 25a, items 2, 4, 5), or its month (33c, item 3)
        cell.append(said + "\n", style="yellow")
    # An order or the fee, alike (review 22a, item 3): said once in the lead (23a, item 8).
    if (
        not before
        and (candidate.fit is not None or (bool(reading.named) and not (named or none_likely)))
        and candidate.kind not in reading.level
        and not (none_likely and candidate.fit is Fit.UNUSUAL)
    ):
        fit = _fit(candidate, reading, text_only)
        cell.append(charge_ui(f"fit_{fit}")(lang), style=_FIT_STYLE[fit])
        cell.append("\n")
    see = candidate.where_to_see.text(lang)
    cell.append_text(_labelled(charge_ui("where_to_see")(lang), see, lang))
    if candidate.see_path_ja and not says_the_path(see, candidate.see_path_ja):
        cell.append("\n")
        cell.append_text(_labelled(charge_ui("open_page")(lang), "", lang))
        cell.append(quoted_labels(candidate.see_path_ja, lang), style="bold yellow")
    # An order: stopped as the closing note says, once; a refund: where to see it only.
    if candidate.how_to_stop is not last_resort and not reading.refund:
        stop = candidate.how_to_stop.text(lang)
        cell.append("\n")
        cell.append_text(_labelled(charge_ui("how_to_stop")(lang), stop, lang))
        shown.append(candidate.how_to_stop)
    # each said once (review 31c, item 6), never again after the lead (review 39c, item 9)
    notes, same = told.new(tuple(n for n in candidate.notes if n not in reading.notes), number)
    # each note a list item, its lines under its text (review 36c, items 12 and 13)
    items = [note.text(lang) for note in notes]
    us_fee = candidate.kind == "amazon_com" and candidate.price and not reading.refund
    if us_fee and reading.amount.currency == "USD":  # the fee is before tax (56c, item 12)
        items.append(charge_ui("us_fee_tax_note")(lang))
    if same is not None:
        items.append(charge_ui("notes_as_above")(lang).format(number=same))
    return [cell, *(bullet(x, lang) for x in items), dim(sources_line([*shown, *notes], lang))]


def _NOWHERE(lang: Lang) -> tuple[str, str]:
    return charge_ui("nowhere")(lang), charge_ui("none_fits_pay")(lang)


def _note(note: Fact, lang: Lang) -> str:
    """A note; amazon.com's fee beside a yen amount: how to check it in dollars (37c, 3)."""
    if note.id != _US_PRIME:
        return note.text(lang)
    in_yen = ui("us_prime_in_yen", "ui_charge_text")(lang)
    return note.text(lang) + ("" if lang == "ja" else " ") + in_yen


def _paid_elsewhere(reading: ChargeReading) -> bool:
    """「Amazon Pay提携サイト」: a payment at another shop, compared with no fee or price (review
    23a, S 10; 24a, item 6: no "compared with the fees now", no --date hint)."""
    first = reading.candidates[0]
    return first.category is Category.AMAZON_PAY and first.fit is Fit.USUAL


def _summary(reading: ChargeReading, lang: Lang) -> tuple[list[RenderableType], list[str]]:
    """What is said above the list, and its last sentences, printed after the 出典 (57c, 5)."""
    value = abs(reading.amount.value) if reading.refund else reading.amount.value  # 33c S 13
    amount = money(value, reading.amount.currency, lang)
    if reading.date is not None:
        on = "refunded_on" if reading.refund else "charged_on"
        amount = charge_ui(on)(lang).format(amount=amount, date=day(reading.date, lang))
    label = charge_ui("amount_refunded" if reading.refund else "amount")(lang)
    lines: list[RenderableType] = [_labelled(label, amount, lang)]
    # What the member typed, as typed (14a, 2 and 3), before 「この表記は…どれでもありません」 too
    if reading.typed_text is not None:
        typed = _typed_shown(reading.typed_text, lang)  # full-width said (64c, R-minor 4)
        lines.append(_labelled(charge_ui("statement_text")(lang), typed, lang))
    # The date note first, under what was typed: never between a text's reading and its 出典,
    # nor between 「可能性の高い順に並べています」 and the list (review 56c, item 2).
    if reading.date is None and reading.amount.currency == "JPY" and not _paid_elsewhere(reading):
        lines.append(dim(charge_ui("no_date_refund" if reading.refund else "no_date")(lang)))
    notes, below = list(reading.notes), ""
    if reading.statement is not None:
        # The text and its 「利用国USA」 in one bullet, each said once (review 20a, S 12).
        abroad = [n for n in notes if n.id == _ABROAD]
        said = [_typed_label(reading, lang), *(n.text(lang) for n in abroad)]
        lead = [dim(s) for s in text_sentences(reading, lang, lead=True)]  # 59c, R-major 1
        lines += [*lead, bullet(("" if lang == "ja" else " ").join(said), lang)]  # 36c 12, 13
        notes = [n for n in notes if n not in abroad]
    elif reading.text_recognized is False:  # never "another company" for a text naming Amazon
        unlisted = "statement_not_listed" if reading.names_amazon else "statement_unknown"
        unlisted += "_refund" if reading.refund and not reading.names_amazon else ""  # 45c, 11
        if reading.named and reading.names_amazon:  # ranked by the name first (19a, item 3)
            # the name said, no 「知らない表記ですが」; no 「可能性の高い順」 over 「可能性は低め」
            unranked = reading.no_known_price or borrowed(reading)  # 45c, item 5
            unlisted = "statement_named_unranked" if unranked else unlisted
            unlisted = "statement_named" if unlisted == "statement_not_listed" else unlisted
        told = charge_ui(unlisted)(lang).replace("{name}", _first_named(reading, lang))
        if _name_only(reading):  # 「AUDIBLE」 2,000: the name said, no 「知らない表記」 (38c, 2)
            told = _name_only_told(reading, lang)  # as the text has it (62c, R-minor 4)
        if reading.named_range is not None and reading.names_amazon:  # review 22a, item 1
            told = _named_outside(reading, lang)  # the name said, each price (57c, item 8)
        told, below = _split_below(unlisted_told(reading, told, lang), lang)  # 39c 1, 51c 7, 57c 5
        lines.append(dim(told))
    lines.extend(dim(said) for said in text_sentences(reading, lang))  # 43c 4, 44c 1
    # A refund: the title and 「（返金）」 say it, no 「マイナスの金額は…」 bullet (review 32c, S 14)
    launch = None if reading.before_launch is None else reading.before_launch[1]
    notes = [n for n in notes if n is not launch]  # the date's sentence below says it (38c, 22)
    lines.extend(bullet(_note(note, lang), lang) for note in notes)
    when = _when(reading, lang)
    if reading.before_launch is not None and reading.date is not None:  # review 22a, item 8
        year, _ = reading.before_launch
        before = charge_ui("before_launch")(lang).format(date=day(reading.date, lang), year=year)
        order = () if reading.refund else (rich_text(charge_ui("before_launch_order")(lang)),)
        # no fee then (52c, 34); no list follows: no 「下の候補は…」
        return [*lines, rich_text(before, style="bold yellow"), *order], _closing(reading, "", lang)
    lines.extend(_former_fees(reading, when, lang))
    lines.extend(other_price_lines(reading, when, lang))  # review 35c, item 1
    if reading.check_date:
        lines.append(rich_text(charge_ui("check_date")(lang)))
    not_yet = _NOT_YET if no_student_monthly_on(reading.date) else frozenset()  # 28c, item 1
    unknown = [name(lang) for kind, name in reading.unknown_plans if kind not in not_yet]
    if unknown and reading.date is not None:  # review 10a, item 13: never "no fee matches"
        names = ("、" if lang == "ja" else ", ").join(unknown)
        fee_unknown = charge_ui("fee_unknown_on")(lang).format(when=when, names=names)
        if any(kind in _NOT_YET for kind, _ in reading.unknown_plans):  # review 28c, item 1
            before_2019 = charge_ui("student_monthly_none_before")(lang)
            fee_unknown = fee_unknown.rstrip("。.") + before_2019
        lines.append(rich_text(fee_unknown))
    if reading.date is not None and any(k in not_yet for k, _ in reading.unknown_plans):
        none_yet = charge_ui("student_monthly_not_yet")(lang)  # review 24a, item 3
        lines.append(rich_text(none_yet.format(date=day(reading.date, lang))))
    unknown += [name(lang) for kind, name in reading.unknown_plans if kind in not_yet]
    for kind, doubt in reading.unconfirmed:  # review 27a, item 1 (never without a date)
        when_doubt = "" if reading.date is None else day(reading.date, lang)
        lines.append(rich_text(doubt(lang).format(date=when_doubt)))
        unknown.append(kind)
    said_unknown = bool(unknown) and reading.date is not None  # a sentence named the date
    if partial_said(reading):
        # A refund under a Prime text: that reading first, no other service (review 30c, item 3)
        partial = charge_ui("partial_refund_reading")(lang)
        if reading.former_fees:  # the fee it was said to be: never "no fixed fee" (41c, item 9)
            now = reading.date is None
            this = charge_ui("former_fee_now" if now else "former_fee_this_date")(lang)
            partial = charge_ui("partial_refund_reading_former")(lang).format(when=this)
        lines.append(rich_text(partial, style="bold yellow"))
    elif (
        reading.no_known_price
        and not _named_before_start(reading)
        and not _name_only(reading)
        and not _paid_elsewhere(reading)  # compared with no fee or price (review 38c, item 5)
    ):
        # After a former fee, "no price known" would contradict it: no price in force then.
        # A price range holding the amount is no known price, but a possibility to name.
        in_range = _in_range(reading, lang)  # a refund's: of a fee's part too (60c, R-minor 3)
        if reading.us_yen is not None:  # amazon.com's text: the US fee, not a channel (43c, 12)
            key = "us_yen_fee" if reading.us_yen else "us_yen_no_fee"
            in_range = ui(key, "ui_charge_text")(lang)
        # The date said by the sentence before: not twice in a row (review 30c, item 12)
        again = charge_ui("former_fee_this_date")(lang) if said_unknown else when
        # Only a fee whose date is not confirmed: it was said; the other services alone (30c, 2)
        doubted_only = bool(reading.unconfirmed) and len(unknown) == len(reading.unconfirmed)
        unmatched = (
            charge_ui("no_price_in_force")(lang).format(when=when, range=in_range)
            if reading.former_fees and not unknown
            else charge_ui("no_other_price")(lang).format(range=in_range)
            if doubted_only
            else no_confirmed(reading, again, in_range, lang)  # review 49c, item 3
            if unknown
            else charge_ui(_no_price_key(reading))(lang).format(range=in_range, when=when)
        )
        from primehelp.output.charge_usd import us_fee_with_tax  # dollars only (review 39c, 7)

        taxed = us_fee_with_tax(reading)  # dollars: the fee plus tax, or not (review 43c)
        unmatched = unmatched if taxed is None else charge_ui(taxed)(lang)
        lines.append(rich_text(unmatched, style="bold yellow"))
    return lines, _closing(reading, below, lang)


# The plans that did not exist before their first known fee (FACTS §1: no Prime Student monthly
# plan before 2019): 「まだありませんでした」, not "its fee is unknown" (review 24a, item 3).
_NOT_YET = frozenset({"prime_student_monthly"})


def human_charge(reading: ChargeReading, lang: Lang) -> None:
    """Print the amount, what the statement text says, then the candidates, most likely first."""
    console = console_for(lang)
    title = charge_ui("refund_title" if reading.refund else "charge_title")(lang)
    if reading.before_launch is not None:  # no candidate follows (review 25a, S 11)
        title = charge_ui("before_launch_title")(lang)
    top = rich_text(
        title, style="bold"
    )  # 「（情報は…時点）」, never 「…確認」 of the charge (32c, 11)
    if reading.before_launch is None:
        as_of = charge_ui("info_as_of")(lang).format(date=sentence_date(reading.checked, lang))
        top.append(as_of, "dim")
    console.print(top)
    above, ending = _summary(reading, lang)
    print_all(console, above)
    context = [*reading.notes, *(f.fact for f in reading.former_fees), *_outside_facts(reading)]
    if reading.before_launch is not None:  # the former fees are not said then
        context = list(dict.fromkeys([*reading.notes, reading.before_launch[1]]))
    if reading.statement is not None:
        context.insert(0, reading.statement)
    if context:
        console.print(dim(sources_line(context, lang)))
    print_all(console, [dim(sentence) for sentence in ending])  # right above the list (57c, 5)
    console.print()
    if reading.before_launch is not None:  # the date sentence alone: no 1990 channels (23a, 9)
        console.print(dim(ui("all_sources_hint")(lang)))
        return
    *listed, last = reading.candidates  # the last is no candidate: "found nowhere"
    pay = _paid_elsewhere(reading)
    listed = listed[:1] if pay else listed  # 「Amazon Pay提携サイト」: that one (23a, S 10)
    fits_well = any(c.fit in (Fit.USUAL, None) for c in listed)  # None: no text known
    # Review 10a, item 12 and S 23: nothing matched, or the text is none of Amazon's: no order.
    # A text naming Amazon (review 16a, item 1) is no reason to deny the amount's candidates.
    fits_well &= not reading.no_known_price and (
        reading.text_recognized is not False or reading.names_amazon
    )
    other = borrowed(reading)  # perhaps another's: listed as a look-alike's is (45c, item 5)
    fits_well &= not reading.not_fee and not other  # 「AMAZON WEB SERVICES」 (39c, item 1)
    # Review 14a, item 1: the amount matches no fixed price, but the text points to some: a
    # heading that does not deny them (never 「考えられるもの（どれも可能性は低めです）」 over 「可能性が高い」).
    text_only = not (fits_well or other) and reading.no_known_price
    text_only &= any(c.fit in (Fit.USUAL, Fit.POSSIBLE) for c in listed) or named_in_range(reading)
    tied = (  # ranked by the amount alone, the first two tied: no "most likely first" (18a, 2)
        not reading.named
        and len(listed) > 1
        and all(c.fit is None and c.match in _EXACT for c in listed[:2])
    )
    order = heading_key(reading, fits_well=fits_well, text_only=text_only, tied=tied)
    if order == "candidates_level_fee":  # 「プライム会費」 in the text: the fee first (52c, S 35)
        listed.sort(key=lambda c: c.kind in reading.level[1:], reverse=True)
    from primehelp.output.charge_usd import us_fee_with_tax  # review 39c, item 7

    order = "candidates_us_tax" if str(us_fee_with_tax(reading)).startswith("us_fee_") else order
    if order == "candidates_none_likely" and reading.us_site:  # the text names it (53c, 35)
        order = "candidates_us_site"
    # Under 「…考えられます」, a service not yet there on the date is no candidate: a note after
    # the list says its date does not fit (review 30c, item 11); the JSON still lists it.
    # An option not there yet on the date is said so after the list too (review 33c, S 11).
    late = [c for c in listed if _late(c, reading) and (text_only or c.kind == _AD_FREE)]
    listed = [c for c in listed if c not in late]
    order = _text_heading(order, listed, reading.named)  # after the reading (30c, 3); 59c, 3
    named_first = reading.text_recognized is False and bool(reading.named) and reading.names_amazon
    in_lead = (
        order == "candidates_order" and named_first and reading.named_range is None
    )  # 28c S 12
    in_lead |= _name_only(reading)  # the lead said why it is first (review 38c, item 2)
    if listed and listed[0].kind in reading.named and listed[0].match is Match.PRICE_BEFORE_START:
        order = "candidates_text_first" if order == "candidates_none_likely" else order  # 62c, 3
    said_none = not (fits_well or text_only or in_lead) and order not in _OWN_HEADINGS  # 60c
    if (len(listed) > 1 or not fits_well) and not in_lead:
        console.print(rich_text(charge_ui(order)(lang).replace("{word}", reading.level_word or "")))
    # Number and name on one line, the rest under the name (a grid split off the number).
    indent, noted = len(f"{len(listed)}. "), SaidNotes()
    for n, candidate in enumerate(listed, 1):
        number = f"{n}.".rjust(indent - 1) + " "  # a long name continues under itself
        heading = rich_text(shown_name(candidate, reading, lang), style="bold")  # 52c, item 4
        console.print(Blocks([(number, [heading])]))
        console.print(
            indented(
                indent,
                _candidate_cell(
                    candidate,
                    reading,
                    lang,
                    last.how_to_stop,
                    none_likely=said_none,
                    text_only=text_only,
                    told=noted,
                    number=n,
                ),
            )
        )
        console.print()
    if pay:
        console.print(rich_text(charge_ui("amazon_pay_only")(lang)))
        console.print()
    for candidate in late:  # the price's start, or the option's (review 33c, item 2)
        console.print(dim(not_yet_note(candidate, _short_name(candidate.name(lang)), lang)))
        console.print()
    told = [last.where_to_see] if reading.refund else [last.where_to_see, last.how_to_stop]
    told = [last.how_to_stop] if pay else told  # no Amazon order history (review 28c, S 8)
    said = [
        fact.text(lang).replace(*_NOWHERE(lang), 1) if pay else fact.text(lang) for fact in told
    ]
    if (company := other_company(reading)) and reading.text_recognized is False:
        # Another company's (「NETFLIX.COM」) account first (23a S 11), never a look-alike's (44c 5)
        first = charge_ui("none_fits_company")(lang).format(text=escaped(company))
        said[0] = first + said[0].removeprefix("まず、").removeprefix("First ")
    sentences = (" " if lang == "en" else "").join(said)
    console.print(_labelled(charge_ui("none_fits")(lang), sentences, lang))
    console.print(dim(sources_line(told, lang)))
    console.print()
    console.print(dim(ui("labels_may_change")(lang)))
    console.print(dim(ui("all_sources_hint")(lang)))
