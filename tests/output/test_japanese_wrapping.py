"""Japanese line breaking (kinsoku shori) in everything primehelp prints, through Rich.

The break points alone, without Rich, are tested in tests/test_linebreak.py. Here: the engine
with Rich's widths against Rich's own breaking, the Rich text class (styles, newlines,
justify, tables), a hypothesis property over random mixes of Japanese and ASCII, and the real
commands at several terminal widths.
"""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich._wrap import divide_line
from rich.cells import cell_len
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from primehelp.i18n import Lang
from primehelp.output.console import console_for, japanese_breaker, rich_text
from primehelp.output.linebreak import URL as URL_PATTERN
from tests.support import kinsoku
from tests.support.clihelp import run
from tests.support.kinsoku import FORBIDDEN_START, SENTENCE, URL, mixed_text

# What the commands must never start a line (or a table cell's line) with. Not 「・」, which
# starts bullets, nor ASCII, which a column too narrow for a long word folds.
CLI_FORBIDDEN_START = set("、。，．）」』】！？")


def pieces(text: str, width: int, *, japanese: bool = True) -> list[str]:
    """``text`` cut where the terminal's breaker (Rich's widths) breaks it."""
    return kinsoku.pieces(text, width, japanese=japanese, breaker=japanese_breaker())


def assert_kinsoku(lines: list[str], width: int) -> None:
    kinsoku.assert_kinsoku(lines, width, cell_len)


def wrapped(text: str | Text, width: int, lang: Lang = "ja", **options: object) -> list[str]:
    """The lines the Japanese-aware text class draws ``text`` in, ``width`` cells wide."""
    console = console_for(lang)
    if isinstance(text, str):
        text = rich_text(text)
    return [line.plain for line in text.wrap(console, width, **options)]


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_english_breaks_exactly_as_rich_does() -> None:
    text = "The labels may have changed; the page itself is authoritative. Calling 188 works."
    for width in range(5, 90):
        assert japanese_breaker().offsets(text, width) == divide_line(text, width)
    assert pieces("the quick brown fox", 10) == ["the quick ", "brown fox"]


# ---------------------------------------------------------------- the Rich text class


def test_wrap_keeps_styles_across_the_break() -> None:
    text = rich_text("ご利用の状況：", style="bold")
    text.append("Amazonのウェブサイト、有料会員、通常のプライム", style="cyan")
    lines = text.wrap(console_for("ja"), 20)
    assert [line.plain for line in lines] == [  # between phrases (tests/output/test_phrases.py)
        "ご利用の",
        "状況：Amazonの",
        "ウェブサイト、",
        "有料会員、通常の",
        "プライム",
    ]
    assert all(line.style == "bold" for line in lines)
    assert [(span.start, span.end, span.style) for span in lines[1].spans] == [(3, 10, "cyan")]
    assert [(span.start, span.end, span.style) for span in lines[3].spans] == [(0, 8, "cyan")]


def test_each_line_of_a_text_with_newlines_is_wrapped_by_itself() -> None:
    assert wrapped("あいうえお。\nかきくけこさしすせそ", 10) == [
        "あいうえ",
        "お。",
        "かきくけこ",
        "さしすせそ",
    ]


def test_justify_right_and_no_wrap_keep_their_meaning() -> None:
    lines = wrapped("あいうえおかきくけこ", 8, justify="right")
    assert lines == ["あいうえ", "おかきく", "けこ".rjust(6)]
    assert wrapped("あいうえおかきくけこ", 8, no_wrap=True, overflow="ignore") == [
        "あいうえおかきくけこ"
    ]


def test_plain_text_and_strings_become_japanese_text_when_drawn() -> None:
    out = io.StringIO()
    console = console_for("ja")
    console.file = out
    console.width = 20
    console.print(Text("あいうえおかきくけこ。さしすせそ"))
    console.print("たちつてとなにぬねの」はひふ")
    assert out.getvalue().splitlines() == [
        "あいうえおかきくけ",
        "こ。さしすせそ",
        "たちつてとなにぬね",
        "の」はひふ",
    ]


def test_minimum_width_is_the_widest_unbreakable_piece() -> None:
    console = console_for("ja")
    text = rich_text(f"お問い合わせページ：{URL}")
    measured = Measurement.get(console, console.options, text)
    assert measured.minimum == len(URL)
    assert measured.maximum == cell_len(text.plain)
    assert Measurement.get(console, console.options, rich_text("つながります。")).minimum == 4


def test_table_cells_break_by_the_rules_and_fit_their_column() -> None:
    table = Table()
    table.add_column("方法", overflow="fold")
    table.add_column("使い方", overflow="fold", ratio=1)
    table.add_row("電話（コールバック）", SENTENCE)
    out = io.StringIO()
    console = console_for("ja")
    console.file = out
    console.width = 40
    console.print(table)
    drawn = out.getvalue().splitlines()
    assert all(cell_len(line) <= 40 for line in drawn)
    cells = [cell.strip() for line in drawn for cell in re.split("[│┃]", line)]
    assert not [cell for cell in cells if cell and cell[0] in FORBIDDEN_START]
    assert any("16:00" in cell for cell in cells)


# ---------------------------------------------------------------- property


@settings(max_examples=300, deadline=None)
@given(text=mixed_text(), width=st.integers(10, 120), japanese=st.booleans())
def test_random_mixes_keep_the_invariants(text: str, width: int, japanese: bool) -> None:
    lines = pieces(text, width, japanese=japanese)
    assert "".join(lines) == text
    assert all(cell_len(line.rstrip()) <= width for line in lines)
    if japanese_breaker().min_width(text, japanese) <= width:  # else a run is folded, rules or not
        assert_kinsoku(lines, width)
    assert all(line and not line[0].isspace() for line in lines[1:])
    drawn = wrapped(text, width, "ja" if japanese else "en")
    assert squeeze("".join(drawn)) == squeeze(text)
    assert all(cell_len(line) <= width for line in drawn)


# ---------------------------------------------------------------- the commands


COMMANDS = [
    ("contact",),
    ("cancel", "--no-interactive"),
    ("renewal", "2026-12-31", "--plan", "monthly", "--today", "2026-11-25"),
    ("trial", "2026-11-25", "--student", "--today", "2026-11-25"),
    ("fees",),
    ("sources",),
]


def urls_of(args: tuple[str, ...]) -> set[str]:
    """The URLs the Japanese view prints (on a screen wide enough for no line to break)."""
    shown = run(*args, "--lang", "ja", env={"COLUMNS": "1000"}).stdout
    return set(re.findall(r"https?://[!-~]+?(?=[\s、）（。│]|$)", shown))


@pytest.mark.parametrize("width", [40, 60, 100])
@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(args) for args in COMMANDS])
def test_japanese_output_obeys_kinsoku_and_keeps_urls_whole(
    args: tuple[str, ...], width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    result = run(*args, "--lang", "ja")
    assert result.exit_code in (0, 1), result.stderr
    drawn = result.stdout.splitlines()
    assert len(drawn) > 5
    # Only a URL longer than the line runs past it (whole, with the 「、」 that follows it).
    assert [line for line in drawn if cell_len(line) > width and not is_url_line(line)] == []
    # A column narrower than a cluster such as 「せ」）。」 (8 cells) has to fold it.
    parts = [re.split("[│┃]", line) for line in drawn]
    cells = [cell for row in parts for cell in row if len(row) == 1 or cell_len(cell) > 10]
    starts = [cell for cell in cells if cell.strip()[:1] in CLI_FORBIDDEN_START]
    assert starts == []
    for url in urls_of(args):
        assert any(url in line for line in drawn), (url, width)


def is_url_line(line: str) -> bool:
    """A line that is one URL: maybe indented, maybe after 「出典：」, maybe with its date
    （2025年12月） and a 「、」 or 「。」."""
    line = re.sub(r"^\s*(出典：)?", "", line)
    url = URL_PATTERN.match(line)
    return (
        url is not None
        and re.fullmatch(r"(（[0-9年月日]+）)?[、。]?", line[url.end() :]) is not None
    )


def test_the_cli_check_finds_the_urls_it_checks() -> None:
    assert URL in urls_of(("contact",))
    assert "https://www.amazon.co.jp/gp/primecentral" in urls_of(COMMANDS[2])


def test_the_complaint_message_stays_unwrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    out = run("complain", "refund", "--lang", "ja").stdout
    long_lines = [line for line in out.splitlines() if cell_len(line) > 40]
    assert any(line.startswith("プライム会員を解約した場合に") for line in long_lines)
