"""Review 51c (charge, helper f52charge): an unknown option's accepted forms (item 34), the
look-alike note naming the pattern that matched (item 17), 「AMAZON.COM」 on both screens (item 37),
「または」 in the month table (item 20), a date kept with its particle (item 40), the partial refund's
look-back said honestly (item 30)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

# ---------------------------------------------------------------- item 34


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "ja",
            "primehelp: エラー: 「--bogus」というオプションはありません。使えるオプション："
            "--date、--statement、--columns、--lang、--json。使い方は `primehelp charge --help` "
            "で確認できます。",
        ),
        (
            "en",
            "primehelp: error: unknown option '--bogus'; options: --date, --statement, --columns, "
            "--lang, --json; see `primehelp charge --help`",
        ),
    ],
)
def test_an_unknown_option_names_the_options_in_one_line(lang: str, line: str) -> None:
    """Item 34: with no near name, the accepted options, as an unknown command lists commands."""
    done = run("charge", "600", "--bogus", env={"PRIMEHELP_LANG": lang})
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [line]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_command_lists_its_own_options_and_a_near_name_is_still_suggested(lang: str) -> None:
    """Item 34: the same rule on every command; 「--dat」 still gets `--date`, not the list."""
    fees = run("fees", "--bogus", env={"PRIMEHELP_LANG": lang}).stderr
    assert (
        "使えるオプション：--lang、--json。" if lang == "ja" else "options: --lang, --json;"
    ) in fees
    near = run("charge", "600", "--dat", "2026-11-01", env={"PRIMEHELP_LANG": lang})
    assert near.exit_code == 2 and "`--date`" in near.stderr
    assert "使えるオプション" not in near.stderr and "options:" not in near.stderr
