"""Review 49c, items 10 and 18: the wording of 「2回以上あります」 in `charge --statement`."""

from __future__ import annotations

from pathlib import Path

from tests.support.clihelp import run

ENV = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _statement(path: Path, lang: str) -> str:
    done = run("charge", "--statement", str(path), "--lang", lang, env=ENV)
    assert done.exit_code in (0, 1), done.stderr
    return done.stdout


def test_item10_the_note_does_not_repeat_its_heading() -> None:
    ja = _statement(FIXTURES / "statements" / "rakuten-utf8-bom.csv", "ja")
    assert "2回以上あります：どの行も、明細の表記が同じか、同じサービスを指す表記です。" in ja
    assert "：同じ金額の請求が" not in ja
    en = _statement(FIXTURES / "statements" / "rakuten-utf8-bom.csv", "en")
    assert "less than 25 days apart: each row's text is the same, or names the same service." in en


def test_item18_dollar_charges_of_differing_yen_are_called_the_same_dollar_amount() -> None:
    ja = _statement(FIXTURES / "review47c" / "usd3.csv", "ja")
    assert "※現地利用額（米ドル）が同じ請求が、同じ月のうちに" in ja
    assert "・現地利用額（米ドル）が同じ請求が、" in ja
    assert "同じ金額の請求" not in ja
    en = _statement(FIXTURES / "review47c" / "usd3.csv", "en")
    assert "! The same dollar amount charged twice or more" in en
    yen = _statement(FIXTURES / "statements" / "rakuten-utf8-bom.csv", "ja")
    assert "※同じ金額の請求が、同じ月のうちに" in yen  # lines in yen keep theirs
