"""Review 13b items 5, 6 and 7: `due` and `renewal` reading a saved profile, through the real CLI."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from primehelp.due_text import WORDING
from tests.support.clihelp import run
from tests.support.profiles import ANNUAL, TRIAL

WIDE = {"COLUMNS": "1000"}


# ---------------------------------------------------------------- item 5: the estimate's place


def test_5_the_trial_renewal_day_marks_the_renewal_date_not_today() -> None:
    ja = run("due", "--today", "2026-12-31", "--lang", "ja", env={**WIDE, **TRIAL})
    assert ja.exit_code == 1
    assert ja.stdout.startswith(
        "今日（2026年12月31日）は、Amazonプライムの無料体験から有料会員への自動更新日"
        "（計算による目安）です。"
    ), ja.stdout
    en = run("due", "--today", "2026-12-31", "--lang", "en", env={**WIDE, **TRIAL})
    assert en.stdout.startswith(
        "Today (2026-12-31) is the estimated date your Amazon Prime free trial renews"
    ), en.stdout


@pytest.mark.parametrize(
    ("profile", "today", "said"),
    [
        (
            ANNUAL,
            "2027-12-30",
            "Amazonプライムの更新日（計算による目安）は明日（2027年12月31日）です。",
        ),
        (
            ANNUAL,
            "2027-12-31",
            "今日（2027年12月31日）は、Amazonプライムの更新日（計算による目安）です。",
        ),
        (
            TRIAL,
            "2026-12-30",
            "有料会員への自動更新日（計算による目安）は明日（2026年12月31日）です。",
        ),
    ],
)
def test_5_no_due_line_puts_the_estimate_on_today_or_tomorrow(
    profile: dict[str, str], today: str, said: str
) -> None:
    done = run("due", "--today", today, "--lang", "ja", env={**WIDE, **profile})
    assert said in done.stdout, done.stdout
    assert (
        "今日（2027年12月31日、" not in done.stdout and "明日（2027年12月31日、" not in done.stdout
    )


def test_5_every_due_line_keeps_the_estimate_off_today_and_tomorrow() -> None:
    for key, text in WORDING.items():
        for day in ("今日（{renewal}", "明日（{renewal}"):
            assert f"{day}、計算による目安" not in text.ja, key
            assert f"{day}{{estimate" not in text.ja, key
        assert "({renewal}, an estimate)" not in text.en, key


# ---------------------------------------------------------------- item 6: after the trial


def test_6_after_the_trial_the_error_says_where_the_member_stands() -> None:
    ja = run("due", "--today", "2027-01-02", "--lang", "ja", env={**WIDE, **TRIAL})
    assert (ja.exit_code, ja.stdout) == (2, "")  # still nothing usable saved: the contract
    # renewal's wording (review 23b S 15): not 「…請求されている可能性が高いです。」
    charged = "解約していなければ、有料会員に自動で更新されて会費が請求されているはずです。"
    # the paid steps with the trial's end, the day of the first fee (review 62b item 8)
    refund = (
        "今すぐ終了すると、会費が返金される場合があります"
        "（手順：`primehelp cancel --paid --renewal 2026-12-31`）。"
    )
    save = "有料会員の次の更新日を保存してください"
    assert charged in ja.stderr and refund in ja.stderr, ja.stderr
    assert ja.stderr.index(charged) < ja.stderr.index(refund) < ja.stderr.index(save)
    # charged: the paid steps; `--trial` only for a page that still shows the trial (63b item 3)
    assert "手順：`primehelp cancel --trial" not in ja.stderr
    assert ja.stderr.count("\n") == 1
    en = run("due", "--today", "2027-01-02", "--lang", "en", env={**WIDE, **TRIAL})
    assert en.exit_code == 2
    assert "unless you cancelled, the fee should have been charged" in en.stderr  # 31b S 9 wording
    assert (
        "may be refunded if you end the membership now (how: `primehelp cancel --paid --renewal 2026-12-31`)"
        in en.stderr
    )
    as_json = run("due", "--today", "2027-01-02", "--json", env=TRIAL).json()
    assert as_json["error"]["code"] == "profile_outdated"
    assert "会費が返金される場合があります" in as_json["error"]["message"]


def test_6_the_daily_timer_shows_it_in_the_notification(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    tool = bin_dir / "notify-send"
    tool.write_text('#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done >> "$NOTIFY_LOG"\n')
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
    log = tmp_path / "log"
    env = {**TRIAL, "PATH": str(bin_dir), "NOTIFY_LOG": str(log)}
    done = run("due", "--today", "2027-01-02", "--notify", "--lang", "ja", env=env)
    assert done.exit_code == 2
    body = log.read_text().splitlines()[-1]
    assert "会費が請求されているはずです" in body and "primehelp cancel" in body


# ---------------------------------------------------------------- item 7: renewal, saved trial


@pytest.mark.parametrize("today", ["2026-11-25", "2026-12-30"])
def test_7_renewal_from_a_saved_trial_speaks_of_the_trial(today: str) -> None:
    ja = run("renewal", "--today", today, "--lang", "ja", env={**WIDE, **TRIAL})
    assert ja.exit_code == 0, ja.stderr
    first = ja.stdout.splitlines()[0]
    assert first.startswith("費用をかけずに無料体験を終えるには、"), first
    assert "`primehelp cancel --trial`" in first
    assert "自動更新を止めるには" not in ja.stdout
    en = run("renewal", "--today", today, "--lang", "en", env={**WIDE, **TRIAL})
    assert en.stdout.startswith("To end the free trial free of charge, cancel")
    assert "`primehelp cancel --trial`" in en.stdout.splitlines()[0]


def test_7_renewal_from_a_saved_trial_on_and_after_its_end() -> None:
    on = run("renewal", "--today", "2026-12-31", "--lang", "ja", env={**WIDE, **TRIAL})
    assert on.stdout.startswith("今日は有料会員への自動更新日（目安）です。"), on.stdout
    after = run("renewal", "--today", "2027-01-02", "--lang", "ja", env={**WIDE, **TRIAL})
    assert after.stdout.startswith(
        "解約していなければ、2026年12月31日（2日前、目安）に無料体験が終わり"
    )


def test_7_a_saved_paid_renewal_keeps_the_paid_screen() -> None:
    done = run("renewal", "--today", "2026-11-25", "--lang", "ja", env={**WIDE, **ANNUAL})
    assert done.stdout.startswith("自動更新を止めるには、"), done.stdout
