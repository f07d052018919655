"""Review 62b items 6, 7, 10-12, 14, 15; 62m item 13; 62c item 10; 62a R-minor 3 (round 62).

One rule for every command's stderr: option names, and examples holding one, in backticks, as
the screens write them (62a R3 asked the opposite for `--amount`; the house decision is
backticks everywhere); numbers before a particle take no space (「0〜365の整数」). Then remind's
crontab wording, its file list, its cron-only screen and calendar tip, 和暦 written
「R8.12.31」, and the commands the calendar's descriptions name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import primehelp.cli.remind as command
from primehelp.output.remind_lines import Command, Labelled, Unit, split_lines
from tests.support.clihelp import Run, fake_tool, joined, lang_run, run
from tests.support.cron_roots import CRON_RUNNING
from tests.support.remind_env import (
    NO_CRONTAB,
    NOW,
    SYSTEMCTL,
    THIS_LINE,
    crontab_printing,
    remind_env,
    systemd_machine,
)

FAR = "2099-12-31"  # a renewal no --today reaches

# (arguments, the Japanese line's words, the English line's words): each error names its
# option in backticks (review 62b item 6, 62m item 13, 62c item 10, 62a R3).
ERRORS = [
    (
        ("due", "--within", "366"),
        "`--within` の値「366」は使えません。0〜365の整数を指定してください",
        "`--within` '366' is not usable; give a whole number from 0 to 365",
    ),
    (
        ("due", "--within", ""),
        "`--within` の値が空です。0〜365の整数を指定してください",
        "`--within` is empty",
    ),
    (
        ("renewal", FAR, "--alarms", "3"),
        "`--alarms` は `--ics` と一緒に指定してください（例：`--ics prime.ics --alarms 7,3,1`）。",
        "`--alarms` only applies to the calendar file: give `--ics` too "
        "(e.g. `--ics prime.ics --alarms 7,3,1`)",
    ),
    (
        ("renewal", FAR, "--ics", "-", "--alarm-time", "25:00"),
        "`--alarm-time` の値「25:00」は使えません。",
        "`--alarm-time` '25:00' is not a time",
    ),
    (
        ("renewal", FAR, "--ics", "-", "--events", "foo"),
        "`--events` の値「foo」は使えません。",
        "`--events` 'foo' is not usable",
    ),
    (
        ("renewal", FAR, "--ics", "-", "--alarms", "61"),
        "`--alarms` の値「61」は使えません。更新日の何日前に通知するかを、カンマ区切りの0〜60の整数で",
        "`--alarms` '61' is not usable",
    ),
    (
        ("renewal", FAR, "--plan", "yearly"),
        "`--plan` の値「yearly」は使えません。使える値：",
        "`--plan` 'yearly' is not a plan",
    ),
    (
        ("renewal", FAR, "--plan", "monthly", "--count", "0"),
        "`--count` の値「0」は使えません。1〜120の整数を指定してください。",
        "`--count` '0' is not usable; give a whole number from 1 to 120",
    ),
    (
        ("renewal", FAR, "--count", "3"),
        "`--count` は `--plan` と一緒に指定してください（例：`--plan monthly --count 12`）。",
        "`--count` needs `--plan` (e.g. `--plan monthly --count 12`)",
    ),
    (
        ("trial", "2026-12-01", "--count", "3"),
        "`trial` に `--count` はありません（`renewal` のオプションです）。",
        "`trial` has no `--count` (it is an option of `renewal`)",
    ),
    (
        ("check-message", "--text", "abc", "--text", "def"),
        "`--text` が2回指定されています（「abc」と「def」）。`--text` は1回だけ指定してください。",
        "`--text` was given twice ('abc', 'def'): give it once",
    ),
    (
        ("check-message", "--text", "abc", "--lang", "fr"),
        "`--lang` の値「fr」は使えません。使える値：ja、en。",
        "`--lang` 'fr' is not accepted",
    ),
    (
        ("charge", "600", "--lang", "xx"),
        "`--lang` の値「xx」は使えません。使える値：ja、en。",
        "`--lang` 'xx' is not accepted",
    ),
    (
        ("complain", "renewal", "--amount", "0"),
        "`--amount` の値「0」は範囲外です。",
        "`--amount` '0' is out of range",
    ),
    (
        ("complain", "renewal", "--amount", "abc"),
        "`--amount` の値「abc」は金額として読み取れません。",
        "`--amount` 'abc' is not an amount",
    ),
    (
        ("due", "--today", "2026-02-30"),
        "`--today` の値「2026-02-30」は存在しない日付です。",
        "`--today` '2026-02-30' is not a real date",
    ),
    (
        ("cancel", "--no-interactive", "--via", "foo"),
        "`--via` の値「foo」は使えません。",
        "`--via` 'foo' is not a place to cancel",
    ),
    (
        ("renewal", FAR, "--plan", ""),
        "`--plan` の値が空です。使える値：",
        "`--plan` is empty",
    ),
    (
        ("renewal", FAR, "--plan"),
        "`--plan` の値を指定してください。使える値：",
        "`--plan` needs a value",
    ),
    (
        ("renewal", FAR, "--save", "yes"),
        "`--save` は値を取りません。値を付けずに `--save` とだけ指定してください。",
        "`--save` takes no value: give `--save` alone",
    ),
    (
        ("renewal", FAR, "--ics", "-", "--alarms", "none", "--alarm-time", "10:00"),
        "`--alarm-time` は通知の時刻です。`--alarms none`（通知なし）と一緒には指定できません"
        "（通知を付ける場合の例：`--alarms 1,3 --alarm-time 10:00`）。",
        "`--alarm-time` sets the time of the alarms, so it cannot go with `--alarms none`",
    ),
    (
        ("remind", "status", "--scheduler", "foo"),
        "`--scheduler` の値「foo」は使えません。",
        "`--scheduler` 'foo' is not usable",
    ),
]


def _said(args: tuple[str, ...], lang: str) -> Run:
    """``args`` run in ``lang``: by $PRIMEHELP_LANG where they give a wrong ``--lang``."""
    if "--lang" in args:
        return run(*args, env={"PRIMEHELP_LANG": lang, "COLUMNS": "1000"})
    return lang_run(*args, lang=lang)


@pytest.mark.parametrize(("args", "ja", "en"), ERRORS, ids=[" ".join(e[0]) for e in ERRORS])
def test_6_every_stderr_line_names_its_option_in_backticks(
    args: tuple[str, ...], ja: str, en: str
) -> None:
    japanese = _said(args, "ja")
    assert japanese.exit_code == 2, japanese.stdout
    assert japanese.stderr.count("\n") == 1 and ja in japanese.stderr, japanese.stderr
    english = _said(args, "en")
    assert english.exit_code == 2, english.stdout
    assert english.stderr.count("\n") == 1 and en in english.stderr, english.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_no_bare_option_name_is_left_in_these_errors(lang: str) -> None:
    """Every option named in the lines above is in backticks: none stands bare."""
    import re

    for args, _, _ in ERRORS:
        said = _said(args, lang).stderr
        outside = "".join(said.split("`")[::2])  # the text between the backquoted parts
        assert re.search(r"(?<![\w-])--[a-z]", outside) is None, said


def test_6_the_json_message_says_it_the_same_way() -> None:
    done = _said(("charge", "600", "--lang", "xx", "--json"), "ja")
    assert done.exit_code == 2
    assert "`--lang` の値「xx」は使えません。" in done.stderr + done.stdout


# ---------------------------------------------------------------- 14: 「R8.12.31」 is 和暦


@pytest.mark.parametrize(
    ("typed", "era", "year"),
    [("R8.12.31", "令和8年", 2026), ("H31.4.30", "平成31年", 2019), ("r8/12/31", "令和8年", 2026)],
)
def test_14_an_abbreviated_era_date_gets_the_era_answer(typed: str, era: str, year: int) -> None:
    japanese = lang_run("renewal", typed, lang="ja")
    assert japanese.exit_code == 2
    assert f"「{typed}」は和暦です。西暦で指定してください（{era}は{year}年です）。" in (
        japanese.stderr
    )
    english = lang_run("renewal", typed, lang="en")
    assert f"is a Japanese era date: give the year in the Western calendar ({era} is {year})" in (
        english.stderr
    )


def test_14_a_word_that_only_starts_like_one_is_not_called_an_era_date() -> None:
    for typed in ("R8", "Rx.12.31"):
        said = lang_run("renewal", typed, lang="ja").stderr
        assert "和暦" not in said and "日付として読み取れません" in said, said


# ---------------------------------------------------------------- 15: .ics descriptions


def _unfolded(calendar: str) -> str:
    return calendar.replace("\r\n ", "").replace("\n ", "")


@pytest.mark.parametrize(
    ("args", "ja", "en"),
    [
        (
            ("renewal", "2026-12-31", "--today", "2026-12-08"),
            "解約の手順は「primehelp cancel」で確認できます。",
            'For the steps\\, run "primehelp cancel".',
        ),
        (
            ("trial", "2026-11-25", "--today", "2026-12-08"),
            "解約の手順は「primehelp cancel --trial」で確認できます。",
            'For the steps\\, run "primehelp cancel --trial".',
        ),
        (
            ("renewal", "2026-12-31", "--today", "2026-12-08", "--alarms", "0"),
            "今すぐ終了した場合の返金は「primehelp cancel --renewal 2026-12-31」で確認できます。",
            '"primehelp cancel --renewal 2026-12-31" explains',
        ),
    ],
)
def test_15_the_calendar_quotes_the_command_it_names(
    args: tuple[str, ...], ja: str, en: str
) -> None:
    japanese = lang_run(*args, "--ics", "-", lang="ja")
    assert japanese.exit_code == 0, japanese.stderr
    assert ja in _unfolded(japanese.stdout)
    assert " primehelp cancel" not in _unfolded(japanese.stdout)
    english = lang_run(*args, "--ics", "-", lang="en")
    assert en in _unfolded(english.stdout)


# ---------------------------------------------------------------- remind


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """systemd not running, the clock pinned, nothing on PATH yet."""
    (tmp_path / "bin").mkdir()
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(command, "now", lambda: NOW)
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_RUNNING)
    return tmp_path


@pytest.mark.parametrize("action", ["status", "install"])
def test_7_no_line_in_the_crontab_is_said_with_niha(here: Path, action: str) -> None:
    fake_tool(here / "bin", "crontab", crontab_printing("0 1 * * * echo hello"))
    done = run("remind", action, "--scheduler", "cron", "--lang", "ja", env=remind_env(here))
    assert "`crontab` には、`primehelp due` を実行する行がありません。" in done.stdout, done.stdout
    assert "`crontab` に、" not in done.stdout


def test_7_a_line_in_the_crontab_is_said_with_niha(here: Path) -> None:
    fake_tool(here / "bin", "crontab", crontab_printing(THIS_LINE))
    env = remind_env(here)
    status = run("remind", "status", "--scheduler", "cron", "--lang", "ja", env=env)
    assert "`crontab` には、`primehelp due` を実行する行があります（" in status.stdout, (
        status.stdout
    )
    assert "`crontab` に、" not in status.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_11_cron_asked_for_without_a_crontab_says_nothing_of_systemd(here: Path, lang: str) -> None:
    fake_tool(here / "bin", "systemctl", SYSTEMCTL)  # there, but systemd is not running
    done = run("remind", "install", "--scheduler", "cron", "--lang", lang, env=remind_env(here))
    assert done.exit_code == 1, done.stderr
    assert "systemd" not in done.stdout, done.stdout
    assert "crontab" in done.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_12_the_calendar_tip_is_a_command_that_runs_as_given(here: Path, lang: str) -> None:
    """No crontab and no systemd: the tip names a whole command, which then works; with a
    renewal date saved, that date's command (review 64b, R-major 1), never a made-up date."""
    env = remind_env(here)
    done = run("remind", "status", "--lang", lang, env=env)
    text = joined(done.stdout, lang)
    example = "`primehelp renewal --ics prime.ics`"
    assert example in text, done.stdout
    if lang == "ja":
        assert "保存した更新日（2025年1月10日、月間プラン）の予定を書き出してください。" in text
    assert "2026-12-31" not in text and "`primehelp renewal` に `--ics`" not in text
    written = run("renewal", "--ics", "-", env=env)
    assert written.exit_code == 0, written.stderr


def test_10_split_lines_puts_every_unit_apart_once_one_is_too_wide() -> None:
    from primehelp.output.linebreak import unicode_text_width

    timer = Unit("  /x/a.timer：primehelpが書いたもの")
    service = Unit("  /x/a.service：primehelpが書いたもの")
    other = Labelled("実行するコマンド：primehelp due")
    plain = "そのほかの文です。"
    width = unicode_text_width(timer)  # the timer's line fits, the service's not
    assert split_lines([plain, timer, service, other], width) == [False, True, True, False]
    assert split_lines([plain, timer, service, other], 200) == [False, False, False, False]
    assert split_lines([Command("x" * 50)], 10) == [False]  # a command is continued, not split


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_10_status_puts_each_files_state_under_its_path_when_one_does_not_fit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    systemd_machine(tmp_path, monkeypatch)
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_RUNNING)
    fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
    installed = run("remind", "install", "--scheduler", "systemd", env=remind_env(tmp_path))
    assert installed.exit_code == 0, installed.stderr
    units = tmp_path / "xdg" / "systemd" / "user"
    timer = f"  {units / 'primehelp-due.timer'}"
    state = "primehelpが書いたもの" if lang == "ja" else "written by primehelp"
    colon = "：" if lang == "ja" else ": "
    from primehelp.output.linebreak import unicode_text_width

    columns = unicode_text_width(f"{timer}{colon}{state}")  # the timer fits, the service not
    env = remind_env(tmp_path, columns)
    done = run("remind", "status", "--scheduler", "systemd", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    lines = done.stdout.splitlines()
    for name in ("primehelp-due.timer", "primehelp-due.service"):
        at = lines.index(f"  {units / name}")  # the path alone on its line
        assert lines[at + 1] == f"    {state}", done.stdout
    wide = run(
        "remind", "status", "--scheduler", "systemd", "--lang", lang, env=remind_env(tmp_path)
    )
    assert f"{timer}{colon}{state}" in wide.stdout.splitlines()  # wide enough: beside its path
