"""records.record_fields: one reading of the JSON fields of dataclasses and named tuples.

A named tuple has no field metadata: it names the fields that are a view's wording, not data, in
``not_in_json()`` (Fact.alone, HistoryEntry.renewals_none). Those must never reach ``--json``,
and the order of the other fields must stay the declaration order (the JSON contract).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any, NamedTuple

from primehelp.facts import Fact, all_facts
from primehelp.i18n import Text
from primehelp.records import record_fields
from tests.support.clihelp import json_data


class _Plain(NamedTuple):
    b: int
    a: int


class _Worded(NamedTuple):
    shown: int
    wording: str = ""
    later: int = 0

    def not_in_json(self) -> frozenset[str]:
        return frozenset({"wording"})


@dataclasses.dataclass(frozen=True)
class _Kept:
    first: int
    hidden: int = dataclasses.field(default=0, metadata={"json": False})
    last: int = 0


def test_each_kind_of_record_gives_its_fields_in_order_without_the_wording() -> None:
    assert record_fields(_Plain(1, 2)) == ("b", "a")
    assert record_fields(_Worded(1, "x", 2)) == ("shown", "later")
    assert record_fields(_Kept(1)) == ("first", "last")


def test_other_values_are_not_records() -> None:
    for value in ((1, 2), [1], {"a": 1}, "ab", 3, dt.date(2026, 1, 1), _Kept):
        assert record_fields(value) is None, value


def test_a_fact_keeps_its_standalone_wording_out_of_the_json() -> None:
    fact = Fact("x", Text("は", "is"), "H", dt.date(2026, 1, 1), ("https://a.jp",), Text("a", "b"))
    assert record_fields(fact) == ("id", "text", "confidence", "checked", "sources")
    assert any(f.alone is not None for f in all_facts())  # the case exists in the bundled data


def _keys(document: Any) -> Iterator[str]:
    if isinstance(document, dict):
        for key, value in document.items():
            yield key
            yield from _keys(value)
    elif isinstance(document, list):
        for value in document:
            yield from _keys(value)


def test_no_view_wording_reaches_the_json_of_fees_or_sources() -> None:
    fees = json_data("fees")
    sources = json_data("sources")
    keys = set(_keys(fees)) | set(_keys(sources))
    assert not keys & {"alone", "renewals_none", "until_assumed"}
    row = fees["history"][0]
    assert list(row)[:4] == ["plan", "name", "fee_yen", "new_members"]
    assert "renewals_until" in row and "new_members_from" in row
