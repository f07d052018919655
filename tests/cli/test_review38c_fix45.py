"""Review 38c, fixed in round 45 (charge matching and the checks on statement rows)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from primehelp.cli.statement_option import read_summary
from primehelp.content import charges as charge_data
from primehelp.content import statement as statement_data
from primehelp.statement import StatementText, statement_text

BOOK = charge_data.load()
CONTENT = statement_data.load()


def _summary(tmp_path: Path, rows: list[tuple[str, str, int]], today: str = "2026-12-06"):  # type: ignore[no-untyped-def]
    from primehelp.cli.charge import _classifier

    path = tmp_path / "rows.csv"
    body = "".join(f"{date},{text},{yen}\n" for date, text, yen in rows)
    path.write_text("日付,摘要,金額\n" + body, "utf-8")
    return read_summary(str(path), "date,description,amount", _classifier(), today)


# ---------------------------------------------------------------- item 13

# Each Latin service name and its katakana spelling as card statements print it
_KATAKANA = {
    "AUDIBLE": "オーディブル",
    "KINDLE": "キンドル",
    "PRIME VIDEO": "プライムビデオ",
    "AMAZON MUSIC": "アマゾンミュージック",
}


def _half_width(text: str) -> str:
    """The half-width katakana a card statement prints (ｵｰﾃﾞｨﾌﾞﾙ)."""
    table = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0xFF61, 0xFFA0)}
    out = ""
    for char in text:
        base = unicodedata.normalize("NFD", char)
        if base[0] in table and len(base) == 2:  # ビ → ﾋﾞ
            out += table[base[0]] + ("ﾞ" if base[1] == "\u3099" else "ﾟ")
        else:
            out += table.get(char, char)
    return out


@pytest.mark.parametrize("latin", sorted(_KATAKANA))
@pytest.mark.parametrize("width", ["full", "half"])
def test_13_a_service_named_in_katakana_is_read_as_its_latin_spelling(
    latin: str, width: str
) -> None:
    kana = _KATAKANA[latin] if width == "full" else _half_width(_KATAKANA[latin])
    assert unicodedata.normalize("NFKC", kana) == _KATAKANA[latin]
    assert statement_text(kana, CONTENT) is StatementText.OTHER_AMAZON, kana
    assert statement_text(latin, CONTENT) is not None
    assert BOOK.names_amazon(kana)
    assert BOOK.named_services(kana) == BOOK.named_services(latin) != frozenset(), kana


def test_13_katakana_lines_are_shown_never_among_the_other_lines(tmp_path: Path) -> None:
    rows = [(f"2026-11-{i + 1:02d}", kana, 600) for i, kana in enumerate(
        ["ｵｰﾃﾞｨﾌﾞﾙ", "プライムビデオ", "ﾌﾟﾗｲﾑﾋﾞﾃﾞｵ", "ｷﾝﾄﾞﾙ", "ローソン"]
    )]  # fmt: skip
    summary = _summary(tmp_path, rows)
    assert summary.other_lines == 1
    said = {line.description: line.service for line in summary.lines}
    assert said == {
        "ｵｰﾃﾞｨﾌﾞﾙ": "audible",
        "プライムビデオ": "prime_video_channel",
        "ﾌﾟﾗｲﾑﾋﾞﾃﾞｵ": "prime_video_channel",
        "ｷﾝﾄﾞﾙ": "kindle_unlimited",
    }


def test_13_the_prime_fee_text_is_not_widened_to_katakana() -> None:
    """「ｱﾏｿﾞﾝﾌﾟﾗｲﾑ」 stays a text the fact sheet does not list (read by the amount alone)."""
    assert statement_text("ｱﾏｿﾞﾝﾌﾟﾗｲﾑ", CONTENT) is StatementText.OTHER_AMAZON
    assert BOOK.statement_for("ｱﾏｿﾞﾝﾌﾟﾗｲﾑ") is None


# ---------------------------------------------------------------- item 14


def test_14_prime_started_is_named_one_way_and_the_line_is_not_called_a_fee() -> None:
    """Every Japanese text of the charge screens says 「プライム開始」, never 「Prime開始」, and the
    label of a Prime text dated before 2007 starts with 「不明」 (it is not read as a fee)."""
    from primehelp.facts import ui

    for file in ("ui_statement", "ui_charge"):
        text = (Path(__file__).parents[2] / "primehelp" / "data" / f"{file}.toml").read_text()
        assert "Prime開始" not in text, file
    assert ui("prime_text_before_launch", "ui_statement").ja == "不明（プライム開始前の日付）"
