"""Review 51b: due's help, screens and errors (items 8, 17, 20, 21)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run, saved_profile

EXIT_NOTE = {
    # review 53a item 14: in the description, not under 「例：」
    "ja": "終了コード：1（対応が必要）、0（対応不要）、2（保存した更新日がないか、使えない）。",
    "en": "Exit status: 1 if something is due, 0 if not, 2 if no usable date is saved.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_the_help_s_exit_2_covers_a_saved_date_that_cannot_be_used(
    lang: str, tmp_path: Path
) -> None:
    """Item 8: the help promised 2 only when nothing was saved; a saved date that has passed
    with no plan also exits 2."""
    shown = run("--lang", lang, "due", "--help", env={"COLUMNS": "200"}).stdout
    joined = ("" if lang == "ja" else " ").join(shown.split())
    assert EXIT_NOTE[lang].replace(" " * (lang == "ja"), "") in joined
    env = saved_profile(tmp_path, "2026-12-10", None, False)
    assert run("due", "--today", "2026-12-11", "--lang", lang, env=env).exit_code == 2


UNVERSIONED = {
    "ja": "ファイルが壊れているか、primehelpの別のバージョンで作られたものです",  # review 52a, 20
    "en": "schema_version is missing",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_17_a_profile_without_its_version_says_形式のバージョン_as_the_help_does(
    lang: str, tmp_path: Path
) -> None:
    """Item 17: 「ファイルの形式の番号が書かれていません」 was coined; every --help says 「形式のバージョン」."""
    (tmp_path / "profile.json").write_text('{"renewal_date": "2026-12-31"}', encoding="utf-8")
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "1000"}
    done = run("due", "--lang", lang, env=env)
    assert done.exit_code == 2
    assert UNVERSIONED[lang] in done.stderr and "形式の" not in done.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_20_the_save_refusal_names_primehelp_due_in_short_sentences(
    lang: str, tmp_path: Path
) -> None:
    """Item 20: 「毎日の確認（due）」, a bare subcommand as a gloss, and three reasons chained."""
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "1000"}
    done = run("renewal", "2026-11-20", "--save", "--today", "2026-12-07", "--lang", lang, env=env)
    said = {
        "ja": "更新日（2026年11月20日）は過ぎています。プランが分からないと次の更新日を計算できない"
        "ため、このままでは毎日の確認（`primehelp due`）に使えません。`--plan` を付けて保存してください"
        "（例：年間プランなら `primehelp renewal 2026-11-20 --plan annual --save`）。",
        "en": "the daily check (`primehelp due`) could not use it: save it with `--plan` (e.g. on "
        "the annual plan: `primehelp renewal 2026-11-20 --plan annual --save`)",
    }
    assert done.exit_code == 2
    assert said[lang] in done.stderr and "（due）" not in done.stderr
    trial = run("trial", "2026-11-01", "--save", "--today", "2026-12-07", "--lang", lang, env=env)
    assert "`primehelp due`" in trial.stderr and "（due）" not in trial.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_21_the_past_events_line_on_stderr_puts_commands_in_backticks(lang: str) -> None:
    """Item 21: 「--plan を付けた primehelp renewal で書き出せます（例：primehelp renewal …）」
    bare, beside backticked commands in the same stream."""
    import re

    done = run(
        "trial",
        "2026-10-01",
        "--ics",
        "-",
        "--today",
        "2026-12-07",
        "--lang",
        lang,
        env={"COLUMNS": "1000"},
    )
    line = next(x for x in done.stderr.splitlines() if "prime.ics" in x)
    assert "`primehelp renewal 2026-10-31 --plan annual --ics prime.ics`" in line, line
    assert "primehelp renewal" not in re.sub(r"`[^`]*`", "", line), line
