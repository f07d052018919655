"""Review 6 (native-level Japanese review), items 3 and 20: screens that must not contradict
themselves or each other. Item 1 is in test_check_number_called.py and test_phone.py, item 2 in
test_renewal_cli.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.support.clihelp import WIDE, run, wide_stdout

TODAY = ("--today", "2026-12-05")


_out = wide_stdout


@pytest.mark.parametrize("renewal", ["2026-11-20", "2026-12-04"])
def test_3_a_trial_that_has_ended_gets_the_paid_steps_and_refunds(renewal: str) -> None:
    """The trial's end (the renewal date) is past: a fee may have been charged, so
    nothing may say that nothing is refunded or that either choice is free without a condition."""
    out = _out(
        "cancel", "--no-interactive", "--trial", "--renewal", renewal, *TODAY, "--lang", "ja"
    )
    assert "返金されるものはありません" not in out
    assert "どちらの場合も費用はかかりません" not in out
    assert "3. 無料体験中は、次を選びます：「プライム無料体験と特典利用を止める」" not in out
    assert "3. 次を選びます：「プライム会員資格を終了し、特典の利用を止める」" in out
    assert "無料体験が終わって最初の会費が請求された後、特典を一度も使っていない場合" in out
    # Review 16b item 2: past the end date the fee has been charged, so no "not charged yet"
    # case (only the renewal day itself has one).
    assert "まだ会費が請求されていない場合" not in out
    assert "・会員：有料会員（通常のプライム）" in out
    en = _out("cancel", "--no-interactive", "--trial", "--renewal", renewal, *TODAY, "--lang", "en")
    assert "there is nothing to refund" not in en and "Either way it costs nothing" not in en


def test_3_a_trial_still_running_keeps_the_trial_steps() -> None:
    out = _out("cancel", "--no-interactive", "--trial", "--renewal", "2026-12-06", *TODAY)
    assert "3. 無料体験中は、次を選びます：「プライム無料体験と特典利用を止める」" in out
    assert (
        "無料体験中は、どちらを選んでも費用はかかりません。" in out
    )  # review 9b item 6: said once
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
    ]  # review 16b item 2: no "not charged yet" (refunds.trial_now) past the end date


@pytest.mark.parametrize(
    ("saved", "today", "printed"),
    [
        (("2026-11-09", "--plan", "monthly"), "2026-12-05", False),  # 26 days after the charge
        (("2025-12-20", "--plan", "annual"), "2026-12-21", True),  # the day after a renewal
    ],
)
def test_20_due_names_the_charge_renewal_names(
    saved: tuple[str, ...], today: str, printed: bool, tmp_path: Path
) -> None:
    """The same saved profile: `renewal` leads with a fee that ending now may refund, so `due`
    never says there is nothing to report; the day after a renewal it is due (exit 1)."""
    env = {**WIDE, "PRIMEHELP_CONFIG_DIR": str(tmp_path)}
    assert run("renewal", *saved, "--save", "--today", today, env=env).exit_code == 0
    renewal = run("renewal", "--today", today, "--json", env=env).json()["data"]["action"]
    charged = dt.date.fromisoformat(renewal["charged_on"])
    day = f"{charged.year}年{charged.month}月{charged.day}日"
    verbose = run("due", "--verbose", "--today", today, "--lang", "ja", env=env)
    assert "お知らせすることはありません" not in verbose.stdout
    # review 38b item 6: if renewed, not as a fact (56b item 3: after exit 0, for a member
    # thinking of cancelling)
    refund = (
        f"{day}に更新されている場合は、今すぐ終了すると、{day}に請求された会費が返金されることがあります"
        if printed
        else f"{day}に更新されていて、解約を考えている場合は、今すぐ終了すると、{day}に請求された会費が"
    )
    assert refund in verbose.stdout
    # review 20b S 14: cancel shows the refund rules beside the steps
    # review 60b item 5: the day charged while due, as renewal names it on the day
    dated = f" --renewal {charged.isoformat()}"  # after those days too (review 62b item 8)
    assert f"手順と返金の条件：`primehelp cancel{dated}`" in verbose.stdout
    plain = run("due", "--today", today, "--lang", "ja", env=env)
    assert plain.exit_code == (1 if printed else 0)
    assert (plain.stdout == verbose.stdout) if printed else plain.stdout == ""
    data = run("due", "--today", today, "--json", env=env).json()["data"]
    assert (data["moment"], data["charged_on"]) == ("charged", renewal["charged_on"])


@pytest.mark.parametrize(
    "args",
    [
        ("due", "--today", "2026-02-30"),
        ("charge", "600", "--date", "2019-02-30"),
        ("cancel", "--renewal", "2026-02-30", "--no-interactive"),
        ("renewal", "2026-12-31", "--today", "xyz"),
        ("complain", "renewal", "--renewal", "xyz"),
    ],
)
def test_11_no_space_between_the_option_value_and_its_bracket(args: tuple[str, ...]) -> None:
    done = run(*args, "--lang", "ja", env=WIDE)
    assert done.exit_code == 2
    option = next(arg for arg in args if arg.startswith("--"))
    assert f"`{option}` の値「" in done.stderr and " 「" not in done.stderr


def test_12_an_argument_to_a_command_without_arguments_is_named_in_brackets() -> None:
    done = run("contact", "extra", "--lang", "ja", env=WIDE)
    assert done.exit_code == 2
    assert done.stderr == (
        "primehelp: エラー: 「extra」は指定できません。`contact` のあとに付けられるのはオプションだけです。"
        "使い方は `primehelp contact --help` で確認できます。\n"  # review 53b item 14
    )
    other = run("renewal", "2026-12-31", "extra", "--lang", "ja", env=WIDE)
    assert (
        "更新日は1つだけ指定できます（2つ目に「extra」が指定されています）。" in other.stderr
    )  # review 21b


def test_13_every_topic_the_error_lists_works_when_typed_in_a_shell() -> None:
    """The topics are listed as one word each (`phone-numbers`), and each is accepted."""
    listed = run("sources", "天気", "--lang", "en", env=WIDE)
    assert listed.exit_code == 2
    words = listed.stderr.split("accepted: ")[1].split(";")[0].split(", ")
    assert "phone-numbers" in words
    for word in words:
        assert " " not in word
        assert run("sources", word, "--lang", "en", env=WIDE).exit_code == 0, word


@pytest.mark.parametrize("action", ["status", "uninstall"])
def test_15_an_unreadable_crontab_is_one_plain_sentence(action: str, tmp_path: Path) -> None:
    env = {**WIDE, "PATH": str(tmp_path), "PRIMEHELP_CONFIG_DIR": str(tmp_path)}  # no crontab
    done = run("remind", action, "--scheduler", "cron", "--lang", "ja", env=env)
    screen = done.stdout + done.stderr
    said = {  # status: the cause in its first sentence (review 14b S 10)
        # status where neither scheduler works: the state, then the cause (review 23b item 4)
        "status": "毎日の確認は設定されていません。\nこのコンピューターには `crontab` コマンドも",
        # uninstall: the cause named, no `crontab -e` (review 29b item 5), in one sentence with
        # what that means (review 52b item 21)
        "uninstall": "このコンピューターには `crontab` コマンドがなく、primehelpが設定した毎日の確認も見つからないため、削除するものはありません。",
    }
    assert said[action] in screen
    assert "`crontab`：読めませんでした" not in screen
