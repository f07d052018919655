"""Golden transcripts: every command's output, kept so that a refactoring can prove it changed nothing.

``uv run python -m tests.support.golden`` rewrites ``tests/golden/*.txt``;
``tests/test_golden.py`` checks the current output against them. A change of wording is made
on purpose: rewrite the files and let the diff show what changed.

Each run happens in a fresh working directory with a fresh configuration directory, both
shown as placeholders, so that runs cannot see each other's files.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shlex
import sys
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.cron_roots import CRON_RUNNING, CRON_STOPPED, CRON_UNKNOWN

GOLDEN_DIR = Path(__file__).resolve().parent.parent / "golden"
REPO = GOLDEN_DIR.parents[1]  # shown as <REPO>: a transcript does not depend on the checkout
# A folder that can never be there (its parent is a file): "/nonexistent" can be made by anyone
# with root, and once it was (a uv cache for a user whose HOME it is), systemd read as running
# and the remind transcripts changed on that machine only.
NO_SUCH_DIR = REPO / "pyproject.toml" / "no-such-dir"
MESSAGES = REPO / "tests" / "cli" / "messages"  # the .eml fixtures
TODAY = ("--today", "2026-11-25")
# PRIMEHELP_TODAY pins the facts' age for commands without --today (no age warning, at any date).
# XDG_RUNTIME_DIR empty: remind's crontab line names no session bus (review 36b item 2), on
# whatever desktop the transcripts are recorded.
BASE_ENV = {
    "COLUMNS": "100",
    "TERM": "dumb",
    "PRIMEHELP_TODAY": "2026-12-02",
    "XDG_RUNTIME_DIR": "",
}
# remind counts its next 09:00 from this time, not from the clock (a transcript recorded after
# 09:00 named the next day: CI would have been red on the morning after).
NOW = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)
# The stale-facts notice names the update command of the install (review 36a item 18): a
# transcript shows a member's `uv tool` install's, wherever the tests run from.
UV_TOOL = "uv tool upgrade primehelp"


@dataclass(frozen=True)
class Call:
    """One command line and the environment it runs in (on top of ``BASE_ENV``).

    ``systemd_running``: whether ``remind`` finds systemd running (the same on every machine:
    not, unless the call says so). ``files``: written under the working directory first (shown
    as <WORK>; an env value may name it as ``<WORK>`` too); ``links``: symbolic links made there
    next, each to a file of ``files`` (``systemctl enable``'s link: a timer that is on).
    """

    args: tuple[str, ...]
    env: Mapping[str, str] = field(default_factory=dict)
    systemd_running: bool = False
    files: Mapping[str, bytes] = field(default_factory=dict)
    links: Mapping[str, str] = field(default_factory=dict)
    cron: Path = CRON_RUNNING  # the machine remind looks at for a cron daemon (43b item 1)


def _both(args: tuple[str, ...]) -> Iterator[Call]:
    """A command in both languages, as text (piped) and as JSON."""
    for lang in ("ja", "en"):
        yield Call((*args, "--lang", lang))
        yield Call((*args, "--lang", lang, "--json"))


def command_calls() -> Iterator[Call]:
    """Every command and branch, in both languages, as text and JSON."""
    yield from _both(("contact",))
    for numbers in (
        ("0120-999-373",),
        ("0120999373",),  # digits only: shown with its hyphens too (review 26a, S 24)
        ("188",),
        ("110",),
        ("#9110",),
        ("0120-899-543",),
        ("+1 855 370 0151",),
        ("03-1234-5678",),
        ("０１２０－９９９－３７３", "188", "050-1234-5678"),
        ("110", "188", "#9110"),
        ("090-1234-5678", "0570064646"),
        ("+44 20 7946 0000",),  # another country's number: shown as typed (review 5)
    ):
        yield from _both(("check-number", *numbers))
    yield from message_calls()
    for topic in (
        (),
        ("contact",),
        ("fees",),
        ("cancel",),
        ("scams",),
        ("解約",),
        ("refund",),
        ("請求",),
        ("nothing-like-this",),
    ):
        yield from _both(("sources", *topic))
    for renewal in ("2026-11-25", "2026-11-26", "2026-11-28", "2026-12-31", "2026-10-30"):
        yield from _both(("renewal", renewal, *TODAY))
    for plan in ("annual", "monthly", "student-annual", "student-monthly"):
        yield from _both(("renewal", "2026-12-31", *TODAY, "--plan", plan, "--count", "3"))
    yield from _both(("renewal", "2019-05-01", *TODAY, "--plan", "monthly", "--count", "3"))
    # Prime Student past its 4 paid years: the regular fee, the note, the warning (review 15b item 1).
    yield from _both(("renewal", "2026-12-31", *TODAY, "--plan", "student-annual", "--count", "7"))
    yield from _both(("renewal", "2018-03-01", *TODAY, "--plan", "student-annual", "--explain"))
    # …and the monthly plan's, 「（月間プラン・600円）」 in the note (review 19b item 1)
    yield from _both(
        ("renewal", "2026-12-31", *TODAY, "--plan", "student-monthly", "--count", "50")
    )
    yield from _both(("renewal", "2018-03-01", *TODAY, "--plan", "student-monthly", "--explain"))
    yield from _both(("renewal", "2026-10-30", *TODAY, "--plan", "monthly"))  # 26 days past
    # past by more than a month: 「（計算による目安）」 on the next date (review 17b item 3)
    yield from _both(("renewal", "2026-10-30", "--today", "2026-12-04", "--plan", "monthly"))
    yield from _both(("renewal", "2030-06-01", *TODAY))  # a warning on stderr (review 10b item 6)
    yield from _both(("renewal", "2025-06-01", *TODAY))  # long past: no moot rows (review 24b S 11)
    yield from _both(("renewal", "2026-11-24", *TODAY))  # yesterday: no moot rows (25b S 9)
    # …and --explain explains only the rows shown (review 27b item 2)
    yield from _both(("renewal", "2025-06-01", *TODAY, "--explain"))
    yield from _both(("renewal", "2026-11-24", *TODAY, "--explain"))
    yield from _both(("renewal", "--plan", "2026-12-31", *TODAY))  # the plan missing (24b S 15)
    yield from _both(("renewal", "2026-12-31", *TODAY, "--explain"))
    # the 2023 price rise for members already in the annual plan
    yield from _both(("renewal", "2027-03-01", *TODAY, "--plan", "annual", "--explain"))
    for start in ("2026-11-25", "2026-10-27", "2026-10-26", "2026-10-01"):
        yield from _both(("trial", start, *TODAY))
        yield from _both(("trial", start, *TODAY, "--student"))
    yield from _both(("trial", "2026-05-25", *TODAY, "--student"))  # renewal today
    yield from _both(("trial", "2026-12-20", *TODAY))  # a start after today (review 5 item 27)
    yield from _both(("trial", "1999-01-01", *TODAY))  # before Prime began (review 28b S 11)
    yield from _both(("fees",))
    yield from charge_calls()
    yield from _both(("profile",))
    for via in ("web", "app", "carrier"):
        for trial in ("--trial", "--paid"):
            for student in ("--student", "--regular"):
                for used in ("--benefits-used", "--no-benefits-used", None):
                    args = ("cancel", "--no-interactive", "--via", via, trial, student)
                    yield from _both(args if used is None else (*args, used))
        # --via alone: 「指定がないため、有料会員・通常のプライムの場合を…」 (round 23, 40 columns)
        if via != "carrier":
            yield from _both(("cancel", "--no-interactive", "--via", via))
    # at a carrier, benefits alone: 「…前回の支払い以降に特典を使ったかどうか…」 (review 23b item 1)
    yield from _both(("cancel", "--no-interactive", "--via", "carrier", "--benefits-used"))
    # an argument to a command that takes none: 「使い方は `primehelp cancel --help` で確認できます」
    # on stderr, its phrase known to the line breaker (review 53b item 14: 「使い│方は」 at 40)
    yield from _both(("cancel", "--no-interactive", "extra"))
    for renewal in ("2026-11-20", "2026-11-25", "2026-11-26", "2026-12-24"):
        yield from _both(("cancel", "--no-interactive", "--renewal", renewal, *TODAY))
        # a trial's automatic renewal day and the days around it (review 13b, item 1)
        trial_renewal = ("cancel", "--no-interactive", "--trial", "--renewal", renewal, *TODAY)
        yield from _both(trial_renewal)
    yield from _both(
        ("cancel", "--no-interactive", "--trial", "--student", "--renewal", "2026-11-25", *TODAY)
    )
    # a renewal long past: find the next one, cancel the day before (review 18b item 1)
    yield from _both(("cancel", "--no-interactive", "--renewal", "2026-10-01", *TODAY))
    # a trial's date beyond the trial: the warning (review 18b S 6)
    yield from _both(("cancel", "--no-interactive", "--trial", "--renewal", "2027-06-01", *TODAY))
    # a trial that ended long ago: by when, with the margin (review 23b item 5)
    yield from _both(("cancel", "--no-interactive", "--trial", "--renewal", "2026-10-20", *TODAY))
    # at a carrier, the same first line for each timing (review 17b item 2): long past, past,
    # today, tomorrow, ahead
    for renewal in ("2026-10-01", "2026-11-20", "2026-11-25", "2026-11-26", "2026-12-24"):
        yield from _both(
            ("cancel", "--no-interactive", "--via", "carrier", "--renewal", renewal, *TODAY)
        )
    # a renewal 5 days past, benefits not used: 「…、│会員資格を今すぐ終了する」 (review 33b
    # item 2); a trial ended yesterday, not used: 「…使っていないので、│その会費が全額」 (item 3)
    past = ("--no-benefits-used", *TODAY)
    yield from _both(("cancel", "--no-interactive", "--renewal", "2026-11-20", *past))
    yield from _both(
        ("cancel", "--no-interactive", "--via", "web", "--trial", "--renewal", "2026-11-24", *past)
    )
    yield from due_calls()
    for topic in ("renewal", "refund", "cancel", "other"):
        yield from _both(("complain", topic))
    yield from _both(
        (
            "complain",
            "renewal",
            "--renewal",
            "2026-05-17",
            "--amount",
            "5,900",
            "--plan",
            "annual",
            "--no-benefits-used",
        )
    )
    yield from _both(
        ("complain", "refund", "--amount", "600", "--plan", "monthly", "--benefits-used")
    )
    # A renewal before the current period: a warning and the refund box's note (review 23a, 2).
    yield from _both(
        (
            "complain",
            "renewal",
            "--renewal",
            "2019-05-17",
            "--amount",
            "4900",
            "--plan",
            "annual",
            "--no-benefits-used",
        )
    )
    for shell in ("bash", "zsh", "fish"):
        yield from _both(("completion", shell))


def charge_calls() -> Iterator[Call]:
    """charge (issue 15's acceptance examples, a refund, the other texts) and subscriptions."""
    for args in (
        ("600", "--date", "2026-11-01"),
        ("500", "--date", "2026-11-01"),
        # a fee of the same amount from after the date, and one that ended before it (review 5)
        ("600", "AMAZON PRIME", "--date", "2019-03-01"),
        ("3900", "--date", "2020-01-01"),
        ("980", "AMAZON", "DOWNLOADS"),
        ("1500",),
        ("US$14.99",),
        ("2880",),
        ("５，９００円", "AMAZON.CO.JP", "--date", "2023-09-01"),
        ("△600", "AMAZON PRIME 利用国USA", "--date", "2023-09-01"),
        ("880", "Amazon Pay提携サイト"),
        ("1200", "NETFLIX.COM"),
        # inputs the reviews 14–16 tried beyond this list (a text with its fee, a text not on the
        # list that names Amazon or a service, the Kids+ price for Prime members)
        ("US$139", "AMAZON PRIME"),
        ("480", "AMAZON KIDS"),
        ("1394", "AMZN DIGITAL"),
        ("600", "ｱﾏｿﾞﾝﾌﾟﾗｲﾑ"),
        ("1500", "AUDIBLE"),
        ("1500", "AMAZON PRIME", "--date", "2026-10-05"),  # review 35c, item 1: no Prime fee
        # review 18a: a tie by the amount alone (S 2), a shop text's refund (S 10), a statement
        # text without its amount (S 18: one line on stderr, exit 2)
        ("480",),
        ("△5900", "AMAZON.CO.JP"),
        ("AMAZON", "PRIME"),
        # review 22a: a named service above its range (item 1), an order text with 「プライム」 at a
        # fee (item 3), a date before Prime started in Japan (item 8)
        ("5000", "PRIME VIDEO"),
        ("600", "Amazon.co.jp プライム会費"),
        ("600", "--date", "2006-01-01"),
        # review 24a: a Student fee before 2019 (items 1, 3), a price before it started (item 2)
        ("300", "--date", "2018-06-01"),
        ("2450", "--date", "2018-06-01"),
        ("980", "AMAZON DOWNLOADS", "--date", "2016-01-01"),
        # review 25a: a price before it started (items 2, 4), the text naming it (item 5)
        ("390", "--date", "2024-06-01"),
        ("1500", "AUDIBLE", "--date", "2021-06-01"),
        # review 27a: a fee before the sheet confirms it (item 1), a refund's advice (items 7, 8)
        ("400", "--date", "2008-01-01"),
        ("3900", "--date", "2007-03-01"),
        ("-5900", "AMAZON", "PRIME", "--date", "2023-08-01"),
        # review 30c: a Prime refund of no whole fee (item 3), a service not yet there (item 11)
        ("△1500", "AMAZON", "PRIME", "--date", "2020-06-01"),
        ("390", "AMAZON", "DOWNLOADS", "--date", "2025-04-01"),
        # review 31c: a Prime text at no fee ever (item 3), a Student fee's period (item 2), and
        # another currency (S 10: one line on stderr, exit 2)
        ("-7000", "AMAZON", "PRIME"),
        ("250", "AMAZON", "PRIME"),
        ("€10",),
        # review 52c: a named service in its range (item 2), two candidates of one plan (4), a
        # look-alike (13), a name's start (14), a fee unknown that day (17), a plural (28), an
        # order text at the annual fee (29), before Prime (S 34); errors (1, 3, 21)
        ("500", "PRIME", "VIDEO"),
        ("-4,900", "AMAZON", "PRIME", "--date", "2023-10-15"),
        ("600", "AMAZ0N", "PRIME"),
        ("1,080", "AMAZON", "MUSIC"),
        ("400", "AMAZON", "PRIME", "--date", "2010-01-01"),
        ("990", "PRIME", "VIDEO", "CHANNELS"),
        ("600", "AMAZON", "PRIMEE"),
        ("5,900", "AMAZON.CO.JP"),
        ("3,900", "--date", "2006-05-01"),
        ("600.5",),
        ("US4.99",),
        ("600", "US$14.99"),
        # review 62c: a name with 「JAPAN」 (R-major 1), amazon.com's text at a fee (R-major 2), a
        # price before its start (R-minor 3), 400 yen just after the assumed switch (R-minor 8)
        ("600", "AMAZON", "PRIME", "JAPAN"),
        ("600", "AMAZON.COM"),
        ("300", "AMAZON.COM"),
        ("980", "AMAZON.COM"),
        ("880", "AMAZON", "MUSIC", "--date", "2022-06-01"),
        ("400", "--date", "2019-05-17"),
    ):
        yield from _both(("charge", *args))
    yield from statement_calls()
    yield from _both(("subscriptions",))


def statement_calls() -> Iterator[Call]:
    """charge --statement: each fixture (absolute paths, as the runner changes directory), and
    a generic CSV of texts not on primehelp's list."""
    statements = REPO / "tests" / "fixtures" / "statements"
    for name in sorted(path.name for path in statements.glob("*.csv")):
        columns = ("--columns", "date,description,amount,_") if name.startswith("generic") else ()
        yield from _both(("charge", "--statement", str(statements / name), *columns))
    # Texts primehelp does not know, read by the amount (review 17a, items 1–3): kept apart from
    # statements/ (the recorded card statements every statement test reads).
    unlisted = REPO / "tests" / "fixtures" / "statement_texts" / "generic-unlisted-texts.csv"
    yield from _both(
        ("charge", "--statement", str(unlisted), "--columns", "date,description,amount")
    )
    # Review 19a's own CSV (a header row, a Prime text of another amount, AMZ*PRIME, an Amazon
    # row with an unreadable amount, texts naming a service): its screen's phrases are kept.
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review19a.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "date,description,amount"))
    # Review 20a's own CSV (a channel text beginning 「AMAZON PRIME」, unknown texts in the channels'
    # price range, 「PRIME VIDEO」, a 0-yen row): its screen's phrases are kept.
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review20a.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "date,description,amount"))
    # Review 31c's own CSV: a fee refunded twice and a partial refund after a full one (item 1), a
    # refund before its fee (item 4), the three Prime-text names (item 5), Kindle Unlimited's 980
    # (S 12), a dollar Prime row (S 14, 15) and a date in an unknown form (S 11).
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review31c.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "date,description,amount"))
    # Review 21a's own CSV (known annual and monthly Prime rows in one month: the both-plans
    # paragraph no fixture reached, 「あ│ります」; a short date; a day of use after today).
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review21a.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "date,description,amount"))
    # Review 21a, items 3, 10 and 18: a channel named in the text inside its price range (no flag,
    # the range said) and outside it (flagged), a channel by the range alone (「（推定）」), and
    # 「Amazon.co.jp プライム会費」 (an order or the fee, alike: FACTS §10 names no such Prime text).
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review21a-ranges.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "date,description,amount"))
    # Review 23a, items 1, 3, 4 and 9: AMAZON DOWNLOADS at no fixed price, a Student monthly fee
    # in an annual fee's year, several unreadable rows (「6、7行目」), a day before Prime began.
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review23a.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "date,description,amount"))
    # Review 24a, items 1, 2 and 4, S 9 and 16: Student fees before 2019, prices before they
    # started, several flags on a row, a digital purchase, a date without a year, a decimal.
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review24a.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "date,description,amount"))
    # Review 25a, items 1 and 6: three annual fees in 14 days, Student fees before 2019.
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review25a.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "date,description,amount"))
    # Review 25a, S 12–14: Student fees before 2019 and a Prime text of no fee (their names), a day
    # that does not exist and a month without its day (why), a day after today (no month total).
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review25a-s.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "date,description,amount"))
    # Review 25a, item 3: a former fee's paragraph under 考えられる内容 (「既存会│員」 at 80).
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review25a-columns.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "amount,_,date,description"))
    # Review 27a, items 1, 2, 9, 10 and 11: a monthly 400 before its confirmed start, a Student
    # monthly fee before 2019, two annual fees in a year (a switch to Student; one refunded), a
    # refunded annual fee then a monthly one, 「以前のPrime Student」 whole at 60.
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review27a.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "date,description,amount"))
    # Review 28c, items 2, 3, 4, 5 and 6: a partial refund after a switch to Student, 「請求」 and
    # 「または」 whole (60, 80), a former fee named by its plan and by its direction.
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review28c.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "date,description,amount"))
    # Review 30c, items 2, 8 and 14: fees on dates the sheet does not confirm, a monthly fee
    # the day before an annual one, refunds named by the file's fee, one with no fee in the file.
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review30c.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "date,description,amount"))
    # Review 32c, items 1–4 and S 17: full and partial refunds of fees in and not in the file, a
    # fee refunded twice, a day after today, a dollar Prime row, a day that does not exist; and
    # (item 1) −600, −2,950, −300 after an annual fee: another plan's whole fee read first.
    # Review 34c, items 1–7, S 10, S 11: two monthly fees in a month under other texts (full
    # width, katakana), partial refunds of one fee, a refund over the rest, one after the
    # period, refunds with no charge (a channel's range), Kids+ in 2016, a Student fee in 2018.
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review34c.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "date,description,amount"))
    # Review 35c, item 1: Prime-text rows at Audible's and Kindle Unlimited's prices (flagged,
    # the price named) beside a Prime fee and an amount of no known price.
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review35c.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "date,description,amount"))
    for name in ("generic-review32c.csv", "generic-review32c-r600.csv"):
        mine = REPO / "tests" / "fixtures" / "statement_texts" / name
        yield from _both(
            ("charge", "--statement", str(mine), "--columns", "date,description,amount")
        )
    # Review 36c, items 1, 2, 3, 5, 17: monthly fees a day apart across a month's end, a fee's
    # amount under 「AMAZON.CO.JP」 beside the fee, a refund the day the period ended, the annual
    # fee refunded under 「AMAZON.CO.JP」 then a monthly fee, a row cut short, Kindle Unlimited
    # on 09-30 and 10-01; item 9 (「AMAZON WEB SERVICES」 600: no fee guessed); S 22 (a double
    # fee refunded).
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review36c.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "date,description,amount"))
    # Review 62c's own CSV: 「AMAZON PRIME JAPAN」 (R-major 1), 「AMAZON.COM」 at a Japanese fee
    # (R-major 2), rows read from a service name (B 1).
    mine = REPO / "tests" / "fixtures" / "statement_texts" / "generic-review62c.csv"
    yield from _both(("charge", "--statement", str(mine), "--columns", "date,description,amount"))


def due_calls() -> Iterator[Call]:
    """due: the acceptance days of issue 13 with a saved annual plan, a trial ending tomorrow,
    --verbose, --within, and nothing saved; remind status with nothing installed (install
    writes to the user's systemd directory: only its help and refusals are recorded)."""
    from tests.support.profiles import ANNUAL, STUDENT_TRIAL, TRIAL

    for today in ("2026-12-27", "2026-12-28", "2026-12-30", "2026-12-31", "2027-01-01"):
        for call in _both(("due", "--today", today)):
            yield Call(call.args, ANNUAL)
    for call in _both(("due", "--today", "2026-12-27", "--verbose")):
        yield Call(call.args, ANNUAL)
    for call in _both(("due", "--today", "2026-12-21", "--within", "10")):
        yield Call(call.args, ANNUAL)
    for call in _both(("due", "--today", "2026-12-30")):
        yield Call(call.args, TRIAL)
    # the trial's renewal day: the command for that day's screen (review 24b S 8)
    for call in _both(("due", "--today", "2026-12-31")):
        yield Call(call.args, TRIAL)
    # renewal with nothing given and a saved trial: the trial's names (review 17b item 4)
    for call in _both(("renewal", "--today", "2026-12-04")):
        yield Call(call.args, TRIAL)
    # ... and past its end: the --plan hint for the paid renewals (review 18b item 3)
    for call in _both(("renewal", "--today", "2027-01-03")):
        yield Call(call.args, TRIAL)
    # cancel with a saved profile (review 26b items 1, 2, 3): the paid date, the trial's end,
    # a saved paid date with --trial (not used), a saved trial without --trial, and past it
    for profile, args in (
        (ANNUAL, ("--today", "2026-12-20")),
        (ANNUAL, ("--today", "2028-03-01")),
        (ANNUAL, ("--via", "carrier", "--today", "2026-12-20")),
        (ANNUAL, ("--trial", "--today", "2027-01-05")),
        (TRIAL, ("--trial", "--today", "2026-12-20")),
        (TRIAL, ("--today", "2026-12-20")),
        (TRIAL, ("--today", "2027-01-05")),
        # the day after the saved renewal: the fee charged, ending now (review 28b item 1)
        (ANNUAL, ("--today", "2027-01-01")),
        # a saved trial read as paid; its renewal day (review 32b item 3, S 8)
        (TRIAL, ("--paid", "--today", "2026-12-20")),
        (TRIAL, ("--today", "2026-12-31")),
        # a benefits answer in a trial (review 32b S 7)
        ({}, ("--trial", "--benefits-used", "--today", "2026-11-25")),
    ):
        for call in _both(("cancel", "--no-interactive", *args)):
            yield Call(call.args, profile)
    # a saved trial that has ended: the example saves a date still ahead (review 18b S 9)
    for call in _both(("due", "--today", "2027-01-03")):
        yield Call(call.args, TRIAL)
    # a saved Prime Student trial: Student on cancel, the Student plans in the examples
    # (review 28b item 4)
    for args in (
        ("cancel", "--no-interactive", "--today", "2026-12-20"),
        ("due", "--today", "2027-01-03"),
        ("renewal", "--today", "2027-01-03"),
    ):
        for call in _both(args):
            yield Call(call.args, STUDENT_TRIAL)
    # renewal with no date and a saved annual plan: the saved date, then counted on from it
    # (review 32b S 12)
    for today in ("2026-12-20", "2027-01-10"):
        for call in _both(("renewal", "--today", today)):
            yield Call(call.args, ANNUAL)
    yield from _both(("due",))
    # --notify with no notify-send on PATH: the line on stderr, a sentence (review 25b S 6)
    for call in _both(("due", "--today", "2026-12-31", "--notify")):
        yield Call(call.args, {**ANNUAL, "PATH": "/nonexistent/primehelp-bin"})
    # remind status where nothing is installed and no systemctl or crontab is on PATH.
    nowhere = {
        "XDG_CONFIG_HOME": "/nonexistent/primehelp-xdg",
        "PATH": "/nonexistent/primehelp-bin",
    }
    for call in _both(("remind", "status")):
        yield Call(call.args, nowhere)
    # the same with a systemctl on PATH, systemd not running and no crontab: neither works, and
    # status and install say the same (review 23b item 4)
    systemd_only = {**nowhere, "PATH": str(REPO / "tests" / "fixtures" / "systemctl-only")}
    for action in ("status", "install"):
        for call in _both(("remind", action)):
            yield Call(call.args, systemd_only)
    # install --scheduler systemd there: nothing written, why, and no cron (review 25b item 3)
    for call in _both(("remind", "install", "--scheduler", "systemd")):
        yield Call(call.args, systemd_only)
    # …and where systemd runs, cron asked for: systemd is offered (review 17b item 1)
    for call in _both(("remind", "status", "--scheduler", "cron")):
        yield Call(call.args, systemd_only, systemd_running=True)
    # install --scheduler cron with no crontab command: no line and no next run, but why, and
    # systemd where it runs, else the calendar file (review 27b item 5)
    for running in (False, True):
        for call in _both(("remind", "install", "--scheduler", "cron")):
            yield Call(call.args, systemd_only, systemd_running=running)
    # the timer's files there but not enabled, systemd running: the state, then the command on
    # its own line (review 23b items 2 and 3)
    from primehelp.remind import TIMER, unit_files

    # the primehelp running the transcripts (<PYTHON> -m primehelp): a program that is there
    # (review 44b item 1: a timer whose program is gone is no daily check, said below)
    units = unit_files([sys.executable, "-m", "primehelp", "due", "--notify", "--lang", "ja"], {})
    installed = {f"xdg/systemd/user/{name}": data for name, data in units.items()}
    # the profile folder where the timer's `due` reads it too (HOME's ~/.config, as the user's
    # systemd has no XDG_CONFIG_HOME; review 44b item 3), never the real HOME's
    not_enabled = {
        **systemd_only,
        "XDG_CONFIG_HOME": "<WORK>/xdg",
        "HOME": "<WORK>/home",
        "PRIMEHELP_CONFIG_DIR": "<WORK>/home/.config/primehelp",
    }
    for call in _both(("remind", "status", "--scheduler", "systemd")):
        yield Call(call.args, not_enabled, systemd_running=True, files=installed)
    # …and on (the link `systemctl enable` makes): the screen install ends with too (review 27b
    # item 1: 「次のロ│グイン時」 at 80, a screen the phrase data did not cover)
    enabled = {f"xdg/systemd/user/timers.target.wants/{TIMER}": f"xdg/systemd/user/{TIMER}"}
    for call in _both(("remind", "status")):
        yield Call(call.args, not_enabled, systemd_running=True, files=installed, links=enabled)
    # …on, but the program its service runs is gone (a reinstall, a moved folder): no 「有効です」,
    # no next run, and how to set it up again (review 44b item 1)
    gone = unit_files(
        ["/nonexistent/primehelp-bin/primehelp", "due", "--notify", "--lang", "ja"], {}
    )
    gone_files = {f"xdg/systemd/user/{name}": data for name, data in gone.items()}
    for call in _both(("remind", "status")):
        yield Call(call.args, not_enabled, systemd_running=True, files=gone_files, links=enabled)
    # the timer's files left from a systemd setup, cron used now (systemd not running): status
    # says they are there, uninstall names them as the earlier setup (review 25b S 4 and 5)
    crontab = {**not_enabled, "PATH": str(REPO / "tests" / "fixtures" / "crontab-only")}
    for action in ("status", "uninstall"):
        for call in _both(("remind", action)):
            yield Call(call.args, crontab, files=installed)
    # cron chosen where no cron daemon runs (WSL by default): no next run, but that cron does
    # not seem to run, how to start it and the calendar file (review 43b item 1); where that
    # cannot be told (no /proc), the next run only as what follows if cron runs
    for root in (CRON_STOPPED, CRON_UNKNOWN):
        for action in ("install", "status"):
            for call in _both(("remind", action)):
                yield Call(call.args, crontab, cron=root)
    # cron asked for where systemd runs and its timer is on: the timer named as the daily check
    # that runs, and uninstall leaves it (review 28b item 2); not enabled, uninstall keeps it too
    for action in ("status", "uninstall"):
        for call in _both(("remind", action, "--scheduler", "cron")):
            yield Call(call.args, not_enabled, systemd_running=True, files=installed, links=enabled)
    for call in _both(("remind", "uninstall", "--scheduler", "cron")):
        yield Call(call.args, not_enabled, systemd_running=True, files=installed)
    # systemd runs, nothing set up, no crontab command: cron, not used, is not mentioned (review
    # 28b item 8: 「crontab を読み込めませんでした」 read like a fault)
    for call in _both(("remind", "status")):
        yield Call(call.args, systemd_only, systemd_running=True)
    # …and on, where systemd does not run: it does not run here (review 28b item 2)
    for call in _both(("remind", "status")):
        yield Call(call.args, crontab, files=installed, links=enabled)
    # cron asked for, an empty crontab, the timer on: the timer first, no line to add (review
    # 29b item 2: 「crontab -e で crontab に追加してください」 came first, so it ran twice)
    both = {**not_enabled, "PATH": f"{crontab['PATH']}:{systemd_only['PATH']}"}
    for call in _both(("remind", "status", "--scheduler", "cron")):
        yield Call(call.args, both, systemd_running=True, files=installed, links=enabled)
    # …and install asked for with cron there: the timer first, then that the line runs it twice
    # (review 40b item 2: the line to add came with no word of the timer)
    for call in _both(("remind", "install", "--scheduler", "cron")):
        yield Call(call.args, both, systemd_running=True, files=installed, links=enabled)
    # uninstall with no crontab (nor systemctl) command: the cause, no crontab -e (29b item 5)
    for call in _both(("remind", "uninstall")):
        yield Call(call.args, nowhere)
    # uninstall where systemd runs and the .service was edited since install: it is kept, and
    # the hint says how to remove it (review 31b item 1: 「変更されたファ│イル」 at 40)
    from primehelp.remind import SERVICE

    edited = {**installed, f"xdg/systemd/user/{SERVICE}": units[SERVICE] + b"# edited\n"}
    for call in _both(("remind", "uninstall")):
        yield Call(call.args, not_enabled, systemd_running=True, files=edited, links=enabled)
    # crontab lines that mention primehelp due but are no daily check of this primehelp (review
    # 38b item 1: each was taken for one, with a next run at 09:00): an X=… line, a comment,
    # echo, a weekly line whose program is not there, a name not on cron's PATH; and a daily
    # line of another primehelp: what is wrong with each, its own time, and the line to use
    fixtures = REPO / "tests" / "fixtures"
    # a fixed HOME: where cron's primehelp reads the profile is shown (review 39b item 4)
    stale = {**nowhere, "PATH": str(fixtures / "crontab-stale"), "HOME": "/nonexistent/home"}
    other = {
        **nowhere,
        "PATH": str(fixtures / "crontab-other"),
        "HOME": str(fixtures / "crontab-other"),
        # the profile in the default folder (none saved), which cron's primehelp reads too: the
        # line is wrong by its program only (review 39b item 4)
        "XDG_CONFIG_HOME": "",
        "PRIMEHELP_CONFIG_DIR": "",
    }
    for env in (stale, other):
        for action in ("status", "install"):
            for call in _both(("remind", action)):
                yield Call(call.args, env)


def message_calls() -> Iterator[Call]:
    """check-message: a scam and a genuine SMS, a phone number, and the .eml fixtures."""
    for text in (
        "【Amazon】プライム会費のお支払い方法に問題があります。"
        "https://amazon.co.jp.secure-pay.info/ でカード情報を更新してください。",
        "Amazonプライムの会員資格は2026/12/24に更新されます。詳細：https://amzn.asia/d/7Xk2pQ",
        "Amazonカスタマーサービスです。至急 (03) 5757-5252 までお電話ください。",
        # Review 26a, 1: a request to pay with gift cards is a sign of its own.
        "未納料金をAmazonギフトカードでお支払いください。",
        # Review 26a, 3: 「Amazone」 in the words is a look-alike name.
        "Amazoneカスタマーセンターです。お客様のアカウントを確認してください。",
        # Review 26a, 4: the scam subject without 「No.…」.
        "Primeの定期更新についてのお知らせ",
        # Review 26a, 12: a link on amazonaws.com is one sign, the hosting service's.
        "Amazonアカウントの確認が必要です https://amazon-jp.s3.amazonaws.com/login",
        # Review 26a, S 21: the look-alike letter of a punycode name is named.
        "https://xn--mazon-3ve.co.jp/",
        # Review 12a, item 4: the red headline names only what the message holds (a link and a
        # number; neither: only 「返信」).
        "【Amazon】プライム会費の支払いに失敗しました。https://amazon-prime.example-pay.com/ "
        "または (03) 5757-5252 までご連絡ください。",
        "【Amazon】アカウントを停止しました。このメールにカード番号を書いて返信してください。",
        # Review 20a, 3: one phrase, one sign (the scam-subject note under it).
        "A m a z o n お客様、アカウントが停止されました。http://192.168.0.1/login",
        # Review 25a, S 9: the quote stops before the link that follows it on the line.
        "【Amazon】プライム会費のお支払い方法に問題があります https://bit.ly/3xAmzn",
        # Review 27a, 3: an address naming Amazon on a free-mail domain is a sign.
        "お問い合わせは amazon-support@gmail.com まで",
        # Review 28a, 1: a failed Prime payment without a link is a sign of its own.
        "【Amazon】プライム会費のお支払いが確認できませんでした。お支払い方法をご確認ください。",
        # Review 29a, S 11: the note on Japanese domain names only for something like one.
        "【Amazon】お支払い情報は アマゾン.jp で更新してください。",
        # Review 32a: the domain start as read (2), an IDN letter named (S 9, S 10), the part
        # before 「@」 (S 22).
        "Amαzon: Your account has been locked. Verify at https://amazon.co.jp-signin.xyz/ap/signin",
        "Amazon Prime 会員の満期通知 https://xn--amzon-7qa.jp/renew",
        "ログインはこちら https://www.amazon.co.jp@evil-login.xyz/ap/signin",
        # Review 33a: two suspension phrases, one sign (3: 「停止・制限」 kept whole at 40).
        "【Amazon】お客様のアカウントを一時停止しました。会員資格の利用を制限いたします。",
        # Review 35a: a full-width link, 「末尾は」 kept whole at 40 (2), the quote stops before
        # the link (3).
        "Ａｍａｚｏｎからのお知らせＰＩＮコードを送信してください ｈｔｔｐｓ：／／ａｍａｚｏｎ．ｃｏ．ｊｐ．ｘｙｚ",
        # Review 35a, item 4: an Amazon link's note, 「開かないでください」 kept whole at 40.
        "カード番号を入力してください https://amazon.co.jp/",
        # Review 37a, items 2, 3 and 10: what FACTS gives no rule on, under 「確認できなかったこと」.
        "アマゾンよりご請求。未納料金39,800円。本日中にお支払いがない場合、法的措置に移行します。",
        "Amazonサポートです。返金のため、遠隔操作アプリ AnyDesk を入れて、PayPayで送金してください。",
        # Review 61m, items 2 and 4: Amazon's own words with a deadline, its note; quoted as the
        # failure, 「…自体はAmazonも使う言い方です。」.
        "12月10日までにお支払い方法を更新してください。",
        "お支払い方法をご確認ください。カードの承認が失敗しました。",
        # Review 63m, item 12: the sentence that makes Amazon's own words a sign quoted first,
        # its gloss after it (learnt by the phrase data: never 「続け│て」).
        "カードの有効期限が切れています。12月10日23時59分までに更新してください",
        "会員情報の確認をお願いします。サインインしてご確認ください。",
        "カードの有効期限が切れています。お支払い情報をご確認ください。本日中に更新してください",
        "会員情報の確認をお願いします。本日中にサインインしてご確認ください。",
        # Review 62m, item 14: one title for one-letter imitations, 「rn」 and an added letter
        # named (their sentences learnt by the phrase data: never 「見え│る」, 「加│わって」).
        "https://arnazon.co.jp/ https://rnazon.jp/ https://xn--amazon-0xa.jp/ "
        "https://xn--amzon-gra.jp/ https://amazom.co.jp/",
        # Review 63m, item 6: a payment-failure sign made by a threat names its sign (「兆候2」
        # learnt by the phrase data: never 「（兆候│2）」).
        "お支払い方法が承認されませんでした。お支払い情報を更新しない場合、アカウントを停止します。",
        "アカウントを停止しました。お支払い方法が承認されませんでした。",
    ):
        yield from _both(("check-message", "--text", text))
    yield from _both(("check-message", "--text", "ご注文の商品を発送しました", "--entered-details"))
    # Review 29a, 6: the card step after a call, with --entered-details.
    call = "Amazonカスタマーサービスです。至急 (03) 5757-5252 までお電話ください。"
    yield from _both(("check-message", "--text", call, "--entered-details"))
    for name in sorted(path.name for path in MESSAGES.glob("*.eml")):
        yield from _both(("check-message", str(MESSAGES / name)))
    for name in sorted(path.name for path in MESSAGES.glob("*.html")):  # review 38a, item 1
        yield from _both(("check-message", str(MESSAGES / name)))


def help_calls() -> Iterator[Call]:
    """Help of the app and of every command in each language, and the version."""
    yield Call(("--version",))
    for lang in ("ja", "en"):
        yield from _help_calls({"PRIMEHELP_LANG": lang})


def _help_calls(env: Mapping[str, str]) -> Iterator[Call]:
    yield Call((), env)
    yield Call(("--help",), env)
    for command in (
        "contact",
        "check-number",
        "check-message",
        "sources",
        "renewal",
        "trial",
        "fees",
        "charge",
        "subscriptions",
        "profile",
        "cancel",
        "complain",
        "completion",
        "due",
        "remind",
    ):
        yield Call((command, "--help"), env)


def readme_calls() -> Iterator[Call]:
    """The examples of README.md and docs/*.md, in the environment they are shown with."""
    from tests.support.readme_examples import EXAMPLE_ENV, all_examples

    for _, args, _ in all_examples():
        yield Call(tuple(shlex.split(args)), EXAMPLE_ENV)


def corpus_calls() -> Iterator[Call]:
    """The bad-input corpus (as text in English and as JSON in Japanese) and the good values."""
    from tests.support.corpus import ROOT_CASES, cases, good_cases

    for case in (*cases(), *ROOT_CASES):
        yield Call((*case.args, "--lang", "en"), case.env)
        yield Call((*case.args, "--lang", "ja", "--json"), case.env)
    for case in good_cases():
        yield Call(case.args, case.env)


GROUPS = {
    "commands": command_calls,
    "help": help_calls,
    "readme": readme_calls,
    "corpus": corpus_calls,
}


def _shown(text: str, limit: int = 400) -> str:
    return text if len(text) <= limit else f"{text[:limit]}…[{len(text)} characters]"


def transcript(call: Call, digest_stdout: bool = False) -> str:
    """The record of one run: the command line, exit code, stdout and stderr.

    With ``digest_stdout``, stdout is kept as its SHA-256 (the corpus's thousands of runs).
    """
    from typer.testing import CliRunner

    import primehelp.cli.installed as installed
    import primehelp.cli.remind as remind_command
    import primehelp.cli.remind_tools as remind_tools
    import primehelp.cron_running as cron_running
    from primehelp.cli import app

    with tempfile.TemporaryDirectory() as work:
        config = str(Path(work) / "config")
        env = {**BASE_ENV, "PRIMEHELP_CONFIG_DIR": config, **call.env}
        env = {name: value.replace("<WORK>", work) for name, value in env.items()}
        for name, data in call.files.items():
            (Path(work) / name).parent.mkdir(parents=True, exist_ok=True)
            (Path(work) / name).write_bytes(data)
        for name, target in call.links.items():
            (Path(work) / name).parent.mkdir(parents=True, exist_ok=True)
            (Path(work) / name).symlink_to(Path(work) / target)
        previous, running = Path.cwd(), remind_command.SYSTEMD_RUNNING
        clock, cron_root = remind_command.now, cron_running.ROOT
        # remind finds a cron daemon running (review 43b item 1), unless the call says otherwise
        cron_running.ROOT = call.cron
        # no session bus at /run/user/UID/bus either, which remind finds without XDG_RUNTIME_DIR
        # (review 44b item 2), on whatever desktop the transcripts are recorded
        user_runtime, remind_tools.USER_RUNTIME = remind_tools.USER_RUNTIME, str(NO_SUCH_DIR)
        # the call's HOME is the account's, as cron gives a job (review 45b item 12), whoever
        # records the transcripts
        account, remind_tools.cron_home = remind_tools.cron_home, lambda: os.environ.get("HOME", "")
        remind_command.SYSTEMD_RUNNING = Path(work) if call.systemd_running else NO_SUCH_DIR
        remind_command.now = lambda: NOW  # remind's next 09:00, not the time of this run
        install = installed.this_install  # the stale notice's update: as for a `uv tool` install,
        installed.this_install = lambda: installed.UpdateAdvice(UV_TOOL)  # not this checkout's
        os.chdir(work)
        try:
            result = CliRunner().invoke(app, list(call.args), env=env)
        finally:
            os.chdir(previous)
            installed.this_install = install
            remind_command.SYSTEMD_RUNNING = running
            remind_command.now = clock
            cron_running.ROOT = cron_root
            remind_tools.USER_RUNTIME = user_runtime
            remind_tools.cron_home = account
        out, err = (  # remind's crontab line names this checkout's interpreter: <PYTHON>
            s.replace(config, "<CONFIG>")
            .replace(work, "<WORK>")
            .replace(sys.executable, "<PYTHON>")
            .replace(str(REPO), "<REPO>")  # remind's profile_dir of a fixture (39b item 4)
            for s in (result.stdout, result.stderr)
        )
    # --ics - stamps the time of the run: that line is not compared.
    out = "\n".join(
        "DTSTAMP:<now>" if line.startswith("DTSTAMP:") else line for line in out.split("\n")
    )
    if digest_stdout:
        import hashlib

        out = f"sha256 {hashlib.sha256(out.encode('utf-8', 'backslashreplace')).hexdigest()}"
    env_shown = " ".join(f"{k}={shlex.quote(v)}" for k, v in call.env.items() if k not in BASE_ENV)
    env_shown = env_shown.replace(str(REPO), "<REPO>")  # a saved profile under tests/support
    # <REPO> first, then the cut: the length shown must not depend on where the checkout is.
    command = _shown(shlex.join(("primehelp", *call.args)).replace(str(REPO), "<REPO>"))
    return (
        f"### {env_shown + ' ' if env_shown else ''}{command}\n"
        f"exit: {result.exit_code}\n--- stdout\n{_shown(out, 100_000)}\n--- stderr\n{_shown(err, 2_000)}\n"
    )


_TRANSCRIPT = re.compile(
    r"^### (?P<command>.*?)\nexit: (?P<exit>-?\d+)\n--- stdout\n(?P<stdout>.*?)\n--- stderr\n"
    r"(?P<stderr>.*?)\n(?=### |\Z)",
    re.DOTALL | re.MULTILINE,
)


def recorded(name: str) -> Iterator[tuple[str, int, str]]:
    """(command line, exit code, stdout) of each run kept in ``tests/golden/<name>.txt``."""
    text = (GOLDEN_DIR / f"{name}.txt").read_bytes().decode("utf-8")
    for match in _TRANSCRIPT.finditer(text):
        yield match["command"], int(match["exit"]), match["stdout"]


def render_group(name: str) -> str:
    """The transcripts of one group, in order."""
    return "".join(transcript(call, digest_stdout=name == "corpus") for call in GROUPS[name]())


def main(argv: list[str]) -> int:
    names = argv or list(GROUPS)
    GOLDEN_DIR.mkdir(exist_ok=True)
    for name in names:
        (GOLDEN_DIR / f"{name}.txt").write_bytes(
            render_group(name).encode("utf-8", "backslashreplace")
        )
        sys.stdout.write(f"wrote {GOLDEN_DIR.name}/{name}.txt\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
