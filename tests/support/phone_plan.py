"""Derive primehelp/phone_plan.py's table from ``phonenumbers`` (the reference, a dev dependency).

``uv run python -m tests.support.phone_plan`` prints ``_GROUPS_BY_PREFIX`` as the module has it:
for each prefix (the digits after the leading 0, up to five), the groups phonenumbers writes a
10-digit Japanese number in, keeping only the prefixes whose groups differ from their parent's.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Iterator

import phonenumbers

PREFIX_DIGITS = 5


def reference_groups(national: str) -> str:
    """How phonenumbers groups a national number: ``"4-3-3"``, or ``""`` when it leaves it whole."""
    number = phonenumbers.parse(national, "JP")
    written = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    parts = written.split("-")
    return "-".join(str(len(part)) for part in parts) if len(parts) > 1 else ""


def ten_digit_prefixes() -> Iterator[str]:
    """Every 5-digit prefix after the 0 of a 10-digit number (010 is the international prefix)."""
    for n in range(10_000, 100_000):
        prefix = str(n)
        if not prefix.startswith("10"):
            yield prefix


def sample(prefix: str) -> str:
    """A 10-digit national number starting with 0 and ``prefix``."""
    return "0" + prefix + "3456"


def derived_table() -> dict[str, str]:
    """Prefix → groups, the shortest prefixes that give every 5-digit prefix its groups."""
    groups = {prefix: reference_groups(sample(prefix)) for prefix in ten_digit_prefixes()}
    table: dict[str, str] = {}

    def walk(prefix: str, keys: list[str], inherited: str | None) -> None:
        most = Counter(groups[key] for key in keys).most_common(1)[0][0]
        if most != inherited:
            table[prefix] = most
        if len(prefix) < PREFIX_DIGITS:
            for digit in "0123456789":
                below = [key for key in keys if key[len(prefix)] == digit]
                if below:
                    walk(prefix + digit, below, most)

    for first in "123456789":
        walk(first, [key for key in groups if key.startswith(first)], None)
    return table


def module_source(table: dict[str, str]) -> str:
    """The table as primehelp/phone_plan.py writes it."""
    by_groups: dict[str, list[str]] = {}
    for prefix, groups in sorted(table.items(), key=lambda item: (len(item[0]), item[0])):
        by_groups.setdefault(groups, []).append(prefix)
    lines = ["_GROUPS_BY_PREFIX = {"]
    for groups, prefixes in by_groups.items():
        wrapped = textwrap.wrap(" ".join(sorted(prefixes)), 84)
        if len(wrapped) == 1:  # as ruff format leaves it
            lines.append(f'    "{groups}": ("{wrapped[0]} "),')
            continue
        lines.append(f'    "{groups}": (')
        lines += [f'        "{line} "' for line in wrapped]
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(module_source(derived_table()))
