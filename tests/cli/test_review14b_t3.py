"""Review 14b (a Japanese reader on 9404557): trial, cancel, renewal, .ics and remind —
items 1, 2, 3 and S 4, S 6, S 7, S 8, S 9, S 10, S 13."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.clihelp import run

TODAY = ("--today", "2026-12-04")
PAGE = "https://www.amazon.co.jp/gp/primecentral"


def _run(*args: str, lang: str = "ja", columns: str = "1000", **env: str):  # type: ignore[no-untyped-def]
    return run(*args, "--lang", lang, env={"COLUMNS": columns, **env})


# ---------------------------------------------------------------- item 1: the page link once


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("start", [("2026-11-25",), ("2026-10-01", "--student")])
def test_1_the_trial_screen_gives_the_page_link_once(lang: str, start: tuple[str, ...]) -> None:
    result = _run("trial", *start, *TODAY, lang=lang)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count(PAGE) == 1


# ---------------------------------------------------------------- item 2: a trial's own reason


def _cancel(*args: str, lang: str = "ja"):  # type: ignore[no-untyped-def]
    return _run("cancel", "--no-interactive", "--via", "web", *args, *TODAY, lang=lang)


@pytest.mark.parametrize("renewal", ["2030-01-01", "2027-06-01", "2027-01-04"])
def test_2_a_trial_date_beyond_the_trial_is_warned_with_the_trial_reason(renewal: str) -> None:
    done = _cancel("--trial", "--renewal", renewal)
    assert done.exit_code == 0  # a warning, not an error
    assert "年間プラン" not in done.stderr
    assert "無料体験は30日間（Prime Studentは6か月間）なので" in done.stderr
    en = _cancel("--trial", "--renewal", renewal, lang="en")
    assert "a free trial lasts 30 days (6 months for Prime Student)" in en.stderr


def test_2_a_trial_date_within_the_trial_is_not_warned() -> None:
    assert "警告" not in _cancel("--trial", "--renewal", "2027-01-03").stderr


def test_2_a_student_trial_may_renew_six_months_ahead() -> None:
    assert "警告" not in _cancel("--trial", "--student", "--renewal", "2027-06-04").stderr
    done = _cancel("--trial", "--student", "--renewal", "2027-06-05")
    assert done.exit_code == 0
    assert "Prime Studentの無料体験は6か月間なので" in done.stderr
    assert "30日" not in done.stderr


def test_2_the_paid_reason_reads_naturally() -> None:
    done = _cancel("--renewal", "2030-01-01")
    assert done.exit_code == 0
    assert "年間プランでも、次の更新日は今日から1年以内のはずです。" in done.stderr
    assert "警告" not in _cancel("--renewal", "2027-06-01").stderr


# ---------------------------------------------------------------- item 3: the carrier note


def test_3_the_carrier_note_names_the_flags_before_what_they_do_not_change() -> None:
    flags = ("--via", "carrier", "--paid", "--student", "--no-benefits-used")
    ja = _run("cancel", "--no-interactive", *flags, *TODAY).stdout
    assert "手順が変わらないため" not in ja
    assert (  # review 16b S 14: said of the steps, with the flags that do not change them
        "携帯電話会社で解約する場合の案内は、有料会員か無料体験中か、通常のプライムかPrime Studentか、"
        "前回の支払い以降に特典を使ったかどうかに関係なく同じです。" in ja
    )
    en = _run("cancel", "--no-interactive", *flags, *TODAY, lang="en").stdout
    assert (
        "this guidance does not depend on whether you are a paid member or in the free trial" in en
    )


# ---------------------------------------------------------------- S 4: the student-end summary


@pytest.mark.parametrize(
    ("lang", "summary"),
    [
        ("ja", "SUMMARY:Prime Studentから通常のプライムに切り替わる更新日の目安"),  # 23b S 17
        ("en", "SUMMARY:Estimated renewal date when Prime Student becomes regular Prime"),
    ],
)
def test_s4_the_student_end_event_says_what_the_facts_say(lang: str, summary: str) -> None:
    done = _run("trial", "2026-10-01", "--student", "--ics", "-", *TODAY, lang=lang)
    assert done.exit_code == 0, done.stderr
    text = re.sub(r"\r?\n ", "", done.stdout)
    assert summary in text
    assert "遅くとも" not in text and "at the latest)" not in text


# ---------------------------------------------------------------- S 6: one name for the day


@pytest.mark.parametrize("start", [("2026-11-25",), ("2026-10-01", "--student")])
def test_s6_the_trial_reminder_block_names_the_automatic_renewal_date(
    start: tuple[str, ...],
) -> None:
    ja = _run("trial", *start, *TODAY).stdout
    assert "お知らせメールは、自動更新日の3日ほど前に届きます。" in ja
    assert "、更新日の3日ほど前" not in ja
    en = _run("trial", *start, *TODAY, lang="en").stdout
    assert "about 3 days before the automatic renewal date" in en
    renewal = _run("renewal", "2026-12-31", *TODAY).stdout  # the paid screen: unchanged
    assert "お知らせメールは、更新日の3日ほど前に届きます。" in renewal


# ---------------------------------------------------------------- S 7: the benefits, if chosen


def test_s7_the_trial_says_the_benefits_last_only_with_the_timing_that_keeps_them() -> None:
    ja = _run("trial", "2026-11-25", *TODAY).stdout
    # review 23b S 16: FACTS §2's words, then ending now as the exception
    assert (
        "解約しても、特典は無料体験の期間が終わるまで使えます（解約の手続きで今すぐ終了するほうを"
        "選んだ場合を除きます）。" in ja
    )
    assert "かかりません。特典は" not in ja
    en = _run("trial", "2026-11-25", *TODAY, lang="en").stdout
    assert "(unless you choose to end it now when you cancel)" in en


# ---------------------------------------------------------------- S 8: one wording for the scam


@pytest.mark.parametrize("command", [("renewal", "2026-12-31"), ("trial", "2026-11-25")])
def test_s8_the_notice_event_words_the_scam_as_the_screen_does(command: tuple[str, ...]) -> None:
    done = _run(*command, "--ics", "-", "--events", "notice", *TODAY)
    assert done.exit_code == 0, done.stderr
    text = re.sub(r"\r?\n ", "", done.stdout)
    assert "リンク先でカード情報の入力を求めることはありません" in text
    assert "リンクからカード情報" not in text
    screen = _run(*command, *TODAY).stdout.replace("\n", "")
    assert "リンク先でカード情報の入力を求めることはありません" in screen


# ---------------------------------------------------------------- S 9: a near miss is named


@pytest.mark.parametrize(("typed", "meant"), [("instal", "install"), ("uninstal", "uninstall")])
def test_s9_a_mistyped_remind_action_gets_did_you_mean(typed: str, meant: str) -> None:
    ja = _run("remind", typed)
    assert ja.exit_code == 2
    assert f"`{meant}` のことですか？\u3000使える値：install、uninstall、status" in ja.stderr
    assert "Traceback" not in ja.stderr and len(ja.stderr.strip().splitlines()) == 1
    en = _run("remind", typed, lang="en")
    assert f"did you mean `{meant}`?" in en.stderr


def test_s9_a_far_miss_gets_only_the_accepted_values() -> None:
    done = _run("remind", "xyz")
    assert done.exit_code == 2 and "のことですか" not in done.stderr


# ---------------------------------------------------------------- S 10: neither cron nor systemd


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s10_without_crontab_or_systemctl_nothing_unfound_is_offered(
    lang: str, tmp_path: Path
) -> None:
    env = {"PATH": str(tmp_path), "PRIMEHELP_CONFIG_DIR": str(tmp_path)}
    done = _run("remind", "status", lang=lang, XDG_CONFIG_HOME=str(tmp_path), **env)
    assert done.exit_code == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "systemd" not in done.stdout.replace("systemctl", "")  # nothing to offer
    if lang == "ja":
        assert lines[0] == "毎日の確認"  # no scheduler found: none named (review 19b S 9)
        assert "毎日の確認" not in lines[1:]  # the heading not repeated
        assert lines[1] == "毎日の確認は設定されていません。"  # the state first (review 23b item 4)
        assert "primehelpでは設定できません。" in done.stdout
    else:
        assert "primehelp cannot set one up here" in done.stdout


# ---------------------------------------------------------------- S 13: the state, then the advice


@pytest.mark.parametrize("save", [(), ("--save",)])
def test_s13_renewal_with_nothing_saved_says_so_first(
    save: tuple[str, ...], tmp_path: Path
) -> None:
    where = {"PRIMEHELP_CONFIG_DIR": str(tmp_path)}
    ja = _run("renewal", *save, *TODAY, **where)
    assert ja.exit_code == 2
    assert ja.stderr.startswith(
        "primehelp: エラー: 更新日が指定されておらず、保存した更新日もありません。"
    )
    assert ja.stderr.count("保存した更新日") == 1
    en = _run("renewal", *save, *TODAY, lang="en", **where)
    assert en.exit_code == 2
    assert en.stderr.startswith("primehelp: error: no DATE given and nothing saved:")
