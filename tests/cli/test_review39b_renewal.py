"""Review 39b S 14 and S 9 (round 46): --explain's rolled-forward renewal, and what a trial's
automatic renewal charges."""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from primehelp.cli import app

runner = CliRunner()


@pytest.mark.parametrize("anchor", ["2024-02-29", "2018-03-01", "2025-01-31", "2026-11-30"])
@pytest.mark.parametrize("plan", ["annual", "monthly", "student-monthly"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_explain_does_not_say_the_table_is_counted_from_the_rolled_renewal(
    anchor: str, plan: str, lang: str
) -> None:
    """S 14: 「ここから下の日付は、この更新日から数えています」 and then 「常に最初の日付から
    数えて求めます」 (the table's later renewals are the first date + k): only the reminder mail
    and the cancel-by date are counted from the rolled-forward renewal."""
    args = ["--lang", lang, "renewal", anchor, "--plan", plan, "--explain", "--today", "2026-12-05"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    flat = "".join(result.stdout.split()) if lang == "ja" else " ".join(result.stdout.split())
    assert "ここから下の日付" not in flat and "The dates below are counted" not in flat
    said = (
        "お知らせメールと解約の目安日は、この更新日から数えています。"
        if lang == "ja"
        else "The reminder-mail day and the cancel-by date are counted from that renewal."
    )
    assert (said in flat) == ("すでに過ぎている" in flat or "already past" in flat)


STARTS = [dt.date(year, month, 10) for year in range(2008, 2027, 2) for month in (3, 9)]


@pytest.mark.parametrize("start", STARTS)
@pytest.mark.parametrize("student", [False, True])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_trial_screen_names_what_the_renewal_charges(
    start: dt.date, student: bool, lang: str
) -> None:
    """S 9: the trial screens said the trial renews as paid, never for how much. Now the fees
    of both plans on the renewal's date, where the facts give them; none where they do not."""
    from primehelp.content import fees
    from primehelp.plans import Plan, period_on

    args = ["--lang", lang, "trial", start.isoformat(), "--today", "2026-12-05"]
    args += ["--student"] if student else []
    json_args = ["--json", *args[:2], *args[2:]]
    import json

    report = json.loads(runner.invoke(app, json_args).stdout)["data"]
    renewal = dt.date.fromisoformat(report["renewal_date"])
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    flat = "".join(result.stdout.split()) if lang == "ja" else " ".join(result.stdout.split())
    plans = (Plan.STUDENT_ANNUAL, Plan.STUDENT_MONTHLY) if student else (Plan.ANNUAL, Plan.MONTHLY)
    book = fees.load()
    annual, monthly = (period_on(book.of(plan), renewal) for plan in plans)
    words = "自動更新で請求される会費" if lang == "ja" else "The automatic renewal charges"
    if annual is None or monthly is None:
        assert words not in flat
        return
    # review 49b item 1: a renewal before a fee change was charged then (past tense)
    now = [period_on(book.of(plan), dt.date(2026, 12, 5)) for plan in plans]
    changed = [p.fee_yen for p in now if p] != [annual.fee_yen, monthly.fee_yen]
    past = renewal < dt.date(2026, 12, 5)  # review 50b item 14: charged, at today's fee too
    if lang == "ja":
        said = f"年間プランなら{annual.fee_yen:,}円、月間プランなら{monthly.fee_yen:,}円"
        assert said + ("でした" if changed else "で、現在も同じです" if past else "です") in flat
    else:
        verb = "charged" if changed or past else "charges"
        assert f"{verb} {annual.fee_yen:,} yen" in flat and f"{monthly.fee_yen:,} yen" in flat


@pytest.mark.parametrize("student", [False, True])
@pytest.mark.parametrize("days_after", [1, 20, 400])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_due_does_not_call_an_ended_trial_an_error(
    student: bool, days_after: int, lang: str, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 38b S 28: `due` after a saved trial has ended began 「primehelp: エラー: …」, as if
    the program had failed; the member's membership is to be checked (exit code still 2)."""
    monkeypatch.setenv("PRIMEHELP_CONFIG_DIR", str(tmp_path))
    args = ["trial", "2026-11-25", "--today", "2026-11-26", "--save"] + ["--student"] * student
    assert runner.invoke(app, args).exit_code == 0
    today = dt.date(2026, 12, 25 if not student else 1) + dt.timedelta(days=days_after)
    if student:
        today = dt.date(2027, 5, 25) + dt.timedelta(days=days_after)
    result = runner.invoke(app, ["--lang", lang, "due", "--today", today.isoformat()])
    assert result.exit_code == 2
    first = result.stderr.splitlines()[0]
    assert first.startswith("primehelp: 要確認: " if lang == "ja" else "primehelp: check: ")
    assert "エラー" not in first and "error" not in first
