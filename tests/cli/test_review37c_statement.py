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
