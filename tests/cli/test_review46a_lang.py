"""Review 46a, item 10: a refused language value that asks for English (「en-US」,
「en_US.UTF-8」) is answered in English whatever the locale (C/POSIX in containers, cron, ssh),
and the English line names the variable without a stray 「=」."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

_C = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "PRIMEHELP_LANG": ""}


@pytest.mark.parametrize("typed", ["en-US", "en_US.UTF-8", "EN-us"])
def test_10_lang_option_asking_for_english_is_refused_in_english(typed: str) -> None:
    done = run("--lang", typed, "fees", env=_C)
    assert done.exit_code == 2
    assert done.stderr == (
        f"primehelp: error: `--lang` '{typed}' is not accepted: for English, use en"
        " (accepted: ja, en)\n"
    )


def test_10_the_variable_asking_for_english_is_refused_in_english() -> None:
    for locale in ("C.UTF-8", "en_US.UTF-8", "ja_JP.UTF-8"):
        done = run("fees", env={**_C, "LANG": locale, "PRIMEHELP_LANG": "en_US.UTF-8"})
        assert done.exit_code == 2
        assert done.stderr == (
            "primehelp: error: PRIMEHELP_LANG 'en_US.UTF-8' is not accepted: for English, use en"
            " (accepted: ja, en)\n"
        ), locale


def test_10_a_japanese_value_is_refused_in_japanese_with_the_list() -> None:
    done = run("--lang", "ja-JP", "fees", env={**_C, "LANG": "en_US.UTF-8"})
    assert done.exit_code == 2
    assert done.stderr == (
        "primehelp: エラー: `--lang` の値「ja-JP」は使えません。日本語は ja です（使える値：ja、en）。\n"
    )


def test_10_help_follows_a_variable_asking_for_english() -> None:
    done = run("fees", "--help", env={**_C, "PRIMEHELP_LANG": "en_US.UTF-8"})
    assert done.stdout.startswith("Usage: primehelp fees"), done.stdout[:80]


def test_10_version_with_an_english_value_is_refused_in_english() -> None:
    done = run("--version", "--lang", "en-US", env=_C)
    assert done.exit_code == 2
    assert done.stderr.startswith("primehelp: error: `--lang` 'en-US' is not accepted"), done.stderr
