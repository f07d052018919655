"""Review 48b (round 58), cancel: item 7 (the English heading had two spaces before its check
date), item 1 (--via carrier --renewal gave Amazon's renewal−1 as the carrier plan's deadline),
item 4 (--no-interactive ignored what the saved plan answers), item 11 (two blank lines)."""

from __future__ import annotations

from pathlib import Path

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


# ------------------------------------------- item 4: the saved plan answers the piped screen too

SAVED_LINE = {
    (
        "monthly",
        "ja",
    ): "保存したプラン（月間プラン）をもとに、有料会員・通常のプライムの場合を表示しています",
    (
        "monthly",
        "en",
    ): "From your saved plan (monthly plan), this is for a paid membership, regular",
    ("student-annual", "ja"): "をもとに、有料会員・Prime Studentの場合を表示しています",
    ("student-annual", "en"): "this is for a paid membership, Prime Student",
}
DEFAULTS_VIA = {
    "ja": "指定がないため、ウェブサイトの場合を表示しています（`--via` で変更できます）。",
    "en": "Not given, so assumed: the website (change with `--via`).",
}


def _saved(plan: str) -> None:
    done = run("renewal", "2026-11-30", "--plan", plan, "--save", "--today", "2026-12-06")
    assert done.exit_code == 0, done.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("plan", ["monthly", "student-annual"])
def test_4_no_interactive_takes_the_saved_plans_answers(plan: str, lang: str) -> None:
    _saved(plan)
    args = ("cancel", "--no-interactive", "--today", "2026-12-06")
    done = run(*args, "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    assert SAVED_LINE[plan, lang] in done.stdout, done.stdout
    defaults = [line for line in done.stdout.splitlines() if DEFAULTS_VIA[lang][:8] in line]
    assert len(defaults) == 1 and "--trial" not in defaults[0] and "--student" not in defaults[0]
    data = run(*args, "--json").json()["data"]
    assert data["assumed"] == ["via"]
    assert data["from_profile"] == ["trial", "student"]
    assert data["branch"]["trial"] is False
    assert data["branch"]["student"] is (plan == "student-annual")


def test_4_flags_given_keep_their_answers() -> None:
    _saved("monthly")
    args = ("cancel", "--no-interactive", "--today", "2026-12-06", "--trial", "--json")
    data = run(*args).json()["data"]
    assert data["branch"]["trial"] is True
    assert "trial" not in data["from_profile"]


def test_4_nothing_saved_assumes_all() -> None:
    data = run("cancel", "--no-interactive", "--today", "2026-12-06", "--json").json()["data"]
    assert data["assumed"] == ["via", "trial", "student"] and data["from_profile"] == []


# ------------------------------------------- item 11: one blank line after the urgent line


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_11_one_blank_line_between_the_urgent_line_and_the_question(
    tmp_path: Path, lang: str
) -> None:
    import pexpect

    from tests.cli.test_cancel_e2e import SCREENS, words
    from tests.cli.test_review45b_cancel_urgent import TODAY, _spawn

    saved = run("renewal", "2026-12-07", "--save", "--today", TODAY,
                env={"PRIMEHELP_CONFIG_DIR": str(tmp_path)})  # fmt: skip
    assert saved.exit_code == 0, saved.stderr
    child = _spawn(tmp_path, lang)
    child.expect(words(SCREENS[lang]["q_via"]))
    before = child.before.replace("\r\n", "\n")
    child.sendline("q")
    child.expect(pexpect.EOF)
    urgent = {"ja": "今日中に解約してください。", "en": "cancel today."}[lang]
    assert urgent in before, before
    after = before[before.index(urgent) + len(urgent) :]
    assert after.startswith("\n\n") and not after.startswith("\n\n\n"), repr(after)
