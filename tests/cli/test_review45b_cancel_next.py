"""Review 45b item 5: `cancel` with a saved monthly/annual profile whose date has passed gives
the next renewal's cancel-by day and days left, as `renewal` and `due` do, first on the screen
and in `--json` (`renewal.next_renewal_date`, `next_cancel_by`, `next_days_left`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.i18n import Lang
from tests.support.clihelp import run


def _saved(tmp_path: Path, plan: str = "monthly", date: str = "2026-12-20") -> dict[str, str]:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "1000"}
    done = run("renewal", date, "--plan", plan, "--save", "--today", "2026-12-06", env=env)
    assert done.exit_code == 0, done.stderr
    return env


NEXT = {
    "ja": "次の自動更新を止めるには、2027年1月19日（あと9日）までに解約してください。"
    "次の更新日は2027年1月20日です（計算による目安）。",
    "en": "To stop the next automatic renewal, cancel by 2027-01-19 (in 9 days). "
    "The next renewal date is 2027-01-20 (an estimate).",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_cancel_names_the_next_cancel_by_day_first(tmp_path: Path, lang: Lang) -> None:
    env = _saved(tmp_path)
    done = run("--lang", lang, "cancel", "--today", "2027-01-10", env=env)
    assert done.exit_code == 0, done.stderr
    lines = done.stdout.splitlines()
    assert NEXT[lang] in lines[:4]  # in the first paragraph, before the steps' heading
    assert done.stdout.count("2027年1月20日" if lang == "ja" else "2027-01-20") == 1  # once
    # `renewal` on the same profile and day gives the same sentence (with its command)
    renewal = run("--lang", lang, "renewal", "--today", "2027-01-10", env=env).stdout
    assert NEXT[lang].split("までに" if lang == "ja" else " (in")[0] in renewal


def test_5_cancel_json_has_the_next_renewal(tmp_path: Path) -> None:
    env = _saved(tmp_path)
    done = run("cancel", "--today", "2027-01-10", "--json", env=env)
    assert done.exit_code == 0, done.stderr
    renewal = done.json()["data"]["renewal"]
    assert renewal["renewal_date"] == "2026-12-20" and renewal["days_left"] == -22
    assert renewal["next_renewal_date"] == "2027-01-20"
    assert renewal["next_cancel_by"] == "2027-01-19"
    assert renewal["next_days_left"] == 9
    due = run("due", "--today", "2027-01-10", "--json", env=env).json()["data"]
    assert due["renewal_date"] == renewal["next_renewal_date"]
    assert due["cancel_by"] == renewal["next_cancel_by"]


def test_5_next_cancel_by_today_says_today(tmp_path: Path) -> None:
    env = _saved(tmp_path, date="2026-12-31")  # charged 2027-01-31; the next, 2027-02-28
    done = run("cancel", "--today", "2027-02-27", env=env)
    assert done.exit_code == 0, done.stderr
    assert (
        "次の更新日は明日（2027年2月28日）です（計算による目安）。"
        "次の自動更新を止めるには、今日中に解約してください。"
    ) in done.stdout.splitlines()[:4]


def test_5_nothing_next_without_a_saved_plan(tmp_path: Path) -> None:
    done = run("cancel", "--renewal", "2026-12-20", "--today", "2027-01-10", "--json")
    renewal = done.json()["data"]["renewal"]
    assert renewal["next_renewal_date"] is None and renewal["next_days_left"] is None
    env = _saved(tmp_path)
    carrier = run("cancel", "--via", "carrier", "--today", "2027-01-10", env=env).stdout
    assert "次の自動更新を止めるには" not in carrier
