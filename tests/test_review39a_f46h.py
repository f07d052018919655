"""Review 39a, S items of check-number, sources, complain, profile, completion and the
stale-facts notice (fix round 46, helper f46h)."""

from __future__ import annotations

import pytest

from primehelp.content.contact import load
from primehelp.phone import normalize
from primehelp.phone_plan import hyphenated
from tests.support.clihelp import WIDE, run

NATIONAL = [
    "0120999373",
    "0335550000",
    "09012345678",
    "0570012345",
    "0800-123-4567",
    "0120-899-543",
]


@pytest.mark.parametrize("number", NATIONAL)
def test_a_stray_plus_before_a_national_number_reads_the_national_number(number: str) -> None:
    """S 40: no country code starts with 0, so 「+0120999373」 is 0120-999-373 typed with a
    stray +, not a number abroad (「海外の番号」)."""
    assert normalize(f"+{number}") == normalize(number)
    assert normalize(f"＋{number}") == normalize(number)


def test_a_stray_plus_before_amazons_former_number_gets_its_verdict() -> None:
    for listed in load().defunct_numbers:
        done = run("check-number", f"+{listed.normalized}", "--lang", "ja", env=WIDE)
        assert "海外の番号" not in done.stdout, done.stdout
        assert f"（{hyphenated(listed.normalized)}、" in done.stdout
        assert "以前Amazonが公開していた番号" in done.stdout


def test_every_listed_number_is_written_as_the_facts_write_it() -> None:
    """S 22: check-number wrote 「+1 855-370-0151」 where contact and the facts write
    「+1 855 370 0151」 (one form: the international one with spaces, as E.123 writes it)."""
    data = load()
    for listed in (*data.circulating_numbers, *data.defunct_numbers):
        assert hyphenated(listed.normalized) == listed.number


def test_check_number_writes_a_north_american_number_in_one_form() -> None:
    for typed in ("+18553700151", "+1-855-370-0151", "+1 855 370 0151"):
        done = run("check-number", typed, "--lang", "ja", env=WIDE)
        assert "、海外の番号）" not in done.stdout.replace("+1 855 370 0151、", ""), done.stdout
        data = run("check-number", typed, "--json").json()["data"]
        assert data["results"][0]["formatted"] == "+1 855 370 0151"


@pytest.mark.parametrize(
    "word", ["プライム", "Amazonプライム", "ｐｒｉｍｅ", "prime", "all", "すべて"]
)
def test_the_word_prime_lists_every_fact(word: str) -> None:
    """S 32: 「sources プライム」, the most natural word for this tool, was refused: it means
    every fact (a topic whose ids cover every fact, listed in the error's words)."""
    from primehelp import facts
    from primehelp.content import topics
    from primehelp.sources import facts_about

    every = facts.all_facts()
    assert facts_about(word, every, topics.load()).facts == every
    done = run("sources", word, "--lang", "ja", env=WIDE)
    assert done.exit_code == 0, done.stderr
    assert f"（{len(every)}件）" in done.stdout.splitlines()[0]


def test_the_error_offers_the_word_for_every_fact() -> None:
    refused = run("sources", "xyz", "--lang", "ja")
    assert "、すべて、" in refused.stderr  # 「すべて」, not 「プライム全般」 (review 52a, item 12)
    assert "all" in run("sources", "xyz", "--lang", "en").stderr
