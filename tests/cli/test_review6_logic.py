"""Review 6 (native-level Japanese review), items 3 and 20: screens that must not contradict
themselves or each other. Item 1 is in test_check_number_called.py and test_phone.py, item 2 in
test_renewal_cli.py."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}  # one paragraph per line: nothing split by wrapping
TODAY = ("--today", "2026-12-05")


def _out(*args: str) -> str:
    done = run(*args, env=WIDE)
    assert done.exit_code == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("renewal", ["2026-11-20", "2026-12-05"])
def test_3_a_trial_that_has_ended_gets_the_paid_steps_and_refunds(renewal: str) -> None:
    """The trial's end (the renewal date) is today or past: a fee may have been charged, so
    nothing may say that nothing is refunded or that either choice is free without a condition."""
    out = _out(
        "cancel", "--no-interactive", "--trial", "--renewal", renewal, *TODAY, "--lang", "ja"
    )
    assert "返金されるものはありません" not in out
    assert "どちらの場合も費用はかかりません" not in out
    assert "3. 無料体験中は「プライム無料体験と特典利用を止める」を選びます。" not in out
    assert "3. 「プライム会員資格を終了し、特典の利用を止める」を選びます。" in out
    assert "無料体験の後の最初の会費の請求以降に特典を一度も使っていない場合" in out
    assert (
        "・まだ会費が請求されていない場合（無料体験中）は、どちらを選んでも費用はかかりません。"
        in out
    )
    assert "ご利用の状況：ウェブサイトで手続き／有料会員" in out
    en = _out("cancel", "--no-interactive", "--trial", "--renewal", renewal, *TODAY, "--lang", "en")
    assert "there is nothing to refund" not in en and "Either way it costs nothing" not in en


def test_3_a_trial_still_running_keeps_the_trial_steps() -> None:
    out = _out("cancel", "--no-interactive", "--trial", "--renewal", "2026-12-06", *TODAY)
    assert "3. 無料体験中は「プライム無料体験と特典利用を止める」を選びます。" in out
    assert "返金されるものはありません" in out
    assert "まだ会費が請求されていない場合" not in out


def test_3_an_ended_trial_is_planned_as_paid_in_json() -> None:
    """The walkthrough builds its plan with the same function (cancel_plan)."""
    done = run(
        "cancel",
        "--no-interactive",
        "--trial",
        "--renewal",
        "2026-11-20",
        *TODAY,
        "--json",
        env=WIDE,
    )
    data = done.json()["data"]
    assert data["branch"]["trial"] is False
    ids = [statement["id"] for statement in data["refund"]]
    assert ids == [
        "refunds.renewal_date",
        "refunds.full_if_unused",
        "refunds.partial_may",
        "refunds.trial_now",
    ]
