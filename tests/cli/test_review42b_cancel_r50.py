"""Review 42b item 10 (round 50): ``cancel --trial --json`` with a saved paid renewal date: the
text says the saved date is set aside, the JSON said nothing of it (``renewal`` null, as with
nothing saved). Now ``data.renewal_set_aside`` names the saved date, its plan and why; null when
nothing was set aside."""

from __future__ import annotations

from pathlib import Path

from tests.support.clihelp import run

ARGS = ("cancel", "--no-interactive", "--trial", "--today", "2026-12-06", "--json")


def _env(tmp_path: Path) -> dict[str, str]:
    return {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}


def test_10_a_saved_paid_date_set_aside_is_in_the_json(tmp_path: Path) -> None:
    env = _env(tmp_path)
    assert run(*ARGS, env=env).json()["data"]["renewal_set_aside"] is None  # nothing saved
    saved = run("renewal", "2026-12-20", "--plan", "annual", "--save", "--today", "2026-12-06",
                env=env)  # fmt: skip
    assert saved.exit_code == 0, saved.stderr
    data = run(*ARGS, env=env).json()["data"]
    assert data["renewal"] is None
    assert data["renewal_set_aside"] == {
        "renewal_date": "2026-12-20",
        "plan": "annual",
        "reason": "paid_date_for_trial",
    }
    # --paid: the saved date is used, nothing set aside
    paid = run("cancel", "--no-interactive", "--paid", "--today", "2026-12-06", "--json", env=env)
    assert paid.json()["data"]["renewal_set_aside"] is None
    assert paid.json()["data"]["renewal"] is not None


def test_10_a_saved_student_trial_set_aside_for_a_regular_trial(tmp_path: Path) -> None:
    env = _env(tmp_path)
    saved = run("trial", "2026-11-20", "--student", "--save", "--today", "2026-12-06", env=env)
    assert saved.exit_code == 0, saved.stderr
    data = run(*ARGS, "--regular", env=env).json()["data"]
    assert data["renewal_set_aside"]["reason"] == "other_kind_of_trial", data
