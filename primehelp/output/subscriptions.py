"""The view of ``primehelp subscriptions``: each service with its prices, what Prime has to do
with it, and where it is cancelled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.content.subscriptions import shown_prices
from primehelp.facts import labels, ui
from primehelp.i18n import Lang
from primehelp.output.blocks import Blocks, indented
from primehelp.output.bullets import bullet
from primehelp.output.console import (
    console_for,
    dim,
    heading,
    quoted_labels,
    rich_text,
    sources_line,
)
from primehelp.output.labelled import Labelled
from primehelp.output.prices import charge_ui, price_text
from primehelp.services import AfterPrime

if TYPE_CHECKING:
    import datetime as dt

    from rich.console import Console, RenderableType

    from primehelp.facts import Fact
    from primehelp.services import Price, Service
    from primehelp.subscriptions import Subscriptions

_AFTER_STYLE = {"keeps_billing": "bold yellow"}
_LISTED_PLANS = 3  # this many plans or more: one a line


def _line(label: str, lang: Lang, text: str = "", style: str = "") -> Labelled:
    """「料金：…」, its wrapped lines indented under it (review 49a, item 16)."""
    line = rich_text(label + ui("colon")(lang), style="bold")
    line.append(text, style=style)
    return Labelled(line)


def _ended(text: str, lang: Lang) -> str:
    """A field that is a sentence ends with 「。」, as 止め方 does (review 60a, R4: 「…使えます」
    beside 「…解約します。」); a price stays a phrase. English fields are phrases."""
    return text + "。" if lang == "ja" and not text.endswith("。") else text


def _marked(note: str) -> RenderableType:
    """A 「※」 note, its wrapped lines under its text, not under the mark (review 64a item 4)."""
    if not note.startswith("※"):
        return rich_text(note)
    return Blocks([("※", [rich_text(note.removeprefix("※"))])], hang="\u3000")


def _service(service: Service, lang: Lang, dated: dt.date | None) -> list[RenderableType]:
    """The service's details, indented under its name (wrapped lines too).

    A Prime benefit (nothing billed, Prime not "needed" but given) says only what happens when
    Prime ends: a price and "needs Prime" would not answer anything.
    """
    lines: list[RenderableType] = []
    plans = _plans(service.prices, lang)
    changed = f"price_changed_under.{service.id}"
    under = changed in labels("ui_charge") and service.changed is not None and bool(plans)
    if plans:  # a price a plan, one a line (review 49a, item 16: Amazon Music Unlimited)
        # a reported change right after the prices it doubts (review 53a, item 11; 56a, item 9)
        said_change = [indented(2, [_marked(charge_ui(changed)(lang))])] if under else []
        lines.extend([*plans, *said_change])
    elif service.prices:  # every price in words; its check date is in the sources line below
        said = shown_prices()[service.id](lang)
        lines.append(_line(charge_ui("price")(lang), lang, said))
    if service.needs_prime is not None:
        needs = "needs_prime_yes" if service.needs_prime else "needs_prime_no"
        lines.append(
            _line(charge_ui("needs_prime")(lang), lang, _ended(charge_ui(needs)(lang), lang))
        )
    after = service.after_prime.value
    # A billed service's field says what its billing fact says, with "needs Prime" above it
    # (no bullet repeats it; a detail the word leaves out is added to it; the fact's source is
    # in the sources line). A benefit's fact says what ends: printed under the field.
    said = charge_ui(f"after.{after}")(lang)
    if f"after_detail.{service.id}" in labels("ui_charge"):
        said += charge_ui(f"after_detail.{service.id}")(lang)
    said = _ended(said, lang)
    lines.append(_line(charge_ui("after_prime")(lang), lang, said, _AFTER_STYLE.get(after, "")))
    if service.after_prime is AfterPrime.BENEFIT_ENDS:  # what ends: more than the word says
        lines.append(rich_text(bullet(lang) + service.billing.text(lang)))
    if service.cancel is not None:
        cancel = service.cancel.text(lang)
        lines.append(_line(charge_ui("how_to_stop")(lang), lang, cancel))  # as `charge` says
        path = quoted_labels(service.cancel_path_ja, lang)
        # the labels, unless just said: each of them, glossed or not (review 45a item 14)
        said_all = all(f"「{label}」" in cancel for label in service.cancel_path_ja)
        if service.cancel_path_ja and path not in cancel and not said_all:
            look = _line(charge_ui("look_for")(lang), lang)
            look.line.append(quoted_labels(service.cancel_path_ja, lang), style="bold yellow")
            lines.append(look)
    told = service.changed[1].id if under and service.changed is not None else None
    lines.extend(rich_text(bullet(lang) + n.text(lang)) for n in service.notes if n.id != told)
    return lines


def _plans(prices: tuple[Price, ...], lang: Lang) -> list[RenderableType]:
    """「料金（2023年4月時点）：」 and a line a plan (「・プライム会員：月額880円（年額8,800円）」),
    for prices of three plans or more, each named; else none (the price said in one line)."""
    plans: dict[str, list[Price]] = {}
    for price in prices:
        if price.who is None or price.up_to is not None:
            return []
        plans.setdefault(price.who(lang), []).append(price)
    if len(plans) < _LISTED_PLANS:
        return []
    label = charge_ui("price")(lang)
    start = prices[0].as_of_from
    if start is not None:  # 「料金（2023年4月時点）」, not 料金 twice (review 51a item 8)
        month = f"{start.year}年{start.month}月" if lang == "ja" else start.strftime("%B %Y")
        label = charge_ui("price_as_of")(lang).format(month=month)
    lines: list[RenderableType] = [_line(label, lang)]
    for who, each in plans.items():
        said = price_text(each[0], lang)
        more = (", " if lang == "en" else "、").join(price_text(p, lang) for p in each[1:])
        said += (f"（{more}）" if lang == "ja" else f" ({more})") if more else ""
        line = rich_text(f"{bullet(lang)}{who}{ui('colon')(lang)}{said}")
        lines.append(indented(2, [line]))
    return lines


def _facts(service: Service) -> list[Fact]:
    prices = list(dict.fromkeys(p.fact for p in service.prices))
    shown = (service.billing, service.cancel, *service.notes)
    return prices + [fact for fact in shown if fact is not None]


def _print_service(
    console: Console, service: Service, lang: Lang, dated: dt.date, gap: bool = True
) -> None:
    if gap:
        console.print()
    label = f"name_label.{service.id}"  # Amazon's label in the heading (review 56a, item 11)
    said = charge_ui(label)(lang) if label in labels("ui_charge") else ""
    console.print(rich_text(service.name(lang) + said, style="bold"))
    cited = dim(sources_line(_facts(service), lang, dated))
    # in the service's block at every width: a URL keeps its indent and runs past the line
    # rather than stand at the margin like a new section (review 42a item 22 / 41a item 21)
    console.print(indented(2, [*_service(service, lang, dated), cited]))


def human_subscriptions(report: Subscriptions, lang: Lang) -> None:
    """Print every service, then what keeps billing after Prime ends."""
    console = console_for(lang)
    console.print(heading(charge_ui("subscriptions_title")(lang), report.checked, lang))
    overview = rich_text(report.overview.text(lang))
    console.print(overview)
    console.print(dim(sources_line([report.overview], lang, report.checked)))
    billed = [service for service in report.services if service.needs_prime is not None]
    for service in billed:
        _print_service(console, service, lang, report.checked)
    benefits = [service for service in report.services if service.needs_prime is None]
    for n, service in enumerate(benefits):  # not billed: under a heading of their own
        if n == 0:
            console.print()
            console.print(rich_text(charge_ui("benefits_title")(lang), style="bold underline"))
        _print_service(console, service, lang, report.checked, gap=n > 0)
    console.print()
    names = {s.id: s.name(lang) for s in report.services}
    # a heading and one name a line (review 50a item 3: a name cut at the line's end read as a
    # new label line)
    console.print(rich_text(charge_ui("outliving_prime")(lang), style="bold"))
    for key in report.keeps_billing:
        console.print(rich_text(f"{bullet(lang)}{names[key]}", style="bold"))
    # Not listed above is not "it stops": Amazon Kids+ needs no Prime, and what it bills after
    # Prime ends is not confirmed (review 36a, S 26); so for every such service
    unknown = [s.name(lang) for s in report.services if s.after_prime is AfterPrime.NOT_CONFIRMED]
    # a blank line before each heading, the note on what to do under its own list (62a, R-m 4)
    if unknown:
        console.print()
        console.print(ui("outliving_unknown")(lang))
        for name in unknown:
            console.print(rich_text(f"{bullet(lang)}{name}"))
        check = ui("outliving_unknown_check")(lang).format(count=len(unknown))  # 52a, item 15
        console.print(rich_text(check))  # after the list, not under its last name (64a item 5)
    stopping = [s for s in report.services if s.after_prime is AfterPrime.REPORTED_TO_STOP]
    if stopping:  # named too, with the report that says otherwise (review 51a item 10)
        console.print()
        console.print(rich_text(charge_ui("outliving_stops")(lang)))
        for service in stopping:
            detail = f"outliving_stops_detail.{service.id}"
            said = [rich_text(service.name(lang))]
            said += [rich_text(charge_ui(detail)(lang))] if detail in labels("ui_charge") else []
            console.print(Blocks([(bullet(lang), said)]))
    console.print()
    console.print(charge_ui("charge_hint")(lang))
    console.print(dim(ui("labels_may_change")(lang)))
    console.print(dim(ui("all_sources_hint")(lang)))
