"""Review 46c, S items: wording of `charge --statement` (S 12, S 13)."""

from __future__ import annotations

from pathlib import Path

from tests.support.clihelp import run

ENV = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}


def _statement(tmp_path: Path, *rows: str, lang: str) -> str:
    path = tmp_path / "s.csv"
    path.write_text("date,description,amount\n" + "\n".join(rows) + "\n", encoding="utf-8")
    done = run("charge", "--statement", str(path), "--lang", lang, env=ENV)
    assert done.exit_code in (0, 1), done.stderr
    return done.stdout


def test_s13_twice_within_one_month_or_25_days_reads_as_two_conditions(tmp_path: Path) -> None:
    twice = ("2026-11-03,AMAZON DOWNLOADS,1234", "2026-11-20,AMAZON DOWNLOADS,1234")
    en = _statement(tmp_path, *twice, lang="en")
    assert "charged twice or more within one month, or less than 25 days apart" in en
    assert "in one month or less than 25" not in en
    monthly = ("2026-11-03,AMAZON PRIME,600", "2026-11-20,AMAZON PRIME,600")
    en = _statement(tmp_path, *monthly, lang="en")
    assert "charged twice or more within one month, or less than 25 days apart" in en
    ja = _statement(tmp_path, *twice, lang="ja")
    assert "同じ金額が" in ja or "2回以上" in ja  # the Japanese wording stays as it was


def test_s13_the_no_flag_line_reads_as_two_conditions(tmp_path: Path) -> None:
    en = _statement(tmp_path, "2026-11-03,AMAZON PRIME,600", lang="en")
    assert "no same charge twice within one month, or less than 25 days apart, was found" in en


def test_s12_an_unreadable_cell_is_quoted_never_in_double_brackets(tmp_path: Path) -> None:
    rows = ("2026-11-03,AMAZON PRIME,600", "2026-11-04,AMAZON PRIME,(600)")
    ja = _statement(tmp_path, *rows, lang="ja")
    assert "読み取れません（「(600)」）" in ja
    assert "（(600)）" not in ja
    en = _statement(tmp_path, *rows, lang="en")
    assert "cannot be read (“(600)”)" in en
    assert "((600))" not in en


def test_s14_a_text_without_letters_is_refused_in_one_line() -> None:
    for text in ("*", "1/3", "＊", "- 1"):
        done = run("charge", "600", "--", text, env=ENV)
        assert done.exit_code == 2
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert "明細の表記に文字がなく、記号や数字だけです" in done.stderr
        assert "例：AMAZON DOWNLOADS" in done.stderr
        assert "表記にある会社やサービス" not in done.stdout
        en = run("charge", "600", "--lang", "en", "--", text, env=ENV)
        assert en.exit_code == 2
        assert "has no letters, only signs or digits" in en.stderr
    assert run("charge", "600", "AMAZON PRIME *2K3L45ZX0", env=ENV).exit_code == 0


def test_s15_an_amount_after_the_text_is_never_said_to_be_missing() -> None:
    for words in (("AMAZON", "PRIME", "600"), ("AMAZON", "PRIME")):
        ja = run("charge", *words, "--lang", "ja", env=ENV)
        assert ja.exit_code == 2 and ja.stdout == ""
        [line] = ja.stderr.splitlines()
        assert "指定がありません" not in line
        assert "金額は最初に指定してください。" in line
        assert (
            "`primehelp charge 600 AMAZON PRIME` のように、明細の表記の前に金額を書きます" in line
        )
        en = run("charge", *words, "--lang", "en", env=ENV)
        [line] = en.stderr.splitlines()
        assert "missing" not in line
        assert "give AMOUNT first, before the statement text" in line
