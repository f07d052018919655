"""Review 38c, ``charge --statement``, reading the file (helper s45): items 7, 8, 9, 11, 12,
15, 17 and S 1, 2, 3, 5, 8; review 36c, S 18, 24, 25."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support.clihelp import run, statement_file
from tests.support.clihelp import statement_screen as _statement

# ---------------------------------------------------------------- item 7 and S 2

# (date cell, amount cell, reason): every way an Amazon line is not read
UNREAD = [
    ("10/05", "1500", "no_year"),
    ("2026/11", "600", "no_day"),
    ("2026/02/30", "600", "no_such_day"),
    ("11/02/26", "980", "unknown_date"),
    ("2026-11-03", "600-円", "no_amount"),
    ("2026-11-04", "", "no_amount"),
    ("2026-11-05", "14.99", "decimal"),
    ("2026-11-06", "US$14.99", "dollars"),
]


@pytest.mark.parametrize(("day", "amount", "reason"), UNREAD)
def test_7_an_unread_amazon_line_is_named_with_its_cells_on_screen_and_in_json(
    tmp_path: Path, day: str, amount: str, reason: str
) -> None:
    path = statement_file(
        tmp_path, "2026-11-01,AMAZON PRIME,600", f"{day},AMAZON DOWNLOADS,{amount}"
    )
    data = _statement(path, json=True)
    (line,) = data["unread_amazon_lines"]
    assert line["row"] == 3 and line["reason"] == reason
    assert line["description"] == "AMAZON DOWNLOADS"
    assert line["date_text"] == day and line["amount_text"] == amount
    assert data["heading_rows"] == 1  # the header alone
    screen = _statement(path)
    assert "「AMAZON DOWNLOADS」" in screen or "AMAZON DOWNLOADS" in screen
    unreadable = day if line["date"] is None else (amount or "空欄")
    said = "（空欄）" if unreadable == "空欄" else f"（「{unreadable}」）"  # quoted (46c, S 12)
    if reason == "dollars":  # 51c item 10: a dollar amount is read, not put in the totals
        assert "14.99米ドル（合計には含めていません）" in screen
    else:
        assert f"読み取れません{said}" in screen


def test_7_the_json_count_of_headings_is_the_screens(tmp_path: Path) -> None:
    rows = [f"{day},AMAZON PRIME,{amount}" for day, amount, _ in UNREAD]
    path = statement_file(tmp_path, "2026-11-01,AMAZON PRIME,600", "合計,,", *rows)
    data = _statement(path, json=True)
    screen = _statement(path)
    found = re.search(r"日付か金額のない行：(\d+)件", screen)
    assert found is not None and int(found[1]) == data["heading_rows"] == 2  # the header, 「合計」
    assert len(data["unread_amazon_lines"]) == len(UNREAD)
    assert data["heading_rows"] == data["skipped_rows"] - len(UNREAD)


def test_s2_only_unread_lines_are_still_listed(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "10/05,AMAZON PRIME,600")
    done = run("charge", "--statement", path, env={"COLUMNS": "80", "PRIMEHELP_LANG": "ja"})
    assert done.exit_code == 0, done.stderr
    assert "読み取れません（「10/05」）" in done.stdout and "600円" in done.stdout


# ---------------------------------------------------------------- items 8 and 9, S 3 (UTF-16)

RAKUTEN = '"利用日","利用店名・商品名","利用者","支払方法","利用金額","支払手数料","支払総額"'


def _rakuten(*rows: tuple[str, str, int]) -> bytes:
    lines = [RAKUTEN] + [f'"{d}","{t}","本人","1回払い","{a}","0","{a}"' for d, t, a in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _ran(tmp_path: Path, data: bytes, *more: str) -> tuple[int, str, str]:
    path = tmp_path / "statement.csv"
    path.write_bytes(data)
    env = {"COLUMNS": "1000", "PRIMEHELP_LANG": "ja", "PRIMEHELP_TODAY": "2026-12-05"}
    done = run("charge", "--statement", str(path), *more, env=env)
    return done.exit_code, done.stdout, done.stderr


@pytest.mark.parametrize(
    ("start", "named"),
    [
        (b"%PDF-1.4\n1 0 obj\n", "PDFのファイル"),
        (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml", "Excel形式のファイル"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Excel形式のファイル"),
        (b"<!DOCTYPE html>\n<html><table><tr><td>AMAZON</td></tr></table>", "Webページ（HTML）"),
        (b"\xef\xbb\xbf  <html>\n<body>2026/11/01 AMAZON PRIME 600</body>", "Webページ（HTML）"),
    ],
)
def test_8_a_file_that_is_no_csv_is_named_as_what_it_is(
    tmp_path: Path, start: bytes, named: str
) -> None:
    code, _, stderr = _ran(tmp_path, start + b"\n" * 3)
    assert code == 2
    assert named in stderr and "CSV" in stderr
    assert "--columns" not in stderr and "UTF-8でも" not in stderr


@pytest.mark.parametrize("stray", [b"\xe9", b"\x1b[31m", b"\x07", b"\xff\xfe", b"\x81"], ids=repr)
@pytest.mark.parametrize("where", [2, 3])
def test_9_one_stray_byte_is_read_with_a_mark_and_its_line_named(
    tmp_path: Path, stray: bytes, where: int
) -> None:
    rows = [("2026/11/01", "AMAZON PRIME", 600), ("2026/11/02", "CAFE PARIS", 900)]
    lines = _rakuten(*rows).split(b"\n")
    lines[where - 1] = (
        lines[where - 1].replace(b"AMAZON", b"AMAZON" + stray).replace(b"CAFE", b"CAF" + stray)
    )
    code, stdout, stderr = _ran(tmp_path, b"\n".join(lines))
    assert code == 0, stderr
    assert f"ファイルの{where}行目に、UTF-8でもShift_JISでもない文字か制御文字があります" in stdout
    assert "\x1b" not in stdout and "\x07" not in stdout
    code, stdout, _ = _ran(tmp_path, b"\n".join(lines), "--json")
    assert json.loads(stdout)["data"]["unreadable_char_rows"] == [where]


def test_9_a_file_of_another_encoding_is_refused_naming_a_line(tmp_path: Path) -> None:
    rows = [(f"2026/11/{d:02d}", "アマゾン", 600) for d in range(1, 6)]
    data = _rakuten(*rows).decode("utf-8").encode("euc-jp")
    code, _, stderr = _ran(tmp_path, data)
    assert code == 2 and "1行目などに" in stderr


def test_s3_utf16_with_its_bom_is_read(tmp_path: Path) -> None:
    text = _rakuten(("2026/11/01", "AMAZON PRIME", 600)).decode("utf-8")
    for codec in ("utf-16", "utf-16-be"):
        data = text.encode(codec)
        data = data if codec == "utf-16" else b"\xfe\xff" + data
        code, stdout, stderr = _ran(tmp_path, data)
        assert code == 0, stderr
        assert "文字コード：UTF-16" in stdout and "AMAZON PRIME" in stdout


# ---------------------------------------------------------------- items 11 and 12


def test_11_no_line_ends_in_spaces_on_a_terminal_with_colours() -> None:
    from tests.support.clihelp import stdout_on_a_terminal

    fixtures = Path(__file__).parents[1] / "fixtures" / "statements"
    for name in ("rakuten-utf8-bom.csv", "paypay-utf8.csv", "smbc-vpass-shift_jis.csv"):
        for columns in ("60", "80", "120"):
            env = {"COLUMNS": columns, "PRIMEHELP_LANG": "ja", "TERM": "xterm-256color"}
            shown = stdout_on_a_terminal("charge", "--statement", str(fixtures / name), env=env)
            plain = re.sub(r"\x1b\[[0-9;]*m", "", shown)
            assert "\x1b[" in shown  # coloured: the resets after the padding were the case
            assert not [x for x in plain.split("\n") if x.endswith(" ")], (name, columns)


def test_11_the_spaces_before_a_style_reset_go_and_the_escapes_stay() -> None:
    from primehelp.output.linebreak import without_trailing_spaces

    text = "a  \x1b[1m  \x1b[0m\nb \n\x1b[2m \x1b[0m\nc d"
    assert without_trailing_spaces(text) == "a\x1b[1m\x1b[0m\nb\n\x1b[2m\x1b[0m\nc d"


@pytest.mark.parametrize("columns", range(40, 81, 4))
def test_12_the_encoding_is_never_split(columns: int) -> None:
    fixtures = Path(__file__).parents[1] / "fixtures" / "statements"
    env = {"COLUMNS": str(columns), "PRIMEHELP_LANG": "ja"}
    done = run("charge", "--statement", str(fixtures / "rakuten-utf8-bom.csv"), env=env)
    assert "（文字コード：BOM付きUTF-8）" in done.stdout


# ---------------------------------------------------------------- items 15 and 17


def test_15_every_name_the_message_glosses_and_a_header_gives_is_taken() -> None:
    from primehelp.statement_columns import _ACCEPTED_JA, parse_columns
    from primehelp.statement_csv import _PLAIN

    glossed = re.findall(r"[a-z]+（([^）]+)）", _ACCEPTED_JA)
    assert glossed == ["利用日", "明細の表記", "金額"]
    for date, description, amount in zip(*_PLAIN, strict=False):
        columns = parse_columns(f"{date},_,{description},{amount}")
        assert (columns.date, columns.description, columns.amount) == (0, 2, 3)
    for names in _PLAIN:
        for name in names:
            spec = ",".join(name if role[0] == names[0] else role[0] for role in _PLAIN)
            assert parse_columns(spec) == parse_columns("date,description,amount"), name


def test_15_the_japanese_names_read_a_file() -> None:
    generic = Path(__file__).parents[1] / "fixtures" / "statements" / "generic-utf8.csv"
    for spec in ("利用日,明細の表記,金額,_", "date,明細の表記,金額,_", "ご利用日,摘要,利用金額,_"):
        done = run("charge", "--statement", str(generic), "--columns", spec, "--lang", "ja")
        assert done.exit_code == 0, (spec, done.stderr)
        assert "Amazonの行：3件" in done.stdout


@pytest.mark.parametrize(
    "more", [("paypay-utf8.csv",), ("paypay-utf8.csv", "view-shift_jis.csv"), ("明細12月.CSV",)]
)
def test_17_a_second_file_is_named_as_a_file_never_as_an_amount(more: tuple[str, ...]) -> None:
    fixtures = Path(__file__).parents[1] / "fixtures" / "statements"
    first = str(fixtures / "rakuten-utf8-bom.csv")
    others = [str(fixtures / name) if (fixtures / name).exists() else name for name in more]
    done = run("charge", "--statement", first, *others, "--lang", "ja")
    assert done.exit_code == 2
    assert (
        f"`--statement` で読み込めるファイルは1つだけです（2つ目：「{others[0]}」）" in done.stderr
    )
    assert "--statement と金額は" not in done.stderr


def test_17_an_amount_with_a_statement_is_still_said_as_an_amount() -> None:
    fixtures = Path(__file__).parents[1] / "fixtures" / "statements"
    done = run(
        "charge", "--statement", str(fixtures / "rakuten-utf8-bom.csv"), "600", "--lang", "ja"
    )
    # 51c item 32: what was typed, and what to do
    assert (
        done.exit_code == 2
        and "金額や明細の表記は指定できません（指定された値：「600」）" in done.stderr
    )


# ---------------------------------------------------------------- S 1


def test_s1_a_large_statement_is_read_in_passes_not_once_per_fee(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """600 Amazon lines of one year (annual and monthly fees, refunds, orders): the former-fee
    list is made once, not once per annual fee, and a charge's refund is looked up by its text
    and amount, not by reading every line again (review 38c, S 1: 20,000 lines took minutes).
    Counts of calls, not a timing."""
    import primehelp.statement_plans
    import primehelp.statement_twice

    calls = {"former": 0, "key": 0}
    former, key = primehelp.statement_twice.former_monthly, primehelp.statement_twice._key

    def counted_former(*args: object) -> object:
        calls["former"] += 1
        return former(*args)  # type: ignore[arg-type]

    def counted_key(line: object) -> object:
        calls["key"] += 1
        return key(line)  # type: ignore[arg-type]

    monkeypatch.setattr(primehelp.statement_plans, "former_monthly", counted_former)
    monkeypatch.setattr(primehelp.statement_twice, "_key", counted_key)
    kinds = [("AMAZON PRIME", 600), ("AMAZON PRIME", 5900), ("AMAZON.CO.JP", 600),
             ("AMAZON DOWNLOADS", 1500), ("AMAZON.CO.JP", -600), ("AMAZON PRIME", -600)]  # fmt: skip
    rows = [
        f"2025-{1 + i % 12:02d}-{1 + i % 28:02d},{text},{yen}"
        for i in range(600)
        for text, yen in [kinds[i % len(kinds)]]
    ]
    data = _statement(statement_file(tmp_path, *rows), json=True)
    assert len(data["lines"]) == 600
    assert calls["former"] == 1
    assert calls["key"] < 20 * 600, calls  # each pair: tens of thousands


def test_36c_s25_a_dash_is_named_as_standard_input() -> None:
    done = run("charge", "--statement", "-", "--lang", "ja")
    assert done.exit_code == 2
    assert (
        "標準入力（`-`）からは読み込めません" in done.stderr
        and "ファイルがありません" not in done.stderr
    )
