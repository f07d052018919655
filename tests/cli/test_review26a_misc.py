"""Review 26a (misc share): the sources' page name, the same option twice, check-number."""

from __future__ import annotations

import re

import pytest

from tests.cli.test_review59a_num59 import RULE_EN, RULE_JA
from tests.support.clihelp import run, wide_stdout, word_cut

PAGE = "Amazonプライム会員情報"


# ---------------------------------------------------------------- 26a S 20: the page's label


@pytest.mark.parametrize("fact_id", ["cancel.carrier", "reminder.switch_on", "trial.exact_date"])
def test_s20_sources_quote_the_page_name_as_amazons_label(fact_id: str) -> None:
    ja = wide_stdout("sources", fact_id, "--lang", "ja")
    en = wide_stdout("sources", fact_id, "--lang", "en")
    assert f"「{PAGE}」のページ" in ja and f"the 「{PAGE}」 (Prime membership) page" in en


def test_s20_every_fact_quotes_the_page_name() -> None:
    ja = wide_stdout("sources", "--lang", "ja")
    en = wide_stdout("sources", "--lang", "en")
    assert not re.search(f"(?<!「){PAGE}(?!」)", ja)
    assert "Prime membership page" not in en


# ---------------------------------------------------------------- 26a S 22: an option given twice


def _single_value_options() -> list[tuple[str, str]]:
    import typer

    from primehelp.cli import app

    group = typer.main.get_command(app)
    return [
        (name, option)
        for name, command in group.commands.items()  # type: ignore[attr-defined]
        for param in command.params
        if param.param_type_name == "option" and not (param.is_flag or param.multiple)
        for option in param.opts
    ]


def test_s22_the_later_date_no_longer_wins_silently() -> None:
    ja = run("charge", "600", "--date", "2026-11-01", "--date", "2026-10-01", "--lang", "ja")
    assert (ja.exit_code, ja.stdout) == (2, "")
    assert ja.stderr == (
        "primehelp: エラー: `--date` が2回指定されています（「2026-11-01」と「2026-10-01」）。"
        "`--date` は1回だけ指定してください。\n"
    )
    en = run("charge", "600", "--date=2026-11-01", "--date", "2026-10-01", "--lang", "en")
    assert (en.exit_code, en.stdout) == (2, "")
    assert en.stderr == (
        "primehelp: error: `--date` was given twice ('2026-11-01', '2026-10-01'): give it once\n"
    )
    assert run("charge", "600", "--date", "2026-11-01", "--lang", "en").exit_code == 0


@pytest.mark.parametrize(("command", "option"), _single_value_options())
def test_s22_every_single_value_option_given_twice_is_one_error_line(
    command: str, option: str
) -> None:
    done = run(command, option, "x", f"{option}=y", "--lang", "en")
    assert (done.exit_code, done.stdout) == (2, "")
    if option == "--lang":  # three times, with the --lang that picks the language
        assert (
            done.stderr
            == f"primehelp: error: `{option}` was given 3 times ('x', 'y', 'en'): give it once\n"
        )
        return
    assert done.stderr == f"primehelp: error: `{option}` was given twice ('x', 'y'): give it once\n"


def test_s22_lang_before_and_after_the_command_is_given_twice() -> None:
    # two --lang that differ: the error is in the environment's language (review 43a, S 24)
    done = run("--lang", "en", "contact", "--lang", "ja", env={"PRIMEHELP_LANG": "en"})
    assert done.exit_code == 2
    assert done.stderr.startswith("primehelp: error: `--lang` was given twice ('en', 'ja')")
    # A flag twice, or the same value twice, means the same as once; a value that looks like
    # an option is a value.
    assert run("contact", "--json", "--json").exit_code == 0
    assert run("contact", "--lang", "en", "--lang=en").exit_code == 0
    assert run("check-message", "--text", "--json の説明", "--lang", "en").exit_code in (0, 1)


# ---------------------------------------------------------------- 26a S 23 and S 24: check-number


def _check(*numbers: str, lang: str, columns: int = 1000) -> str:
    """check-number's screen: exit 1 when a number is not Amazon's, as these are."""
    done = run("check-number", *numbers, "--lang", lang, env={"COLUMNS": str(columns)})
    assert done.exit_code in (0, 1) and done.stderr == "", done.stderr
    return done.stdout


@pytest.mark.parametrize("numbers", [("03-1234-5678",), ("090-1234-5678", "0120999373")])
def test_s23_the_call_back_is_explained_once_in_what_to_do(numbers: tuple[str, ...]) -> None:
    ja, en = (_check(*numbers, lang=lang) for lang in ("ja", "en"))
    assert f"\n{RULE_JA}\n" in ja  # above what to do (28a S 10); 59a item 6
    assert "こちらから依頼してAmazonからかけてもらう" not in ja
    assert ja.count("「電話をリクエスト」") == 1  # the first bullet: chat or call-back
    assert f"\n{RULE_EN}\n" in en
    assert "call-back only" not in en


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_s24_a_toll_free_number_is_one_phrase(columns: int) -> None:
    lines = _check("0120999373", lang="ja", columns=columns).splitlines()
    assert any("通話料無料の番号" in line for line in lines)
    assert not word_cut(lines, "通話料無料の番号")
