"""``primehelp due`` end to end (issue 13): each acceptance day's line and exit code, in both
languages and as JSON; nothing saved; --notify through a fake notifier on PATH (no real
desktop notification is ever shown); never a prompt, never a write."""

from __future__ import annotations

import datetime as dt
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from primehelp.profile import Profile, profile_path, save_profile
from tests.support import json_contract
from tests.support.clihelp import Run, run

RENEWAL = "2026-12-31"

# (today, exit code, English line, Japanese line): a saved annual plan renewing on 2026-12-31.
ACCEPTANCE = [
    ("2026-12-27", 0, "", ""),  # 4 days before: nothing to do yet, nothing printed
    (
        "2026-12-28",  # the reminder-mail date
        1,
        # review 36b item 10: one name for the date, "the cancel-by date"
        "Amazon Prime renews on 2026-12-31. To stop the automatic renewal, cancel by 2026-12-30 "
        "(the cancel-by date, in 2 days; a safety margin: the day before). "
        "How: `primehelp cancel --renewal 2026-12-31`",  # review 63b S 9: its date before it too
        # review 52b item 25: the date, then its label, so that a terminal keeps them together
        "Amazonプライムは2026年12月31日に自動で更新されます。自動更新を止めるには、2026年12月30日"
        "（解約の目安日、あと2日）までに解約してください（余裕をみて、更新日の前日としています）。"
        "手順：`primehelp cancel --renewal 2026-12-31`",
    ),
    (
        "2026-12-30",  # the last safe day
        1,
        "Today (2026-12-30) is the cancel-by date. Amazon Prime's renewal date is tomorrow "
        "(2026-12-31). To stop the automatic renewal, cancel today (a day early, as a safety "
        "margin). How: `primehelp cancel --renewal 2026-12-31`",
        # review 53b item 3: the margin with 「今日中に」, not an aside cut after 「余裕をみて、」
        "今日（2026年12月30日）が解約の目安日です。Amazonプライムの"
        "更新日は明日（2026年12月31日）です。自動更新を止めるには、余裕をみて今日中に解約してください。"
        "手順：`primehelp cancel --renewal 2026-12-31`",
    ),
    (
        "2026-12-31",  # the renewal day
        1,
        "Today (2026-12-31) is Amazon Prime's renewal date: the fee may already have been "
        "charged; the cancel-by date (2026-12-30) has passed. Ending on the next "
        "renewal date (2027-12-31, an estimate) refunds nothing of this fee; ending now may refund it. "
        "Steps and refund rules: `primehelp cancel --renewal 2026-12-31`",  # review 60b item 5
        "今日（2026年12月31日）は、Amazonプライムの更新日です。"
        "会費がすでに請求されている可能性があります。2026年12月30日"  # review 29b item 1
        "（解約の目安日）は過ぎました。解約して2027年12月31日（次の更新日、計算による目安）に終了すると、"  # 61b 2
        "今回の会費は返金されません。今すぐ終了すると、返金される場合があります。"
        # review 20b S 14, 21b item 3: the saved plan's period; 60b item 5: the day charged
        "手順と返金の条件：`primehelp cancel --renewal 2026-12-31`",
    ),
    (  # the day after: the fee just charged may be refunded (review 6 item 20); if renewed
        "2027-01-01",  # (review 38b item 6: it was stated as a fact)
        1,
        "Unless you cancelled, Amazon Prime next renews on 2027-12-31 (an estimate), and the "
        "cancel-by date is 2027-12-30. If it renewed on 2026-12-31, the fee charged on 2026-12-31 "
        "may be refunded if you end the membership now. Steps and refund rules: "
        "`primehelp cancel --renewal 2026-12-31`",
        # review 53b item 4: the condition first
        # review 56b item 4: 「次の更新日は…、解約の目安日は…です。」
        "解約していなければ、次の更新日（計算による目安）は2027年12月31日、解約の目安日は2027年12月30日です。"
        "2026年12月31日に更新されている場合は、今すぐ終了すると、2026年12月31日に請求された会費が返金されることがあります。"
        "手順と返金の条件：`primehelp cancel --renewal 2026-12-31`",
    ),
]
TRIAL_EN = (  # review 36b item 10: one name for the date, "the cancel-by date"
    "Today (2026-12-30) is the cancel-by date of your Amazon Prime free trial. The estimated date "
    "it renews automatically as paid is tomorrow (2026-12-31). To end the free trial at no cost, "
    "cancel today (a day early, as a safety margin). How: `primehelp cancel --trial`"
)
TRIAL_JA = (  # review 9b, item 8: 「明日（…ごろ…）」 → the day named, then 明日 without ごろ
    # review 32b S 9: not four 「の」 in a row (「…がAmazonプライムの無料体験の解約の目安日です」)
    "Amazonプライムの無料体験は、今日（2026年12月30日）が解約の目安日です。"
    "有料会員への自動更新日（計算による目安）は明日（2026年12月31日）です。費用をかけずに無料体験を終えるには、"
    "余裕をみて今日中に解約してください。手順：`primehelp cancel --trial`"
)


def config_dir() -> Path:
    return Path(os.environ["PRIMEHELP_CONFIG_DIR"])


@pytest.fixture
def annual() -> None:
    """Saved as a member saves it: `renewal DATE --plan annual --save`."""
    done = run("renewal", RENEWAL, "--plan", "annual", "--save", "--today", "2026-11-25")
    assert done.exit_code == 0, done.stderr


def _line(done: Run) -> str:
    assert done.stderr == ""
    return done.stdout.removesuffix("\n")


@pytest.mark.usefixtures("annual")
@pytest.mark.parametrize(("today", "code", "en", "ja"), ACCEPTANCE, ids=[a[0] for a in ACCEPTANCE])
def test_acceptance_days_in_both_languages(today: str, code: int, en: str, ja: str) -> None:
    for lang, expected in (("en", en), ("ja", ja)):
        done = run("due", "--today", today, "--lang", lang)
        assert (done.exit_code, _line(done)) == (code, expected)
        assert done.stdout.count("\n") == (1 if expected else 0)  # one line, or nothing


@pytest.mark.usefixtures("annual")
@pytest.mark.parametrize(("today", "code", "en", "ja"), ACCEPTANCE, ids=[a[0] for a in ACCEPTANCE])
def test_acceptance_days_as_json(today: str, code: int, en: str, ja: str) -> None:
    for lang, line in (("en", en), ("ja", ja)):
        done = run("due", "--today", today, "--lang", lang, "--json")
        assert done.exit_code == code, done.stderr
        data = done.json()["data"]
        assert data["due"] is (code == 1)
        assert data["today"] == today and data["plan"] == "annual" and data["kind"] == "renewal"
        next_renewal = RENEWAL if today <= RENEWAL else "2027-12-31"
        assert (data["renewal_date"], data["cancel_by"]) == (
            next_renewal,
            "2026-12-30" if today <= RENEWAL else "2027-12-30",
        )
        if line:
            dated = " --renewal 2026-12-31"  # review 60b item 5; before it too (63b S 9)
            assert (data["message"], data["command"]) == (line, "primehelp cancel" + dated)
        else:
            assert data["command"] is None and data["message"].startswith(
                "Nothing is due yet" if lang == "en" else "今日、期限の近い手続きはありません"
            )


@pytest.mark.usefixtures("annual")
def test_the_date_override_works_like_today() -> None:
    by_env = run("due", "--lang", "en", env={"PRIMEHELP_TODAY": "2026-12-30"})
    assert by_env.exit_code == 1 and by_env.stdout.startswith("Today (2026-12-30)")
    assert run("due", "--lang", "en", env={"PRIMEHELP_TODAY": "2026-12-27"}).stdout == ""


@pytest.mark.usefixtures("annual")
def test_verbose_says_when_it_will_speak_up() -> None:
    done = run("due", "--today", "2026-12-27", "--verbose", "--lang", "en")
    assert (done.exit_code, done.stdout) == (
        0,
        "Nothing is due yet: Amazon Prime next renews on 2026-12-31, and the cancel-by date "
        "is 2026-12-30; `primehelp due` speaks up from 2026-12-28 (to have it checked daily: "
        "`primehelp remind install`).\n",
    )
    ja = run("due", "--today", "2026-12-27", "--verbose", "--lang", "ja")
    # Never reassurance: the next renewal, the cancel-by date and when due speaks up.
    assert ja.stdout == (
        "今日、期限の近い手続きはありません。次の更新日は2026年12月31日、"  # review 56b item 4
        "解約の目安日は2026年12月30日です。`primehelp due` が知らせるのは2026年12月28日からです（毎日自動で確認するには `primehelp remind install`）。\n"
    )
    assert "何もする必要" not in ja.stdout


@pytest.mark.usefixtures("annual")
def test_within_widens_the_window() -> None:
    assert run("due", "--today", "2026-12-21", "--within", "10").exit_code == 1
    assert run("due", "--today", "2026-12-20", "--within", "10").exit_code == 0
    assert run("due", "--today", "2026-12-28", "--within", "0").exit_code == 1  # never narrower
    data = run("due", "--today", "2026-12-21", "--within", "10", "--json").json()["data"]
    assert (data["within_days"], data["window_start"], data["moment"]) == (
        10,
        "2026-12-21",
        "coming",
    )


def test_a_trial_renewing_today_says_the_fee_may_be_charged_and_to_choose_the_timing() -> None:
    """Review 10b item 1: on the renewal day the fee may already be charged: no "cancel today"
    promise; choose the timing with the paid steps (as the trial and cancel screens say)."""
    saved = run("trial", "2026-12-01", "--save", "--today", "2026-12-01")  # ends 2026-12-31
    assert saved.exit_code == 0, saved.stderr
    ja = _line(run("due", "--today", "2026-12-31", "--lang", "ja"))
    assert "会費がすでに請求されている可能性があります。" in ja
    assert "解約する場合は、終了のタイミングを選んでください" in ja
    assert "今日中に解約" not in ja and "止めるつもりだった場合" not in ja
    # The screen written for this day (review 24b S 8: not plain `cancel`, the paid steps).
    assert ja.endswith("手順：`primehelp cancel --trial --renewal 2026-12-31`")
    en = _line(run("due", "--today", "2026-12-31", "--lang", "en"))
    assert "The fee may already have been charged." in en
    assert "cancel today" not in en


def test_a_trial_ending_tomorrow() -> None:
    saved = run("trial", "2026-12-01", "--save", "--today", "2026-12-01")  # ends 2026-12-31
    assert saved.exit_code == 0, saved.stderr
    for lang, line in (("en", TRIAL_EN), ("ja", TRIAL_JA)):
        done = run("due", "--today", "2026-12-30", "--lang", lang)
        assert (done.exit_code, _line(done)) == (1, line)
        data = run("due", "--today", "2026-12-30", "--lang", lang, "--json").json()["data"]
        assert (data["kind"], data["moment"], data["command"]) == (
            "trial",
            "last_safe_day",
            "primehelp cancel --trial",
        )
        assert data["message"] == line


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_nothing_saved_is_one_line_how_to_save_exit_2(lang: str) -> None:
    done = run("due", "--lang", lang)
    assert (done.exit_code, done.stdout) == (2, "")
    assert done.stderr.count("\n") == 1
    assert "primehelp renewal 2026-12-31 --plan annual --save" in done.stderr
    as_json = run("due", "--lang", lang, "--json")
    assert as_json.exit_code == 2
    assert as_json.json()["error"]["code"] == "no_profile"


def test_a_passed_date_without_a_plan_says_to_save_the_next_one() -> None:
    save_profile(profile_path(os.environ), Profile(renewal_date=dt.date(2026, 12, 31)))
    done = run("due", "--today", "2027-01-01", "--lang", "en")
    assert done.exit_code == 2 and done.stdout == ""
    assert "2026-12-31 has passed" in done.stderr and "--plan" in done.stderr
    assert run("due", "--today", "2027-01-01", "--json").json()["error"]["code"] == (
        "profile_outdated"
    )


def test_an_unreadable_profile_is_one_line_and_left_alone() -> None:
    config_dir().mkdir(parents=True)
    (config_dir() / "profile.json").write_bytes(b"{not json")
    done = run("due", "--lang", "en")
    assert done.exit_code == 2
    assert "not valid JSON" in done.stderr
    assert (config_dir() / "profile.json").read_bytes() == b"{not json"


# ---------------------------------------------------------------- never prompts, never writes


def _tree(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(root)): (p.read_bytes() if p.is_file() else b"", p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
    }


@pytest.mark.usefixtures("annual")
def test_due_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    before = _tree(tmp_path)
    for today in ("2026-12-27", "2026-12-30"):
        for extra in ((), ("--json",), ("--verbose",)):
            run("due", "--today", today, *extra)
    assert _tree(tmp_path) == before


@pytest.mark.usefixtures("annual")
def test_due_never_waits_for_input() -> None:
    """stdin is a pipe left open: a prompt would wait for ever (the timeout fails the test)."""
    with subprocess.Popen(
        [sys.executable, "-m", "primehelp", "due", "--today", "2026-12-30", "--lang", "en"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        out, err = process.communicate(timeout=60)  # stdin stays open until communicate ends
    assert process.returncode == 1, err
    assert out.decode().startswith("Today (2026-12-30)")


# ---------------------------------------------------------------- --notify


def _fake(bin_dir: Path, name: str, body: str) -> Path:
    """An executable ``name`` on a PATH of its own, recording its arguments one per line."""
    bin_dir.mkdir(exist_ok=True)
    tool = bin_dir / name
    tool.write_text(
        f'#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done >> "$NOTIFY_LOG"\n{body}\n'
    )
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
    return tool


@pytest.fixture
def notifier(tmp_path: Path) -> tuple[dict[str, str], Path]:
    log = tmp_path / "notify.log"
    _fake(tmp_path / "bin", "notify-send", "exit 0")
    return {"PATH": str(tmp_path / "bin"), "NOTIFY_LOG": str(log)}, log


@pytest.mark.usefixtures("annual")
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_notify_shows_the_line_with_notify_send(
    notifier: tuple[dict[str, str], Path], lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    env, log = notifier
    done = run("due", "--today", "2026-12-30", "--notify", "--lang", lang, env=env)
    assert done.exit_code == 1 and done.stderr == ""
    line = done.stdout.removesuffix("\n")
    # the day in the title (review 53b item 18)
    title = {
        "en": "Amazon Prime: today is the cancel-by date",
        "ja": "Amazonプライム：今日が解約の目安日です",
    }[lang]
    # the notification has the command plain, the terminal in backticks (review 52b item 7)
    assert "`primehelp cancel --renewal 2026-12-31`" in line
    body = line.replace("`", "")
    assert log.read_text().splitlines() == ["--app-name=primehelp", "--", title, body]
    data = run("due", "--today", "2026-12-30", "--notify", "--json", env=env).json()["data"]
    assert data["notification"] == "shown"


@pytest.mark.usefixtures("annual")
def test_notify_stays_quiet_when_nothing_is_due(
    notifier: tuple[dict[str, str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    env, log = notifier
    done = run("due", "--today", "2026-12-27", "--notify", env=env)
    assert (done.exit_code, done.stdout, done.stderr) == (0, "", "")
    assert not log.exists()


def test_notify_tells_when_nothing_is_saved(
    notifier: tuple[dict[str, str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    env, log = notifier
    done = run("due", "--notify", "--lang", "en", env=env)
    assert done.exit_code == 2
    assert "no renewal date is saved" in log.read_text().splitlines()[-1]


@pytest.mark.usefixtures("annual")
def test_notify_without_a_tool_says_so_once_and_keeps_the_exit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    (tmp_path / "empty").mkdir()
    env = {"PATH": str(tmp_path / "empty")}
    done = run("due", "--today", "2026-12-30", "--notify", "--lang", "en", env=env)
    assert done.exit_code == 1 and done.stdout.startswith("Today (2026-12-30)")
    # a warning, named as every other stderr line (review 34b S 10)
    said = (  # review 52b item 9
        "primehelp: warning: no notify-send (the command that shows desktop notifications) "
        "found, so the desktop notification could not be shown; the message follows\n"
    )
    assert done.stderr == said
    as_json = run("due", "--today", "2026-12-30", "--notify", "--json", env=env)
    assert as_json.exit_code == 1 and as_json.json()["data"]["notification"] == "no_tool"


@pytest.mark.usefixtures("annual")
@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            None,
            "デスクトップ通知を表示するコマンド（`notify-send`）が見つからないため、通知を出せません"
            "でした。お知らせの内容は下に表示します。",  # review 52b item 9, 53b item 8
        ),
        ("exit 3", "デスクトップ通知を表示できませんでした（`notify-send`：終了コード 3）。"),
    ],
)
def test_notify_problems_in_japanese_end_as_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str | None, said: str
) -> None:
    """Review 25b S 6: 「…通知は表示していません」 was the only message line without 「。」."""
    monkeypatch.setattr(sys, "platform", "linux")
    (tmp_path / "bin").mkdir()
    if body is not None:
        _fake(tmp_path / "bin", "notify-send", body)
    env = {"PATH": str(tmp_path / "bin"), "NOTIFY_LOG": str(tmp_path / "log")}
    done = run("due", "--today", "2026-12-30", "--notify", "--lang", "ja", env=env)
    assert done.exit_code == 1 and done.stderr == f"primehelp: 警告: {said}\n"  # 34b S 10


@pytest.mark.usefixtures("annual")
def test_a_failing_or_hanging_notifier_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import primehelp.notify

    monkeypatch.setattr(sys, "platform", "linux")
    env = {"PATH": str(tmp_path / "bin"), "NOTIFY_LOG": str(tmp_path / "log")}
    _fake(tmp_path / "bin", "notify-send", "exit 3")
    done = run("due", "--today", "2026-12-30", "--notify", "--lang", "en", env=env)
    assert done.exit_code == 1
    assert done.stderr == (
        "primehelp: warning: could not show the desktop notification (notify-send: exit code 3)\n"
    )
    monkeypatch.setattr(primehelp.notify, "TIMEOUT_S", 0.2)
    _fake(tmp_path / "bin", "notify-send", "exec /bin/sleep 30")
    done = run("due", "--today", "2026-12-30", "--notify", "--json", "--lang", "en", env=env)
    assert done.exit_code == 1 and done.json()["data"]["notification"] == "failed"
    assert "no answer within 0.2 s" in done.stderr


@pytest.mark.usefixtures("annual")
def test_notify_on_macos_uses_osascript_with_the_text_as_arguments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    log = tmp_path / "notify.log"
    _fake(tmp_path / "bin", "osascript", "exit 0")
    env = {"PATH": str(tmp_path / "bin"), "NOTIFY_LOG": str(log)}
    done = run("due", "--today", "2026-12-30", "--notify", "--lang", "en", env=env)
    assert done.exit_code == 1, done.stderr
    recorded = log.read_text().splitlines()
    assert recorded[-2:] == [
        done.stdout.removesuffix("\n").replace("`", ""),
        "Amazon Prime: today is the cancel-by date",
    ]
    assert recorded[0] == "-e" and "display notification (item 1 of argv)" in " ".join(recorded)


def test_the_real_console_script_answers_in_json(tmp_path: Path) -> None:
    """A subprocess (as cron runs it), with the profile where XDG_CONFIG_HOME says."""
    (tmp_path / "xdg" / "primehelp").mkdir(parents=True)
    save_profile(
        tmp_path / "xdg" / "primehelp" / "profile.json", Profile(dt.date(2026, 12, 31), "monthly")
    )
    env = {k: v for k, v in os.environ.items() if k != "PRIMEHELP_CONFIG_DIR"}
    env.update(XDG_CONFIG_HOME=str(tmp_path / "xdg"), PRIMEHELP_TODAY="2027-01-29")
    done = subprocess.run(
        [sys.executable, "-m", "primehelp", "due", "--json", "--lang", "en"],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    data = json_contract.loads(done.stdout)["data"]
    assert (data["renewal_date"], data["moment"]) == ("2027-01-31", "coming")


def test_the_docs_show_the_real_line() -> None:
    from tests.support.readme_examples import README

    page = (README.parent / "docs" / "due.md").read_text("utf-8")
    shown = page.split("$ primehelp due --lang en\n", 1)[1].split("\n", 1)[0]
    assert shown == ACCEPTANCE[2][2]  # the last safe day, in English


@pytest.mark.usefixtures("annual")
@pytest.mark.skipif(os.name != "posix", reason="process groups are POSIX")
def test_a_hanging_notifier_leaves_no_process_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A notifier that started a child of its own: the timeout ends them both."""
    import primehelp.notify

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(primehelp.notify, "TIMEOUT_S", 0.3)
    pid_file = tmp_path / "child.pid"
    _fake(tmp_path / "bin", "notify-send", f"/bin/sleep 60 & echo $! > {pid_file}; wait")
    env = {"PATH": str(tmp_path / "bin"), "NOTIFY_LOG": str(tmp_path / "log")}
    done = run("due", "--today", "2026-12-30", "--notify", "--lang", "en", env=env)
    assert done.exit_code == 1 and "no answer within 0.3 s" in done.stderr
    child = int(pid_file.read_text())
    for _ in range(50):  # the kill is sent at once; the kernel may take a moment
        if not _running(child):
            break
        time.sleep(0.02)
    else:
        os.kill(child, signal.SIGKILL)
        pytest.fail("the notifier's own child was left running")


def _running(pid: int) -> bool:
    """Whether ``pid`` runs: a killed child that nobody reaped yet (a zombie) does not."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat_file = Path(f"/proc/{pid}/stat")
    try:
        return stat_file.read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True
