"""Issue 11: every citation primehelp prints is a page a member can open.

Runs every command and branch of the golden transcripts (both languages, text and JSON), the
README's examples and the bad-input corpus, and looks at everything they print: no name of
this project's workspace ("FACTS", "brief", "§", 「元の資料」), and every source named after
「出典：」 / "Sources:" or in a ``sources`` list of the JSON is in one of the allowed forms.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from primehelp.data_check import source_problem
from tests.support.golden import Call, command_calls, corpus_calls, readme_calls, transcript

FORBIDDEN = ("FACTS", "brief", "§", "元の資料", "shared/")
_RUN = re.compile(r"^### .*?\n--- stdout\n(?P<out>.*)\n--- stderr\n(?P<err>.*)$", re.DOTALL)
_JA_CITATION = re.compile(r"出典：(?P<items>.*?)。\d{4}年\d{1,2}月\d{1,2}日に確認しました。")
_EN_CITATION = re.compile(r"Sources: (?P<items>.*?) \(checked \d{4}-\d{2}-\d{2}\)")
_JA_DATE = re.compile(r"（(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?）$")


def _as_stored(cited: str) -> str:
    """A source as printed in Japanese (「…（2021年1月26日）」) back in its stored form."""
    match = _JA_DATE.search(cited)
    if match is None:
        return cited
    year, month, day = match.groups()
    date = f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
    return f"{cited[: match.start()]} ({date})"


def printed_citations(stdout: str) -> Iterator[str]:
    """Every source named in a 「出典：」 or "Sources:" line of human output."""
    lines = [line.strip().strip("│┃").strip() for line in stdout.split("\n")]  # panels' borders
    for match in _JA_CITATION.finditer("".join(line for line in lines if line != "出典：")):
        yield from (_as_stored(item) for item in match["items"].split("、"))
    joined_en = " ".join(line for line in lines if line != "Sources:")  # a list: _listed
    for match in _EN_CITATION.finditer(joined_en):
        yield from match["items"].split("; ")
    yield from _listed(lines)


def _listed(lines: list[str]) -> Iterator[str]:
    """The sources of a list too wide for one line: 「出典：」 alone, then a source a row (its
    date on the next row when it does not fit), then the check date (review 32b item 1)."""
    items: list[str] | None = None
    for line in [*lines, ""]:
        if line in ("出典：", "Sources:"):
            items = []
        elif items and re.fullmatch(r"（[0-9年月日]+）|\([0-9-]+\)", line):
            items[-1] += line if line[:1] == "（" else " " + line
        elif items is not None and (line.startswith("http") or "/" in line.split(" ")[0]):
            items.append(line.rstrip("、。;"))  # check-message's list keeps its separators
        elif items is not None:  # the check date, or the next paragraph when the screen
            yield from (_as_stored(item) for item in items)  # states it (review 37a item 13)
            items = None


def json_sources(node: Any) -> Iterator[str]:
    """Every entry of every ``sources`` list in a JSON document."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "sources" and isinstance(value, list):
                yield from value
            else:
                yield from json_sources(value)
    elif isinstance(node, list):
        for value in node:
            yield from json_sources(value)


def _calls() -> Iterator[Call]:
    yield from command_calls()
    yield from readme_calls()


@pytest.fixture(scope="module")
def outputs() -> list[tuple[Call, str, str]]:
    found = []
    for call in _calls():
        match = _RUN.match(transcript(call))
        assert match is not None
        found.append((call, match["out"], match["err"]))
    return found


def test_no_workspace_name_is_printed_by_any_command(outputs: list[tuple[Call, str, str]]) -> None:
    for call, out, err in outputs:
        for word in FORBIDDEN:
            assert word not in out + err, (call.args, word)


def test_every_printed_citation_is_a_followable_url(outputs: list[tuple[Call, str, str]]) -> None:
    citations = 0
    for call, out, _ in outputs:
        if "--json" in call.args and out.startswith("{"):
            cited = list(json_sources(json.loads(out)))
        else:
            cited = list(printed_citations(out))
        for source in cited:
            assert source_problem(source) == "", (call.args, source)
        citations += len(cited)
    assert citations > 1000  # the scan found the citations it is meant to check


def test_the_citation_reader_sees_both_languages_and_japanese_dates() -> None:
    ja = (
        "出典：https://komitsu.org（2021年1月26日）、\nexample.com/a。2026年12月2日に確認しました。"
    )
    assert list(printed_citations(ja)) == ["https://komitsu.org (2021-01-26)", "example.com/a"]
    en = "Sources: https://komitsu.org (2021-01-26); shared/FACTS.md\n§4 (checked 2026-12-02)"
    assert list(printed_citations(en)) == ["https://komitsu.org (2021-01-26)", "shared/FACTS.md §4"]


def test_the_bad_input_corpus_prints_no_workspace_name() -> None:
    for call in corpus_calls():
        match = _RUN.match(transcript(call))
        assert match is not None
        for word in FORBIDDEN:
            assert word not in match["out"] + match["err"], (call.args, word)
