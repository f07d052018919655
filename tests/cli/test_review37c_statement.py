"""Review 37c (charge and charge --statement): one test or more per item."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run, statement_file
from tests.support.clihelp import statement_screen as _statement


def _flat(text: str) -> str:
    return text.replace("\n", "").replace(" ", "")


# ---------------------------------------------------------------- item 1

# (the refunds of the second of two equal charges, yen): never 「この請求は…返金された」 unless
# they add up to the whole charge; the double charge stays flagged on both rows either way
PARTS = [
    ("AMAZON PRIME", 600, (250,)),
    ("AMAZON PRIME", 600, (300, 250)),
    ("AMAZON PRIME", 5900, (2950,)),
    ("AMAZON DOWNLOADS", 980, (490, 400)),
    ("AMAZON DOWNLOADS", 980, (490,)),
]


@pytest.mark.parametrize(("text", "yen", "parts"), PARTS)
def test_a_partial_refund_of_a_double_charge_says_how_much(
    tmp_path: Path, text: str, yen: int, parts: tuple[int, ...]
) -> None:
    rows = [f"2026-10-31,{text},{yen}", f"2026-11-02,{text},{yen}"]
    rows += [f"2026-11-{8 + i:02d},{text},-{part}" for i, part in enumerate(parts)]
    path = statement_file(tmp_path, *rows)
    data = _statement(path, json=True)
    charges = [x for x in data["lines"] if x["amount_yen"] > 0]
    assert all(x["flags"] for x in charges)  # still flagged
    details = "".join(x["detail"] or "" for x in charges)
    out = _flat(_statement(path))
    for said in (details, out):
        assert "この請求は、" not in said
    if any(x["refund_of_row"] for x in data["lines"] if x["amount_yen"] < 0):
        rest = yen - sum(parts)
        for part in parts:
            assert f"{part:,}円" in details
        assert f"残りの{rest:,}円" in details
        assert f"remaining {rest:,} yen" in "".join(
            x["detail"] or "" for x in _statement(path, "en", json=True)["lines"]
        )


def test_a_double_charge_refunded_in_two_parts_adding_up_is_refunded(tmp_path: Path) -> None:
    rows = ("2026-10-31,AMAZON PRIME,600", "2026-11-02,AMAZON PRIME,600")
    path = statement_file(
        tmp_path, *rows, "2026-11-08,AMAZON PRIME,-300", "2026-11-09,AMAZON PRIME,-300"
    )
    out = _flat(_statement(path))
    assert "この請求は、2026年11月9日に返金されたと考えられます" in out
    assert "残りの" not in out


# ---------------------------------------------------------------- item 2

RAKUTEN_HEADER = (
    '"利用日","利用店名・商品名","利用者","支払方法","利用金額","支払手数料","支払総額",'
    '"11月支払金額","12月繰越残高","新規サイン"'
)
RAKUTEN_ROWS = (
    '"2026/10/03","AMAZON PRIME","本人","1回払い","600","0","600","600","0","*"',
    '"2026/10/05","AMAZON PRIME","本人","1回払い","600","0","600","600","0","*"',
    '"2026/10/07","AMAZON DOWNLOADS","本人","1回払い","980","0","980","980","0","*"',
)


@pytest.mark.parametrize("broken", range(len(RAKUTEN_ROWS)))
@pytest.mark.parametrize("cell", [1, 2, 3])  # the quote closing this cell left out
def test_a_row_with_a_stray_quote_is_unreadable_never_hidden(
    tmp_path: Path, broken: int, cell: int
) -> None:
    rows = list(RAKUTEN_ROWS)
    parts = rows[broken].split('","')
    rows[broken] = '","'.join(parts[:cell]) + ',"' + '","'.join(parts[cell:])
    path = tmp_path / "rakuten.csv"
    path.write_text("\n".join((RAKUTEN_HEADER, *rows)) + "\n", encoding="utf-8")
    args = ("charge", "--statement", str(path), "--lang", "ja")
    env = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-05"}
    data = run(*args, "--json", env=env).json()["data"]
    assert data["zero_amount_rows"] == 0
    out = run(*args, env=env).stdout
    assert f"列の数が見出しと合わないAmazonの行があります（ファイルの{broken + 2}行目）" in out
    assert "見つかりませんでした" not in out


# ---------------------------------------------------------------- item 4


def test_every_suggested_command_pastes_into_a_shell() -> None:
    """A `primehelp …` command the screens suggest, with a 「$」 (US$14.99): single-quoted, never
    expanded by bash or zsh (「US4.99」)."""
    import re

    data = Path(__file__).parents[2] / "primehelp" / "data"
    found = []
    for toml in sorted(data.glob("*.toml")):
        for command in re.findall(r"`(primehelp [^`]*)`", toml.read_text(encoding="utf-8")):
            bare = re.sub(r"'[^']*'", "", command)
            if "$" in bare:
                found.append((toml.name, command))
    assert found == []


# ---------------------------------------------------------------- item 3

_RAKUTEN = (
    '"利用日","利用店名・商品名","利用者","支払方法","利用金額","支払手数料","支払総額",'
    '"11月支払金額","12月繰越残高","新規サイン"'
)


def _rakuten(
    tmp_path: Path, yen: int, usd: str | None, text: str = "AMAZON PRIME 利用国USA"
) -> str:
    rows = [_RAKUTEN, f'"2026/11/04","{text}","本人","1回払い","{yen}","0","{yen}","{yen}","0","*"']
    if usd is not None:  # the card's own next line: the foreign amount
        rows.append(f'"","現地利用額 {usd} USD 変換レート 150.833円","","","","","","","",""')
    path = tmp_path / "rakuten.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


def _rakuten_screen(path: str, lang: str = "ja", *, json: bool = False) -> object:
    done = run("charge", "--statement", path, *(("--json",) if json else ()), "--lang", lang,
               env={"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-05"})  # fmt: skip
    assert done.exit_code in (0, 1), done.stderr
    return done.json()["data"] if json else done.stdout


@pytest.mark.parametrize(("yen", "usd"), [(2261, "14.99"), (20966, "139"), (20966, "139.00")])
def test_a_foreign_amount_of_amazon_com_s_fee_names_it(tmp_path: Path, yen: int, usd: str) -> None:
    """Every amazon.com Prime fee (FACTS §10), given by the card's 「現地利用額」 line: the row is
    amazon.com's fee, flagged, never 「不明」; the line is no heading."""
    path = _rakuten(tmp_path, yen, usd)
    data = _rakuten_screen(path, json=True)
    assert isinstance(data, dict)
    (line,) = data["lines"]
    assert line["service"] == "amazon_com_prime"
    assert line["flags"] == ["us_prime_fee"]
    assert data["rows"] == data["skipped_rows"] + 1  # the sum holds (the line: no amount)
    out = str(_rakuten_screen(path))
    assert "不明" not in out and "Prime Videoチャンネル" not in out
    assert f"現地利用額の{usd.removesuffix('.00')}米ドルは、amazon.com（米国）のプライム会費" in out
    assert "amazon.com (US) Prime fee" in str(_rakuten_screen(path, "en"))


@pytest.mark.parametrize("usd", [None, "16.04", "5.50"])
def test_an_abroad_prime_row_at_no_fee_says_amazon_com_may_be_it(
    tmp_path: Path, usd: str | None
) -> None:
    out = str(_rakuten_screen(_rakuten(tmp_path, 2420, usd)))
    assert "amazon.com（米国）のプライム会費（月額14.99米ドル、年額139米ドル" in out
    if usd is not None:
        assert f"現地利用額は{usd}米ドルです" in out


def test_a_foreign_amount_of_another_text_or_a_fee_in_yen_is_no_amazon_com_fee(
    tmp_path: Path,
) -> None:
    # review 41c item 2 (round 47): any Amazon text whose card row gives 14.99 USD may be the
    # amazon.com fee (「…の可能性」), so the dollars here are another amount, or none at all
    out = str(_rakuten_screen(_rakuten(tmp_path, 600, None, "AMAZON PRIME 利用国USA")))
    assert "amazon.com" not in out
    # review 48c, item 3: dollars that are no fee are said, with amazon.com, never as its fee
    out = str(_rakuten_screen(_rakuten(tmp_path, 1507, "9.99", "AMAZON DOWNLOADS 利用国USA")))
    assert "※amazon.com（米国）のプライム会費の可能性があります" not in out
    assert "現地利用額は9.99米ドルです" in out and "考えにくいです" in out


def test_single_charge_of_an_abroad_prime_text_at_no_fee_names_amazon_com() -> None:
    done = run("--lang", "ja", "charge", "2261", "AMAZON", "PRIME", "利用国USA",
               env={"COLUMNS": "1000"})  # fmt: skip
    assert "その会費を円に換算した額の可能性もあります" in done.stdout
    done = run("--lang", "ja", "charge", "600", "AMAZON", "PRIME", "利用国USA",
               env={"COLUMNS": "1000"})  # fmt: skip
    assert "amazon.com" not in done.stdout


# ---------------------------------------------------------------- item 5


@pytest.mark.parametrize("text", ["AMAZON PRIME", "AMAZON DOWNLOADS"])
@pytest.mark.parametrize("usd", ["$14.99", "US$139", "14.99 USD"])
def test_a_file_of_dollar_rows_only_is_read_never_a_column_error(
    tmp_path: Path, text: str, usd: str
) -> None:
    path = tmp_path / "d.csv"
    path.write_text(f'date,description,amount\n2026-11-03,{text},"{usd}"\n', encoding="utf-8")
    done = run("--lang", "ja", "charge", "--statement", str(path), "--columns",
               "date,description,amount", env={"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-05"})  # fmt: skip
    assert done.exit_code == 0, done.stderr
    if text == "AMAZON PRIME":
        # review 53c item 38: a dollar AMAZON PRIME row is said in one paragraph, its line named once
        said = "ファイルの2行目は米ドルの「AMAZON PRIME」の請求で、"
        assert said in done.stdout and "米ドルの請求は合計に含めていません。" in done.stdout
    else:
        assert "米ドルの請求は合計に含めていません（ファイルの2行目）" in done.stdout
    assert ("amazon.comアカウントのプライム会費" in done.stdout) is (text == "AMAZON PRIME")


# ---------------------------------------------------------------- item 6


@pytest.mark.parametrize(("yen", "lang"), [(390, "ja"), (1500, "ja"), (390, "en")])
def test_another_price_of_a_prime_row_is_said_under_its_note(
    tmp_path: Path, yen: int, lang: str
) -> None:
    out = _statement(statement_file(tmp_path, f"2026-11-14,AMAZON PRIME,{yen}"), lang)
    assert "その行に書いてある" not in out and "named on the line" not in out
    assert ("その行の注意に挙げたほかのサービス" if lang == "ja" else 'under "Note"') in out


# ---------------------------------------------------------------- item 7

_FEE_BESIDE = (  # a fee of the file, and a charge of a fee's amount in its period
    ("2026-06-01,AMAZON PRIME,5900", "2026-07-06,{text},600"),
    ("2026-11-01,AMAZON PRIME,600", "2026-11-01,{text},600"),
    ("2026-10-25,AMAZON PRIME,600", "2026-11-10,{text},600"),
    ("2026-06-01,AMAZON PRIME,5900", "2026-11-01,{text},5900"),
    ("2026-10-01,AMAZON PRIME,300", "2026-10-15,{text},300"),
)


@pytest.mark.parametrize("text", ["AMAZON DOWNLOADS", "AMAZON DIGITAL DWNLD", "AMZN DIGITAL"])
@pytest.mark.parametrize(("fee", "other"), _FEE_BESIDE)
def test_a_digital_text_at_a_fee_s_amount_is_no_second_fee(
    tmp_path: Path, text: str, fee: str, other: str
) -> None:
    """FACTS §10 ties the digital texts to digital content only: never a monthly or annual fee's
    check on them (a 600-yen Kindle book in an annual member's year), the neutral note only."""
    data = _statement(statement_file(tmp_path, fee, other.format(text=text)), json=True)
    assert [x["flags"] for x in data["lines"]] == [[], []]


# ---------------------------------------------------------------- item 9


# 「AMAZON.COM」 is amazon.com's whatever the amount, in no Prime double-charge check (62c, 2)
@pytest.mark.parametrize("text", ["AMAZON.CO.JP", "ｱﾏｿﾞﾝﾌﾟﾗｲﾑ"])
@pytest.mark.parametrize(("yen", "days"), [(600, 1), (5900, 2), (5900, 150)])
def test_a_fee_and_its_second_under_another_text_are_both_marked(
    tmp_path: Path, text: str, yen: int, days: int
) -> None:
    """The same double charge is marked on both rows, monthly or annual (the fee's row is no
    clean row in the month table)."""
    import datetime as dt

    second = dt.date(2026, 6, 1) + dt.timedelta(days=days)
    path = statement_file(tmp_path, f"2026-06-01,AMAZON PRIME,{yen}", f"{second},{text},{yen}")
    data = _statement(path, json=True)
    assert all(x["flags"] for x in data["lines"]), data["lines"]
    assert data["flagged"] == 2


# ---------------------------------------------------------------- review 36c, item 7


@pytest.mark.parametrize("text", ["AMAZON DOWNLOADS", "AMAZON.CO.JP", "AMAZON PRIME"])
@pytest.mark.parametrize("yen", [300, 390, 600, 980, 1500, 5900])
def test_a_refund_keeps_the_same_price_note_of_its_charge(
    tmp_path: Path, text: str, yen: int
) -> None:
    """A refund (in a file of its own, so no charge of the file explains it) says whose price its
    amount also is, as the charge of that amount does (the ad-free option, Kids+, a fee…)."""
    charge = _statement(statement_file(tmp_path, f"2026-11-01,{text},{yen}"), json=True)
    refund = _statement(statement_file(tmp_path, f"2026-11-05,{text},-{yen}"), json=True)
    (said,), (back,) = charge["lines"], refund["lines"]
    if said["label"] == back["label"]:  # read alike: the same note
        assert back["same_price_as"] == said["same_price_as"]


# ---------------------------------------------------------------- review 36c, item 16; 37c S 13


@pytest.mark.parametrize("text", ["アマゾンプライム", "ｱﾏｿﾞﾝﾌﾟﾗｲﾑ", "AMZ PRIME JP"])
@pytest.mark.parametrize(
    ("day", "yen"), [("2026-10-09", 4900), ("2026-10-09", 500), ("2024-01-10", 3900)]
)
def test_an_unknown_text_at_a_former_fee_says_so(
    tmp_path: Path, text: str, day: str, yen: int
) -> None:
    """A text primehelp's sources do not give, at a Prime fee of another time: never 「金額も決まった
    料金と一致しません」, the former fee said, flagged as one; never called a known Prime text."""
    data = _statement(statement_file(tmp_path, f"{day},{text},{yen}"), json=True)
    (line,) = data["lines"]
    assert line["flags"] == ["not_the_fee_on_date"]
    assert line["text"] == "other_amazon" and not line["text_known"]
    assert "決まった料金と一致しません" not in line["label"]
    assert "ほかの時期のプライム会費と同額" in line["label"]
    assert f"{yen:,}円は、" in (line["detail"] or "")


def test_no_screen_says_primehelp_does_not_know_a_text() -> None:
    data = Path(__file__).parents[2] / "primehelp" / "data"
    assert not [
        t.name for t in data.glob("*.toml") if "primehelpが知らない" in t.read_text("utf-8")
    ]


# ---------------------------------------------------------------- item 8


def test_the_json_gives_every_count_the_text_prints(tmp_path: Path) -> None:
    """As schemas/common.schema.json says: the text's heading count is ``skipped_rows`` less the
    unread Amazon rows; its unreadable rows are ``unreadable_amazon_rows`` less the dollar ones."""
    import json as _json

    rows = (
        "2026-11-01,AMAZON PRIME,600",
        "note,,",
        "2026-11-02,AMAZON PRIME,$14.99",
        "2026-11-03,AMAZON DOWNLOADS,600-",
        "2026-11-04,AMAZON DOWNLOADS,(980)",
        "11/05,AMAZON DOWNLOADS,980",
    )
    path = statement_file(tmp_path, *rows)
    data = _statement(path, json=True)
    out = _flat(_statement(path))
    unread, undated = data["unreadable_amazon_rows"], data["undated_amazon_rows"]
    headings = data["skipped_rows"] - len(unread) - len(undated)
    assert f"日付か金額のない行：{headings}件（見出しや合計の行など）" in out
    yen = [r for r in unread if r not in data["dollar_amazon_rows"]]
    assert (
        f"金額を読み取れないAmazonの行があります（ファイルの{'、'.join(map(str, yen))}行目）" in out
    )
    schema = _json.loads((Path(__file__).parents[2] / "schemas" / "common.schema.json").read_text())
    assert "`skipped_rows` less those two lists' lengths" in _json.dumps(schema, ensure_ascii=False)


# ---------------------------------------------------------------- S 14 (review 36c, S 20)


@pytest.mark.parametrize(
    "header",
    ["date,description,amount", "Date,Description,Amount", "日付,摘要,金額",
     "利用日,利用店名,利用金額", "amount,date,description", "ＤＡＴＥ,摘要,金額"],
)  # fmt: skip
def test_a_header_naming_its_columns_plainly_is_read_without_columns(
    tmp_path: Path, header: str
) -> None:
    names = [n.strip() for n in header.split(",")]
    cells = {"date": "2026-11-01", "description": "AMAZON PRIME", "amount": "600"}
    order = ["amount" if n in ("amount", "Amount", "金額", "利用金額") else
             "date" if n.casefold() in ("date", "ｄａｔｅ", "日付", "利用日") else "description"
             for n in names]  # fmt: skip
    path = tmp_path / "h.csv"
    path.write_text(header + "\n" + ",".join(cells[k] for k in order) + "\n", encoding="utf-8")
    done = run("--lang", "ja", "charge", "--statement", str(path), "--json",
               env={"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-05"})  # fmt: skip
    assert done.exit_code == 0, done.stderr
    data = done.json()["data"]
    assert data["layout"] == "header"
    ((line,),) = [data["lines"]]
    assert (line["date"], line["amount_yen"], line["service"]) == (
        "2026-11-01",
        600,
        "prime_monthly",
    )


def test_a_header_naming_a_column_twice_is_no_guess(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text("日付,利用日,摘要,金額\n2026-11-01,2026-11-02,AMAZON PRIME,600\n", "utf-8")
    done = run("--lang", "ja", "charge", "--statement", str(path))
    assert done.exit_code == 2 and "--columns" in done.stderr
