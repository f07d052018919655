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
