"""Review 28b: `cancel` with a saved profile, a saved Prime Student trial, the carrier screen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.clihelp import run


def _saved(
    folder: Path, renewal: str, plan: str | None, trial: bool, **more: object
) -> dict[str, str]:
    """A profile saved in a temporary folder (never the real ~/.config), as the env to read it."""
    profile = {"schema_version": 1, "renewal_date": renewal, "plan": plan, "trial": trial, **more}
    (folder / "profile.json").write_text(json.dumps(profile), encoding="utf-8")
    return {"PRIMEHELP_CONFIG_DIR": str(folder), "COLUMNS": "1000"}


def _cancel(env: dict[str, str], *args: str, lang: str = "ja") -> str:
    done = run("cancel", "--no-interactive", *args, "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    return done.stdout


def _first_lines(out: str) -> str:
    return out.split("\n\n", 1)[0]


# Item 1 (R-major): the days just after a saved renewal lead with the fee charged, as
# `cancel --renewal <that date>` does.
@pytest.mark.parametrize("plan", ["annual", "monthly"])
@pytest.mark.parametrize(
    ("today", "ago"), [("2027-01-01", "昨日"), ("2027-01-15", "15日前"), ("2027-01-27", "27日前")]
)
def test_28b_1_saved_renewal_just_past_leads_with_the_charge(
    tmp_path: Path, plan: str, today: str, ago: str
) -> None:
    env = _saved(tmp_path, "2026-12-31", plan, trial=False)
    out = _cancel(env, "--today", today)
    none = {"PRIMEHELP_CONFIG_DIR": str(tmp_path / "none"), "COLUMNS": "1000"}
    typed = _cancel(none, "--renewal", "2026-12-31", "--today", today)
    assert _first_lines(out) == _first_lines(typed)
    assert f"2026年12月31日（{ago}）に更新されていれば、会費はすでに請求されています。" in out
    assert "あと" not in _first_lines(out)
    en = _cancel(env, "--today", today, lang="en")
    typed_en = _cancel(none, "--renewal", "2026-12-31", "--today", today, lang="en")
    assert _first_lines(en) == _first_lines(typed_en)
    data = run("cancel", "--today", today, "--json", env=env).json()["data"]
    assert data["action"]["charged_on"] == "2026-12-31" and data["action"]["refund_rules"]


def test_28b_1_after_the_current_period_the_next_renewal(tmp_path: Path) -> None:
    env = _saved(tmp_path, "2026-12-31", "annual", trial=False)
    out = _cancel(env, "--today", "2027-01-29")
    assert "2027年12月30日（あと335日）" in _first_lines(out)
