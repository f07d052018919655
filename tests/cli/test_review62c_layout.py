"""Review 61c (charge, charge --statement), fixed on branch fix-c62b: option names in
backticks on stderr and in the statement's notes (R-minor 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run, statement_file

TODAY = {"PRIMEHELP_TODAY": "2026-12-08"}


# ---------------------------------------------------------------- R-minor 4


@pytest.mark.parametrize(
    ("args", "ja", "en"),
    [
        (
            ("charge", "600", "--date", "2027-01-01"),
            "`--date` の値「2027-01-01」は今日（2026年12月8日）より後の日付です。",
            "`--date` '2027-01-01' is after today (2026-12-08)",
        ),
        (
            ("charge", "600", "--date", "2026-02-30"),
            "`--date` の値「2026-02-30」は",
            "`--date` '2026-02-30'",
        ),
        (
            ("charge",),
            "カードの明細のファイルは `--statement` で指定してください。",
            "a statement file with `--statement FILE`",
        ),
        (
            ("charge", "600", "--columns", "date,description,amount"),
            "`--columns` は `--statement` と一緒に、`--columns date,description,amount,_` のように",
            "use `--columns` together with `--statement FILE`",
        ),
        (
            ("charge", "--statement", "-"),
            "`--statement` は標準入力（`-`）からは読み込めません",
            "`--statement` does not read standard input (`-`)",
        ),
        (
            ("charge", "--", "600", "AMAZON", "--json"),
            "`--json` などのオプションは、",
            "write `--json` and the other options before `--`",
        ),
        (
            ("charge", "600", "2026/11/01"),
            "利用日は `--date 2026/11/01` のように指定してください",
            "give the date of use as `--date 2026/11/01`",
        ),
    ],
)
def test_4_option_names_on_stderr_are_in_backticks(args: tuple[str, ...], ja: str, en: str) -> None:
    for lang, said in (("ja", ja), ("en", en)):
        done = lang_run(*args, lang=lang, env=TODAY)
        assert done.exit_code == 2 and done.stdout == ""
        assert said in done.stderr, done.stderr
        assert "Traceback" not in done.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_the_columns_example_is_in_backticks_before_the_full_stop(
    tmp_path: Path, lang: str
) -> None:
    """「例：--columns date,description,amount,_。」 read as if 「。」 belonged to the argument."""
    path = statement_file(tmp_path, "2026/03/10,AMAZON PRIME,600")
    done = lang_run("charge", "--statement", path, "--columns", "date,description", lang=lang)
    assert done.exit_code == 2
    said = {
        "ja": "使わない列は `_` で指定します。例：`--columns date,description,amount,_`。",
        "en": "and `_` for a column to skip (e.g. `--columns date,description,amount,_`)",
    }
    assert said[lang] in done.stderr
    assert "`--columns` " in done.stderr
    assert " --columns " not in done.stderr.replace("`--columns ", "")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_the_statement_notes_name_columns_in_backticks(tmp_path: Path, lang: str) -> None:
    """A line dated after today: 「…`--columns` を指定した場合はその列の並びを確認してください。」"""
    path = statement_file(tmp_path, "2026/12/03,AMAZON PRIME,600", "2026/12/09,AMAZON PRIME,600")
    done = lang_run("charge", "--statement", path, lang=lang, env=TODAY)
    assert done.exit_code == 0, done.stderr
    said = {
        "ja": "明細の日付と、`--columns` を指定した場合はその列の並びを確認してください。",
        "en": "if you gave `--columns`, the column order.",
    }
    assert said[lang] in joined(done.stdout, lang)
    assert "--columns" not in joined(done.stdout, lang).replace("`--columns`", "")


def _screen(path: str, lang: str, columns: int, *more: str) -> str:
    done = lang_run("charge", "--statement", path, *more, lang=lang, columns=columns, env=TODAY)
    assert done.exit_code == 0, done.stderr
    return done.stdout


def _months(out: str, lang: str) -> str:
    """The 「月ごとの合計」 part of a statement screen."""
    start, end = {
        "ja": ("月ごとの合計", "\nAmazonの行"),
        "en": ("Totals per month", "\nAmazon lines"),
    }[lang]
    return out[out.index(start) : out.index(end)]


# ---------------------------------------------------------------- R-minor 8

# The report's statement (/tmp/rev61c-r.csv), its date, text and amount: at 40 columns, and at 60
# in Japanese, its months are stacked (「請求：600円」 lines), not a table.
REVIEW_ROWS = (
    "2026/08/03,AMAZON PRIME,600",
    "2026/08/12,AMAZON DOWNLOADS,980",
    "2026/08/20,AMAZON.CO.JP,3280",
    "2026/08/25,AUDIBLE,1500",
    "2026/09/03,AMAZON PRIME,600",
    "2026/09/12,AMAZON DOWNLOADS,980",
    "2026/09/14,AMAZON DOWNLOADS,480",
    "2026/09/21,AMAZ0N PRIME,600",
    "2026/10/03,AMAZON PRIME,600",
    "2026/10/12,AMAZON DOWNLOADS,980",
    "2026/10/15,AMAZON PRIME,-600",
    "2026/10/20,Amazon Pay提携サイト,2200",
    "2026/11/03,AMAZON PRIME,600",
    "2026/11/12,AMAZON DOWNLOADS,980",
    "2026/11/13,AMAZON DIGITAL DWNLD 利用国USA,1080",
    "2026/11/30,AMAZON PRIME,5900",
    "2026/12/03,AMAZON PRIME,600",
    "2026/12/09,AMAZON DOWNLOADS,980",
    "2026/12/05,ローソン,300",
)
STACKED = [("ja", 40), ("ja", 60), ("en", 40)]
_TOTALS = {
    "ja": (
        "請求の合計：2,660円（Amazonに似た表記を含む）",
        "請求の合計：3,780円（Amazon Payを含む）",
        "返金の合計：600円",
    ),
    "en": (
        "Total charged: 2,660 yen (including text like Amazon's)",
        "Total charged: 3,780 yen (including Amazon Pay)",
        "Total refunded: 600 yen",
    ),
}


@pytest.mark.parametrize(("lang", "columns"), STACKED)
def test_8_a_totals_label_stays_with_its_amount(tmp_path: Path, lang: str, columns: int) -> None:
    """「請求の合計（Amazonに似た表記を含む）：」 alone, 「2,660円」 at column 0 under it: the amount
    follows the label's first words, what the total includes after it."""
    months = _months(_screen(statement_file(tmp_path, *REVIEW_ROWS), lang, columns), lang)
    flat = joined(months, lang)
    for total in _TOTALS[lang]:
        assert total in flat, months
    lines = months.splitlines()
    assert not any(line.rstrip().endswith(("：", ":")) and "合計" in line for line in lines)
    assert not any(line[:1].isdigit() for line in lines), months  # no amount at column 0
    assert "含む）：" not in flat and "Pay):" not in flat


# ---------------------------------------------------------------- R-minor 9


@pytest.mark.parametrize(("lang", "columns"), STACKED)
def test_9_a_month_of_one_line_has_its_total_too(tmp_path: Path, lang: str, columns: int) -> None:
    """At 40/60 the month of one line (2026年12月) had no 「請求の合計」 though 80/120 show its
    「合計」; the note on the count is apart from that last month."""
    lines = _screen(statement_file(tmp_path, *REVIEW_ROWS), lang, columns).splitlines()
    total = {"ja": "請求の合計：600円", "en": "Total charged: 600 yen"}[lang]
    note = {"ja": "件数は請求と返金の行を合わせた数です。", "en": "The count includes both"}[lang]
    at = next(i for i, line in enumerate(lines) if line.startswith(note))
    assert lines[at - 2 : at] == [total, ""], lines[at - 8 : at + 1]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 80])
def test_9_a_month_of_refunds_has_both_totals_and_the_note_apart(
    tmp_path: Path, lang: str, columns: int
) -> None:
    path = statement_file(tmp_path, "2026/10/03,AMAZON PRIME,600", "2026/10/15,AMAZON PRIME,-600")
    lines = _screen(path, lang, columns).splitlines()
    note = {"ja": "件数は請求と返金の行を合わせた数です。", "en": "The count includes both"}[lang]
    at = next(i for i, line in enumerate(lines) if line.startswith(note))
    assert lines[at - 1] == "", lines[at - 3 : at + 1]
    if columns == 40:  # one group, a charge and its refund: both totals, as the table's 「合計」
        said = {
            "ja": ("請求の合計：600円", "返金の合計：600円"),
            "en": ("Total charged: 600 yen", "Total refunded: 600 yen"),
        }
        assert lines[at - 3 : at - 1] == list(said[lang])


# ---------------------------------------------------------------- R-minor 10

_PAY_SEE = {
    "ja": "Amazon Payでの支払いは、支払ったお店の注文履歴（または確認メール）で、日付と金額を照らし合わせて確認します。",
    "en": "Look for a payment with Amazon Pay in the order history (or the confirmation e-mail) of the shop where you paid, by its date and amount.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_10_the_amazon_pay_place_is_said_as_the_others(tmp_path: Path, lang: str) -> None:
    path = statement_file(tmp_path, "2026/10/20,Amazon Pay提携サイト,2200")
    flat = joined(_screen(path, lang, 80), lang)
    assert ("・" if lang == "ja" else "- ") + _PAY_SEE[lang] in flat
    assert "照らし合わせてください" not in flat
    single = lang_run("charge", "2200", "Amazon Pay提携サイト", lang=lang)
    assert single.exit_code == 0 and _PAY_SEE[lang] in joined(single.stdout, lang)


# ---------------------------------------------------------------- R-minor 11


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 80, 140])
def test_11_a_dollar_row_is_in_date_order(tmp_path: Path, lang: str, columns: int) -> None:
    """The report's generic file: 「利用日：2026年8月15日 … 14.99米ドル」 came after 2026-11-20."""
    path = tmp_path / "usd.csv"
    rows = (
        "2025/09/15,AMAZON PRIME,600,a",
        "2025/12/03,AMAZON DOWNLOADS,980,a",
        "2026/03/10,AMAZON PRIME,600,a",
        "2026/08/15,AMAZON,US$14.99,a",
        "2026/10/03,AMAZON PRIME,600,a",
        "2026/11/20,AMAZON DOWNLOADS,980,a",
    )
    path.write_text("\n".join(("利用日,明細の表記,金額,メモ", *rows)) + "\n", encoding="utf-8")
    out = _screen(str(path), lang, columns, "--columns", "利用日,明細の表記,金額,_")
    start, end = {
        "ja": ("\nAmazonの行", "明細の表記について"),
        "en": ("\nAmazon lines", "\nAbout"),
    }[lang]
    part = out[out.index(start) : out.index(end, out.index(start))]
    days = {
        "ja": [
            "2025年9月15日",
            "2025年12月3日",
            "2026年3月10日",
            "2026年8月15日",
            "2026年10月3日",
            "2026年11月20日",
        ],
        "en": ["2025-09-15", "2025-12-03", "2026-03-10", "2026-08-15", "2026-10-03", "2026-11-20"],
    }[lang]
    at = [part.index(day) for day in days]
    assert at == sorted(at), part
    dollars = part.index("14.99米ドル" if lang == "ja" else "14.99")
    assert at[3] < dollars < at[4]
