"""The bad-input corpus: hostile values as data, and where each command takes input.

Adding a command is one line in ``COMMANDS``: its name, a valid call, and the argv template
for each kind of value it takes (``{}`` marks where the value goes). The cases are expanded
from that: every hostile value into every slot, plus the options every command shares.
``tests/test_bad_input.py`` asserts that ``COMMANDS`` names every command the app has.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.profiles import ANNUAL


@dataclass(frozen=True)
class Command:
    """Where a command takes user input.

    ``slots`` maps a slot name to the argv that carries it, ``{}`` marking the value. The
    name is the kind of value (a key of ``BAD`` and ``GOOD``), optionally followed by
    ``@`` and the option, when a command takes that kind twice (``date@--today``).
    """

    name: str
    valid: tuple[str, ...]  # a call that succeeds and never waits for input
    slots: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    takes_extra_args: bool = False  # an extra word is a value, not an error
    refused: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # fixed bad lines
    env: Mapping[str, str] = field(default_factory=dict)  # e.g. a saved profile to read


def kind(slot: str) -> str:
    return slot.split("@", 1)[0]


_R = ("renewal", "2026-12-31")
_T = ("--today", "2026-11-25")
# Writes a calendar and the profile if the command succeeds: a refusal must write neither.
_W = ("--ics", "new.ics", "--save")
# Where a valid value may be a date that has passed (an old renewal, a --today far ahead), a
# profile without a plan is refused by design (review 29b item 4: `due` could not use it): the
# renewal saves with a plan, the trial (no --plan) writes the calendar only.
# --force: a valid date may be years ahead (2999-12-31), which --save refuses without it (review
# 36b item 1: no annual renewal is more than a year ahead).
_WP = (*_W, "--plan", "annual", "--force")
_WC = ("--ics", "new.ics")
_C = ("cancel", "--no-interactive")
_TRIAL = ("trial", "2026-11-25", *_T)
_M = "Amazonプライムの更新のお知らせ https://amzn.asia/d/7Xk2pQ"  # a message without red flags
# Card statements of tests/fixtures/statements: a known layout, and one read with --columns.
_STATEMENTS = Path(__file__).resolve().parents[1] / "fixtures" / "statements"
_RAKUTEN = str(_STATEMENTS / "rakuten-utf8-bom.csv")
_GENERIC = str(_STATEMENTS / "generic-utf8.csv")
# charge refuses a --date (complain a --renewal) after today: today is the corpus's last valid date, so every valid
# date form is a charge date.
_LAST_DAY = {"PRIMEHELP_TODAY": "2999-12-31"}
_D = ("due", "--today", "2026-12-30")  # with the annual profile: something due (exit 1);
# the valid call is 2026-12-27 --verbose: nothing due yet, one line, exit 0 like the others
_NO_SCHEDULER = {
    "XDG_CONFIG_HOME": "/nonexistent/primehelp-xdg",
    "PATH": "/nonexistent/primehelp-bin",
}


def _calendar_slots(call: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """--events, --alarms and --alarm-time, each with --ics and --save (a refusal writes neither)."""
    return {
        "event-kinds": (*call, *_W, "--events", "{}"),
        "alarm-days": (*call, *_W, "--alarms", "{}"),
        "alarm-time": (*call, *_W, "--alarm-time", "{}"),
    }


def _without_ics(call: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The calendar options without --ics: refused, not ignored."""
    return {
        "events-without-ics": (*call, "--events", "renewal"),
        "alarms-without-ics": (*call, "--alarms", "7,3,1", "--save"),
        "alarm-time-without-ics": (*call, "--alarm-time", "09:00"),
    }


# One line per command. A command that is not on main yet is simply not here.
COMMANDS: tuple[Command, ...] = (
    Command("contact", ("contact",)),
    Command("check-number", ("check-number", "188"), {"phone": ("check-number", "{}")}, True),
    Command("check-message", ("check-message", "--text", _M), {"message@--text": ("check-message", "--text", "{}"), "message-file": ("check-message", "{}")}),
    Command("sources", ("sources",), {"fact-topic": ("sources", "{}")}, True),
    Command("renewal", (*_R, *_T), {"date": ("renewal", "{}", *_T, *_WP), "date@--today": (*_R, "--today", "{}", *_WP), "plan": (*_R, *_T, "--plan", "{}"), "count": (*_R, *_T, "--plan", "monthly", "--count", "{}"), "path@--ics": (*_R, *_T, "--save", "--ics", "{}"), **_calendar_slots((*_R, *_T))}, refused=_without_ics((*_R, *_T))),
    Command("trial", _TRIAL, {"date": ("trial", "{}", *_T, *_WC), "date@--today": ("trial", "2026-11-25", "--today", "{}", *_WC), "path@--ics": (*_TRIAL, "--save", "--ics", "{}"), **_calendar_slots(_TRIAL)}, refused=_without_ics(_TRIAL)),
    Command("profile", ("profile",)),
    Command("cancel", (*_C,), {"via": (*_C, "--via", "{}"), "date@--renewal": (*_C, "--renewal", "{}"), "date@--today": (*_C, "--renewal", "2026-12-24", "--today", "{}")}),
    Command("fees", ("fees",)),
    Command("charge", ("charge", "600"), {"charge-amount": ("charge", "{}"), "statement-text": ("charge", "600", "{}"), "date@--date": ("charge", "600", "--date", "{}"), "statement-file": ("charge", "--statement", "{}"), "columns": ("charge", "--statement", _GENERIC, "--columns", "{}")}, True, env=_LAST_DAY),
    Command("subscriptions", ("subscriptions",)),
    Command("completion", ("completion", "bash"), {"shell": ("completion", "{}")}),
    Command("due", (*_D[:2], "2026-12-27", "--verbose"), {"due-date@--today": ("due", "--verbose", "--today", "{}"), "days@--within": (*_D, "--within", "{}")}, env=ANNUAL),
    # status only (install writes systemd units), where nothing is installed and no systemctl
    # or crontab can be found: the same output on every machine.
    Command("remind", ("remind", "status"), {"remind-action": ("remind", "{}"), "scheduler@--scheduler": ("remind", "status", "--scheduler", "{}")}, env=_NO_SCHEDULER),
    Command("complain", ("complain", "renewal"), {"topic": ("complain", "{}"), "amount": ("complain", "renewal", "--amount", "{}"), "plan": ("complain", "renewal", "--plan", "{}"), "charged-date@--renewal": ("complain", "renewal", "--renewal", "{}")}, env=_LAST_DAY),
)  # fmt: skip


# Values no input of any kind accepts. (id, value)
HOSTILE: tuple[tuple[str, str], ...] = (
    ("empty", ""),
    ("space", " "),
    ("whitespace-mix", " \t \u3000 "),
    ("newline", "\n"),
    ("long-digits-100k", "9" * 100_000),
    ("long-kana-100k", "あ" * 100_000),
    ("long-mixed-100k", "2026-12-31" * 10_000),
    ("ansi-escape", "\x1b[31mred\x1b[0m"),
    ("bell-and-cr", "\x07\r"),
    ("delete-char", "\x7f"),
    ("nul", "\x00"),
    ("nul-inside", "2026\x0012\x0031"),
    ("rtl-override", "\u202e1202"),
    ("zero-width", "\u200b"),
    ("lone-surrogate", "\udcff"),  # what invalid UTF-8 in argv decodes to
    ("emoji", "😀"),
    ("emoji-zwj", "👨\u200d👩\u200d👧"),
    ("emoji-after-digits", "188😀"),
    ("fullwidth-letters", "ＡＢＣ１２３"),
    ("mixed-width-letters", "１２３abc"),
    ("option-like", "-1"),
    ("double-dash-word", "--nope"),
    ("japanese-word", "日本語"),
    ("sql", "'; DROP TABLE x; --"),
    ("format-string", "{0}{lang}%s%n"),
    ("rich-markup", "[bold red]x[/]"),
)

# Kinds whose value names a file: almost any text is a valid file name, so only the names
# refused are tried (no HOSTILE values), and the refusal names the file, not accepted forms.
FILE_KINDS = frozenset({"path", "message-file", "statement-file"})
# Kinds that take free text (a message to check): a HOSTILE value is refused only when it is
# blank or binary; every other one is a message like any other and must be checked (exit 0/1).
FREE_TEXT_KINDS = frozenset({"message", "statement-text"})
NOT_A_MESSAGE = frozenset(
    {"empty", "space", "whitespace-mix", "newline", "bell-and-cr", "nul", "nul-inside"}
)
# Free text given as positional words (charge's TEXT): a word starting with "-" is an option,
# refused as an unknown one like anywhere else.
POSITIONAL_TEXT_KINDS = frozenset({"statement-text"})
OPTION_LIKE = frozenset({"option-like", "double-dash-word"})


def _not_text(slot_kind: str) -> frozenset[str]:
    """The HOSTILE ids a free-text slot of ``slot_kind`` refuses."""
    # review 36a, item 5: a message no encoding decodes cleanly (a lone byte 0xFF in argv) is
    # refused, never judged as read
    undecodable = frozenset({"lone-surrogate"}) if slot_kind == "message" else frozenset()
    # review 39c, S 14: a statement text of digits alone asks whether the amount had a space;
    # review 46c, S 14: a text with no letter at all (signs, digits, emoji) is refused
    # review 47c, item 6: a statement text over 300 characters is refused (one line of a card)
    digits = (
        frozenset(i for i, v in HOSTILE if not any(c.isalpha() for c in v) or len(v.strip()) > 300)
        if slot_kind == "statement-text"
        else frozenset()
    )
    return (
        NOT_A_MESSAGE
        | digits
        | undecodable
        | (OPTION_LIKE if slot_kind in POSITIONAL_TEXT_KINDS else frozenset())
    )


# Kinds that take a negative number as a command's first argument (charge's AMOUNT: -1 is the
# refund of 1 yen, not the unknown option '-1'); their GOOD values hold negative ones.
NEGATIVE_KINDS = frozenset({"charge-amount"})


def hostile_refused(slot_kind: str) -> tuple[tuple[str, str], ...]:
    """The HOSTILE values a slot of ``slot_kind`` must refuse."""
    if slot_kind in FILE_KINDS:
        return ()
    if slot_kind in NEGATIVE_KINDS:
        return tuple(value for value in HOSTILE if value[0] != "option-like")
    if slot_kind in FREE_TEXT_KINDS:
        return tuple(value for value in HOSTILE if value[0] in _not_text(slot_kind))
    return HOSTILE


def hostile_accepted(slot_kind: str) -> tuple[tuple[str, str], ...]:
    """The HOSTILE values a slot of ``slot_kind`` must accept (free text only)."""
    if slot_kind in FREE_TEXT_KINDS:
        return tuple(value for value in HOSTILE if value[0] not in _not_text(slot_kind))
    return ()


def _no_file_names(suffix: str) -> tuple[tuple[str, str], ...]:
    """Names that are no file to read or write: empty, blank, NUL, the current or root folder."""
    return (
        ("empty", ""),
        ("spaces", "   "),
        ("nul", f"a\x00b.{suffix}"),
        ("current-directory", "."),
        ("root-directory", "/"),
    )


def _too_long_names(suffix: str) -> tuple[tuple[str, str], ...]:
    """Names longer than a file system takes."""
    return (("name-too-long", "x" * 300 + f".{suffix}"), ("long-100k", "9" * 100_000))


# Yen written wrong, refused by complain's --amount and charge's AMOUNT alike.
_MALFORMED_YEN = (
    ("european-thousands", "5.900"),
    ("bad-commas", "59,00"),
    ("bad-commas-long", "5,9000"),
    ("yen-only", "¥"),
    ("en-only", "円"),
)

# Values each kind of input refuses, beyond HOSTILE.
BAD: Mapping[str, tuple[tuple[str, str], ...]] = {
    "phone": (
        ("letters", "abc"),
        ("letter-o-for-zero", "O12O-999-373"),
        ("letters-inside", "0120-ABC-373"),
        ("letter-tail", "0120-999-37a"),
        # ("tel-uri", "tel:0120999373") is read since review 36a, S 19: a number copied from a link
        ("too-many-digits", "0120-999-373-1234"),
        ("too-few-digits", "12"),
        ("two-digit-code", "18"),
        ("five-digits", "12345"),  # review 5 item 3: too few, not too many
        ("seven-digits", "1234567"),
        ("no-leading-zero", "10345678901"),  # 12345678901 reads as +1 (62a B 3)
        ("three-digits-no-service", "123"),  # review 5 item 28: no public service
        ("plus-only", "+"),
        ("country-code-only", "+81"),
        ("zero", "0"),
        ("fullwidth-too-few", "１２"),
        ("international-too-long", "+1234567890123456"),
        ("hash-too-few", "#911"),
        ("hash-too-many", "#91100"),
    ),
    "lang": (
        ("xx", "xx"),
        ("locale", "ja_JP"),
        ("tag", "en-US"),
        ("japanese", "日本語"),
        ("spaced", "j a"),
    ),
    # Run in a scratch directory holding `existing.ics` and the regular file `a-file`.
    "path": (
        *_no_file_names("ics"),
        ("missing-directory", "missing-dir/cal.ics"),
        ("under-a-regular-file", "a-file/cal.ics"),
        ("existing-without-force", "existing.ics"),
        *_too_long_names("ics"),
        ("read-only-directory", "/sys/primehelp.ics"),  # sysfs refuses even root
    ),
    # A message file; run in the same scratch directory.
    "message-file": (
        *_no_file_names("eml"),
        ("missing", "missing.eml"),
        ("missing-directory", "missing-dir/a.eml"),
        ("under-a-regular-file", "a-file/a.eml"),
        *_too_long_names("eml"),
        ("device", "/dev/zero"),  # would never end if it were read
        ("stdin-empty", "-"),  # standard input is empty in the corpus runs
    ),
    "message": (("nul-run", "\x00" * 1000), ("controls", "\x01\x02\x03\x04")),
    "statement-text": (("nul-run", "\x00" * 1000), ("controls", "\x01\x02\x03\x04")),
    # A statement file; run in the scratch directory (existing.ics, a-file: not statements).
    "statement-file": (
        *_no_file_names("csv"),
        ("missing", "missing.csv"),
        ("under-a-regular-file", "a-file/a.csv"),
        *_too_long_names("csv"),
        ("device", "/dev/zero"),
        ("not-a-statement", "a-file"),
        ("calendar-file", "existing.ics"),
        # needs --columns (a header naming date/description/amount is read since round 43)
        ("unknown-layout", str(_STATEMENTS.parent / "unlabelled-statement.csv")),
    ),
    "columns": (
        ("unknown-name", "date,price,amount"),
        ("missing-amount", "date,description"),
        ("twice", "date,date,description,amount"),
        ("commas-only", ",,,"),
    ),
    "charge-amount": (
        ("letters", "abc"),
        ("zero", "0"),
        ("zero-yen", "¥0"),
        ("zero-dollars", "US$0.00"),
        ("over-max", "10000001"),
        ("over-max-dollars", "US$100,000.01"),
        ("over-int-limit", "9" * 5000),
        *_MALFORMED_YEN,
        ("dollar-only", "US$"),
        ("yen-word", "5900 yen"),
        ("yen-decimal", "5900.50"),
        ("yen-sign-decimal", "¥14.99"),
        ("bare-decimal", "14.99"),
        ("three-decimals", "US$14.999"),
        ("two-currencies", "¥600 USD"),
        ("euro", "€10"),
        ("man-yen", "1万円"),
        ("two-signs", "-¥-600"),
        ("triangle-only", "△"),
        ("space-thousands", "5 900"),
        ("fullwidth-over-max", "１００００００１"),
        ("two-amounts", "5900 500"),
        ("rtl-inside", "6\u202e00"),
    ),
    "via": (("website", "website"), ("carrier-name", "docomo"), ("two", "web,app")),
    "fact-topic": (("unknown", "nope"), ("dot", "."), ("glob", "*")),
    "date": (
        ("year-0", "0000-01-01"),
        ("year-0-short", "0-1-1"),
        ("year-1899", "1899-12-31"),
        ("year-3000", "3000-01-01"),
        ("year-9999", "9999-12-31"),
        ("year-10000", "10000-01-01"),
        ("not-leap", "2026-02-29"),
        ("feb-30", "2026-02-30"),
        ("month-13", "2026-13-01"),
        ("month-0", "2026-00-10"),
        ("day-0", "2026-12-00"),
        ("day-32", "2026-12-32"),
        ("us-order", "12/31/2026"),
        ("day-first", "31/12/2026"),
        ("us-dashes", "12-31-2026"),
        ("ambiguous-small", "1/2/2026"),
        ("two-digit-year", "26-12-31"),
        ("year-month", "2026-12"),
        ("year-only", "2026"),
        ("five-digits", "20261"),
        ("compact-impossible", "20260230"),
        ("japanese-month-13", "2026年13月1日"),
        ("misspelt-month", "31 Decembr 2026"),
        ("english-day-32", "Dec 32, 2026"),
        ("word", "yesterday"),
        ("with-time", "2026-12-31T00:00"),
        ("trailing-word", "2026-12-31 please"),
        ("mixed-separators", "2026-12/31"),
        ("reiwa", "令和8年12月31日"),
    ),
    "days": (
        ("negative", "-1"),
        ("over-max", "366"),
        ("fraction", "1.5"),
        ("word", "week"),
        ("unit", "7d"),
        ("over-int-limit", "9" * 5000),
    ),
    "remind-action": (("unknown", "start"), ("two", "install status"), ("prefix", "inst")),
    "scheduler": (("launchd", "launchd"), ("both", "systemd,cron"), ("anacron", "anacron")),
    "count": (
        ("negative", "-1"),
        ("zero", "0"),
        ("over-max", "121"),
        ("huge", "99999999999999999999"),
        ("over-int-limit", "9" * 5000),
        ("fraction", "1.5"),
        ("exponent", "1e3"),
        ("word", "three"),
        ("plus", "+3"),
        ("hex", "0x10"),
        ("fullwidth-over-max", "１２１"),
        ("fullwidth-negative", "－１"),
    ),
    "plan": (
        ("yearly", "yearly"),
        ("student", "student"),
        ("two-plans", "annual,monthly"),
        ("japanese-other", "年払い"),
        ("prime", "prime"),
    ),
    "topic": (
        ("plural", "refunds"),
        ("japanese", "払戻"),  # 返金 is taken (review 19a, S 18)
        ("all", "all"),
        ("two-topics", "renewal refund"),
    ),
    "event-kinds": (
        ("unknown", "charge"),
        ("no-hyphen", "cancelby"),
        ("words", "cancel by"),
        ("trailing-comma", "renewal,"),
        ("semicolons", "renewal;notice"),
        ("japanese", "解約"),
        ("all", "all"),
    ),
    "alarm-days": (
        ("over-max", "61"),
        ("negative-in-list", "7,-1"),
        ("fraction", "1.5"),
        ("empty-item", "7,,1"),
        ("trailing-comma", "7,3,"),
        ("commas-only", ","),
        ("word", "seven"),
        ("unit", "7d"),
        ("semicolons", "7;3;1"),
        ("huge", "99999999999999999999"),
        ("over-int-limit", "9" * 5000),
        ("fullwidth-over-max", "６１"),
        ("none-and-days", "none,7"),
    ),
    "alarm-time": (
        ("hour-24", "24:00"),
        ("minute-60", "09:60"),
        ("no-colon", "0900"),
        ("hour-only", "9"),
        ("seconds", "09:00:00"),
        ("am-pm", "9am"),
        ("dot", "09.00"),
        ("negative", "-09:00"),
        ("one-digit-minute", "9:0"),
        ("word", "morning"),
        ("japanese-hour", "9時"),
        ("fullwidth-hour-24", "２４：００"),
        ("arabic-indic-digits", "٠٩:٠٠"),
    ),
    "shell": (
        ("tcsh", "tcsh"),
        ("powershell", "powershell"),
        ("path", "/bin/bash"),
        ("two-shells", "bash,zsh"),
        ("japanese", "バッシュ"),
    ),
    "amount": (
        ("letters", "abc"),
        ("negative", "-5900"),
        ("zero", "0"),
        ("zero-yen", "¥0"),
        ("over-max", "1000001"),
        ("over-max-commas", "1,000,001"),
        ("over-int-limit", "9" * 5000),
        *_MALFORMED_YEN,
        ("yen-word", "5900 yen"),
        ("decimal", "5900.50"),
        ("space-thousands", "5 900"),
        ("fullwidth-over-max", "１０００００１"),
        ("two-amounts", "5900 500"),
    ),
}

# Values each kind must ACCEPT (a parser that refuses them is a fault too).
GOOD: Mapping[str, tuple[tuple[str, str], ...]] = {
    "phone": (
        ("hyphens", "0120-999-373"),
        ("hash-code", "#9110"),
        ("hash-fullwidth", "＃９１１０"),
        ("fullwidth", "０１２０－９９９－３７３"),
        ("mixed-width", "０１２０-999-３７３"),
        ("parens-spaces", "(03) 5757 5252"),
        ("international", "+81 120 999 373"),
        ("international-fullwidth", "＋８１　１２０　９９９　３７３"),
        ("international-trunk-zero", "+81 (0)3 5757 5252"),
        ("no-plus", "81 120 999 373"),
        ("dots", "03.5757.5252"),
        ("katakana-dash", "0120ー999ー373"),
        ("hotline", "188"),
        ("padded", "  188  "),
        ("mobile", "090-1234-5678"),
        ("abroad", "+1 206 266 1000"),
    ),
    "lang": (("ja", "ja"), ("en", "en"), ("upper", "EN"), ("padded", " ja ")),
    "via": (
        ("web", "web"),
        ("app", "app"),
        ("carrier", "carrier"),
        ("upper", "WEB"),
        ("fullwidth", "ｗｅｂ"),
    ),
    "fact-topic": (("contact", "contact"), ("upper", "CONTACT"), ("fees", "fees")),
    "date": (
        ("iso", "2026-12-31"),
        ("slashes", "2026/12/31"),
        ("dots", "2026.12.31"),
        ("compact", "20261231"),
        ("japanese", "2026年12月31日"),
        ("fullwidth", "２０２６－１２－３１"),
        ("mixed-width", "2026-１２-31"),
        ("english-day-first", "31 December 2026"),
        ("english-month-first", "Dec 31, 2026"),
        ("leap-day", "2028-02-29"),
        ("padded", "  2026-12-31  "),
        ("first-year", "1900-01-01"),
        ("last-day", "2999-12-31"),
    ),
    "path": (("new-file", "new.ics"), ("japanese-name", "更新日.ics"), ("stdout", "-")),
    "message-file": (("text-file", "a-file"), ("dot-slash", "./existing.ics")),
    "message": (
        (
            "scam-sms",
            "【Amazon】プライム会費のお支払い方法に問題があります https://amazon-co-jp.top/",
        ),
        ("genuine-sms", _M),
        ("markdown-link", "[Amazon](https://amzn.asia/d/x)"),
        ("html", "<a href='https://evil.example/'>https://www.amazon.co.jp/</a>"),
        ("headers-only", "From: Amazon <a@example.com>\nSubject: x\n"),
    ),
    "count": (("one", "1"), ("max", "120"), ("fullwidth", "１２"), ("leading-zero", "012")),
    "days": (("zero", "0"), ("week", "7"), ("max", "365"), ("fullwidth", "３０")),
    # Never install or uninstall here: those write to the user's systemd directory.
    "remind-action": (("status", "status"), ("upper", "STATUS"), ("fullwidth", "ｓｔａｔｕｓ")),
    "scheduler": (("systemd", "systemd"), ("cron", "cron"), ("upper", "CRON")),
    "plan": (
        ("annual", "annual"),
        ("monthly", "monthly"),
        ("student-annual", "student-annual"),
        ("student-monthly", "student-monthly"),
        ("upper", "ANNUAL"),
        ("underscore", "student_monthly"),
        ("fullwidth", "ａｎｎｕａｌ"),
    ),
    "topic": (
        ("renewal", "renewal"),
        ("refund", "refund"),
        ("cancel", "cancel"),
        ("other", "other"),
        ("upper", "REFUND"),
        ("fullwidth", "ｒｅｆｕｎｄ"),
    ),
    "statement-text": (
        ("downloads", "AMAZON DOWNLOADS"),
        ("lower-case", "amazon prime"),
        ("fullwidth", "ＡＭＡＺＯＮ．ＣＯ．ＪＰ"),
        ("amazon-pay", "Amazon Pay提携サイト"),
        ("usa", "AMZN DIGITAL 利用国USA"),
        ("unknown-shop", "NETFLIX.COM"),
        ("tab-inside", "AMAZON\tDOWNLOADS"),
    ),
    "statement-file": (("rakuten", _RAKUTEN),),
    "columns": (
        ("generic", "date,description,amount,_"),
        ("japanese", "日付,内容,金額,_"),
        ("skip-word", "date,text,amount,skip"),
        ("three", "date,description,amount"),
    ),
    "charge-amount": (
        ("plain", "600"),
        ("commas", "5,900"),
        ("yen-sign", "¥5,900"),
        ("fullwidth-yen-sign", "￥5,900"),
        ("en-suffix", "5900円"),
        ("fullwidth", "５，９００円"),
        ("jpy", "JPY 5900"),
        ("yen-zero-cents", "600.00"),
        ("us-dollars", "US$14.99"),
        ("dollars", "$14.99"),
        ("usd-suffix", "14.99 USD"),
        ("fullwidth-dollars", "US＄１４．９９"),
        ("doru", "139ドル"),
        ("refund-minus", "-600"),
        ("refund-minus-yen", "-¥5,900"),
        ("refund-minus-dollars", "-US$14.99"),
        ("refund-triangle", "△600"),
        ("refund-black-triangle", "▲600"),
        ("refund-minus-sign", "−600"),
        ("refund-after-sign", "¥-600"),
        ("zero-width-inside", "6\u200b00"),
        ("padded", "  600  "),
        ("max", "10,000,000"),
    ),
    "event-kinds": (
        ("one", "renewal"),
        # student-end only with trial --student: beside other kinds elsewhere refused (38b item 8)
        ("every-kind", "renewal,cancel-by,notice"),
        ("upper", "RENEWAL,NOTICE"),
        ("underscore", "cancel_by"),
        ("spaces", "renewal, notice"),
        ("fullwidth", "ｎｏｔｉｃｅ"),
        ("repeated", "notice,notice"),
    ),
    "alarm-days": (
        ("default", "7,3,1"),
        ("one", "1"),
        ("renewal-day", "0"),
        ("max", "60"),
        ("spaces", "7, 3, 1"),
        ("fullwidth", "７，３，１"),
        ("repeated", "3,3"),
        ("leading-zero", "07"),
        ("none", "none"),
        ("none-upper", "NONE"),
    ),
    "alarm-time": (
        ("default", "09:00"),
        ("one-digit-hour", "9:00"),
        ("evening", "21:30"),
        ("fullwidth", "０９：００"),
        ("padded", " 09:00 "),
        ("midnight-if-asked", "00:00"),
        ("last-minute", "23:59"),
    ),
    "shell": (
        ("bash", "bash"),
        ("zsh", "zsh"),
        ("fish", "fish"),
        ("upper", "BASH"),
        ("fullwidth", "ｆｉｓｈ"),
        ("padded", " zsh "),
    ),
    "amount": (
        ("plain", "5900"),
        ("commas", "5,900"),
        ("yen-sign", "¥5,900"),
        ("fullwidth-yen-sign", "￥5,900"),
        ("en-suffix", "5900円"),
        ("fullwidth", "５，９００円"),
        ("fullwidth-plain", "５９００"),
        ("jpy", "JPY 5900"),
        ("max", "1,000,000"),
        ("one", "1"),
    ),
}
# A renewal a fee was charged on (complain's --renewal): a date, from the year Prime started in
# Japan (charges.toml [launch]: 2007; review 26a, item 13) up to today.
BAD = {
    **BAD,
    "charged-date": (*BAD["date"], ("before-prime", "2006-12-31"), ("year-1900", "1900-01-01")),
}
GOOD = {
    **GOOD,
    "charged-date": (
        *(v for v in GOOD["date"] if v[0] != "first-year"),
        ("prime-start", "2007-01-01"),
    ),
}

# due's --today: any date, but with the annual profile (2026-12-31) a day more than a year
# before it is a saved date no renewal can have (review 36b item 1: exit 2, how to save again).
BAD = {**BAD, "due-date": BAD["date"]}
GOOD = {**GOOD, "due-date": tuple(v for v in GOOD["date"] if v[0] != "first-year")}

# Runs that must succeed at the edges of the calendar (schedules far from today).
EDGE_RUNS: tuple[tuple[str, ...], ...] = (
    ("renewal", "2999-12-31", "--today", "2999-12-30", "--plan", "monthly", "--count", "120"),
    ("renewal", "1900-01-31", "--today", "2999-12-31", "--plan", "monthly", "--count", "120"),
    ("renewal", "2028-02-29", "--today", "2026-11-25", "--plan", "annual", "--count", "120"),
    ("trial", "2999-12-31", "--student", "--today", "1900-01-01"),
)


@dataclass(frozen=True)
class Case:
    """One command line that must be refused with exit 2."""

    id: str
    command: str
    args: tuple[str, ...]
    env: Mapping[str, str] = field(default_factory=dict)
    names_a_file: bool = False  # the refusal names the file and its problem (code file_error)


def _fill(template: tuple[str, ...], value: str) -> tuple[str, ...]:
    return tuple(value if part == "{}" else part for part in template)


def _universal(command: Command) -> Iterator[Case]:
    name, valid, env = command.name, command.valid, command.env
    for case_id, value in (*HOSTILE, *BAD["lang"]):
        yield Case(f"{name}:lang={case_id}", name, (*valid, "--lang", value), env)
        yield Case(f"{name}:lang=:{case_id}", name, (*valid, f"--lang={value}"), env)
    yield Case(f"{name}:lang-missing-value", name, (*valid, "--lang"), env)
    yield Case(f"{name}:env-lang=xx", name, valid, {**env, "PRIMEHELP_LANG": "xx"})
    # an empty PRIMEHELP_LANG is not set, so not refused; 「jp」 is, naming ja (review 42a, 24)
    yield Case(f"{name}:env-lang=jp", name, valid, {**env, "PRIMEHELP_LANG": "jp"})
    yield Case(f"{name}:unknown-option", name, (*valid, "--nope"), env)
    yield Case(f"{name}:unknown-short-option", name, (*valid, "-Z"), env)
    yield Case(f"{name}:unknown-option-japanese", name, (*valid, "--言語"), env)
    yield Case(f"{name}:json-with-value", name, (*valid, "--json=yes"), env)
    # An option that takes one value, given twice: the later one used to win (review 26a, S 22)
    yield Case(f"{name}:lang-twice", name, (*valid, "--lang", "en", "--lang=ja"), env)
    if not command.takes_extra_args:
        yield Case(f"{name}:extra-argument", name, (*valid, "extra"), env)
        for case_id, value in HOSTILE:
            yield Case(f"{name}:extra-argument={case_id}", name, (*valid, value), env)


def cases(commands: tuple[Command, ...] = COMMANDS) -> list[Case]:
    """Every bad command line: hostile and kind-specific values in every slot, plus universal."""
    found: list[Case] = []
    for command in commands:
        for slot, template in command.slots.items():
            for case_id, value in (*hostile_refused(kind(slot)), *BAD.get(kind(slot), ())):
                found.append(
                    Case(
                        f"{command.name}:{slot}={case_id}",
                        command.name,
                        _fill(template, value),
                        command.env,
                        names_a_file=kind(slot) in FILE_KINDS,
                    )
                )
        for case_id, args in command.refused.items():
            found.append(Case(f"{command.name}:{case_id}", command.name, args))
        found.extend(_universal(command))
    return found


def good_cases(commands: tuple[Command, ...] = COMMANDS) -> list[Case]:
    """Command lines with valid values in every slot: these must succeed (exit 0 or 1)."""
    found: list[Case] = []
    for command in commands:
        for slot, template in command.slots.items():
            for case_id, value in (*hostile_accepted(kind(slot)), *GOOD[kind(slot)]):
                found.append(
                    Case(
                        f"{command.name}:{slot}={case_id}",
                        command.name,
                        _fill(template, value),
                        command.env,
                    )
                )
        for case_id, value in GOOD["lang"]:
            found.append(
                Case(
                    f"{command.name}:lang={case_id}",
                    command.name,
                    (*command.valid, "--lang", value),
                    command.env,
                )
            )
    return found


# Command lines refused before any command runs.
ROOT_CASES: tuple[Case, ...] = (
    Case("root:unknown-command", "primehelp", ("nope",)),
    Case("root:unknown-command-japanese", "primehelp", ("解約",)),
    Case("root:unknown-command-empty", "primehelp", ("",)),
    Case("root:unknown-command-long", "primehelp", ("x" * 100_000,)),
    Case("root:unknown-command-nul", "primehelp", ("\x00",)),
    Case("root:unknown-option", "primehelp", ("--nope",)),
    # --lang before a command is taken (review 19a, S 13); before none, the help in that language
    # is shown, as for a bare `primehelp` (review 50a, S 26: no longer refused)
    # …with no value, the value is named first: the value is named first (review 25a, S 16)
    Case("root:lang-without-value-or-command", "primehelp", ("--lang",)),
    # an option of another command before the command, and before none (review 17a, S 5)
    Case("root:option-before-command-without-it", "primehelp", ("--today", "2026-12-27", "fees")),
    Case("root:option-with-equals-before-command", "primehelp", ("--today=2026-12-27", "due")),
)
