"""Review 48b (round 58) item 5, first half: `trial --json` dropped the 「2007年より前です」
warning it printed on stderr (renewal keeps its warnings in ``data.warnings``)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

SAID = {"ja": "2007年より前です", "en": "2007"}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_trial_json_keeps_the_before_prime_warning(lang: str) -> None:
    done = run("trial", "1999-01-01", "--json", "--lang", lang, "--today", "2026-12-06")
    assert done.exit_code == 0, done.stderr
    warnings = done.json()["data"]["warnings"]
    assert len(warnings) == 1 and SAID[lang] in warnings[0], warnings
    assert SAID[lang] in done.stderr


def test_5_no_warning_for_a_recent_start() -> None:
    done = run("trial", "2026-11-20", "--json", "--today", "2026-12-06")
    assert done.json()["data"]["warnings"] == []


# ------------------------------------------- item 5, second half: renewal and cancel --renewal

RENEWAL_SAID = {
    "ja": "更新日（1999年1月1日）は、日本でAmazonプライムが始まった2007年より前です。",
    "en": "the renewal date 1999-01-01 is before Amazon Prime started in Japan (2007)",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_renewal_warns_of_a_date_before_prime(lang: str) -> None:
    args = ("renewal", "1999-01-01", "--plan", "annual", "--today", "2026-12-06")
    done = run(*args, "--lang", lang)
    assert done.exit_code == 0, done.stderr
    assert RENEWAL_SAID[lang] in done.stderr, done.stderr
    data = run(*args, "--json", "--lang", lang).json()["data"]
    assert any(RENEWAL_SAID[lang] in w for w in data["warnings"]), data["warnings"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_cancel_renewal_warns_of_a_date_before_prime(lang: str) -> None:
    args = ("cancel", "--no-interactive", "--renewal", "1999-01-01", "--today", "2026-12-06")
    done = run(*args, "--lang", lang)
    assert done.exit_code == 0, done.stderr
    assert RENEWAL_SAID[lang] in done.stderr, done.stderr


def test_5_no_warning_for_a_date_after_the_launch() -> None:
    done = run("renewal", "2019-01-01", "--plan", "annual", "--today", "2026-12-06")
    assert "2007" not in done.stderr
