"""Review 48b (round 58), cancel: item 7 (the English heading had two spaces before its check
date), item 1 (--via carrier --renewal gave Amazon's renewal−1 as the carrier plan's deadline),
item 4 (--no-interactive ignored what the saved plan answers), item 11 (two blank lines)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run


@pytest.mark.parametrize("via", ["web", "carrier"])
def test_7_english_heading_has_one_space_before_the_check_date(via: str) -> None:
    done = run("cancel", "--no-interactive", "--via", via, "--lang", "en", env={"COLUMNS": "120"})
    assert done.exit_code == 0, done.stderr
    first = next(line for line in done.stdout.splitlines() if "(checked " in line)
    assert first.startswith(("How to cancel Prime", "Cancelling Prime")), done.stdout
    assert "  (checked" not in first, first


def test_7_japanese_heading_unchanged() -> None:
    done = run("cancel", "--no-interactive", "--lang", "ja", env={"COLUMNS": "120"})
    assert "プライム会員の解約手順（2026年" in done.stdout, done.stdout


# ------------------------------------------- item 1: a carrier's plan: the carrier's deadline

CARRIER = ("cancel", "--no-interactive", "--via", "carrier", "--today", "2026-12-06")
CARRIER_SAYS = {
    "ja": "いつまでに解約すれば次の料金がかからないかは、携帯電話会社の決まりによります。",
    "en": "when to cancel to avoid the next charge is the carrier's rule",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("renewal", ["2026-12-20", "2026-12-07"])
def test_1_carrier_plan_deadline_is_the_carriers(lang: str, renewal: str) -> None:
    done = run(*CARRIER, "--renewal", renewal, "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    first = done.stdout.split("\n\n", 1)[0]
    assert CARRIER_SAYS[lang] in first, first
    # the day before the renewal is given for a campaign's Prime only, not as the plan's deadline
    assert not first.startswith(
        ("プライムを続けない場合は、", "If you do not want", "更新日は明日")
    )
    campaign = {
        "ja": "キャンペーンで付いたプライムなら、",
        "en": "For Prime from a carrier campaign,",
    }
    before = first.split(campaign[lang])[0]
    assert "2026年12月19日" not in before and "2026-12-19" not in before and "今日中" not in before
    data = run(*CARRIER, "--renewal", renewal, "--json", env={"PRIMEHELP_LANG": lang}).json()
    assert data["data"]["action"] is not None
