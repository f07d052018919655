"""Review 59b, due and remind: R-major 1 (no plan saved: the monthly plan's renewal said and its
example), R-major 2 (remind status: a crontab line reading a folder with a saved date is not to
be replaced by one reading none), R-minor 7 (one wording for "nothing to do"), R-minor 8 (the
folder named 「保存場所」), S 1 (no stale refund note near the next window), S 3 (remind --help:
cron install's exit 0), S 4 (saving without --plan is warned)."""

from __future__ import annotations

import datetime as dt
import shlex
import sys
from pathlib import Path

import pytest

from primehelp.profile import PROFILE_FILE, Profile, profile_to_json
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import crontab_printing, remind_env, remind_ui

WIDE = {"COLUMNS": "1000"}
SAVE = ("--today", "2026-12-07")


def _due(today: str, lang: str, *more: str) -> tuple[int, str]:
    done = run("due", "--today", today, *more, "--lang", lang, env=WIDE)
    return done.exit_code, done.stderr + done.stdout


# ------------------------------------------ item 1: the monthly plan's renewal, when it is due


@pytest.mark.parametrize(
    ("lang", "said", "example"),
    [
        (
            "ja",
            "要確認: 月間プランなら、次の更新日は2027年1月31日（あと3日、計算による目安）、"
            "解約の目安日は2027年1月30日です（手順：`primehelp cancel`）。保存した更新日",
            "（例：月間プランで次の更新日が2027年1月31日なら "
            "`primehelp renewal 2027-01-31 --plan monthly --save --force`）",
        ),
        (
            "en",
            "check: on the monthly plan, the next renewal is 2027-01-31 (in 3 days, an estimate)"
            " and the cancel-by date is 2027-01-30 (steps: `primehelp cancel`); the saved",
            "e.g. on the monthly plan renewing on 2027-01-31: "
            "`primehelp renewal 2027-01-31 --plan monthly --save --force`",
        ),
    ],
)
def test_1_a_monthly_renewal_in_the_window_is_said_with_its_example(
    lang: str, said: str, example: str
) -> None:
    assert run("renewal", "2026-12-31", "--save", *SAVE).exit_code == 0
    code, shown = _due("2027-01-28", lang)
    assert code == 2 and said in shown and example in shown, shown
    assert "2027-12-31 --plan annual" not in shown


def test_1_the_monthly_cancel_by_date_today_and_february() -> None:
    assert run("renewal", "2026-12-31", "--save", *SAVE).exit_code == 0
    _, shown = _due("2027-01-30", "ja")
    assert "月間プランなら、次の更新日は2027年1月31日（明日、計算による目安）、" in shown
    assert "解約の目安日は今日（2027年1月30日）です" in shown
    _, shown = _due("2027-02-25", "ja")  # anchored on the 31st: the month's last day
    assert "月間プランなら、次の更新日は2027年2月28日（あと3日、計算による目安）" in shown


def test_1_outside_the_window_only_the_save_hint_with_the_annual_example() -> None:
    assert run("renewal", "2026-12-31", "--save", *SAVE).exit_code == 0
    for today in ("2027-01-27", "2027-01-31"):  # before it; its cancel-by date past
        code, shown = _due(today, "ja")
        assert code == 2 and "月間プランなら" not in shown and "年間プランなら" not in shown
        assert "`primehelp renewal 2027-12-31 --plan annual --save --force`" in shown, shown


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "要確認: 年間プランでも月間プランでも、次の更新日は2027年12月31日（あと3日、"),
        ("en", "check: on either plan, the next renewal is 2027-12-31 (in 3 days,"),
    ],
)
def test_1_both_plans_on_the_same_day_are_said_once(lang: str, said: str) -> None:
    assert run("renewal", "2026-12-31", "--save", *SAVE).exit_code == 0
    code, shown = _due("2027-12-28", lang)
    assert code == 2 and said in shown, shown
    assert shown.count("2027年12月30日" if lang == "ja" else "2027-12-30") == 1


def test_1_a_wide_within_says_each_plan_the_sooner_first() -> None:
    assert run("renewal", "2026-12-31", "--save", *SAVE).exit_code == 0
    _, shown = _due("2027-11-20", "ja", "--within", "45")
    monthly = shown.index("月間プランなら、次の更新日は2027年11月30日")
    annual = shown.index("年間プランなら、次の更新日は2027年12月31日")
    assert monthly < annual
    assert "`primehelp renewal 2027-11-30 --plan monthly --save --force`" in shown


def test_1_json_message_agrees() -> None:
    assert run("renewal", "2026-12-31", "--save", *SAVE).exit_code == 0
    done = run("due", "--today", "2027-01-28", "--json", "--lang", "ja")
    message = done.json()["error"]["message"]
    assert message.startswith("月間プランなら、次の更新日は2027年1月31日")


# ---------------------------- item 2 and 8: a crontab line reading a saved date elsewhere is kept


def _line(folder: Path) -> str:
    program = f"{shlex.quote(sys.executable)} -m primehelp"
    return f"0 9 * * * PRIMEHELP_CONFIG_DIR={folder} {program} due --notify --lang ja"


def _kept(tmp_path: Path, *, usable: bool = True) -> dict[str, str]:
    """A crontab line reading ``there`` (a date saved, annual) while this shell's folder is
    empty; the line is install's but for its folder."""
    there = tmp_path / "there"
    there.mkdir()
    saved = Profile(dt.date(2026, 12, 31), plan="annual" if usable else None)
    (there / PROFILE_FILE).write_bytes(profile_to_json(saved))
    fake_tool(tmp_path / "bin", "crontab", crontab_printing(_line(there)))
    env = remind_env(tmp_path)
    env["PRIMEHELP_CONFIG_DIR"] = str(tmp_path / "empty")
    (tmp_path / "empty").mkdir()
    env["PRIMEHELP_TODAY"] = "2027-02-01" if not usable else "2026-12-08"
    return env


def _flat(text: str, lang: str) -> str:
    return " ".join(text.split()) if lang == "en" else "".join(text.split())


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_a_line_reading_a_saved_date_is_not_replaced(tmp_path: Path, lang: str) -> None:
    env = _kept(tmp_path)
    done = run("remind", "status", "--scheduler", "cron", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    shown = _flat(done.stdout, lang)
    folders = {"found": str(tmp_path / "there"), "saved": env["PRIMEHELP_CONFIG_DIR"]}
    date = "2026年12月31日" if lang == "ja" else "2026-12-31"
    kept = remind_ui("cron_profile_elsewhere_kept_daily").format(**folders, date=date)(lang)  # type: ignore[arg-type]
    assert _flat(kept, lang) in shown, done.stdout
    for claim in ("cron_profile_elsewhere_unsaved", "cron_replace_saved_unsaved"):
        said = remind_ui(claim).format(**folders)(lang)  # type: ignore[arg-type]
        assert _flat(said, lang) not in shown, done.stdout
    # no line given to put in its place, and no 「…お知らせできません」 about the empty folder
    assert f"PRIMEHELP_CONFIG_DIR={env['PRIMEHELP_CONFIG_DIR']}" not in done.stdout
    assert _flat(remind_ui("cannot_remind_nothing_saved")(lang), lang) not in shown  # type: ignore[arg-type]


def test_2_a_line_with_more_wrong_is_kept_for_its_folder(tmp_path: Path) -> None:
    """Without --notify the line is not install's but for its folder: its folder is still not
    to be swapped for the empty one, and 「そのままで」 is not said of the whole line."""
    env = _kept(tmp_path)
    line = _line(tmp_path / "there").replace(" --notify", "")
    fake_tool(tmp_path / "bin", "crontab", crontab_printing(line))
    done = run("remind", "status", "--scheduler", "cron", "--lang", "ja", env=env)
    shown = _flat(done.stdout, "ja")
    folders = {"found": str(tmp_path / "there"), "saved": env["PRIMEHELP_CONFIG_DIR"]}
    kept = remind_ui("cron_profile_elsewhere_kept").format(**folders, date="2026年12月31日")
    assert _flat(kept("ja"), "ja") in shown, done.stdout
    assert _flat(remind_ui("cron_no_notify")("ja"), "ja") in shown
    assert f"PRIMEHELP_CONFIG_DIR={env['PRIMEHELP_CONFIG_DIR']}" not in done.stdout


def test_2_a_passed_date_without_plan_there_is_no_usable_date(tmp_path: Path) -> None:
    env = _kept(tmp_path, usable=False)
    done = run("remind", "status", "--scheduler", "cron", "--lang", "ja", env=env)
    folders = {"found": str(tmp_path / "there"), "saved": env["PRIMEHELP_CONFIG_DIR"]}
    said = remind_ui("cron_profile_elsewhere_unsaved").format(**folders)("ja")
    assert _flat(said, "ja") in _flat(done.stdout, "ja"), done.stdout
    assert f"PRIMEHELP_CONFIG_DIR={env['PRIMEHELP_CONFIG_DIR']}" in done.stdout


def test_8_the_folder_is_named_as_save_names_it() -> None:
    for key in ("cron_profile_elsewhere", "cron_profile_elsewhere_unsaved"):
        said = remind_ui(key).ja
        assert "保存場所" in said and "フォルダー" not in said and "今の設定" not in said
    assert "primehelpが今使っている保存場所" in remind_ui("cron_replace_saved_unsaved").ja


# ------------------------------------------------ item 7 and S 1: "nothing to do", said once


@pytest.mark.parametrize(
    ("lang", "quiet"),
    [("ja", "今日、期限の近い手続きはありません。"), ("en", "Nothing is due yet:")],
)
def test_7_one_wording_for_nothing_to_do(lang: str, quiet: str) -> None:
    assert run("renewal", "2026-12-31", "--plan", "annual", "--save", *SAVE).exit_code == 0
    code, shown = _due("2027-01-08", lang, "--verbose")  # a fee charged, nothing due
    assert code == 0 and shown.startswith(quiet), shown
    assert "今日すぐに" not in shown and "right away" not in shown
    assert "2026年12月31日に更新されていて" in shown or "renewed on 2026-12-31" in shown


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s1_no_stale_refund_note_near_the_next_window(lang: str) -> None:
    assert run("renewal", "2026-12-31", "--plan", "annual", "--save", *SAVE).exit_code == 0
    code, shown = _due("2027-12-27", lang, "--verbose")
    assert code == 0, shown
    assert "返金" not in shown and "refund" not in shown, shown
    assert ("2027年12月30日" if lang == "ja" else "2027-12-30") in shown
    _, earlier = _due("2027-11-20", lang, "--verbose")  # 38 days before the window: kept
    assert "返金" in earlier or "refund" in earlier


def test_s1_a_monthly_plan_keeps_the_refund_note() -> None:
    assert run("renewal", "2026-12-20", "--plan", "monthly", "--save", *SAVE).exit_code == 0
    _, shown = _due("2026-12-30", "ja", "--verbose")
    assert "返金" in shown, shown


# ------------------------------------------------------------ S 4: saving without --plan warned


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s4_saving_without_a_plan_is_warned(lang: str) -> None:
    done = run("renewal", "2026-12-31", "--save", *SAVE, "--lang", lang, env=WIDE)
    assert done.exit_code == 0, done.stderr
    command = "`primehelp renewal 2026-12-31 --plan monthly --save --force`"
    assert command in done.stderr and "due" in done.stderr, done.stderr
    again = run("renewal", "2026-12-31", "--plan", "annual", "--save", *SAVE, env=WIDE)
    assert command not in again.stderr, again.stderr


# -------------------------------------------- S 3: remind --help on cron install's exit status


def test_s3_help_says_cron_install_exits_0_after_printing_the_line() -> None:
    ja = run("remind", "--help", env={**WIDE, "PRIMEHELP_LANG": "ja"}).stdout
    flat = "".join(ja.split())
    assert (
        "0（完了。cronで`crontab`に追加する行を表示したときも含む）" in flat  # list form: 61a S3
    ), ja
    en = run("remind", "--help", env={**WIDE, "PRIMEHELP_LANG": "en"}).stdout
    words = " ".join(en.split())
    assert "With cron, install only prints the line to add to your crontab: 0 then too" in words
