"""Review 38a, fix44x's share (complain, help, completion, sources, check-number): real CLI."""

from __future__ import annotations

import pytest

from primehelp.content import fees
from primehelp.plans import Plan
from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-05"}  # one paragraph per line


# ---------------------------------------------------------------- 38a-16: a fee of another time


@pytest.mark.parametrize("plan", list(Plan), ids=str)
def test_16_a_renewal_of_2026_is_compared_with_the_fee_of_2026(plan: Plan) -> None:
    """Every earlier fee of every plan, given for a 2026 renewal, is warned about with the fee
    renewals paid that day; that fee itself passes (FACTS §1)."""
    history = fees.load().of(plan).history
    now = history[-1].fee_yen
    for period in history[:-1]:
        if period.fee_yen == now:
            continue
        args = ("complain", "renewal", "--renewal", "2026-11-20", "--plan", plan.value)
        done = run(*args, "--amount", str(period.fee_yen), "--lang", "ja", env=WIDE)
        assert f"会費は{now:,}円でした（{period.fee_yen:,}円は以前の会費です）" in done.stderr, (
            done.stderr
        )
    fine = run(*args, "--amount", str(now), "--lang", "ja", env=WIDE)
    assert "警告" not in fine.stderr, fine.stderr


def test_16_a_later_fee_for_an_old_renewal_is_named_as_later() -> None:
    args = ("complain", "renewal", "--renewal", "2020-06-01", "--plan", "annual")
    done = run(*args, "--amount", "5900", "--lang", "en", env=WIDE)
    assert "charged 4,900 yen (5,900 yen is a later fee)" in done.stderr, done.stderr
    right = run(*args, "--amount", "4900", "--lang", "ja", env=WIDE)
    assert "会費は" not in right.stderr and "一致しません" not in right.stderr, right.stderr


# ---------------------------------------------------------------- 38a-17: examples fit 80 columns


def _commands() -> list[str]:
    from primehelp.cli import COMMANDS

    return sorted(COMMANDS)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_17_every_help_example_fits_80_columns(lang: str) -> None:
    from rich.cells import cell_len

    for name in _commands():
        shown = run(name, "--help", "--lang", lang, env={"COLUMNS": "80"}).stdout
        lines = shown.splitlines()
        start = next(i for i, line in enumerate(lines) if line.lstrip().startswith(("例", "Ex")))
        wide = [line for line in lines[start:] if cell_len(line) > 80]
        assert wide == [], (name, wide)


# ---------------------------------------------------------------- 38a-18: `--lang <Tab>` first


def _tab(shell: str, line: str) -> str:
    import os
    import subprocess
    import sys

    from primehelp.completion import COMPLETE_VAR, WORDS_VAR

    env = {k: v for k, v in os.environ.items() if not k.startswith("_PRIMEHELP")}
    env[COMPLETE_VAR] = f"complete_{shell}"
    if shell == "bash":
        words = line.split() + ([""] if line.endswith(" ") else [])
        env |= {"COMP_WORDS": " ".join(words), "COMP_CWORD": str(len(words) - 1)}
    else:
        env[WORDS_VAR] = line
    argv = [sys.executable, "-m", "primehelp"]
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60, check=False)
    return done.stdout


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
@pytest.mark.parametrize("before", ["", "--json "])
def test_18_lang_before_the_command_completes_its_values(shell: str, before: str) -> None:
    said = _tab(shell, f"primehelp {before}--lang ")
    assert "ja" in said and "en" in said, said
    assert not any(name in said for name in _commands()), said


# ---------------------------------------------------------------- 38a-19: 「ID の先頭」


def test_19_every_first_part_of_every_id_finds_that_fact() -> None:
    """The help says 「情報の ID の先頭」: any first characters of an id find it."""
    from primehelp import facts
    from primehelp.content import topics
    from primehelp.sources import facts_about

    every, known = facts.all_facts(), topics.load()
    words = {w.casefold() for t in known for w in (*t.words, t.name.ja, t.name.en)}
    for fact in every:
        for end in range(1, len(fact.id) + 1):
            typed = fact.id[:end]
            if typed.casefold() not in words:
                assert fact in facts_about(typed, every, known).facts, typed


def test_19_scam_no_from_the_cli() -> None:
    done = run("sources", "scam.no", "--lang", "ja", env=WIDE)
    assert done.exit_code == 0 and "scam.no_payment_by_phone" in done.stdout, done.stderr


# ---------------------------------------------------------------- 38a-21: a number given twice


@pytest.mark.parametrize(
    ("first", "again"),
    [("0120-999-373", "0120-999-373"), ("0120-999-373", "0120 999 373"), ("#9110", "#9110")],
)
def test_21_a_number_given_twice_is_said_once(first: str, again: str) -> None:
    import json

    done = run("check-number", first, "188", again, "--json", "--lang", "ja", env=WIDE)
    inputs = [r["input"] for r in json.loads(done.stdout)["data"]["results"]]
    assert inputs == [first, "188"], inputs
    text = run("check-number", first, "188", again, "--lang", "ja", env=WIDE).stdout
    assert text.count(f"\n{first}") == 1, text
