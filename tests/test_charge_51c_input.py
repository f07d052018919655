"""Review 51c (charge AMOUNT [TEXT]: the single-charge path)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import charge_screen, run, statement_screen

# -- item 17: 「Student」 after 「Amazon Prime」 names Amazon's own plan, never another company's

EXTRA_JA = "表記にある「Student」は"
EXTRA_EN = "“Student” in the text"
BORROWED_JA = "Amazonの名前を使ったほかの会社"
BORROWED_EN = "another company or site using Amazon's name"


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("typed", ["Amazon Prime Student", "AMAZON PRIME STUDENT"])
def test_prime_student_is_no_stray_word(typed: str, lang: str) -> None:
    screen = charge_screen("charge", "300", *typed.split(), lang=lang)
    assert (EXTRA_JA if lang == "ja" else EXTRA_EN) not in screen
    assert (BORROWED_JA if lang == "ja" else BORROWED_EN) not in screen
    first = screen.split("\n\n")[1]
    assert "Prime Student" in first


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_prime_student_line_of_a_statement_is_prime(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "s.csv"
    path.write_text("date,description,amount\n2026-11-22,Amazon Prime Student,2950\n", "utf-8")
    screen = statement_screen(str(path), lang)
    assert (EXTRA_JA if lang == "ja" else EXTRA_EN) not in screen
    flagged = (
        "知っているAmazonの明細の表記ではありません"
        if lang == "ja"
        else "not a statement text primehelp knows"
    )
    assert flagged not in screen.replace("\n", " ")
    assert "Prime Student" in screen


def test_a_stray_word_after_prime_is_still_said() -> None:
    screen = charge_screen("charge", "300", "AMAZON", "PRIME", "TOP", lang="ja")
    assert "表記にある「TOP」は" in screen


# -- item 1: a unit alone (「600 円」) is no company: since review 63c (R-major 1, B 1) it is read
# as the amount's unit, as the joined form is


_UNITS = [("円", "600円"), ("¥", "600円"), ("JPY", "600円"), ("円也", "600円"), ("yen", "600円")]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(("unit", "joined"), [*_UNITS, ("ドル", "600ドル")])
def test_unit_alone_is_read_as_the_joined_amount(unit: str, joined: str, lang: str) -> None:
    apart = run("charge", "600", unit, "--lang", lang, "--json")
    together = run("charge", joined, "--lang", lang, "--json")
    assert apart.exit_code == together.exit_code == 0, apart.stderr
    assert apart.json()["data"] == together.json()["data"]


# -- item 42: a date or an amount typed after the text is refused, as a lone date is


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("day", ["2026-11-01", "2026/11/01", "2026年11月1日"])
def test_date_after_the_text_is_refused(day: str, lang: str) -> None:
    done = run("charge", "600", "AMAZON", "PRIME", day, "--lang", lang)
    assert done.exit_code == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert f"--date {day}" in done.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_amount_after_the_text_is_refused(lang: str) -> None:
    done = run("charge", "600", "AMAZON", "PRIME", "600円", "--lang", lang)
    assert done.exit_code == 2 and done.stdout == ""
    said = "金額は最初に1回だけ書いてください" if lang == "ja" else "give the amount once, first"
    assert said in done.stderr


def test_a_reference_after_the_text_is_still_read() -> None:
    screen = charge_screen("charge", "600", "AMAZON", "PRIME", "JP", lang="ja")
    assert "明細の表記：「AMAZON PRIME JP」" in screen


# -- item 5: the note quotes the text as typed, as the line 「明細の表記：」 above it does


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("typed", ["Amazon Prime", "ＡＭＡＺＯＮ　ＰＲＩＭＥ"])
def test_note_quotes_the_text_as_typed(typed: str, lang: str) -> None:
    screen = charge_screen("charge", "600", typed, lang=lang)
    # Review 64c, R-minor 4: full-width letters shown half-width, said on 「明細の表記：」's line
    full = typed != "Amazon Prime"
    shown = "AMAZON PRIME" if full else typed
    quoted = f"「{shown}」" if lang == "ja" else f"“{shown}”"
    assert (
        quoted + ("は、多くの場合プライムの会費です" if lang == "ja" else " is usually") in screen
    )
    said = "（入力では全角）" if lang == "ja" else " (typed in full-width)"
    assert (quoted + said in screen) is full
    if not full:
        assert ("「AMAZON PRIME」" if lang == "ja" else "“AMAZON PRIME”") not in screen


# -- item 32: --statement with a word or --date: what was typed, and what to do


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_statement_with_a_word_names_it(lang: str) -> None:
    done = run("charge", "--statement", "/nonexistent.csv", "AMAZON", "--lang", lang)
    assert done.exit_code == 2
    said = (
        "明細の表記は指定できません（指定された値：「AMAZON」）"
        if lang == "ja"
        else "text (given: 'AMAZON')"
    )
    assert said in done.stderr
    assert "どちらか一方" not in done.stderr and "one or the other" not in done.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_statement_with_date_says_to_leave_it_out(lang: str) -> None:
    done = run("charge", "--statement", "/nonexistent.csv", "--date", "2026-11-01", "--lang", lang)
    assert done.exit_code == 2
    said = "`--date` を外してください" if lang == "ja" else "leave out `--date`"
    assert said in done.stderr


# -- S 36: a Japanese era date in --date: said to be one, with its Western year


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("typed", "year"), [("令和8年11月1日", "2026"), ("令和元年5月1日", "2019")]
)
def test_era_date_names_the_western_year(typed: str, year: str, lang: str) -> None:
    done = run("charge", "600", "--date", typed, "--lang", lang)
    assert done.exit_code == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    said = (
        f"西暦で指定してください（{typed[: 4 if '元' in typed else 3]}"
        if lang == "ja"
        else "Western calendar"
    )
    assert said in done.stderr and year in done.stderr
