"""The view of ``primehelp check-number``: the rule about payment details, each number with its
verdict, what to do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.invisible import without_invisible
from primehelp.output.console import console_for, dim, heading, print_all, rich_text, sources_line
from primehelp.phone_plan import NumberKind

if TYPE_CHECKING:
    from primehelp.number_check import NumberCheck, NumberReport


_VERDICT_STYLE = {
    "defunct": "bold red",
    "not_official": "bold yellow",
    "consumer_hotline": "green",
    "public_service": "green",
}
_KINDS_NAMED = frozenset(NumberKind) - {NumberKind.SHORT_CODE, NumberKind.OTHER}


def number_line(check: NumberCheck, lang: Lang) -> str:
    """The number as typed, then as usually written and its kind: 0120999373（0120-999-373、…）.

    A number without a known usual form (another country's) is shown as typed only: its digits
    run together would be harder to read than what the member typed (+44 20 7946 0000); the
    usual form is left out when the typed one already has its groups, with spaces or hyphens
    (+1 855 370 0151 is not echoed as +1 855-370-0151; review 20a S11); 0120999373, typed
    without groups, gets 0120-999-373 (issue 12: as typed and in the usual hyphenated form).
    """
    typed = " ".join(without_invisible(check.input).split())
    grouped = check.formatted != check.normalized
    told = _groups(check.formatted) != _groups(typed)
    extra = [check.formatted] if grouped and told else []
    if check.kind in _KINDS_NAMED:
        extra.append(ui(f"number.kind_{check.kind.value}")(lang))
    elif check.normalized.startswith("#") and check.service is None:  # #7119 (28a, S 12)
        extra.append(ui("number.kind_hash_code")(lang))
    if not extra:
        return typed
    if lang == "ja":
        return f"{typed}（{'、'.join(extra)}）"
    return f"{typed} ({', '.join(extra)})"


def _groups(number: str) -> str:
    """The number with each separator (space or hyphen) as one space: its groups, as typed."""
    return " ".join(number.replace("-", " ").split())


def verdict_text(check: NumberCheck, lang: Lang) -> str:
    """The verdict in words that fit a call or SMS received from the number."""
    if check.verdict.value in ("consumer_hotline", "public_service"):
        name = check.service(lang) if check.service is not None else ""
        return ui(f"number.{check.verdict.value}")(lang).format(name=name)
    key = "circulating" if check.circulating and check.verdict.value == "not_official" else None
    said = ui(f"number.{key or check.verdict.value}")(lang)
    gap = "" if lang == "ja" else " "
    ordinary = key is None and check.verdict.value == "not_official"
    return (
        said
        + gap
        + ui("number.may_be_fraud_if_amazon" if ordinary else "number.may_be_fraud")(lang)
    )


_NO_NUMBER = "contact.no_published_number"


def human_check_number(report: NumberReport, lang: Lang) -> None:
    """Print the rule about payment details, each number and its verdict, then what to do."""
    console = console_for(lang)
    # It may be the call-back the member asked for: said once, always under what to do, when
    # any number is not a public one (a former Amazon number too: review 16a, item 3).
    public = ("consumer_hotline", "public_service")
    suspects = any(check.verdict.value not in public for check in report.results)
    console.print(heading(ui("check_title")(lang), None, lang))
    if report.payment_rule is not None:
        console.print(rich_text(report.payment_rule.text(lang), style="bold"))
    for check in report.results:
        console.print()
        console.print(rich_text(number_line(check, lang), style="bold"))
        console.print(
            rich_text(verdict_text(check, lang), style=_VERDICT_STYLE[check.verdict.value])
        )
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
        print_all(console, ["・" + ui("number.do_not_respond")(lang)])
        if suspects:
            print_all(console, ["・" + ui("number.callback_too")(lang)])
        steps = [item for item in report.advice if item.id != _NO_NUMBER]
        print_all(console, ["・" + item.text(lang) for item in steps])
    rule = () if report.payment_rule is None else (report.payment_rule,)
    shown = [*rule, *report.public_services, *report.advice]
    if shown:
        console.print(dim(sources_line(shown, lang)))
