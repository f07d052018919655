"""`--save` never replaces a saved renewal date silently (review 5 item 2).

Another date or another plan is refused (exit 2, one line naming what is saved and --force),
the same profile again is said to be saved already, and --force names what it replaced.
`trial --save` keeps no plan the member gave for another date.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from typer.testing import CliRunner

from primehelp.cli import app

TODAY = ("--today", "2026-12-05")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [*args, *TODAY])
    return result.exit_code, result.stdout, result.stderr


def saved_file() -> Path:
    return Path(os.environ["PRIMEHELP_CONFIG_DIR"]) / "profile.json"


def saved() -> dict[str, object]:
    document: dict[str, object] = json.loads(saved_file().read_text("utf-8"))
    return document


def test_another_date_is_refused_then_replaced_with_force() -> None:
    file = saved_file()
    code, _, err = run("renewal", "2026-12-20", "--plan", "monthly", "--save", "--lang", "ja")
    assert code == 0, err
    assert (
        err
        == f"primehelp: 2026年12月20日（月間プラン）を更新日として保存しました（保存場所：{file}）。\n"
    )

    code, _, err = run("renewal", "2026-12-20", "--plan", "monthly", "--save", "--lang", "ja")
    assert code == 0, err
    assert err == (
        "primehelp: 2026年12月20日（月間プラン）は、更新日としてすでに保存されています"
        f"（保存場所：{file}）。\n"
    )

    before = file.read_bytes()
    code, out, err = run("renewal", "2026-12-21", "--save", "--plan", "annual", "--lang", "ja")
    assert (code, out) == (2, "")
    assert err == (
        "primehelp: エラー: 更新日として2026年12月20日（月間プラン）がすでに保存されています"
        f"（保存場所：{file}）。2026年12月21日（年間プラン）に置き換えるには `--force` を付けてください。\n"
    )
    assert file.read_bytes() == before

    code, _, err = run("renewal", "2026-12-21", "--save", "--plan", "annual", "--lang", "en")
    assert code == 2 and err.count("\n") == 1
    assert "holds the renewal date 2026-12-20 (monthly plan)" in err and "add `--force`" in err

    code, _, err = run("renewal", "2026-12-21", "--save", "--plan", "annual", "--force")
    assert code == 0, err
    assert err == (
        "primehelp: 保存した更新日を、2026年12月20日（月間プラン）から"
        f"2026年12月21日（年間プラン）に置き換えました（保存場所：{file}）。\n"
    )
    assert saved()["renewal_date"] == "2026-12-21" and saved()["plan"] == "annual"


def test_another_plan_for_the_same_date_needs_force() -> None:
    assert run("renewal", "2026-12-20", "--plan", "monthly", "--save")[0] == 0
    code, _, err = run("renewal", "2026-12-20", "--plan", "annual", "--save", "--lang", "en")
    assert code == 2 and "add `--force`" in err
    assert saved()["plan"] == "monthly"


def test_a_plan_added_to_the_saved_date_loses_nothing() -> None:
    assert run("renewal", "2026-12-20", "--save")[0] == 0
    code, _, err = run("renewal", "--plan", "monthly", "--save", "--lang", "en")
    assert code == 0, err
    # review 38b item 13: the plan added, not "replaced 2026-12-20 with 2026-12-20 (monthly plan)"
    assert "added the plan to the saved renewal date" in err
    assert "saved as 2026-12-20 (monthly plan) in" in err
    assert saved()["plan"] == "monthly"


def test_trial_save_keeps_no_plan_given_for_another_date() -> None:
    assert run("renewal", "2026-12-21", "--plan", "monthly", "--save")[0] == 0
    code, _, err = run("trial", "2026-11-20", "--save", "--lang", "en")
    assert code == 2 and "2026-12-21 (monthly plan)" in err
    assert "2026-12-20 (estimated automatic paid renewal)" in err
    code, _, err = run("trial", "2026-11-20", "--save", "--force")
    assert code == 0, err
    assert saved() == {
        "schema_version": 1, "renewal_date": "2026-12-20", "plan": None, "trial": True
    }  # fmt: skip
    # A plan given later for the same date is added, and the trial stays a trial.
    assert run("renewal", "--plan", "monthly", "--save")[0] == 0
    assert saved()["plan"] == "monthly" and saved()["trial"] is True
    code, _, err = run("trial", "2026-11-20", "--save", "--lang", "en")
    assert code == 0 and "is already saved" in err


def test_a_calendar_replaced_with_force_says_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "prime.ics"
    code, _, err = run("renewal", "2026-12-20", "--ics", str(target), "--lang", "ja")
    assert err.splitlines()[0] == f"primehelp: 「{target}」に書き出しました。"  # 46b S 7: +1
    code, _, err = run("renewal", "2026-12-20", "--ics", str(target), "--force", "--lang", "ja")
    assert code == 0, err
    assert err.splitlines()[0] == f"primehelp: 「{target}」を上書きしました。"
    code, _, err = run("renewal", "2026-12-20", "--ics", str(target), "--force", "--lang", "en")
    assert err.splitlines()[0] == f"primehelp: overwrote '{target}'"
