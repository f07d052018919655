"""``primehelp charge --statement FILE [--columns SPEC]``: the options and the run, for the
``charge`` command to call.

The command keeps its own options; it adds :data:`StatementOption` and :data:`ColumnsOption`
to its signature and, when ``--statement`` is given, hands over to :func:`run_statement` with
its classifier (what one Amazon line may be). The file is read here, at most one byte over the
limit, so the reader can refuse a large file in its own words; nothing is written anywhere.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from primehelp.errors import BadInput, shown
from primehelp.i18n import Lang, Text

if TYPE_CHECKING:  # the reader loads only when --statement is given
    from primehelp.statement import Classification, StatementSummary
    from primehelp.statement_csv import StatementLine

Classify = Callable[["StatementLine"], "Classification"]

StatementOption = Annotated[
    str | None,
    typer.Option(
        "--statement",
        metavar="FILE",
        help=(
            "Read a card statement saved as CSV (UTF-8 or Shift_JIS; Rakuten Card, PayPay Card, "
            "VIEW Card, SMBC Vpass, or any card with --columns), find the Amazon lines and "
            "summarise them per month and service. A file of up to 5 MiB with up to 2,000 Amazon "
            "lines is read. Nothing is saved or sent."
        ),
        show_default=False,
    ),
]
ColumnsOption = Annotated[
    str | None,
    typer.Option(
        "--columns",
        metavar="SPEC",
        help=(
            "With --statement: the file's columns in order, by the names date (the day of use), "
            "description (the statement text) and amount, _ for a column to skip (e.g. "
            "date,description,amount,_), for a card primehelp does not support. The Japanese names "
            "利用日, 明細の表記 and 金額 are accepted too."
        ),
        show_default=False,
    ),
]

EPILOG_LINE = "Example: primehelp charge --statement rakuten-2026-11.csv"

_COLUMNS_ALONE = Text(
    # review 33c, item 6: the example's option and value stay on one line at any width
    "`--columns` は `--statement` と一緒に、`--columns date,description,amount,_` のように指定してください",
    "use `--columns` together with `--statement FILE`, as in `--columns date,description,amount,_`",
)
_NAME_A_FILE = Text(
    "`--statement` には、カード会社のサイトから保存したCSVファイルの名前を指定してください",
    "give `--statement` the name of the CSV file saved from the card company's site",
)


def _alone(others: tuple[str, ...], typed: tuple[str, ...]) -> Text:
    """Refuse AMOUNT, TEXT or --date beside --statement: what was typed, and what to do (review
    51c, item 32: 「AMAZON」 is no amount; --date alone asks for an amount, so never 「どちらか一方」)."""
    if typed:
        said, listed = "".join(map(shown, typed)), ", ".join(map(shown, typed))
        date_ja = "`--date` も外してください。" if "--date" in others else ""
        date_en = "; leave out `--date` too" if "--date" in others else ""
        return Text(
            # review 64c, R-minor 5: what was typed, apart from what cannot be given
            f"`--statement` を使うときは、金額や明細の表記は指定できません（指定された値：{said}）。"
            f"{date_ja}明細のファイルだけを指定してください",
            f"with `--statement`, give no amount or statement text (given: {listed}){date_en}: "
            "give the statement file only",
        )
    return Text(
        "`--statement` では明細の各行の利用日を使うため、`--date` は指定できません。`--date` を外してください",
        "`--statement` uses each line's day of use, so `--date` cannot be given with it: leave "
        "out `--date`",
    )


def _one_file(others: tuple[str, ...]) -> None:
    """Refuse a second file (``--statement 明細*.csv`` with two months saved: the shell gives
    the second as AMOUNT), named as such, never as an amount (review 38c, item 17)."""
    from pathlib import Path

    for other in others:
        if other.casefold().endswith((".csv", ".txt", ".tsv")) or Path(other).is_file():
            raise BadInput(
                Text(
                    f"`--statement` で読み込めるファイルは1つだけです（2つ目：{shown(other, None)}）。ファイルごとに実行してください",
                    f"`--statement` reads one file only (the second: {shown(other, None)}); run it once per file",
                )
            )


def check_columns(statement: str | None, columns: str | None) -> None:
    """Refuse ``--columns`` without ``--statement``."""
    if columns is not None and statement is None:
        raise BadInput(_COLUMNS_ALONE)


def statement_bytes(name: str) -> bytes:
    """The bytes of the statement file ``name``; a special file, a folder or a missing file is
    refused, and so is a file over the reader's limit."""
    from primehelp.files import read_named_file
    from primehelp.statement_decode import MAX_FILE_BYTES, check_size

    if not name.strip():
        raise BadInput(_NAME_A_FILE)
    if name == "-":  # no file named 「-」: standard input, which is not read (review 36c, S 25)
        raise BadInput(
            Text(
                "`--statement` は標準入力（`-`）からは読み込めません。CSVファイルの名前を指定してください",
                "`--statement` does not read standard input (`-`); give the name of the CSV file",
            )
        )
    return read_named_file(name, MAX_FILE_BYTES, check_size)


def read_summary(
    name: str, columns: str | None, classify: Classify, today: str | None = None
) -> "StatementSummary":
    """Read the statement file ``name`` (in the layout ``columns`` names, if any) and summarise
    its Amazon lines with ``classify``; a day of use after today (``--today``, else the date in
    Japan) is flagged."""
    from dataclasses import replace

    from primehelp.cli.schedule import today_in_japan
    from primehelp.content import statement as content
    from primehelp.statement import summarise
    from primehelp.statement_columns import parse_columns
    from primehelp.statement_csv import read_statement

    where = parse_columns(columns) if columns is not None else None  # a bad SPEC before the file
    data = statement_bytes(name)
    read = read_statement(data, where)
    summary = summarise(read, content.load(), classify, today_in_japan(today))
    summary = replace(summary, if_none_fits=content.none_fits())  # review 59c, item 2
    from primehelp.statement_empty import check_rows  # no dated row at all (40c, S 7)

    check_rows(read, summary)
    if where is not None:  # columns that do not fit the file: refused (review 38c, items 1, 3)
        from primehelp.statement_fit import check_fit

        amazon = len(summary.lines) + len(summary.unreadable_amazon_rows)
        said = amazon + len(summary.undated_amazon_rows)
        check_fit(read.records, where, said, content.load())  # decoded once (review 39c)
    return summary


def show_statement(summary: "StatementSummary", lang: Lang) -> None:
    from primehelp.output.statement import (
        human_statement,  # text only: --json and errors do without it
    )

    human_statement(summary, lang)


def run_statement(
    command: str,
    statement: str,
    columns: str | None,
    lang: str | None,
    json_output: bool,
    classify: Classify,
    today: str | None = None,
    given_with: tuple[str, ...] = (),
    given: tuple[str, ...] = (),
) -> NoReturn:
    """Run ``COMMAND --statement FILE``: read, summarise, print as text or JSON, exit 0.

    ``given_with`` names the command's other inputs given too (``AMOUNT``, ``--date``): they
    make no sense with a statement, and are refused in one line; ``given``: the values of the
    arguments (AMOUNT and TEXT), a file name among them refused as a second file.
    """
    from primehelp.cli.running import run

    def produce(_lang: Lang) -> "StatementSummary":
        if given_with:
            _one_file(given)
            raise BadInput(_alone(given_with, given))
        summary = read_summary(statement, columns, classify, today)
        if not json_output:
            return summary
        from dataclasses import replace

        from primehelp.statement_totals import json_lines  # as ``services`` (review 61c, B 1)

        return replace(summary, lines=json_lines(summary.lines))

    run(command, lang, json_output, produce, show_statement, today_option=today)
