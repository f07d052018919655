"""Find the Amazon lines of a card statement and summarise them per month and per service.

Pure: a read statement (:mod:`primehelp.statement_csv`), the content and a classifier in, a
:class:`StatementSummary` out. What each amount is likely to be: ``classify`` (the CLI's).

- Amazon's: a text naming Amazon or a service (`charge`'s words, NFKC, case folded, no spaces).
- 「Amazon Pay提携サイト」 is a payment at another shop: listed, never classified.
- No known price is flagged, except shop orders; the same text and amount twice in a month too.
- A refund (below zero) is read by its absolute amount, totalled apart; 0 yen: not shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from primehelp.facts import Fact
from primehelp.i18n import Text
from primehelp.statement_csv import Layout, StatementFile, StatementLine
from primehelp.statement_decode import Encoding
from primehelp.statement_flags import Flag as Flag
from primehelp.statement_unread import UnreadAmazonLine, unread_amazon
from primehelp.statement_values import charged_twice, compared, countries_of_use, unique


class StatementText(StrEnum):
    """Which statement text an Amazon line carries."""

    AMAZON_PAY = "amazon_pay"
    AMAZON_PRIME = "amazon_prime"
    AMAZON_DOWNLOADS = "amazon_downloads"
    AMAZON_DIGITAL = "amazon_digital"
    AMAZON_CO_JP = "amazon_co_jp"
    OTHER_AMAZON = "other_amazon"  # names Amazon, but is none of the texts above


# ---------------------------------------------------------------- content and classifier


@dataclass(frozen=True, slots=True)
class TextRule:
    """A statement text: the words that find it, and what it usually is (``None``: no fact)."""

    text: StatementText
    words: tuple[str, ...]
    fact: Fact | None


@dataclass(frozen=True, slots=True)
class StatementContent:
    """What the summary needs from ``data/statement.toml``."""

    rules: tuple[TextRule, ...]  # in matching order; the last one catches any Amazon name
    abroad_words: tuple[str, ...]
    abroad: Fact
    where_to_check: tuple[Fact, ...]
    amazon_pay_label: Text
    unknown_text_label: Text  # the totals' group of lines whose text primehelp does not know
    layout_names: dict[Layout, Text]
    # Texts never read as a fee by their amount (AWS, a marketplace order: review 36c, item 9)
    not_fee_words: tuple[str, ...] = ()
    not_fee_label: Text | None = None
    # Service names a look-alike text may imitate, with their words (「Prime Video」: 44c R-minor 11)
    imitated: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True, slots=True)
class Classification:
    """What a line is likely to be, as the classifier reads its date, text and amount.

    ``service`` is a stable key (``prime_monthly``, ``kindle_unlimited``, … or ``unknown``);
    ``known_price`` is false when the amount matches no known Amazon price; ``facts`` are the
    sourced facts behind the reading (a price and its check date), printed with it;
    ``same_price_as``: the name of another candidate whose fixed price or fee is the amount
    (why a line is not flagged: 1,500 yen, Audible's, 13a S 10; 980 yen, Kids+'s, 31c S 12).
    """

    service: str
    label: Text
    known_price: bool
    facts: tuple[Fact, ...] = ()
    same_price_as: Text | None = None
    text_known: bool = True  # false: a text primehelp does not know, read by the amount alone
    detail: Text | None = None  # said under the label in the lines, not the table (19a, 1)
    # The month table's name of a line whose text primehelp does not know, by what it may be
    # (「Amazonプライム（年間プラン・推定）」, review 19a, item 2); None: 「不明（…）」 (20a, item 6).
    total_label: Text | None = None
    former_fee: bool = False  # a Prime text's amount is a former Prime fee (review 22a, item 2)
    before_launch: int | None = None  # the year Prime started, when the date is before it
    fee_unknown: str | None = None  # the Flag of a fee not confirmed on the date (above)
    same_now: bool = False  # ``same_price_as`` is a price now, its start unknown (34c, 7)
    same_fee: bool = False  # ``same_price_as`` is a Prime plan's: its fee (review 52c, item 19)
    named_only: Text | None = None  # the services named, the amount none of theirs (61c, 3)
    outside_range: bool = False  # the text names a range the amount is outside (35c, 6)
    price_changed: bool = False  # the service named, dated after its prices changed (39c, 10)
    borrowed: bool = False  # Amazon's name after another, or in a domain (review 41c, item 3)
    us_dollars: bool = False  # amazon.com's by its dollars or its text (42c, 5, 15): US_ACCOUNT
    us_fee: bool = False  # ... at an amount its Prime fee can be: US_PRIME_FEE (review 43c, 3)
    lookalike: bool = False  # near a listed text, not it (「AMAZONE PRIME」, review 43c, 2)


Classify = Callable[[StatementLine], Classification]
"""Reads one Amazon line (a refund too: its amount is below zero) and says what it may be."""

AMAZON_PAY_SERVICE = "amazon_pay"
UNKNOWN_TEXT = "unknown_text"  # the totals' key of the lines whose text primehelp does not know
FEE_UNKNOWN = "prime_fee_unknown"  # a Prime fee not confirmed on its date: one total (24a, 1)


# ---------------------------------------------------------------- the summary


@dataclass(frozen=True, slots=True)
class AmazonLine:
    """An Amazon line of the statement and what it is likely to be."""

    row: int
    date: dt.date
    description: str
    amount_yen: int
    text: StatementText
    abroad: bool  # the text carries a country-of-use marker (「利用国USA」)
    service: str
    label: Text
    known_price: bool | None  # None: not classified (Amazon Pay)
    flags: tuple[Flag, ...]
    # a charge whose likely service has no fixed price, its amount another's (Classification)
    same_price_as: Text | None = None
    # False: primehelp does not know the text ("AMAZON.COM"): ``service`` is a guess from the
    # amount alone, and the totals count the line under UNKNOWN_TEXT (review 15a, items 2, 3).
    text_known: bool = True
    detail: Text | None = None  # Classification.detail
    total_label: Text | None = field(default=None, metadata={"json": False})
    launch_year: int | None = field(default=None, metadata={"json": False})  # BEFORE_LAUNCH's
    refund_of_row: int | None = None  # a refund: the row of the file's fee it gives back (31c, 1)
    refund_of_rows: tuple[int, ...] | None = None  # …, every fee it gives back, by date (57c, 2)
    same_fee: bool = field(default=False, metadata={"json": False})  # Classification's
    named_only: Text | None = field(default=None, metadata={"json": False})  # Classification's
    foreign_usd: str | None = None  # the card's 「現地利用額 14.99 USD」: "14.99" (43c, item 10)
    foreign_amount: str | None = None  # the same in any currency: "8.99" (review 46c, item 4) …
    foreign_currency: str | None = None  # … and its code: "GBP", "USD"


@dataclass(frozen=True, slots=True)
class ServiceTotal:
    """The charges and refunds of one likely service (in a month, or in the whole file)."""

    service: str
    label: Text
    charges: int
    charged_yen: int
    refunds: int
    refunded_yen: int  # a positive number: the sum of the refunds' absolute amounts
    # With ``service`` UNKNOWN_TEXT: the service the lines' amount (or a name in their text)
    # suggests, their total named after it (review 19a, item 2); None otherwise.
    estimated: str | None = None
    lookalike: bool = False  # lines like Amazon's text (IMITATION): 「Amazonに似た表記」 (56c, 10)


@dataclass(frozen=True, slots=True)
class MonthSummary:
    """One calendar month of Amazon lines (by the date of use on the statement)."""

    month: str  # YYYY-MM
    charged_yen: int
    refunded_yen: int
    flagged: int  # lines with no known price or charged twice
    services: tuple[ServiceTotal, ...]


@dataclass(frozen=True, slots=True)
class StatementSummary:
    """The Amazon lines of a statement, per month and per likely service, with what to check."""

    layout: Layout
    layout_name: Text
    encoding: Encoding
    rows: int
    skipped_rows: int
    other_lines: int  # dated lines that are not Amazon's: counted, never shown
    zero_amount_rows: int  # dated lines of 0 yen: no charge (as `charge 0`), counted apart
    lines: tuple[AmazonLine, ...]
    months: tuple[MonthSummary, ...]
    services: tuple[ServiceTotal, ...]
    flagged: int
    unreadable_amazon_rows: tuple[int, ...]  # dated, the amount unreadable (``600-``): named
    undated_amazon_rows: tuple[int, ...]  # the same with a date that cannot be read (21a, 1)
    texts: tuple[Fact, ...]  # what each statement text found usually is
    notes: tuple[Fact, ...]  # the country-of-use marker, when a line has it
    where_to_check: tuple[Fact, ...]
    facts: tuple[Fact, ...]  # the facts the classifier gave (prices and their check dates)
    dollar_amazon_rows: tuple[int, ...] = ()  # of those, in dollars (「US$14.99」, 23a, S 18)
    dollar_prime_rows: tuple[int, ...] = ()  # of those, 「AMAZON PRIME」's (review 31c, S 14)
    # Why such a row is unreadable, where known: (row, ``no_year`` or ``decimal``) (24a, S 16)
    unread_why: tuple[tuple[int, str], ...] = field(default=(), metadata={"json": False})
    # Of ``lines``, the rows dated after today: a likely misread date, left out of ``months``
    # (never a month's total of its own, review 25a, S 14) and of ``services`` (61c, B 1)
    after_today_rows: tuple[int, ...] = ()
    # What the note of two annual fees in a year adds (statement_plans.twice_said, 27a, item 2)
    twice_said: frozenset[str] = field(default=frozenset(), metadata={"json": False})
    # The Amazon lines of the four lists above with what the file says (review 38c, 7 and S 2)
    unread_amazon_lines: tuple[UnreadAmazonLine, ...] = ()
    header_names: tuple[str, ...] = field(default=(), metadata={"json": False})  # 51c, 11
    heading_rows: int = 0  # ``skipped_rows`` less those: the text's 「日付と金額のない行」
    unreadable_char_rows: tuple[int, ...] = ()  # read with 「�」 for a character (38c, 8, 9)
    file_total: dict[str, int] | None = None  # Vpass's {row, total_yen, read_yen} (45c, 1)
    if_none_fits: Fact | None = None  # what to do with a line found nowhere (review 59c, item 2)


def statement_text(description: str, content: StatementContent) -> StatementText | None:
    """The Amazon statement text ``description`` carries; ``None`` when it is not Amazon's."""
    key = compared(description)
    for rule in content.rules:
        if any(word in key for word in rule.words):
            return rule.text
    return None


def _read(
    line: StatementLine,
    text: StatementText,
    twice: bool,
    content: StatementContent,
    classify: Classify,
    alike: bool = False,
) -> tuple[AmazonLine, tuple[Fact, ...]]:
    key = compared(line.description)
    abroad, other_country = countries_of_use(key, content.abroad_words)  # review 43c, item 1
    reading = classify(line)  # Amazon Pay's look-alikes read as the others (review 44c, item 2)
    if text is StatementText.AMAZON_PAY and (
        reading.borrowed or reading.lookalike or other_country
    ):
        text = StatementText.OTHER_AMAZON
    if text is StatementText.AMAZON_PAY:  # a payment at another shop: never classified
        reading = Classification(AMAZON_PAY_SERVICE, content.amazon_pay_label, known_price=True)
        known: bool | None = None
    else:
        if (reading.total_label or reading.former_fee) and any(
            w in key for w in content.not_fee_words
        ):
            label = content.not_fee_label or reading.label  # a guess no more (review 36c, 9)
            reading = Classification("unknown", label, True, text_known=False)
        known = reading.known_price
        if not reading.text_known:  # 「AMAZON PRIME VIDEO CHANNEL」: no known text (20a, item 1)
            text = StatementText.OTHER_AMAZON
    from primehelp.statement_no_price import alike_labels, any_amount, no_price_flag  # size

    flags: list[Flag] = []
    if line.amount_yen < 0:
        flags.append(Flag.REFUND)
    if reading.before_launch is not None and text is StatementText.AMAZON_PRIME:
        flags.append(Flag.BEFORE_LAUNCH)  # the date is the finding, on Prime rows (27a S 24)
    elif line.amount_yen > 0 and reading.fee_unknown:
        flags.append(Flag(reading.fee_unknown))
    elif line.amount_yen > 0 and known is False and not any_amount(text, reading.service):
        flags.append(no_price_flag(reading))
    if twice:
        flags.append(Flag.SAME_CHARGE_TWICE)
    if reading.borrowed:  # never read as the fee, never left unflagged (review 41c, item 3)
        flags.append(Flag.BORROWED_NAME)
    flags += [Flag.LOOKS_LIKE_AMAZON] if alike or reading.lookalike else []  # 42c 4, 43c 2
    flags += [Flag.OTHER_COUNTRY] if other_country else []  # no text of the facts (43c, 1)
    label, total = alike_labels(reading, flags)  # 「Amazonに似た表記（…）」 (review 59c, item 6)
    amazon = AmazonLine(
        row=line.row,
        date=line.date,
        description=line.description,
        amount_yen=line.amount_yen,
        text=text,
        abroad=abroad,
        service=reading.service,
        label=label,
        known_price=True if reading.service == "amazon_com_prime" else known,  # 43c, item 10
        flags=tuple(flags),
        same_price_as=reading.same_price_as,  # refunds too (review 36c, item 7)
        text_known=reading.text_known,
        detail=reading.detail,
        total_label=total,  # a range's guess under a known text too (21a, 3)
        launch_year=reading.before_launch,
        same_fee=reading.same_fee,
        named_only=reading.named_only,
        foreign_usd=line.foreign_usd,
        foreign_amount=line.foreign_amount,
        foreign_currency=line.foreign_currency,
    )
    return amazon, reading.facts


_LOOK = frozenset(Flag) - {Flag.REFUND}  # a refund is no warning (review 14a, item 5)


def is_flagged(line: AmazonLine) -> bool:
    return any(flag in _LOOK for flag in line.flags)


# The reasons the screen names (unread_why): the others are said by their list alone.
_WHY = frozenset({"no_year", "no_day", "no_such_day", "decimal", "columns", "comma", "count"})


def _blank_date(line: UnreadAmazonLine) -> bool:
    """An empty date cell: 「日付が空欄」, never 「形式の分からない日付」 (review 52c, item 10)."""
    return (line.reason, line.date_text) == ("unknown_date", "")


def _why(line: UnreadAmazonLine) -> tuple[int, str]:
    return (line.row, "blank" if _blank_date(line) else line.reason)


def summarise(
    statement: StatementFile,
    content: StatementContent,
    classify: Classify,
    today: dt.date | None = None,
) -> StatementSummary:
    """Find the Amazon lines of ``statement``, read each with ``classify``, and summarise."""
    from primehelp.statement_lookalike import looks_like_amazon, near_service

    amazon: list[tuple[StatementLine, StatementText]] = []
    alike: set[int] = set()  # rows of texts imitating Amazon's name (review 42c, item 4)
    charged = [line for line in statement.lines if line.amount_yen != 0]  # 0 yen: 20a, item 5
    for line in sorted(charged, key=lambda line: (line.date, line.row)):
        text = statement_text(line.description, content)
        desc = line.description
        if text is None and (looks_like_amazon(desc) or near_service(desc, content.imitated)):
            text = StatementText.OTHER_AMAZON
            alike.add(line.row)
        if text is not None:
            amazon.append((line, text))
    from primehelp.statement_refusals import too_many  # a few seconds at most (47c, item 5)

    if (refused := too_many(len(amazon))) is not None:
        raise refused
    from primehelp.statement_changed import changed_notes  # 2026-02's Music note (45c, 8)
    from primehelp.statement_plans import prime_plans, refund_targets, twice_said
    from primehelp.statement_refunds import twice_refunded
    from primehelp.statement_seen import where_to_check
    from primehelp.statement_totals import months, totals  # the sums of the read lines
    from primehelp.statement_twice import subscription_twice

    now = [i for i, (line, _) in enumerate(amazon) if not (today and line.date > today)]  # S 6
    twice = {now[i] for i in charged_twice([amazon[place][0] for place in now])}
    found: list[AmazonLine] = []
    given: list[Fact] = []
    for place, (line, text) in enumerate(amazon):
        read, facts = _read(line, text, place in twice, content, classify, line.row in alike)
        found.append(read)
        given.extend(facts)
    found, partial = refund_targets(found)  # a fee of the file refunded (review 30c, item 1)
    later = {id(x) for x in found if today and x.date > today}  # flagged (21a 6), no pair (41c S 6)
    checked = iter(subscription_twice(prime_plans([x for x in found if id(x) not in later])))
    found = twice_refunded([x if id(x) in later else next(checked) for x in found])  # 36c S 22
    found = [replace(x, flags=(*x.flags, Flag.AFTER_TODAY)) if id(x) in later else x for x in found]
    other = len(charged) - len(found)
    unread = unread_amazon(statement, content)
    unknown = content.unknown_text_label
    texts_found = {line.text for line in found}
    texts = [r.fact for r in content.rules if r.text in texts_found and r.fact is not None]
    return StatementSummary(
        layout=statement.layout,
        layout_name=content.layout_names[statement.layout],
        encoding=statement.encoding,
        rows=statement.rows,
        skipped_rows=statement.skipped_rows,
        other_lines=other,
        zero_amount_rows=len(statement.lines) - len(charged),
        lines=tuple(found),
        months=months(dated := [x for x in found if Flag.AFTER_TODAY not in x.flags], unknown),
        services=totals(dated, unknown),  # a row after today in neither (review 61c, B 1)
        flagged=sum(1 for line in found if is_flagged(line)),
        unreadable_amazon_rows=tuple(u.row for u in unread if not u.undated),
        undated_amazon_rows=tuple(u.row for u in unread if u.undated),
        texts=tuple(texts),
        notes=(*((content.abroad,) if any(x.abroad for x in found) else ()), *changed_notes(found)),
        where_to_check=where_to_check(tuple(found), content.where_to_check),  # 36c, S 24
        facts=unique([*given, *partial]),
        dollar_amazon_rows=tuple(u.row for u in unread if u.reason == "dollars"),
        dollar_prime_rows=tuple(
            u.row
            for u in unread
            if u.reason == "dollars"
            and statement_text(u.description, content) is StatementText.AMAZON_PRIME
        ),
        unread_why=tuple(_why(u) for u in unread if u.reason in _WHY or _blank_date(u)),
        after_today_rows=tuple(x.row for x in found if Flag.AFTER_TODAY in x.flags),
        twice_said=twice_said(found),
        unread_amazon_lines=unread,
        heading_rows=statement.skipped_rows - len(unread),
        unreadable_char_rows=statement.unreadable_char_rows,
        file_total=_total(statement.file_total),
        header_names=statement.header_names,
    )


def _total(found: tuple[int, int, int] | None) -> dict[str, int] | None:
    if found is None:
        return None
    row, total, read = found
    return {"row": row, "total_yen": total, "read_yen": read}
