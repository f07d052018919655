"""Review 29b (due, renewal, trial, cancel): items 1-6 of the findings in this area."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from primehelp.profile import load_profile, profile_path
from tests.support.clihelp import run

TODAY = ("--today", "2026-12-05")


# ---------------------------------------------------------------- item 4: a passed date saved


@pytest.mark.parametrize(
    ("args", "ja", "en"),
    [
        (
            ("trial", "2024-12-31"),
            "無料体験から有料会員への自動更新日",
            "renewed automatically as paid",
        ),
        (("renewal", "2025-06-01"), "更新日（2025年6月1日）は過ぎています。", "has passed"),
        (("renewal", "2025-06-01", "--force"), "`--plan` を付けて保存", "with `--plan`"),
    ],
)
def test_4_a_passed_date_without_a_plan_is_not_saved(
    args: tuple[str, ...], ja: str, en: str
) -> None:
    # The config dir is a fresh temporary one per test (conftest).
    for lang, said in (("ja", ja), ("en", en)):
        result = run(*args, "--save", *TODAY, "--lang", lang, env={"COLUMNS": "1000"})
        assert result.exit_code == 2, result.stderr
        assert said in result.stderr and "--plan" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert load_profile(profile_path(os.environ)) is None


def test_4_a_passed_date_with_a_plan_is_saved_and_due_counts_on_from_it() -> None:
    saved = run("renewal", "2025-06-01", "--plan", "annual", "--save", *TODAY, "--lang", "ja")
    assert saved.exit_code == 0, saved.stderr
    due = run("due", *TODAY, "--lang", "ja", "--verbose")
    assert due.exit_code in (0, 1) and "2027年6月1日" in due.stdout, due.stdout + due.stderr


# ---------------------------------------------------------------- item 6: an example never stale
# Review 56b item 7: today + 30 days looked computed for the member; the example is now the fixed
# sample of the other screens, said to be replaced with the page's date, so it never reads as the
# member's own date, whatever today is.


@pytest.mark.parametrize("today", ["2027-01-05", "2028-03-01"])
@pytest.mark.parametrize("kind", ["--paid", "--trial"])
def test_6_the_example_renewal_date_is_a_sample_to_replace(today: str, kind: str) -> None:
    ahead = (dt.date.fromisoformat(today) + dt.timedelta(days=30)).isoformat()
    flag = " --trial" if kind == "--trial" else ""
    for lang, replace in (
        ("ja", "（日付は「Amazonプライム会員情報」"),
        ("en", " (replace the date"),
    ):
        args = ("cancel", "--no-interactive", kind, "--today", today, "--lang", lang)
        out = run(*args, env={"COLUMNS": "1000"}).stdout
        assert f"`primehelp cancel{flag} --renewal 2026-12-31`{replace}" in out, out
        assert "2026-12-24" not in out and ahead not in out


def test_6_the_walkthrough_example_is_the_sample_too() -> None:
    from primehelp.cancellation import Branch, Via
    from primehelp.content.cancel import bundled_plan

    today = dt.date(2027, 1, 5)
    plan = bundled_plan(
        Branch(Via.WEB, trial=False, student=False, benefits_used=None),
        today=today,
        walkthrough=True,
    )
    assert plan.action is not None and "--renewal 2026-12-31`（日付は" in plan.action.text.ja
