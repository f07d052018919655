"""The view of ``primehelp check-number``: the rule about payment details, each number with its
verdict, what to do."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.invisible import without_invisible
from primehelp.number_check import usual_form
from primehelp.number_words import kind_name, ordinary, verdict_words, verdict_words_all
from primehelp.output.bullets import bullet
from primehelp.output.console import (
    console_for,
    dim,
    heading,
    print_all,
    rich_text,
    sentence_date,
    sources_line,
)

if TYPE_CHECKING:
    from primehelp.facts import Fact
    from primehelp.number_check import NumberCheck, NumberReport


_VERDICT_STYLE = {
    "defunct": "bold red",
    "not_official": "bold yellow",
    "consumer_hotline": "green",
    "public_service": "green",
}


def number_line(check: NumberCheck, lang: Lang) -> str:
    """The number as typed, then as usually written and its kind: 0120999373（0120-999-373、…）.

    A number without a known usual form (another country's) is shown as typed only: its digits
    run together would be harder to read than what the member typed (+44 20 7946 0000); the
    usual form of a number abroad is left out when the typed one already has its groups, with
    spaces or hyphens (+1 855 370 0151 is not echoed as +1 855-370-0151; review 20a S11);
    0120999373 and 0120 999 373 get 0120-999-373 (issue 12: as typed and in the usual
    hyphenated form; review 37a, S 4).
    """
    typed = _unlabelled(" ".join(without_invisible(check.input).split()))
    # the sentence's end pasted with the number is not echoed: 「0120-999-373。（」 (64a item 7)
    typed = typed.rstrip("。、．，.,").rstrip() or typed
    form = usual_form(check)
    if not form and check.formatted == unicodedata.normalize("NFKC", typed) != typed:
        form = check.formatted  # ＃９１１０（#9110）, as ０１２０… gets its form (63a, S 5)
    extra = [form] if form and form != typed else []
    if (kind := kind_name(check)) is not None:
        extra.append(kind(lang))
    if not extra:
        return typed
    if lang == "ja":
        return f"{typed}（{'、'.join(extra)}）"
    return f"{typed} ({', '.join(extra)})"


def _unlabelled(typed: str) -> str:
    """``typed`` without the label read before its number (「電話：」, 「TEL:」, 「℡」), so the
    header does not read the label as part of the number (review 63a, S 5)."""
    from primehelp.phone import without_label

    folded = unicodedata.normalize("NFKC", typed)
    number = without_label(folded)
    if number == folded:
        return typed
    for start in range(1, len(typed)):
        if unicodedata.normalize("NFKC", typed[start:]).strip() == number:
            return typed[start:].strip()
    return typed


_NO_NUMBER = "contact.no_published_number"


def human_check_number(report: NumberReport, lang: Lang) -> None:
    """Print the rule about payment details, each number and its verdict, then what to do."""
    console = console_for(lang)
    # What to do (with the call-back the member may have asked for: review 16a, item 3) is the
    # report's advice, facts in --json too (review 31a item 6).
    console.print(heading(ui("check_title")(lang), None, lang))
    if report.payment_rule is not None:
        console.print(rich_text(report.payment_rule.text(lang), style="bold"))
    results = report.results
    for at, check in enumerate(results):
        run_on = at + 1 < len(results) and ordinary(check) and ordinary(results[at + 1])
        if not (at and ordinary(check) and ordinary(results[at - 1])):
            console.print()
        console.print(rich_text(number_line(check, lang), style="bold"))
        if check.caller_prefix:  # 186-0120-999-373: what was checked (review 59a, S 13)
            note = ui("number.caller_prefix")(lang)
            console.print(
                rich_text(note.format(prefix=check.caller_prefix, number=check.formatted))
            )
        if run_on:  # a run of ordinary numbers: their verdict once, under the last (34a S 8)
            continue
        verdict = verdict_words(check)
        if at and ordinary(check) and ordinary(results[at - 1]):
            verdict = verdict_words_all()
        console.print(rich_text(verdict(lang), style=_VERDICT_STYLE[check.verdict.value]))
    console.print()
    # 「Amazonは現在、電話番号を公開していません。」 is not a thing to do: said under the verdicts,
    # before what to do (review 28a, S 10); only actions are listed there.
    said = [item for item in report.advice if item.id == _NO_NUMBER]
    if said:
        print_all(console, [item.text(lang) for item in said])
        console.print()
    # Each public number's paragraph above says it is a public one, not Amazon's: the fact
    # behind it is cited, not listed again.
    if report.advice:
        console.print(rich_text(ui("what_to_do")(lang), style="bold"))
        steps = [item for item in report.advice if item.id != _NO_NUMBER]
        print_all(console, [bullet(lang) + item.text(lang) for item in steps])
    # The public-service fact with only the pages that name the numbers shown (188: the
    # consumer hotline's page; none for 110: review 32a S 20, 60a S 4), and one closing line,
    # 「…に確認しました。」, for one number or several (review 59a, item 1).
    rule = () if report.payment_rule is None else (report.payment_rule,)
    shown = [*rule, *_public_cited(report), *report.advice]
    if shown:
        console.print(dim(sources_line(shown, lang)))
    elif report.public_services:  # 110 alone: no page names it, only the date it was checked
        checked = max(fact.checked for fact in report.public_services)
        closing = ui("sources_checked")(lang).format(date=sentence_date(checked, lang))
        console.print(dim(closing.strip(" 。") + ("。" if lang == "ja" else "")))


def _public_cited(report: NumberReport) -> list[Fact]:
    """The public-service fact with only the pages cited for the numbers shown; none when no
    number shown is named by a page. --json lists the same pages under each number."""
    pages = [page for check in report.results if check.service for page in check.sources]
    if not (report.public_services and pages):
        return []
    return [report.public_services[0]._replace(sources=tuple(dict.fromkeys(pages)))]
