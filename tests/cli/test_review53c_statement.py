"""Review 53c (charge --statement): the ※ count after rows already to check (item 9), the date
wording of the rows not read (items 14, 15 and 32)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run

FIXTURES = Path(__file__).parents[1] / "fixtures"
BAD = FIXTURES / "review52c_statement" / "bad.csv"
THREE_DATE = FIXTURES / "review52c_statement" / "three_date.csv"
GENERIC = FIXTURES / "review51c" / "generic.csv"
RAKUTEN = FIXTURES / "statements" / "rakuten-utf8-bom.csv"
TODAY = {"PRIMEHELP_TODAY": "2026-12-07"}


def _out(path: Path | str, lang: str, columns: str = "1000", *more: str) -> str:
    env = {"COLUMNS": columns, **TODAY}
    done = run("charge", "--statement", str(path), "--lang", lang, *more, env=env)
    assert done.exit_code in (0, 1), done.stderr
    return done.stdout


def _flat(path: Path | str, lang: str, *more: str) -> str:
    return (" " if lang == "en" else "").join(_out(path, lang, "1000", *more).split())


# ---------------------------------------------------------------- item 9


def test_the_marked_rows_are_said_to_be_others_after_rows_to_check() -> None:
    ja = _flat(BAD, "ja")
    assert "確認が必要な行が1件あります" not in ja
    assert (
        "ほかに、※の付いた行が1件あります。理由は下の「確認が必要な行について」に書いています。"
        in ja
    )
    en = _flat(BAD, "en")
    assert "1 line to check (marked !)." not in en
    assert "Also, 1 line is marked ! (see “About the lines to check” below)." in en


def test_the_marked_rows_alone_keep_their_count() -> None:
    """No row asked to be checked above: 「確認が必要な行（※の行）がN件あります」 (review 54c, item 13)."""
    ja = _flat(RAKUTEN, "ja")
    assert "確認が必要な行（※の行）が" in ja and "ほかに、※" not in ja


# ---------------------------------------------------------------- items 15 and 32


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_date_without_its_day_is_named_alike_above_and_in_the_row(lang: str) -> None:
    out = _flat(GENERIC, lang)
    if lang == "ja":
        assert "（ファイルの2行目は日付が年と月だけです）" in out
        assert "日付が年と月だけです（2026年9月）" in out
        assert "日付に日が" not in out and "日のない日付" not in out
    else:
        assert "line 2 of the file: the date has only a year and a month." in out
        assert "The date has only a year and a month (2026-09)" in out
        assert "has no day" not in out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_date_without_its_year_is_named_alike_above_and_in_the_row(
    tmp_path: Path, lang: str
) -> None:
    path = tmp_path / "s.csv"
    rows = ["日付,摘要,金額", "11/01,AMAZON PRIME,600", "2026-13-01,AMAZON PRIME,600"]
    rows += ["2026/11/03,AMAZON PRIME,600"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = _flat(path, lang)
    if lang == "ja":
        assert "（ファイルの2行目は日付が月と日だけ、3行目は存在しない日付です）" in out
        assert "日付が月と日だけです" in out
        assert "年のない日付" not in out and "日付に年が" not in out
    else:
        assert "line 2: the date has only a month and a day; line 3" in out
        assert "The date has only a month and a day" in out
        assert "has no year" not in out


# ---------------------------------------------------------------- item 14


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_date_in_an_unknown_form_names_the_forms_read(lang: str) -> None:
    out = _flat(THREE_DATE, lang)
    said = (
        "形式の分からない日付です（読める形式の例：2026/11/01、2026-11-01、2026年11月1日）"
        if lang == "ja"
        else "A date in a form primehelp does not know (forms read include 2026/11/01,"
        " 2026-11-01 and 20261101)"
    )
    assert said in out


# ---------------------------------------------------------------- item 13


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_rows_of_no_date_are_said_to_be_left_out_of_the_month_totals(lang: str) -> None:
    out = _flat(THREE_DATE, lang)
    months = out.split("月ごとの合計（利用日の月）" if lang == "ja" else "Totals per month")[1]
    said = (
        "日付を読み取れない行（ファイルの3、4、5行目）は、月ごとの合計に含めていません。"
        if lang == "ja"
        else "Lines whose date cannot be read (lines 3, 4 and 5 of the file) are left out of the"
        " totals per month."
    )
    assert said in months


def test_one_row_of_no_date_left_out_is_one_in_english() -> None:
    out = _flat(GENERIC, "en")
    assert "The line whose date cannot be read (line 2 of the file) is left out" in out


# ---------------------------------------------------------------- item 20


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_nothing_to_check_names_what_was_looked_for_as_charges(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "s.csv"
    rows = ["a,b,c,d", "2026/11/01,AMAZON PRIME,600,x", "2026/11/02,AMAZON DOWNLOADS,980,y"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = _flat(path, lang, "--columns", "date,description,amount,_")
    if lang == "ja":
        assert (
            "確認が必要な行（決まった料金と一致しない請求や、同じ月のうちに、または25日未満の"
            "間隔で2回以上ある請求）は見つかりませんでした。ただし、請求がすべて正しいという"
            "意味ではありません。"
        ) in out
        assert "ある行は見つかりませんでした" not in out
    else:
        assert "This does not mean every charge is right." in out


# ---------------------------------------------------------------- item 24


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_help_says_a_larger_file_is_not_read_in_part(lang: str) -> None:
    done = run("charge", "--help", "--lang", lang, env={"COLUMNS": "1000"})
    flat = (" " if lang == "en" else "").join(done.stdout.split())
    if lang == "ja":
        said = "5MB（5,242,880バイト）以下で、Amazonの行が2,000件以下のファイルです。"  # 56c, 11
        assert said in flat and "2,000行まで読み込みます" not in flat
    else:
        assert "A file of up to 5 MiB with up to 2,000 Amazon lines is read." in flat


# ---------------------------------------------------------------- item 25


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_sum_read_is_split_as_the_table_shows_it(lang: str) -> None:
    out = _flat(FIXTURES / "review51c" / "vp-sjis.csv", lang)
    said = (
        "primehelpが読み込んだ行の合計は25,480円（請求27,730円−返金2,250円）です。"
        if lang == "ja"
        else "add up to 25,480 yen (27,730 yen charged less 2,250 yen refunded)"
    )
    assert said in out


# ---------------------------------------------------------------- item 31


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_same_charge_twice_says_its_text_once(lang: str) -> None:
    out = _flat(FIXTURES / "review51c" / "rk3.csv", lang)
    said = (
        "どの行も、明細の表記が同じか、同じサービスを指す表記です。どれもご自身の利用かどうか、"
        if lang == "ja"
        else "each row's text is the same, or names the same service."
    )
    assert said in out
    assert "読める表記" not in out and "reads as the same service" not in out


# ---------------------------------------------------------------- item 38


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_dollar_prime_row_is_said_in_one_paragraph(lang: str) -> None:
    out = _out(BAD, lang)
    if lang == "ja":
        flat = "".join(out.split())
        said = (
            "ファイルの9行目は米ドルの「AMAZONPRIME」の請求で、amazon.co.jpとは別の"
            "amazon.comアカウントのプライム会費の可能性があります。米ドルの請求は合計に"
            "含めていません。"
        )
        assert said in flat and flat.count("9行目") == 1
    else:
        flat = " ".join(out.split())
        assert "Line 9 of the file is an “AMAZON PRIME” charge in dollars, which may be" in flat
        assert flat.count("line 9") + flat.count("Line 9") == 1


def test_dollar_rows_not_all_prime_keep_both_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    rows = ["日付,摘要,金額", "2026-11-08,AMAZON PRIME,$14.99", "2026-11-09,AMAZON.COM,$5.00"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    flat = "".join(_out(path, "ja").split())
    assert "米ドルの請求は合計に含めていません（ファイルの2、3行目）。" in flat
    assert "ファイルの2行目にある米ドルの「AMAZONPRIME」の請求は" in flat


# ---------------------------------------------------------------- item 19


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_two_statement_files_are_named_by_their_ends(lang: str) -> None:
    first = "tests/fixtures/statements/paypay-utf8.csv"
    second = "tests/fixtures/review52c_statement/noamz.csv"
    done = run("charge", "--statement", first, "--statement", second, "--lang", lang)
    assert done.exit_code == 2, done.stdout
    said = " ".join(done.stderr.split())
    if lang == "ja":
        assert "（「…/paypay-utf8.csv」と「…/noamz.csv」）" in said
    else:
        assert "('…/paypay-utf8.csv', '…/noamz.csv')" in said
    assert ".cs…" not in said and "noamz…" not in said


# ---------------------------------------------------------------- item 33


@pytest.mark.parametrize("spec", ["date、description、amount", "利用日，明細の表記，金額"])
def test_columns_separated_the_japanese_way_are_read(tmp_path: Path, spec: str) -> None:
    path = tmp_path / "s.csv"
    path.write_text("a,b,c\n2026/11/01,AMAZON PRIME,600\n", encoding="utf-8")
    for lang in ("ja", "en"):
        out = _flat(path, lang, "--columns", spec)
        assert ("Amazonの行：1件" if lang == "ja" else "Amazon lines: 1") in out


# ---------------------------------------------------------------- item 22 (and 7)


def test_the_double_fee_note_keeps_its_phrases_at_40_columns() -> None:
    lines = _out(FIXTURES / "review51c" / "counts.csv", "ja", "40").splitlines()
    assert not any(line.rstrip().endswith("二重に") for line in lines), lines
    flat = "".join("".join(lines).split())
    assert "二重請求の場合は、カスタマーサービスに問い合わせてください。問い合わせ方は" in flat
    assert "（`primehelpcomplainrefund`）" not in flat


def test_the_double_fee_note_says_what_the_command_does_in_english() -> None:
    flat = _flat(FIXTURES / "review51c" / "counts.csv", "en")
    assert "contact customer service; `primehelp complain refund` shows how." in flat


def test_two_files_of_one_name_are_not_cut_to_the_same_end() -> None:
    first = "/tmp/" + "a" * 40 + "/x.csv"
    second = "/tmp/" + "b" * 40 + "/x.csv"
    done = run("charge", "--statement", first, "--statement", second, "--lang", "ja")
    assert done.exit_code == 2, done.stdout
    assert "「…/x.csv」と「…/x.csv」" not in done.stderr
    assert "「/tmp/aaaa" in done.stderr and "「/tmp/bbbb" in done.stderr
