"""Review 60b, due and remind: R-major 1 (due --verbose promised a notice 「…からお知らせします」
that only comes with a daily check), R-minor 5 (the paid renewal day and the days just after it:
``primehelp cancel --renewal DATE``, as renewal says), R-minor 3, due's part (options in
backticks), B 9 (remind status exits 1 where its screen says the daily check will not run or
show, as install does), S 7 (``--within`` 0-2 taken as 3 is said on stderr)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import fake_tool, run
from tests.support.cron_roots import CRON_STOPPED
from tests.support.remind_env import THIS_LINE, crontab_printing, remind_env, remind_ui

WIDE = {"COLUMNS": "1000"}
SAVE = ("--today", "2026-12-07")
NOTICE = {
    "ja": "`primehelp due` が知らせるのは{start}からです"
    "（毎日自動で確認するには `primehelp remind install`）。",
    "en": "`primehelp due` speaks up from {start} (to have it checked daily: "
    "`primehelp remind install`).",
}


def _due(today: str, lang: str, *more: str) -> tuple[int, str, str]:
    done = run("due", "--today", today, *more, "--lang", lang, env=WIDE)
    return done.exit_code, done.stdout, done.stderr


# ------------------------------------------------ item 1: no promise of a notice that may not come


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("saved", "today", "start"),
    [
        (("renewal", "2026-12-31", "--plan", "annual"), "2026-12-08", "2026-12-28"),
        # a renewal's first days past: charged_quiet, the refund note after it
        (("renewal", "2026-11-20", "--plan", "monthly"), "2026-11-30", "2026-12-17"),
        (("trial", "2026-12-01"), "2026-12-08", None),  # its end computed: from the JSON
    ],
    ids=["ahead", "charged_quiet", "trial"],
)
def test_1_verbose_says_who_tells_and_how_to_have_it_checked_daily(
    lang: str, saved: tuple[str, ...], today: str, start: str | None
) -> None:
    assert run(*saved, "--save", "--today", "2026-11-20").exit_code == 0
    data = run("due", "--today", today, "--verbose", "--lang", lang, "--json").json()["data"]
    start = start or data["window_start"]
    year, month, day = (int(part) for part in start.split("-"))
    said = NOTICE[lang].format(start=f"{year}年{month}月{day}日" if lang == "ja" else start)
    code, shown, _ = _due(today, lang, "--verbose")
    assert code == 0 and said in shown and said in data["message"], shown
    assert "からお知らせします" not in shown and "; primehelp due speaks" not in shown


# ------------------------------------- item 5: the paid renewal day and the 3 days after it


@pytest.mark.parametrize(("plan", "flags"), [("annual", ""), ("student-annual", " --student")])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_the_renewal_day_and_the_days_after_name_the_day_charged(
    lang: str, plan: str, flags: str
) -> None:
    assert run("renewal", "2026-12-31", "--plan", plan, "--save", *SAVE).exit_code == 0
    dated = f"primehelp cancel{flags} --renewal 2026-12-31"
    for today in ("2026-12-31", "2027-01-01", "2027-01-03"):
        code, shown, _ = _due(today, lang)
        assert code == 1 and shown.rstrip("\n").endswith(f"`{dated}`"), (today, shown)
        data = run("due", "--today", today, "--lang", lang, "--json").json()["data"]
        assert data["command"] == dated and data["message"].endswith(f"`{dated}`")
    # before it: the date the screen is about too (review 63b S 9); once the first days are
    # over, still the day charged, as the refund note names it (review 62b item 8)
    code, shown, _ = _due("2026-12-30", lang)
    assert code == 1 and shown.rstrip("\n").endswith(f"`{dated}`"), shown
    code, shown, _ = _due("2027-01-04", lang, "--verbose")
    assert code == 0 and shown.rstrip("\n").endswith(f"`{dated}`"), shown


def test_5_renewal_says_the_same_command_on_its_day() -> None:
    assert run("renewal", "2026-12-31", "--plan", "annual", "--save", *SAVE).exit_code == 0
    renewal = run("renewal", "2026-12-31", "--today", "2026-12-31", "--lang", "ja", env=WIDE)
    assert "`primehelp cancel --renewal 2026-12-31`" in renewal.stdout
    assert (
        _due("2026-12-31", "ja")[1].rstrip("\n").endswith("`primehelp cancel --renewal 2026-12-31`")
    )


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_a_saved_date_just_passed_without_a_plan_names_it_too(lang: str) -> None:
    assert run("renewal", "2026-12-31", "--save", *SAVE).exit_code == 0
    code, _, line = _due("2027-01-02", lang)
    assert code == 2 and "`primehelp cancel --renewal 2026-12-31`" in line, line
    code, _, line = _due("2027-01-10", lang)  # the first days over: no refund note, no date
    assert code == 2 and "--renewal 2026-12-31" not in line, line


# --------------------------------------------------------- item 3: options in due's messages


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "（`--plan` を付けると、次の更新日も計算します）"),
        ("en", "(with `--plan`, the next renewals follow)"),
    ],
)
def test_3_nothing_saved_names_the_option_in_backticks(lang: str, said: str) -> None:
    code, _, line = _due("2026-12-08", lang)
    assert code == 2 and said in line, line
    assert " --plan を" not in line and "with --plan" not in line


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "月間プランなら、`--plan monthly` とページに表示される日付を指定してください"),
        ("en", "(for the monthly plan, the date the page shows with `--plan monthly`)"),
    ],
)
@pytest.mark.parametrize("today", ["2026-12-27", "2027-01-20"])  # just ended; later
def test_3_an_ended_trial_names_the_monthly_option_in_backticks(
    lang: str, said: str, today: str
) -> None:
    assert run("trial", "2026-11-25", "--save", "--today", "2026-11-25").exit_code == 0
    code, _, line = _due(today, lang)
    assert code == 2 and said in line, line
    assert "と --plan monthly を" not in line


# ------------------------------------------------ B 9: remind status exits as install does


def _status(env: dict[str, str], lang: str = "ja") -> tuple[int, str]:
    done = run("remind", "status", "--lang", lang, env=env)
    as_json = run("remind", "status", "--lang", lang, "--json", env=env)
    assert as_json.exit_code == done.exit_code
    return done.exit_code, done.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_9_status_exits_1_where_cron_does_not_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    fake_tool(tmp_path / "bin", "crontab", crontab_printing(THIS_LINE))
    env = remind_env(tmp_path)
    assert _status(env, lang)[0] == 0  # cron runs (conftest): nothing in the way
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_STOPPED)
    code, shown = _status(env, lang)
    assert remind_ui("cron_not_running")(lang) in shown  # type: ignore[arg-type]
    assert code == 1, shown
    install = run("remind", "install", "--lang", lang, env=env)
    assert install.exit_code == code


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_9_status_exits_1_where_no_notification_can_show(tmp_path: Path, lang: str) -> None:
    fake_tool(tmp_path / "bin", "crontab", crontab_printing(THIS_LINE))
    env = remind_env(tmp_path)
    (tmp_path / "bin" / "notify-send").unlink()
    code, shown = _status(env, lang)
    assert "notify-send" in shown and code == 1, shown
    assert run("remind", "install", "--lang", lang, env=env).exit_code == code


def test_9_where_nothing_can_be_set_up_status_says_that_and_exits_0(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No crontab command and no systemd: the screen says only that primehelp cannot set a
    check up here (no word on cron or notify-send), so status stays 0, as before."""
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_STOPPED)
    env = remind_env(tmp_path)
    (tmp_path / "bin" / "notify-send").unlink()
    code, shown = _status(env)
    assert "primehelpでは設定できません" in shown and "notify-send" not in shown, shown
    assert remind_ui("cron_not_running")("ja") not in shown
    assert code == 0


def test_9_help_names_status_under_exit_1() -> None:
    ja = "".join(run("remind", "--help", env={**WIDE, "PRIMEHELP_LANG": "ja"}).stdout.split())
    # in the list form since review 61a S3
    assert "installとstatusで`notify-send`がないかcronが動いていない" in ja, ja
    en = " ".join(run("remind", "--help", env={**WIDE, "PRIMEHELP_LANG": "en"}).stdout.split())
    assert "install and status: no notify-send, or cron not running" in en, en


# ---------------------------------------------------------- S 7: --within under 3 is said


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("ja", "primehelp: `--within` は3より小さくできないため、3として計算しました。\n"),
        ("en", "primehelp: `--within` cannot be under 3, so 3 was used\n"),
    ],
)
def test_s7_within_under_3_is_said_once_on_stderr(lang: str, note: str) -> None:
    assert run("renewal", "2026-12-31", "--plan", "annual", "--save", *SAVE).exit_code == 0
    for within in ("0", "1", "2"):
        code, shown, line = _due("2026-12-28", lang, "--within", within)
        assert (code, line) == (1, note), (within, line)
        assert shown.count("\n") == 1  # the line itself, on stdout as before
        quiet = run("due", "--today", "2026-12-27", "--within", within, "--lang", lang, "--json")
        assert quiet.stderr == note and quiet.json()["data"]["within_days"] == 3
    for within in ("3", "10"):
        assert _due("2026-12-28", lang, "--within", within)[2] == ""
    assert _due("2026-12-28", lang)[2] == ""
