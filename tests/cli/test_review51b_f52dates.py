"""Review 51b, the open remainder: a date's estimate note kept with its date (item 23), 「解約する
場合は」 never split (item 25), a saved trial's first fee on the renewal screen (item 18), the
next renewal saved over a past one (S 2), and the answers in the stop line's command (S 22:
tests/cli/test_interrupts.py)."""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from primehelp.cli import app
from tests.support.profiles import ANNUAL, TRIAL

runner = CliRunner()
WIDTHS = (40, 60, 80)


def _run(lang: str, *args: str, columns: int = 200, env: dict[str, str] | None = None) -> str:
    result = runner.invoke(
        app, ["--lang", lang, *args], env={"COLUMNS": str(columns), **(env or {})}
    )
    assert result.exit_code in (0, 1), result.stdout + result.stderr  # due: 1, act today
    return result.stdout


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pairs(text: str) -> list[tuple[str, str]]:
    lines = [line.strip() for line in text.splitlines()]
    return list(itertools.pairwise(lines))


# ---------------------------------------------------------------- item 23


def test_a_computed_charge_date_keeps_its_note_on_its_line() -> None:
    """「2026年6月1日（189日前、│計算による目安）に」 at 40 columns: the note broke after 「、」."""
    for columns in WIDTHS:
        out = _run("ja", "renewal", "2025-06-01", "--plan", "annual", "--today", "2026-12-07",
                   columns=columns)  # fmt: skip
        assert any("2026年6月1日（189日前、目安）" in line for line in out.splitlines()), out
    out = _run("en", "renewal", "2025-06-01", "--plan", "annual", "--today", "2026-12-07",
               columns=40)  # fmt: skip
    # after the next renewal's deadline, as 「なお、…」 (review 52b item 34)
    assert "Also: if the membership renewed on 2026-06-01 (189 days ago, an estimate)" in _flat(out)


@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2025-06-01", "--plan", "annual"),  # a charge 189 days ago
        ("renewal", "2025-12-07", "--plan", "annual"),  # renewed today, computed
        ("renewal", "2025-12-08", "--plan", "annual"),  # the next renewal tomorrow, computed
        ("renewal", "2026-11-08"),  # the monthly plan's next renewal tomorrow
        ("renewal", "2026-11-07"),  # …today
        ("renewal", "2026-11-09"),  # …in two days
    ],
)
def test_no_estimate_note_is_split_after_its_comma(args: tuple[str, ...]) -> None:
    """The class of item 23: no line ends in 「、」 with the estimate on the next one."""
    for columns in WIDTHS:
        out = _run("ja", *args, "--today", "2026-12-07", columns=columns)
        split = [
            p for p in _pairs(out) if p[0].endswith("、") and p[1].startswith(("計算", "目安"))
        ]
        assert split == [], (columns, split)
    out = _run("en", *args, "--today", "2026-12-07", columns=40)
    assert "an estimate" in _flat(out)


# ---------------------------------------------------------------- item 25


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (("trial", "2026-11-07"), None),  # the trial's renewal day
        (("trial", "--student", "2026-06-07"), None),
        (("trial", "2026-06-01"), None),  # a trial long past
        (("renewal", "2025-12-07", "--plan", "annual"), None),  # renewal day
        (("renewal", "2026-11-20"), None),  # renewed lately, no plan
        (("cancel", "--no-interactive", "--trial", "--renewal", "2026-12-07"), None),
        (("cancel", "--no-interactive", "--renewal", "2026-11-20"), None),
        (("cancel", "--no-interactive"), TRIAL),  # a saved trial on its renewal day
        (("due",), TRIAL),
    ],
)
def test_no_line_starts_with_baai_cut_from_its_verb(
    args: tuple[str, ...], env: dict[str, str] | None
) -> None:
    """「解約する│場合は、」 (and 「使っている│場合、」) at 40 columns: 場合 is a formal noun, kept
    with the verb before it as こと and とき are."""
    today = "2026-12-31" if env else "2026-12-07"
    for columns in WIDTHS:
        out = _run("ja", *args, "--today", today, columns=columns, env=env)
        cut = [
            p for p in _pairs(out) if p[1].startswith("場合") and "\u3041" <= p[0][-1:] <= "\u3096"
        ]
        assert cut == [], (columns, cut)
    out = _run("en", *args, "--today", today, columns=40, env=env)
    assert "cancel" in out and "場合" not in out.split("「")[0]  # the screen, in English


# ---------------------------------------------------------------- item 18


def test_a_saved_trial_s_first_fee_is_named_so_with_a_plan() -> None:
    """renewal --plan after `trial --save`: the charge ending now may refund is the trial's first
    fee, worded as `trial` and plain `renewal` word it, with that fee's refund rules."""
    args = ("renewal", "--plan", "monthly", "--today", "2027-01-10")
    out = _flat(_run("ja", *args, env=TRIAL)).replace(" ", "")
    assert "解約していなければ、2026年12月31日（10日前、目安）に無料体験が終わり" in out
    assert "無料体験が終わって最初の会費が請求された後" in out
    assert "前回の支払い以降" not in out and "に更新されていれば" not in out
    assert "次の更新日（2027年1月31日）に終了すると" in out
    out = _flat(_run("en", *args, env=TRIAL))
    assert (
        "Also: unless you cancelled, the free trial should have ended on 2026-12-31 (10 days ago, an estimate)"
        in out  # after the next renewal's deadline (review 52b item 34)
    )
    assert "since the first charge after the free trial" in out
    assert "since the last charge" not in out


def test_a_paid_profile_keeps_the_paid_words() -> None:
    out = _flat(_run("ja", "renewal", "--today", "2027-01-10", env=ANNUAL)).replace(" ", "")
    assert "2026年12月31日（10日前）に更新されていれば" in out and "前回の支払い以降" in out
    out = _flat(_run("en", "renewal", "--today", "2027-01-10", env=ANNUAL))
    assert "Also: if the membership renewed on 2026-12-31 (10 days ago)" in out  # 52b item 34


# ---------------------------------------------------------------- S 2


def _save(lang: str, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--lang", lang, "renewal", *args, "--save"])
    return result.exit_code, _flat(result.stderr)


def _saved() -> dict[str, object]:
    document: dict[str, object] = json.loads(
        (Path(os.environ["PRIMEHELP_CONFIG_DIR"]) / "profile.json").read_text(encoding="utf-8")
    )
    return document


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_next_renewal_of_a_past_saved_date_is_saved_without_force(lang: str) -> None:
    assert _save(lang, "2026-11-20", "--plan", "monthly", "--today", "2026-11-10")[0] == 0
    code, said = _save(lang, "2026-12-20", "--today", "2026-12-07")
    assert code == 0, said
    expected = {
        "ja": "保存した更新日を、次の更新日の2026年12月20日（月間プラン）に更新しました",
        "en": "updated the saved renewal date in",
    }
    assert expected[lang] in said and "--force" not in said
    assert _saved()["renewal_date"] == "2026-12-20" and _saved()["plan"] == "monthly"


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (("2026-11-20", "--plan", "monthly", "--today", "2026-11-10"), ("2027-01-20",)),  # 2 on
        (
            ("2026-11-20", "--plan", "monthly", "--today", "2026-11-10"),
            ("2026-12-20", "--plan", "annual"),
        ),
        (("2026-12-20", "--plan", "monthly", "--today", "2026-12-01"), ("2027-01-20",)),  # ahead
        (("2026-11-20", "--today", "2026-11-10"), ("2026-12-20",)),  # no plan: no next date
    ],
)
def test_another_date_still_needs_force(first: tuple[str, ...], then: tuple[str, ...]) -> None:
    assert _save("ja", *first)[0] == 0
    before = _saved()
    code, said = _save("ja", *then, "--today", "2026-12-07")
    assert code != 0 and "--force" in said
    assert _saved() == before
