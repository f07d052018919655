"""Review 54c (charge --statement): wording of an impossible date (item 5), labels that read as
labels (item 11), one wording for the ※ count (item 13)."""

from __future__ import annotations

from pathlib import Path

from tests.support.clihelp import run, statement_file

FIXTURES = Path(__file__).parents[1] / "fixtures"
RAKUTEN = FIXTURES / "statements" / "rakuten-utf8-bom.csv"
TODAY = {"PRIMEHELP_TODAY": "2026-12-07"}


def _flat(path: Path | str, lang: str) -> str:
    env = {"COLUMNS": "1000", **TODAY}
    done = run("charge", "--statement", str(path), "--lang", lang, env=env)
    assert done.exit_code in (0, 1), done.stderr
    return (" " if lang == "en" else "").join(done.stdout.split())


# ---------------------------------------------------------------- item 5


def test_an_impossible_date_is_the_lines_date(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/02,AMAZON PRIME,600", "2026/11/40,AMAZON.CO.JP,1500")
    ja = _flat(path, "ja")
    assert "（ファイルの3行目の日付は存在しません）。" in ja
    assert "3行目は存在しない日付です" not in ja
    assert "line 3 of the file: no such day exists" in _flat(path, "en")


# ---------------------------------------------------------------- item 8


def test_the_dollar_example_is_the_files_own_amount(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path,
        "2026/11/01,AMAZON PRIME,600",
        "2026/11/04,AMAZON MKTPL,US$20.00",
        "2026/11/06,AMAZON DOWNLOADS,US$9.99",
    )
    ja = _flat(path, "ja")
    assert "何の請求かは、`primehelpcharge'US$20.00'`のように入力すると確認できます。" in ja
    assert "US$14.99" not in ja
    en = _flat(path, "en")
    assert "with `primehelp charge 'US$20.00'`, one charge at a time." in en
    assert "US$14.99'" not in en


def test_the_dollar_example_of_prime_rows_alone_is_theirs(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/01,AMAZON PRIME,600", "2026/11/04,AMAZON PRIME,$139")
    ja = _flat(path, "ja")
    assert "`primehelpcharge'US$139'`のように入力すると確認できます。" in ja
    assert "`primehelp charge 'US$139'`, one charge at a time." in _flat(path, "en")


# ---------------------------------------------------------------- item 11


def test_labels_are_no_memo_shorthand(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path,
        "2015/03/01,AMAZON PRIME,400",
        "2025/01/10,AMAZON PRIME,5900",
        "2026/01/12,AMAZON PRIME,600",
        "2026/03/01,AMAZON PRIME,2950",
        "2026/03/05,AMAZON PRIME,-4000",
    )
    ja = _flat(path, "ja")
    assert "Amazonプライム（月間プラン。この時期の会費は未確認）" in ja
    assert "Amazonプライムの会費の返金（元の請求は不明）" in ja
    assert "当時あったか未確認" not in ja and "ない可能性）" not in ja
    en = _flat(path, "en")
    assert "Amazon Prime (Monthly plan; the fee at this time is not confirmed)" in en
    assert "A refund of an Amazon Prime fee (its charge was not found in this statement)" in en


# ---------------------------------------------------------------- item 13


def test_the_marked_count_has_one_wording_pointing_to_the_reasons() -> None:
    ja = _flat(RAKUTEN, "ja")
    assert "確認が必要な行（※の行）が" in ja
    assert "件あります。理由は下の「確認が必要な行について」に書いています。" in ja
    assert "件あります（※の行）。" not in ja
    en = _flat(RAKUTEN, "en")
    assert "to check (marked !); see “About the lines to check” below." in en
