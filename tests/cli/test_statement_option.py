"""``--statement FILE [--columns SPEC]`` end to end, through a stand-in for the charge command.

The ``charge`` command is built elsewhere; this app wires the two options the way it will
(``primehelp/cli/statement_option.py``), with the tests' tiny classifier. Text output in both
languages, on narrow terminals and without colour; the files a reader must refuse; the JSON
object checked against its published definition (common.schema.json#/$defs/charge_statement).
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
import typer
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from rich.cells import cell_len
from typer.testing import CliRunner

from primehelp.cli.options import JsonOption, LangOption
from primehelp.cli.statement_option import (
    ColumnsOption,
    StatementOption,
    check_columns,
    read_summary,
    run_statement,
)
from primehelp.errors import BadInput
from primehelp.output.envelope import jsonable
from primehelp.output.linebreak import URL
from primehelp.statement_decode import MAX_FILE_BYTES
from primehelp.statement_totals import json_lines
from tests.support import json_contract
from tests.support.tiny_classifier import classify

FIXTURES = Path(__file__).parents[1] / "fixtures" / "statements"
RAKUTEN = str(FIXTURES / "rakuten-utf8-bom.csv")

stand_in = typer.Typer()


@stand_in.command()
def charge(
    statement: StatementOption = None,
    columns: ColumnsOption = None,
    amount: str | None = None,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    assert statement is not None
    others = ("AMOUNT",) if amount is not None else ()
    typed = (amount,) if amount is not None else ()  # as charge passes them (51c, item 32)
    run_statement(
        "charge", statement, columns, lang, json_output, classify, given_with=others, given=typed
    )


def invoke(*args: str, **env: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(stand_in, list(args), env={"COLUMNS": "100", **env})
    return result.exit_code, result.stdout, result.stderr


# ---------------------------------------------------------------- text output


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.csv")))
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_fixture_prints_one_summary(name: str, lang: str) -> None:
    columns = ("--columns", "date,description,amount,_") if name.startswith("generic") else ()
    code, out, err = invoke("--statement", str(FIXTURES / name), *columns, "--lang", lang)
    assert (code, err) == (0, "")
    title = "月ごとの合計" if lang == "ja" else "Totals per month"
    assert out.count(title) == 1
    assert ("出典：" if lang == "ja" else "Sources:") in out
    assert "\x1b" not in out  # not a terminal: no colour


def test_japanese_summary_names_what_to_check() -> None:
    code, out, _ = invoke("--statement", RAKUTEN, "--lang", "ja")
    assert code == 0
    # review 38c, item 12: 「BOM付きUTF-8」, never split after its 「、」
    assert "楽天カードの明細として読み込みました（文字コード：BOM付きUTF-8）" in out
    counts = [
        "・Amazonの行：8件",
        "・そのほかの行：1件（表示しません）",
        "・日付か金額のない行：2件（見出しや合計の行など）",
    ]
    assert all(line in out.splitlines() for line in counts)  # each count on its own line
    assert "考えられる内容は、金額と明細の表記から推定したものです。" in out
    assert "見立て" not in out  # the column and the sentence name it the same way
    assert out.encode("cp932")  # every character a Shift_JIS terminal can show
    assert "確認が必要な行（※の行）が3件あります" in out
    assert (
        out.count("※同じ金額の請求が、同じ月のうちに、または25日未満の間隔で2回以上あります") == 2
    )  # review 36c, item 2: its words (with its subject since review 41c, item 10)
    assert out.count("※決まった料金のどれとも一致しません") == 1  # review 10a, item 11
    assert "ローソン" not in out  # other lines are counted, never shown
    assert "13,920円" in out and "2026年10月" in out
    assert "「利用国USA」は、日本での購入でも付くことがあります" in out


def test_english_summary() -> None:
    code, out, _ = invoke("--statement", RAKUTEN, "--lang", "en")
    assert code == 0
    assert "Read as a Rakuten Card statement (encoding: UTF-8 with BOM)" in out
    assert "3 lines to check" in out
    assert (
        out.count(
            "! The same amount charged twice or more within one month, or less than 25 days apart"
        )
        == 2
    )  # review 36c, item 2
    assert "Amazon Pay (paid at another shop)" in out
    assert "- Other lines: 1 (not shown)" in out.splitlines()  # review 36c, item 13
    assert "ローソン" not in out


def test_no_flag_is_not_called_a_clean_bill(tmp_path: Path) -> None:
    path = tmp_path / "one.csv"
    path.write_text("利用日,利用店名・商品名,利用金額\n2026/11/01,AMAZON PRIME,600\n", "utf-8")
    japanese = (
        "同じ月のうちに、または25日未満の間隔で2回以上ある請求）は見つかりませんでした。",
        "正しいという意味ではありません",
    )
    for lang, said in (("ja", japanese), ("en", ("does not mean",))):
        code, out, _ = invoke("--statement", str(path), "--lang", lang)
        assert code == 0 and all(phrase in out.replace("\n", "") for phrase in said)


def test_a_statement_without_amazon_lines(tmp_path: Path) -> None:
    path = tmp_path / "none.csv"
    path.write_text("利用日,利用店名・商品名,利用金額\n2026/11/01,ローソン,600\n", "utf-8")
    code, out, _ = invoke("--statement", str(path), "--lang", "en")
    assert code == 0
    assert "No Amazon line was found." in out
    assert "Other lines: 1" in out and "ローソン" not in out
    assert "Totals per month" not in out


def test_a_hostile_statement_text_is_printed_inert(tmp_path: Path) -> None:
    path = tmp_path / "bidi.csv"
    text = "利用日,利用店名・商品名,利用金額\n2026/11/01,AMAZON PRIME\u202e[red]x[/red],600\n"
    path.write_text(text, "utf-8")
    code, out, _ = invoke("--statement", str(path), "--lang", "en")
    assert code == 0
    assert "\u202e" not in out
    assert "\\u202e[red]x[/red]" in out.replace("\n", "").replace(" ", "")


@pytest.mark.parametrize("width", [40, 60, 80, 120])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_dates_amounts_and_statement_texts_are_never_split(width: int, lang: str) -> None:
    # Too narrow for the table, each row is printed as lines of 「見出し：内容」 instead.
    paypay = str(FIXTURES / "paypay-utf8.csv")
    code, out, _ = invoke("--statement", paypay, "--lang", lang, COLUMNS=str(width))
    assert code == 0
    dates = ("2026-09-24", "2026-10-05") if lang == "en" else ("2026年9月24日", "2026年10月5日")
    for whole in (*dates, "AMAZON DOWNLOADS", "AMZN DIGITAL 利用国USA"):
        assert whole in out, (whole, out)
    assert max(cell_len(line) for line in out.splitlines() if "http" not in line) <= width


@pytest.mark.parametrize("width", [40, 60])
def test_narrow_terminals_keep_every_line_inside(width: int) -> None:
    code, out, _ = invoke("--statement", RAKUTEN, "--lang", "ja", COLUMNS=str(width))
    assert code == 0
    # Only a source URL longer than the line runs past it, whole (cut, it would not open).
    wide = [line for line in out.splitlines() if cell_len(line) > width]
    assert [line for line in wide if not URL.fullmatch(line.strip().rstrip("、。"))] == []


def test_no_color_prints_no_escape() -> None:
    code, out, _ = invoke("--statement", RAKUTEN, NO_COLOR="1", TERM="xterm-256color")
    assert code == 0 and "\x1b" not in out


# ---------------------------------------------------------------- refusals: one line, exit 2


def _refused(*args: str, lang: str = "en") -> str:
    code, out, err = invoke(*args, "--lang", lang)
    assert code == 2, out
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


def test_a_missing_file() -> None:
    assert "no such file" in _refused("--statement", "missing.csv")


def test_a_directory(tmp_path: Path) -> None:
    assert "it is a directory" in _refused("--statement", str(tmp_path))


def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    assert "FIFO" in _refused("--statement", str(fifo))


def test_a_device() -> None:
    assert "device" in _refused("--statement", "/dev/zero")


def test_a_file_over_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    assert "up to 5 MiB" in _refused("--statement", str(big))
    assert "5MB（5,242,880バイト）までです" in _refused("--statement", str(big), lang="ja")


@pytest.mark.parametrize(("name", "said"), [("", "give `--statement` the name"), ("a\x00b", "NUL")])
def test_names_that_are_no_file(name: str, said: str) -> None:
    assert said in _refused("--statement", name)


def test_an_unknown_layout_suggests_columns(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("Date,Payee,Amount\n2026-11-01,AMAZON PRIME,600\n", "utf-8")
    err = _refused("--statement", str(path))
    assert "--columns date,description,amount,_" in err  # review 38c, item 1: a real layout
    ja = _refused("--statement", str(path), lang="ja")
    assert "楽天カード" in ja and "--columns" in ja


def test_a_bad_columns_spec_is_refused_before_the_file_is_read() -> None:
    assert "'price' is not a column name" in _refused(
        "--statement", "missing.csv", "--columns", "date,price,amount"
    )


def test_binary_and_utf16_files(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"\x00\x01\x02")
    assert "UTF-8 or Shift_JIS" in _refused("--statement", str(path))
    # review 38c, S 3: UTF-16 with its BOM is read now; a header alone is refused as such
    path.write_bytes("日付,内容,金額\n".encode("utf-16"))
    assert "UTF-8 or Shift_JIS" not in _refused("--statement", str(path))


def test_statement_with_another_input_is_refused() -> None:
    err = _refused("--statement", RAKUTEN, "--amount", "600")
    # review 51c, item 32: what was typed, what to do (no 「どちらか一方」)
    assert "with `--statement`, give no amount or statement text (given: '600')" in err
    assert "金額や明細の表記は指定できません（指定された値：「600」）" in _refused(
        "--statement", RAKUTEN, "--amount", "600", lang="ja"
    )


def test_columns_without_statement_is_refused() -> None:
    check_columns("file.csv", "date,description,amount")
    check_columns(None, None)
    with pytest.raises(BadInput, match="use `--columns` together with `--statement FILE`"):
        check_columns(None, "date,description,amount")


# ---------------------------------------------------------------- the JSON object


def _validator() -> Draft202012Validator:
    schemas = [json.loads(p.read_text("utf-8")) for p in json_contract.SCHEMA_DIR.glob("*.json")]
    registry: Registry[Any] = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas
    )
    ref = "https://primehelp.invalid/schemas/common.schema.json#/$defs/charge_statement"
    return Draft202012Validator(
        {"$ref": ref}, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def _document(name: str, lang: str, columns: str | None = None) -> dict[str, Any]:
    """The ``data`` object --json prints: the summary, then the facts' age (added by run())."""
    summary = read_summary(str(FIXTURES / name), columns, classify)
    # --json names a look-alike's line as its totals do (review 61c, B 1)
    summary = dataclasses.replace(summary, lines=json_lines(summary.lines))
    data: dict[str, Any] = jsonable(summary, lang)
    data.update({"facts_checked": "2026-12-02", "facts_stale": False})
    return json.loads(json.dumps(data, ensure_ascii=False))  # what a reader of stdout gets


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.csv")))
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_json_matches_its_published_definition(name: str, lang: str) -> None:
    columns = "date,description,amount,_" if name.startswith("generic") else None
    document = _document(name, lang, columns)
    errors = [error.message for error in _validator().iter_errors(document)]
    assert errors == []


def test_json_fields_of_a_line() -> None:
    document = _document("rakuten-utf8-bom.csv", "en")
    line = document["lines"][3]
    assert line == {
        "row": 6,
        "date": "2026-10-15",
        "description": "AMAZON DOWNLOADS 利用国USA",
        "amount_yen": 2880,
        "text": "amazon_downloads",
        "abroad": True,
        "service": "unknown",
        "label": "no known price",
        "known_price": False,
        "flags": ["no_known_price"],
        "same_price_as": None,  # review 13a, S 10: only beside a line not flagged
        "text_known": True,  # review 15a, items 2 and 3
        "detail": None,  # review 19a, item 1: only for a Prime text of another amount
        "refund_of_row": None,  # review 31c, item 1: a refund's fee in the file
        "refund_of_rows": None,  # review 57c item 2: every fee a refund gives back
        "foreign_usd": "20.00",  # review 43c, item 10: the card's 「現地利用額」 line
        "foreign_amount": "20.00",  # review 46c, item 4: any currency
        "foreign_currency": "USD",
        "estimated": None,  # review 61c, B 1: a look-alike's service by its amount
    }
    assert (document["layout"], document["encoding"], document["flagged"]) == (
        "rakuten",
        "utf-8-bom",
        3,
    )


def test_the_definition_is_strict() -> None:
    document = _document("smbc-vpass-shift_jis.csv", "ja")
    validator = _validator()
    assert validator.is_valid(document)
    for broken in (
        {**document, "extra": 1},
        {k: v for k, v in document.items() if k != "other_lines"},
        {**document, "layout": "jcb"},
        {**document, "lines": [{**document["lines"][0], "flags": ["odd"]}]},
    ):
        assert not validator.is_valid(broken)
    assert re.fullmatch(r"\d{4}-\d{2}", document["months"][0]["month"])
