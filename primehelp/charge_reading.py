"""What ``primehelp charge`` shows for one amount: :class:`ChargeReading` (split from
``charges.py`` by job, review 44c; imported from there)."""

import datetime as dt
from typing import NamedTuple

# Real imports, not under TYPE_CHECKING, and no ``from __future__ import annotations``: with
# string annotations ``typing.NamedTuple`` compiles each of the 25 fields' annotation (a
# ForwardRef) at every start-up of ``charge``; these modules are loaded before this one anyway.
from primehelp.amounts import Amount
from primehelp.charge_fee_unknown import UnknownPlan
from primehelp.charge_kinds import Candidate
from primehelp.facts import Fact
from primehelp.fee_terms import FeeTerms
from primehelp.i18n import Text
from primehelp.services import Price


class ChargeReading(NamedTuple):
    """What ``primehelp charge`` shows for one amount.

    ``no_known_price``: the amount is no Prime fee in force on the date and no subscription
    price (a range, an order or a purchase does not count): check the order history, then ask
    the card company. ``former_fees``: Prime fees equal to the amount on other dates.

    A named tuple (a frozen dataclass of 25 fields cost 1.4 ms to create at every start of
    ``charge --json``); the view's own fields are kept out of the JSON by :meth:`not_in_json`.
    """

    amount: Amount
    refund: bool
    date: dt.date | None  # the charge's date; None: compared with the fees now
    statement_text: str | None  # the label of the statement text read ("AMAZON DOWNLOADS")
    statement: Fact | None  # what that text usually stands for
    text_recognized: bool | None  # None: no text given
    candidates: tuple[Candidate, ...]
    no_known_price: bool
    former_fees: tuple[Price, ...]
    notes: tuple[Fact, ...]
    checked: dt.date
    former_fee_terms: tuple[FeeTerms, ...] = ()  # one for each of ``former_fees``
    # The text as typed (normalised), quoted on screen (review 14a, item 2); in the JSON (42c S 3)
    typed_text: str | None = None
    # The text stands for the Prime fee, the amount is one on another date, none on this one
    # (review 15a, S 12): the date may be wrong. Not in the JSON (former_fees says it).
    check_date: bool = False
    # The text is not on the list but names Amazon or its services (review 16a, item 1).
    names_amazon: bool = False
    # Each Prime candidate's fee in force: when new members and renewals paid it (17a S 9)
    fee_terms: tuple[tuple[str, FeeTerms], ...] = ()
    # Review 18a: a purchase ranked first by the text, no fixed price matching (item 1); the
    # candidates an unknown text names, ranked first (「AMAZON KIDS」: kids_plus, item 2).
    purchase_first: bool = False
    named: tuple[str, ...] = ()
    # The text stands for the Prime fee (「AMAZON PRIME」): the statement view keeps such a line
    # under Prime whatever the amount (review 19a, item 1).
    prime_text: bool = False
    # The price range of a service the unknown text names (「PRIME VIDEO」: the channels'), when
    # the amount is outside it: what is known of the text is said (review 22a, item 1).
    named_range: tuple[Text, Price] | None = None
    # The text's word (「プライム」) that makes its Prime fee as possible as its usual reading, and
    # the kinds read alike (the order and the fee): never one ranked likelier (review 22a, item 3).
    level_word: str | None = None
    level: tuple[str, ...] = ()
    # A date before Prime started in Japan: that year and its fact (review 22a, item 8)
    before_launch: tuple[int, Fact] | None = None
    # The plans (kind, name) the amount was a fee of later, their fee on the date unknown (Prime
    # Student before 2019-04-12, FACTS §1): never candidates (review 24a, items 1 and 3).
    unknown_plans: tuple[tuple[str, Text], ...] = ()
    # A fee of the amount whose start is unknown, the date before the sheet confirms it (the
    # monthly 400 yen, the annual 3,900 in 2007, FACTS §1): (kind, what is said), never a
    # candidate (review 27a, item 1).
    unconfirmed: tuple[tuple[str, Text], ...] = ()
    # The names of all services the unknown text names, said in the lead (review 38c, item 20)
    named_names: tuple[Text, ...] = ()
    # A text primehelp does not know naming another Amazon business (「AMAZON WEB SERVICES」): no
    # fee or subscription ranked first by the amount, none likely (review 39c, item 1).
    not_fee: bool = False
    unconfirmed_domain: str | None = None  # 「amzn.com」: neither Amazon's nor another's (43c, 4)
    looks_like_amazon: bool = False  # 「AMAZ0N」, 「AMZON」: in the JSON too (43c, item 10)
    us_yen: bool | None = None  # amazon.com's text, yen: the US fee converted? (43c, item 12)
    # Words after a listed text that cards do not print (「TOP」 of 「AMAZON PRIME TOP」): the
    # text is not the listed one, perhaps another company's (review 44c, item 1)
    extra_words: tuple[str, ...] = ()
    joined_texts: tuple[
        str, ...
    ] = ()  # listed texts run on (「AMAZON PRIME AMAZON.CO.JP」: 46c, 2)
    other_country: bool = False  # 「利用国CN」: no text of the facts, said why (44c, item 5)
    imitated_service: str | None = None  # 「Prime Video」 of 「PRIME VIDE0」 (44c, R-minor 11)
    # What the text itself says (「amzn.com」, an extra word…), screen and JSON (45c, item 7)
    text_detail: tuple[Text, ...] = ()
    # The screen's sentence that a yen amount may be amazon.com's fee converted (46c, item 7)
    usd_fee_in_yen: tuple[Text, ...] = ()
    # One for each of ``former_fees``: that plan's fees on the date given (renewals' first;
    # empty: no date, or not known), said beside it (review 51c, item 26)
    fees_on_date: tuple[tuple[int, ...], ...] = ()
    # The text names amazon.com (「AMAZON.COM」): said as the statement view reads it, an
    # amazon.com account's charge estimated from the text (review 51c, item 37)
    us_site: bool = False
    # The candidates' kinds a text primehelp does not list names by the service's name (「PRIME
    # VIDEO」: the channels), ranked first as the screen's 「明細の表記に…の名前があります」 says
    # (review 53c, item 21: the JSON said nothing of it)
    text_names: tuple[str, ...] = ()
    # A date before Prime started in Japan: the screen lists no candidate, only the date's
    # sentence and the order history (review 55c, item 14: the JSON says so)
    candidates_held_back: bool = False
    # The text is a listed one's words only, in another order or joined otherwise (「AMAZON CO
    # JP」): read as it, said to differ slightly (review 59c, R-major 1). The JSON's text_detail.
    reworded: bool = False
    # ``unknown_plans`` as the screen says them, with the fact that says so (review 58c, B 2)
    fee_unknown_plans: tuple[UnknownPlan, ...] = ()

    def not_in_json(self) -> frozenset[str]:
        """The fields the screen words from, not data: kept out of ``--json``."""
        return _VIEW_FIELDS


_VIEW_FIELDS = frozenset(
    {"check_date", "names_amazon", "fee_terms", "purchase_first", "named", "prime_text"}
    | {"named_range", "level_word", "level", "before_launch", "unknown_plans", "unconfirmed"}
    | {"named_names", "not_fee", "us_yen", "unconfirmed_domain", "extra_words"}
    | {"other_country", "imitated_service", "joined_texts", "fees_on_date", "us_site"}
    | {"reworded"}
)
