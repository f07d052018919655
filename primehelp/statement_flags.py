"""Why a line of ``charge --statement`` deserves a look: :class:`Flag` (split from
``statement.py`` by job, review 44c; imported from there)."""

from __future__ import annotations

from enum import StrEnum


class Flag(StrEnum):
    """Why a line deserves a look."""

    NO_KNOWN_PRICE = "no_known_price"  # a charge whose amount is no known Amazon price
    SAME_CHARGE_TWICE = "same_charge_twice"  # same text and amount twice in one month
    REFUND = "refund"  # a negative amount
    # A monthly Prime fee in the year of an annual one, both of known texts (review 23a, item 3);
    # a regular and a Student monthly fee within a month of each other (27a S 25)
    BOTH_PRIME_PLANS = "both_prime_plans"
    TWO_MONTHLY_PLANS = "two_monthly_plans"
    # An annual fee guessed by the amount alone (an unknown text) in a known monthly Prime fee's
    # year: a possibility, never the both-plans fact (review 19a, item 2).
    ANNUAL_GUESS_WITH_MONTHLY = "annual_guess_with_monthly"
    # The same of a monthly fee guessed (「ｱﾏｿﾞﾝﾌﾟﾗｲﾑ」 600) in a known annual fee's year (23a, 3)
    MONTHLY_GUESS_IN_ANNUAL = "monthly_guess_in_annual"
    # Two annual Prime fees (regular or Student) less than a year apart, known texts (25a, 1);
    # one of them guessed by the amount alone: a possibility on the guess only.
    ANNUAL_TWICE = "annual_twice"
    ANNUAL_GUESS_TWICE = "annual_guess_twice"
    # Two fees read as one monthly plan's in a month (34c, 1); one read by its amount alone: maybe
    MONTHLY_TWICE = "monthly_twice"
    MONTHLY_GUESS_TWICE = "monthly_guess_twice"
    AFTER_TODAY = "after_today"  # a day of use after today: a misread column? (21a, item 6)
    NOT_THE_FEE_ON_DATE = "not_the_fee_on_date"  # a Prime text at a former fee (22a, item 2)
    BEFORE_LAUNCH = "before_launch"  # a Prime row before Prime began: the date? (23a, 9)
    # Fees not confirmed on the date, FACTS §1 (Student: 25a S 12, 27a item 10; others: item 1)
    STUDENT_FEE_UNKNOWN = "student_fee_unknown"
    STUDENT_MONTHLY_NONE = "student_monthly_none"
    FEE_UNCONFIRMED = "fee_unconfirmed"
    FEE_REFUNDED_BEFORE = "fee_refunded_before"  # the period's fees refunded already (31c, 1)
    REFUND_OVER_REST = "refund_over_rest"  # the same, the fee's rest less than it (34c, 3)
    PARTIAL_REFUND_AGAIN = "partial_refund_again"  # a fee partly refunded before (34c, 4)
    PRIME_TEXT_NO_FEE = "prime_text_no_fee"  # a Prime text at another's price (35c, item 1)
    OUTSIDE_NAMED_RANGE = "outside_named_range"  # a text's range, the amount outside (35c, 6)
    US_PRIME_FEE = "us_prime_fee"  # a Prime row's dollars are amazon.com's fee (37c, item 3)
    PRICE_CHANGED = "price_changed"  # named service, after a reported price change (39c, 10)
    TWO_MONTHLY_GUESS = "two_monthly_plans_guess"  # the pair, a fee guessed by amount (40c, 2)
    BORROWED_NAME = "borrowed_name"  # Amazon's name after another, or in a domain (41c, 3)
    LOOKS_LIKE_AMAZON = "looks_like_amazon"  # 「AMAZ0N」, 「AMZON」: no Amazon word (42c, 4)
    US_ACCOUNT = "us_account"  # amazon.com's, at an amount no US fee can be (review 43c, 3)
    OTHER_COUNTRY = "other_country"  # 「利用国CN」: no country but USA is listed (43c, item 1)
    FOREIGN_CURRENCY = "foreign_currency"  # 現地通貨額 in a currency but USD (review 46c, 4)


# A text another company may print (Amazon's name borrowed, or a look-alike spelling): a refund
# under Amazon's own text is never its refund, nor is its twice flag settled by one (review 47c, 1).
IMITATION = frozenset({Flag.BORROWED_NAME, Flag.LOOKS_LIKE_AMAZON})
