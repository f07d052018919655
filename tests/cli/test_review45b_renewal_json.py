"""Review 45b item 8: `renewal --json` keeps the warnings said on stderr about the date given
(a date further ahead than the plan renews: most likely a mistyped year), as complain does."""

from __future__ import annotations

import pytest

from primehelp.i18n import Lang
from tests.support.clihelp import run

TODAY = ("--today", "2026-12-06")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_far_ahead_warning_is_in_the_json(lang: Lang) -> None:
    done = run("--lang", lang, "renewal", "2028-06-01", "--plan", "monthly", *TODAY, "--json")
    assert done.exit_code == 0, done.stderr
    warnings = done.json()["data"]["warnings"]
    assert len(warnings) == 1
    assert warnings[0] in done.stderr.replace("\n", "")  # the same words as stderr
    assert {"ja": "2028年6月1日", "en": "2028-06-01"}[lang] in warnings[0]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_student_switched_warning_is_in_the_json(lang: Lang) -> None:
    done = run("--lang", lang, "renewal", "2021-04-01", "--plan", "student-annual", *TODAY,
               "--json")  # fmt: skip
    assert done.exit_code == 0, done.stderr
    warnings = done.json()["data"]["warnings"]
    assert len(warnings) == 1 and {"ja": "4年", "en": "4 years"}[lang] in warnings[0]


def test_8_no_warning_no_entry() -> None:
    done = run("renewal", "2026-12-20", "--plan", "monthly", *TODAY, "--json")
    assert done.exit_code == 0 and done.stderr == ""
    assert done.json()["data"]["warnings"] == []
