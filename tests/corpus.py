"""The bad-input corpus: hostile values as data, and where each command takes input.

Adding a command is one line in ``COMMANDS``: its name, a valid call, and the argv template
for each kind of value it takes (``{}`` marks where the value goes). The cases are expanded
from that: every hostile value into every slot, plus the options every command shares.
``tests/test_bad_input.py`` asserts that ``COMMANDS`` names every command the app has.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Command:
    """Where a command takes user input."""

    name: str
    valid: tuple[str, ...]  # a call that succeeds; universal cases are added to it
    slots: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # kind → argv with "{}"
    takes_extra_args: bool = False  # variadic positional: an extra word is a value, not an error


# One line per command. A command that is not on main yet is simply not here.
COMMANDS: tuple[Command, ...] = (
    Command("contact", ("contact",)),
    Command("check-number", ("check-number", "188"), {"phone": ("check-number", "{}")}, True),
    Command("sources", ("sources",)),
)


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

# Values each kind of input refuses, beyond HOSTILE.
BAD: Mapping[str, tuple[tuple[str, str], ...]] = {
    "phone": (
        ("letters", "abc"),
        ("letter-o-for-zero", "O12O-999-373"),
        ("letters-inside", "0120-ABC-373"),
        ("letter-tail", "0120-999-37a"),
        ("tel-uri", "tel:0120999373"),
        ("too-many-digits", "0120-999-373-1234"),
        ("too-few-digits", "12"),
        ("two-digit-code", "18"),
        ("plus-only", "+"),
        ("country-code-only", "+81"),
        ("zero", "0"),
        ("fullwidth-too-few", "１２"),
        ("international-too-long", "+1234567890123456"),
        ("hash", "#9999"),
    ),
    "lang": (
        ("xx", "xx"),
        ("locale", "ja_JP"),
        ("tag", "en-US"),
        ("japanese", "日本語"),
        ("spaced", "j a"),
    ),
}

# Values each kind must ACCEPT (a parser that refuses them is a fault too).
GOOD: Mapping[str, tuple[tuple[str, str], ...]] = {
    "phone": (
        ("hyphens", "0120-999-373"),
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
}


@dataclass(frozen=True)
class Case:
    """One command line that must be refused with exit 2."""

    id: str
    command: str
    args: tuple[str, ...]
    env: Mapping[str, str] = field(default_factory=dict)


def _fill(template: tuple[str, ...], value: str) -> tuple[str, ...]:
    return tuple(value if part == "{}" else part for part in template)


def _universal(command: Command) -> Iterator[Case]:
    name, valid = command.name, command.valid
    for case_id, value in (*HOSTILE, *BAD["lang"]):
        yield Case(f"{name}:lang={case_id}", name, (*valid, "--lang", value))
        yield Case(f"{name}:lang=:{case_id}", name, (*valid, f"--lang={value}"))
    yield Case(f"{name}:lang-missing-value", name, (*valid, "--lang"))
    yield Case(f"{name}:env-lang=xx", name, valid, {"PRIMEHELP_LANG": "xx"})
    yield Case(f"{name}:env-lang=empty", name, valid, {"PRIMEHELP_LANG": ""})
    yield Case(f"{name}:unknown-option", name, (*valid, "--nope"))
    yield Case(f"{name}:unknown-short-option", name, (*valid, "-Z"))
    yield Case(f"{name}:unknown-option-japanese", name, (*valid, "--言語"))
    yield Case(f"{name}:json-with-value", name, (*valid, "--json=yes"))
    if not command.takes_extra_args:
        yield Case(f"{name}:extra-argument", name, (*valid, "extra"))
        for case_id, value in HOSTILE:
            yield Case(f"{name}:extra-argument={case_id}", name, (*valid, value))


def cases(commands: tuple[Command, ...] = COMMANDS) -> list[Case]:
    """Every bad command line: hostile and kind-specific values in every slot, plus universal."""
    found: list[Case] = []
    for command in commands:
        for kind, template in command.slots.items():
            for case_id, value in (*HOSTILE, *BAD.get(kind, ())):
                found.append(
                    Case(f"{command.name}:{kind}={case_id}", command.name, _fill(template, value))
                )
        found.extend(_universal(command))
    return found


def good_cases(commands: tuple[Command, ...] = COMMANDS) -> list[Case]:
    """Command lines with valid values in every slot: these must succeed (exit 0 or 1)."""
    found: list[Case] = []
    for command in commands:
        for kind, template in command.slots.items():
            for case_id, value in GOOD.get(kind, ()):
                found.append(
                    Case(f"{command.name}:{kind}={case_id}", command.name, _fill(template, value))
                )
        for case_id, value in GOOD["lang"]:
            found.append(
                Case(
                    f"{command.name}:lang={case_id}",
                    command.name,
                    (*command.valid, "--lang", value),
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
    Case("root:lang-before-command", "primehelp", ("--lang", "en", "contact")),
)
