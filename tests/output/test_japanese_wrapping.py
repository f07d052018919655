"""Japanese line breaking (kinsoku shori) in everything primehelp prints, through Rich.

The break points alone, without Rich, are tested in tests/test_linebreak.py. Here: the engine
with Rich's widths against Rich's own breaking, the Rich text class (styles, newlines,
justify, tables), a hypothesis property over random mixes of Japanese and ASCII, and the real
commands at several terminal widths.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

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
from tests.support.clihelp import fake_tool, run
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
    # The situation's benefits item (review 9b item 5: the old one-line situation is gone).
    text = rich_text("ご利用の状況：", style="bold")
    # (Review 10b S 22: its label and value are now 「前回の支払い以降の特典の利用：不明」.)
    text.append("前回の支払い以降の特典の利用：不明", style="cyan")
    lines = text.wrap(console_for("ja"), 24)
    # (Small fixes, item 1: 「前回の支払い」 and 「特典の利用」 are kept whole, break_nouns.py.)
    assert [line.plain for line in lines] == [  # between phrases (tests/output/test_phrases.py)
        "ご利用の状況：",  # the label is kept whole
        "前回の支払い以降の",
        "特典の利用：不明",
    ]
    assert all(line.style == "bold" for line in lines)
    assert [(span.start, span.end, span.style) for span in lines[1].spans] == [(0, 9, "cyan")]
    assert [(span.start, span.end, span.style) for span in lines[2].spans] == [(0, 8, "cyan")]


def test_each_line_of_a_text_with_newlines_is_wrapped_by_itself() -> None:
    assert wrapped("あいうえ漢。\nかきくけこさしすせそ", 10) == [  # a kanji before 「。」 (51a, 30)
        "あいうえ",
        "漢。",
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
    console.print(Text("あいうえおかきくけ漢。さしすせそ"))  # a kanji before 「。」 (51a, 30)
    console.print("たちつてとなにぬねの」はひふ")
    assert out.getvalue().splitlines() == [
        "あいうえおかきくけ",
        "漢。さしすせそ",
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
    # Only a URL longer than the line runs past it (whole, with the 「、」 that follows it),
    # and a command or a fact ID (review 12a item 1, 12b item 1), alone on its line.
    long = [line for line in drawn if cell_len(line) > width and not is_url_line(line)]
    assert [line for line in long if not is_whole_line(line)] == []
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


def is_whole_line(line: str) -> bool:
    """A line that is one command (with 「（」 before it, 「）。」 after it) or one fact ID, with
    its label 「ID：」 in ``sources`` (review 35a, item 6)."""
    return (
        re.fullmatch(r"\s*（?`[^`]+`[）。、]*", line) is not None
        or re.fullmatch(r"\s*(ID：)?[a-z][a-z0-9_]*(\.[a-z0-9_]+)+", line) is not None
    )


def test_the_cli_check_finds_the_urls_it_checks() -> None:
    assert URL in urls_of(("contact",))
    assert "https://www.amazon.co.jp/gp/primecentral" in urls_of(COMMANDS[2])


def test_the_complaint_message_stays_unwrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    out = run("complain", "refund", "--lang", "ja").stdout
    long_lines = [line for line in out.splitlines() if cell_len(line) > 40]
    assert any(line.startswith("プライム会員を解約した場合に") for line in long_lines)


# ---------------------------------------------------------------- review 4, items 2, 7, 8, 38


@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2026-12-08", "--today", "2026-12-05"),
        ("renewal", "2026-11-09", "--plan", "monthly", "--today", "2026-12-05"),
        ("trial", "2026-11-05", "--today", "2026-12-05"),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_key_dates_keep_each_date_whole(
    args: tuple[str, ...], lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 「2026-1│2-05」 in a squeezed column read as another date: the label wraps instead, or
    # the rows are stacked as 「項目：…／日付：…」.
    monkeypatch.setenv("COLUMNS", "40")
    shown = run(*args, "--lang", lang).stdout
    assert "2026-12-05" in shown
    assert re.findall(r"(?<![\d-])\d{4}-\d?\s*(?:│|$)", shown, re.MULTILINE) == []
    # a URL cannot be broken, with a scheme or without (「site/path」, a fee source now listed:
    # review 34b item 1)
    wide = [line for line in shown.splitlines() if cell_len(line) > 40 and "://" not in line]
    # review 36c, item 11: such a source keeps its indent in the 出典 list
    assert [line for line in wide if not re.fullmatch(r" *[\w.-]+\.\w+/\S*", line)] == []


@pytest.mark.parametrize(
    ("args", "example"),
    [
        (
            ("check-message", "--help"),
            # review 41a item 9: a shorter example, to fit 40 columns
            'primehelp check-message --text "Amazon：支払い停止 amaz0n.top"',
        ),
        (
            ("complain", "--help"),
            "primehelp complain renewal --renewal 2026-05-17 --amount 5900 --plan annual",
        ),
        (("charge", "--help"), "primehelp charge 'US$14.99'"),
    ],
)
@pytest.mark.parametrize("columns", ["40", "60", "80"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_help_example_is_never_wrapped(
    args: tuple[str, ...], example: str, columns: str, lang: str
) -> None:
    shown = run(*args, env={"COLUMNS": columns, "PRIMEHELP_LANG": lang}).stdout
    # review 36b item 5: wider than the line, continued with 「 \」 (never inside a word or
    # between an option and its value): joined again, the same command
    shown = re.sub(r" \\\n +", " ", shown)
    assert any(example in line for line in shown.splitlines()), shown


def test_remind_wraps_its_sentences_and_keeps_the_crontab_line_whole(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    # a crontab (with nothing in it), no systemctl: without a crontab, no line (review 27b 5)
    fake_tool(tmp_path / "bin", "crontab", "#!/bin/sh\necho 'no crontab' >&2\nexit 1\n")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    for lang in ("ja", "en"):
        shown = run("remind", "install", "--scheduler", "cron", "--lang", lang).stdout
        lines = shown.splitlines()
        crontab = [line for line in lines if line.startswith("0 9 * * * ")]
        assert len(crontab) == 1 and crontab[0].endswith(f"due --notify --lang {lang}")
        assert [line for line in lines if cell_len(line) > 60 and line not in crontab] == []
        assert len(lines) > len(set(lines) & {""}) + 5  # the sentences were wrapped, not dropped
    for action in ("status", "uninstall"):
        shown = run("remind", action, "--scheduler", "cron", "--lang", "ja").stdout
        long_lines = [line for line in shown.splitlines() if cell_len(line) > 60]
        assert all(str(tmp_path) in line for line in long_lines), long_lines  # paths only


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_a_prompt_wider_than_the_terminal_wraps_before_its_marker(
    columns: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from primehelp import walkthrough
    from primehelp.facts import ui
    from primehelp.output.walkthrough import show_prompt

    monkeypatch.setenv("COLUMNS", str(columns))
    for key in ("answer_prompt", "answer_prompt_first", "step_prompt", "last_prompt"):
        prompt = ui(key, walkthrough.UI)
        show_prompt(prompt, "ja")
        shown = capsys.readouterr().out
        assert shown.endswith("> ") and not shown.endswith("\n")
        lines = shown.split("\n")
        assert all(cell_len(line.rstrip()) < columns for line in lines), lines
        assert all(not line.endswith(" ") for line in lines[:-1])
        assert squeeze(shown) == squeeze(prompt.ja)


def test_a_wrapped_line_ends_without_a_space_on_a_terminal_too() -> None:
    # 「・解約のページは␠」 before the URL's line, in a terminal (piped output was already clean).
    from rich.console import Console

    text = "・解約のページは https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G34EUPKVMYFW8N2U"
    lines = rich_text(text).wrap(Console(width=40, force_terminal=True), 40)
    assert lines[0].plain == "・解約のページは"


WIDE_LABELS = [
    ("3. 「プライム会員資格を終了し、特典の利用を止める」を選びます。", ("終了し、",)),
    ("2. 「会員情報を更新し、プライムをキャンセルする」を選びます。", ("更新し、",)),
    ("   「プライム無料体験と特典利用を止める」と表示されます。", ("体験と",)),
    ("アプリでは「プライム会員情報の管理、キャンセルなど」をタップします。", ("管理、",)),
]


@pytest.mark.parametrize(("text", "breaks"), WIDE_LABELS)
def test_a_label_wider_than_the_line_breaks_at_its_comma_or_evenly(
    text: str, breaks: tuple[str, ...]
) -> None:
    """Review 13b item 3, 13a item 4: 「…終了し、特典の│利用を止める」, 「…プライムを│キャンセル
    する」, 「…特典利用を│止める」 at 40. A quotation wider than the line breaks at its own 「、」,
    else between its phrases where the halves are most even; it breaks once."""
    quote = text[text.index("「") : text.index("」") + 1]
    allowed = {text.index(each) + len(each) for each in breaks}
    cut = min(allowed)  # from where each piece fits, with what is glued to it (「」を」)
    least = max(
        kinsoku.text_width(text[:cut]), kinsoku.text_width(text[cut : text.index("」") + 2])
    )
    assert least <= 40
    for width in range(least, kinsoku.text_width(quote)):
        lines = pieces(text, width)
        at, cuts = 0, []
        for line in lines[:-1]:
            at += len(line)
            if text.index("「") < at <= text.index("」"):
                cuts.append(at)
        assert len(cuts) <= 1 and set(cuts) <= allowed, (width, lines)
