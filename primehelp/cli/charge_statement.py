"""``charge --statement``: what one Amazon line of a statement can be, from the same reading
as ``charge`` (split from ``cli/charge.py`` by job, review 47c; imported for statements only)."""

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from primehelp.charges import Amount, Category, ChargeReading, Match, read_charge
from primehelp.charges_start import started_later
from primehelp.errors import BadInput
from primehelp.i18n import Text

if TYPE_CHECKING:
    from primehelp.charges import Candidate
    from primehelp.content.charges import ChargeBook
    from primehelp.services import Price
    from primehelp.statement import Classification
    from primehelp.statement_csv import StatementLine


def classifier() -> Callable[["StatementLine"], "Classification"]:
    """What one Amazon line of a statement can be: the most likely candidate of its charge.

    The facts are read at the first line (inside the run, so a fault is one line, not a
    traceback), then kept for the whole file.
    """
    from dataclasses import replace  # statements only: charge --json makes no dataclass

    from primehelp.charge_labels import level_label, named_label, or_purchase
    from primehelp.charges_start import same_price
    from primehelp.content import charges as charge_data
    from primehelp.facts import ui
    from primehelp.output.prices import range_line
    from primehelp.statement import Classification
    from primehelp.statement_abroad import us_fee, us_prime
    from primehelp.statement_changed import price_changed
    from primehelp.statement_names import named_as
    from primehelp.statement_student import prime_text_key, student_fee_unknown

    books: list[ChargeBook] = []

    def classify(line: "StatementLine") -> Classification:
        if not books:  # a digital purchase named one way in rows and tables (review 52c, 9)
            loaded = charge_data.load()
            short = {"digital_purchase": ui("digital_purchase", "ui_statement_lines")}
            books.append(loaded._replace(names={**loaded.names, **short}))
        book = books[0]
        found = us_fee(line, book, read_line(line))  # any text's dollars (review 41c, item 2)
        found = named_as(found, book, line.description)  # 41c 3, 43c 2 and 4
        launch = books[0].launch  # a day before Prime started in Japan (review 23a, item 9)
        if launch is not None and line.date.year < launch[0]:
            return replace(found, before_launch=launch[0])
        return found

    def read_line(line: "StatementLine") -> Classification:
        amount = Amount(Decimal(line.amount_yen), "JPY")
        try:
            reading = read_charge(amount, line.description, line.date, book=books[0])
        except BadInput:  # a description with nothing readable: the amount alone
            reading = read_charge(amount, None, line.date, book=books[0])
        kept = tuple(c for c in reading.candidates if c.match is not Match.FEE_UNKNOWN)
        reading = reading._replace(candidates=kept or reading.candidates)  # as before 49c, 5
        likely, *others = reading.candidates
        price = () if likely.price is None else (likely.price.fact,)
        former = tuple(fee.fact for fee in reading.former_fees)
        # Another candidate's fixed price or fee is the amount (1,500 yen: Audible's): say whose,
        # whether the likely one has a fixed price (980: Kids+, review 31c, S 12) or not (13a S 10)
        same, now, fee = same_price(others)  # a price of no known start: 「現在の」 (34c, 7)
        known = not reading.no_known_price
        prime = any(c.category is Category.PRIME_FEE for c in reading.candidates)
        if reading.prime_text and (reading.unknown_plans or reading.unconfirmed) and not prime:
            # Review 24a, item 1: a Student fee before 2019-04-12 is unknown (FACTS §1): no plan
            # named, never compared for both plans; the label says it is unknown (no flag).
            return student_fee_unknown(reading, line.date)
        if reading.prime_text and not any(
            c.category is Category.PRIME_FEE for c in reading.candidates
        ):
            # Review 19a, item 1: 「AMAZON PRIME」 4,900 stays under Prime, never a shop order.
            # Review 35c, item 1: at another service's price (1,500: Audible's) still no Prime
            # fee: flagged, the other price said on the row.
            same, now, fee = same_price(list(reading.candidates))
            found = Classification(
                "prime_text",
                _former_plan(reading)
                or _ui(prime_text_key(reading)),  # one name a case (review 31c, item 5)
                False,
                former,
                same,
                detail=_not_the_fee(reading),
                former_fee=bool(reading.former_fees),  # its own flag (review 22a, item 2)
                same_now=now,
                same_fee=fee,
            )
            return us_prime(line, books[0], found)  # amazon.com's fee? (review 37c, item 3)
        if reading.text_recognized is False and reading.unconfirmed and not prime and not known:
            # Review 41c, item 6: the oldest fee before the sheet confirms it (400 yen before
            # 2019-04-11) read as 「AMAZON PRIME」 is, by the amount alone, never 「不明」.
            found = student_fee_unknown(reading, line.date)
            guess = _said(_ui("unknown_text_by_amount"), found.label)
            return replace(
                found, label=guess, text_known=False, total_label=_estimated(found.label)
            )
        if reading.text_recognized is False:  # review 15a, items 2 and 3: never a service alone
            label, total = _by_amount(reading)
            kind = likely.kind if total is not None else "unknown"  # 「不明」 (review 20a, item 2)
            # Review 21a, item 10: the text names the service (「PRIME VIDEO」) and the amount is
            # inside its range of prices: the amount fits, no 「※決まった料金のどれとも一致しません」;
            # the range is said under the name instead. Outside the range nothing is named: flagged.
            ranged = _named_range(reading)
            if ranged is not None:
                known, price = True, (ranged.fact,)
            detail = None if ranged is None else range_line(ranged)  # output.prices
            named = reading.named_range if total is None and ranged is None else None
            outside = named is not None
            if named is not None:  # 「不明（表記はPrime Videoチャンネル、金額は範囲外）」 (35c, 6)
                total = _said(_ui("outside_range_total"), named[0])
            # a named service's own price is the amount: no other's said (「AMAZON KIDS」 480,
            # 15a); a range's or a name's alone: the other's price is (61c, R-minor 2 and 3)
            same = None if _fits_named(reading) else same
            found = Classification(kind, label, known, price, same, text_known=False,
                                   detail=detail, same_now=now, same_fee=fee,
                                   named_only=_name_only(reading) if same else None)  # fmt: skip
            # review 39c, item 10: only a line whose amount is no known price
            changed = None if known else price_changed(reading, books[0], line.date)
            if changed is not None:
                return replace(found, total_label=total, facts=changed[1], detail=changed[0],
                               price_changed=True)  # fmt: skip
            former_ok = reading.former_fees and _may_be_fee(books[0], line.description)  # 52c 23
            if kind == "unknown" and not outside and former_ok:  # 4,900 (36c, 16)
                label, detail = _ui("unknown_text_former"), _not_the_fee(reading, plain=True)
                return replace(found, label=label, detail=detail, facts=former, former_fee=True)
            return replace(found, total_label=total, outside_range=outside)
        if likely.match is Match.PRICE_RANGE and not reading.purchase_first:
            # Review 21a, item 3: a channel by its price range alone is a guess, said as one in
            # the lines and in the month table (「Prime Videoチャンネル（推定）」).
            label = _said(_ui("range_by_amount"), likely.name)
            return Classification(
                likely.kind, label, known, price, same, total_label=_estimated(likely.name)
            )
        if likely.match is Match.PARTIAL_REFUND:  # part of a fee paid before (28c, item 2)
            label = _said(_ui("partial_refund"), likely.name)
            facts, said = (*price, *likely.notes[:1]), likely.notes[0].text
            parts = [c for c in reading.candidates if c.match is Match.PARTIAL_REFUND]
            if len(parts) > 1:  # part of any of them: no plan named (review 37c, S 10)
                same, now, fee = same_price([c for c in others if c not in parts])
                label = _ui("partial_refund_any_plan")
                return Classification("prime_text", label, False, facts, same, detail=said,
                                      same_now=now, same_fee=fee)  # fmt: skip
            if likely.kind == "prime_annual":  # and a switch to Student (FACTS §2 [r2])
                switch = ui("twice.switch", "ui_statement")  # the screen's too
                said = Text(said.ja + switch.ja, said.en + switch.en)
            return Classification(likely.kind, label, False, facts, detail=said)
        if reading.level:  # an order or the Prime fee, alike (review 22a, item 3)
            fees = tuple(c.price.fact for c in others if c.kind in reading.level and c.price)
            return Classification(likely.kind, level_label(reading), known, fees)
        label = or_purchase(reading) or named_label(reading)  # review 36c, item 6
        return Classification(likely.kind, label, known, price, same, same_now=now, same_fee=fee)

    return classify


def _ui(key: str) -> Text:
    from primehelp.facts import ui

    return ui(key, "ui_statement_lines")


def _not_the_fee(reading: ChargeReading, *, plain: bool = False) -> Text:
    """The Prime text's line: 「表記はプライムの会費によく使われるものですが、」 and what the charge
    screen says of the amount (a former fee of it), from the same code; never 「…会費と考えられ
    ます」 after 「不明」 (review 36c, item 8). ``plain``: what is said of the amount alone (a text
    primehelp's sources do not give, review 36c, item 16)."""
    from primehelp.facts import ui
    from primehelp.output.charge import not_the_fee

    said = Text("{fee}", "{fee}") if plain else ui("prime_text_no_fee_detail", "ui_charge")
    return Text(
        said.ja.format(fee=not_the_fee(reading, "ja")),
        said.en.format(fee=not_the_fee(reading, "en")),
    )


_FEES = frozenset(
    {"prime_monthly", "prime_annual", "prime_student_monthly", "prime_student_annual"}
)


def _may_be_fee(book: "ChargeBook", text: str) -> bool:
    """False for a text that, its country of use aside, is a listed text that never stands for
    the Prime fee (「AMAZON DOWNLOADS 利用国CN」 500: no former fee's history, review 52c, item
    23); True otherwise (「アマゾンプライム」 4,900, 「AMAZON PRIME 利用国CN」)."""
    from primehelp.statement_values import compared

    key = compared(text)
    head = next((key.split(word, 1)[0] for word in book.abroad_words if word in key), None)
    listed = None if head is None else book.statement_for(head)
    return listed is None or bool(_FEES & (listed.means | listed.may_be))


def _former_plan(reading: ChargeReading) -> Text | None:
    """The plan of the one former fee the amount is (review 28c, item 6), else None."""
    from primehelp.output.former_fees import former_plan

    ja, en = former_plan(reading, "ja"), former_plan(reading, "en")
    return None if ja is None or en is None else Text(ja, en)


def _by_amount(reading: ChargeReading) -> tuple[Text, Text | None]:
    """A line whose text primehelp does not know: 「Amazon Kids+またはAmazon Music Unlimitedの可能性
    （primehelpの情報源にない表記のため、金額から推定）」 (review 18a, S 7): the services whose fixed
    price the amount is, else 「不明」 (a range alone is no reading, review 20a, item 2); the
    service the text names first when its price is the amount (「KINDLE UNLIMITED」 980: Kindle Unlimited)."""
    from primehelp.charge_labels import joined as _joined
    from primehelp.charge_labels import or_names as _or
    from primehelp.facts import ui
    from primehelp.output.prices import outside_range

    size = reading.amount.value
    named = _named_now(reading)
    if named:  # the service the text names, as charge ranks it first (review 19a, item 4)
        # the name alone, not the amount (「AUDIBLE JAPAN」 600, match name_only: review 38c, 2)
        alone = all(c.match is Match.NAME_ONLY for c in named)
        key = "unknown_text_name_only" if alone else "unknown_text_named"
        said, names = ui(key, "ui_statement_lines"), _joined(named, _or())
        as_of = {c.price.as_of for c in named if c.price is not None and c.price.as_of}
        if not alone and len(as_of) == 1:  # 「…と、2023年4月時点の料金から推定」 (63c, R-minor 8)
            month = next(iter(as_of))
            dated = ui("unknown_text_named_as_of", "ui_statement_lines")
            said = Text(
                dated.ja.replace("{as_of}", month.ja), dated.en.replace("{as_of}", month.en)
            )
        return _said(said, names), _estimated(names)
    later = [c for c in reading.candidates if c.kind in reading.named]
    if later:  # its price started after the date (「AUDIBLE JP」 1,500 in 2021, review 24a, 2)
        said, names = ui("unknown_text_named_later", "ui_statement_lines"), _joined(later, _or())
        return _said(said, names), _estimated(names)
    # A fixed price only: a range alone (channels, 300 to 4,000 yen) names no service, as charge
    # says none is likely (an AWS bill, a shop order: review 20a, item 2).
    found = [c for c in reading.candidates if c.match in (Match.FEE_ON_DATE, Match.PRICE)]
    if not found and reading.named_range is not None:  # 「PRIME VIDEO」 5,000 (review 22a, 1)
        outside = Text(*(outside_range(reading.named_range, size, lang) for lang in ("ja", "en")))
        said = ui("unknown_text_outside", "ui_statement_lines")
        return Text(said.ja.format(outside=outside.ja), said.en.format(outside=outside.en)), None
    if not found:
        return ui("unknown_text", "ui_statement_lines"), None
    said, names = ui("unknown_text_by_amount", "ui_statement_lines"), _joined(found, _or())
    return _said(said, names), _estimated(names)


def _named_now(reading: ChargeReading) -> "list[Candidate]":
    """The candidates the text names, but a price that started after the date (review 24a, 2:
    「PRIME VIDEO」 390 in 2024 is no ad-free option, which started on 2025-04-08)."""
    found = reading.candidates
    return [c for c in found if c.kind in reading.named and not started_later(c)]  # 34c, 7


def _fits_named(reading: ChargeReading) -> bool:
    """True when the amount is a fixed price or fee of a service the text names (a price of no
    known start too: 「AMAZON KIDS」 480 is Kids+'s, review 34c, item 7)."""
    fixed = (Match.FEE_ON_DATE, Match.PRICE, Match.PRICE_BEFORE_START)
    return any(c.match in fixed for c in _named_now(reading))


def _name_only(reading: ChargeReading) -> Text | None:
    """The services the text names when the amount is none of their prices (「AMAZON MUSIC」
    980: 「Amazon Music Unlimited」, review 61c, R-minor 3), else None."""
    from primehelp.charge_labels import joined as _joined
    from primehelp.charge_labels import or_names as _or

    named = _named_now(reading)
    if not named or any(c.match is not Match.NAME_ONLY for c in named):
        return None
    return _joined(named, _or())


def _named_range(reading: ChargeReading) -> "Price | None":
    """The price range of the service an unknown text names, when it holds the amount."""
    named = _named_now(reading)
    if named and all(c.match is Match.PRICE_RANGE for c in named):
        return named[0].price
    return None


def _said(said: Text, names: Text) -> Text:
    return Text(said.ja.format(names=names.ja), said.en.format(names=names.en))


def _estimated(names: Text) -> Text:
    """The month table's name of such lines (review 19a, item 2): 「Prime Videoチャンネル（推定）」,
    and inside a name's own brackets 「Amazonプライム（年間プラン・推定）」."""
    said = _ui("estimated")
    ja = f"{names.ja[:-1]}・{said.ja}）" if names.ja.endswith("）") else f"{names.ja}（{said.ja}）"
    en = f"{names.en[:-1]}, {said.en})" if names.en.endswith(")") else f"{names.en} ({said.en})"
    return Text(ja, en)
