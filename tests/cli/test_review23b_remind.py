"""Review 23b (a Japanese reader on ba50a5f), remind: items 2, 3 and 4, S 10 and S 11.

In process, with fake ``systemctl`` / ``crontab`` on a PATH of their own, a temporary
XDG_CONFIG_HOME, and ``SYSTEMD_RUNNING`` pointed at a folder that is (or is not) there."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import primehelp.cli.remind as command
from primehelp.remind import (
    TIMER,
    Action,
    NextRunSource,
    RemindReport,
    Scheduler,
    next_daily_run,
)
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import THIS_PROGRAM, usable_profile

FAILS = "#!/bin/sh\necho 'Failed to connect to bus: No medium found' >&2\nexit 1\n"
EMPTY_CRONTAB = "#!/bin/sh\necho 'no crontab for member' >&2\nexit 1\n"
BROKEN_CRONTAB = "#!/bin/sh\necho 'crontab: permission denied' >&2\nexit 1\n"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PATH with a systemctl that cannot reach a user bus, no crontab, systemd not running."""
    fake_tool(tmp_path / "bin", "systemctl", FAILS)
    fake_tool(
        tmp_path / "bin", "notify-send", "#!/bin/sh\nexit 0\n"
    )  # a notifier (review 41b item 3)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    return tmp_path


def _env(here: Path, columns: int = 1000) -> dict[str, str]:
    return {
        "PATH": str(here / "bin"),
        "XDG_CONFIG_HOME": str(here / "xdg"),
        # a usable saved date (review 37b item 2: without one, a line says it cannot remind)
        "PRIMEHELP_CONFIG_DIR": usable_profile(here / "profile"),
        "COLUMNS": str(columns),
    }


def _remind(here: Path, *args: str, lang: str = "ja", columns: int = 1000) -> list[str]:
    done = run("remind", *args, "--lang", lang, env=_env(here, columns))
    assert done.exit_code == 0, done.stderr
    return done.stdout.splitlines()


# ---------------------------------------------------------------- item 4: one detection


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ja",
            [
                "毎日の確認",
                "毎日の確認は設定されていません。",
                "このコンピューターには `crontab` コマンドがなく、systemdも動いていないため、"
                "primehelpでは設定できません。",
                # the saved date named, and a command that reads it (review 64b item 1)
                "カレンダーアプリで更新日のお知らせを受けるには、`primehelp renewal --ics prime.ics` を実行して、"
                "保存した更新日（2025年1月10日、月間プラン）の予定を書き出してください。",
            ],
        ),
        (
            "en",
            [
                "Daily check",
                "No daily check is set up.",
                "This computer has no crontab command and systemd is not running, so primehelp "
                "cannot set one up here.",
                "To be reminded of the renewal by your calendar app instead, write out the events "
                "of your saved renewal date (2025-01-10, monthly plan) with "
                "`primehelp renewal --ics prime.ics`.",
            ],
        ),
    ],
)
def test_4_status_and_install_agree_where_neither_scheduler_works(
    here: Path, lang: str, expected: list[str]
) -> None:
    """systemctl on PATH but systemd not running, no crontab: status offered
    `--scheduler systemd` (which then failed) while install said systemd was not running."""
    status = _remind(here, "status", lang=lang)
    done = run("remind", "install", "--lang", lang, env=_env(here, 1000))
    assert status == expected
    # install: the same cause, said as not done, no state line after the heading, exit 1
    # (review 34b S 13)
    assert done.exit_code == 1, done.stderr
    install = done.stdout.splitlines()
    past = {"ja": ("設定できません。", "設定できませんでした。"), "en": ("cannot", "could not")}
    assert install == [expected[0], expected[2].replace(*past[lang]), expected[3]]
    assert "--scheduler systemd" not in "\n".join(status + install)


def test_4_the_scheduler_chosen_is_the_one_status_offers(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = run("remind", "status", "--json", env=_env(here)).json()["data"]["scheduler"]
    assert chosen == "cron"  # systemd is not running: not systemd, whatever is on PATH
    assert command.systemd_here() == "not_running"
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", here)  # now it runs
    chosen = run("remind", "status", "--json", env=_env(here)).json()["data"]["scheduler"]
    assert chosen == "systemd" and command.systemd_here() == "usable"
    # and with --scheduler cron and no crontab, systemd is offered: install would use it
    shown = _remind(here, "status", "--scheduler", "cron")
    assert shown[-1] == "primehelp remind install --scheduler systemd"


def test_4_a_crontab_that_fails_and_no_systemd_offers_no_systemd(here: Path) -> None:
    fake_tool(here / "bin", "crontab", BROKEN_CRONTAB)
    shown = _remind(here, "status")
    assert shown[1:] == [
        "cronの設定を確認できませんでした（`crontab` コマンドがないか、実行に失敗しました）。",
        "このコンピューターではsystemdが動いていないため、systemdで毎日の確認を設定できません。",
    ]


def test_4_status_scheduler_systemd_where_it_does_not_run_says_why(here: Path) -> None:
    """Not 「設定するには：`primehelp remind install --scheduler systemd`」, which fails here."""
    shown = _remind(here, "status", "--scheduler", "systemd")
    assert shown[-1] == (
        "このコンピューターではsystemdが動いていないため、systemdで毎日の確認を設定できません。"
    )
    assert "primehelp remind install" not in "\n".join(shown)


def test_4_with_a_crontab_install_still_prints_the_line(here: Path) -> None:
    fake_tool(here / "bin", "crontab", EMPTY_CRONTAB)
    shown = _remind(here, "install")
    assert shown[1] == "`crontab` には、`primehelp due` を実行する行がありません。"  # 31b S 6
    assert shown[2].startswith("このコンピューターではsystemdが動いていないため、cronを使います。")
    assert shown[3].startswith("0 9 * * * ")
    status = _remind(here, "status")
    assert status[1:] == [
        "`crontab` には、`primehelp due` を実行する行がありません。",
        "設定するには、`primehelp remind install --scheduler cron` で表示される行を、"
        "`crontab -e` で `crontab` に追加してください。",
    ]


# ---------------------------------------------------------------- items 2 and 3: not enabled


@pytest.fixture
def short_program() -> Iterator[str]:
    """A program that is there at a short path (/tmp/…/primehelp): the service's program must
    be there (review 44b item 1: else no daily check runs, and the screen says that instead),
    and its command line short enough to be continued within 40 columns."""
    folder = Path(tempfile.mkdtemp(prefix="ph", dir="/tmp"))
    (folder / "primehelp").symlink_to(THIS_PROGRAM[0])
    try:
        yield str(folder / "primehelp")
    finally:
        shutil.rmtree(folder)


def _installed_not_enabled(here: Path, program: str | None = None) -> None:
    from primehelp.remind import unit_files

    units = here / "xdg" / "systemd" / "user"
    units.mkdir(parents=True)
    words = [*THIS_PROGRAM] if program is None else [program]
    command = [*words, "due", "--notify", "--lang", "ja"]
    for name, data in unit_files(command, {}).items():
        (units / name).write_bytes(data)


def test_2_not_enabled_breaks_after_the_comma_at_40(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """「有効になっていませ│ん。」 at 40: the state is a sentence of its own, broken between
    phrases (the screen is in the golden list, so the phrase data sees it)."""
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", here)
    _installed_not_enabled(here)
    lines = _remind(here, "status", "--scheduler", "systemd", columns=40)
    at = lines.index("ファイルはありますが、")
    assert lines[at + 1] == "有効になっていません。"


@pytest.mark.parametrize(
    ("lang", "hint"),
    [("ja", "有効にするには、次のコマンドを実行します："), ("en", "To turn it on, run:")],
)
def test_3_the_enable_command_is_continued_with_a_backslash(
    here: Path, monkeypatch: pytest.MonkeyPatch, lang: str, hint: str, short_program: str
) -> None:
    """「systemctl --user enable --now」 / 「primehelp-due.timer」 on two lines, without ` \\`:
    the first line alone ran without the unit's name."""
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", here)
    _installed_not_enabled(here, short_program)
    wide = _remind(here, "status", "--scheduler", "systemd", lang=lang)
    at = wide.index(hint)
    assert wide[at + 1] == "systemctl --user enable --now primehelp-due.timer"
    narrow = _remind(here, "status", "--scheduler", "systemd", lang=lang, columns=40)
    at = narrow.index("systemctl --user enable \\")
    assert narrow[at + 1] == "  --now primehelp-due.timer"
    # what the daily check runs is continued the same way (a command, copied)
    runs = next(i for i, line in enumerate(narrow) if f"{short_program} due" in line)
    # under 「実行するコマンド：」 (review 32b item 2), each piece further indented
    assert narrow[runs].endswith(" \\") and narrow[runs + 1].lstrip().startswith("--")
    assert narrow[runs + 1].startswith(
        narrow[runs][: len(narrow[runs]) - len(narrow[runs].lstrip())]
    )
    end = next(i for i in range(runs, len(narrow)) if not narrow[i].endswith(" \\"))
    joined = " ".join(line.removesuffix(" \\").strip() for line in narrow[runs : end + 1])
    assert joined.endswith(f"{short_program} due --notify --lang ja")
    assert all(len(line) <= 40 for line in [*narrow[at : at + 2], *narrow[runs : end + 1]])


def test_3_no_enable_command_where_systemd_does_not_run(here: Path) -> None:
    _installed_not_enabled(here)
    shown = _remind(here, "status", "--scheduler", "systemd")
    assert "systemctl --user enable" not in "\n".join(shown)
    assert shown[shown.index("ファイルはありますが、有効になっていません。") + 1] == (
        "このコンピューターではsystemdが動いていないため、systemdで毎日の確認を設定できません。"
    )


# ---------------------------------------------------------------- S 10: no 「。」 on a command


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s10_the_enable_failed_error_ends_no_command_with_a_full_stop(
    here: Path, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """「…systemctl --user enable --now primehelp-due.timer。」: copied, the unit's name held 「。」.
    Since review 46b item 5 the commands stand on lines of their own on stdout (exit 1)."""
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", here)  # systemd runs; systemctl fails
    done = run("remind", "install", "--scheduler", "systemd", "--lang", lang, env=_env(here))
    assert done.exit_code == 1 and done.stderr == ""
    lines = [line.strip() for line in done.stdout.splitlines()]
    for typed in ("systemctl --user daemon-reload", f"systemctl --user enable --now {TIMER}"):
        assert typed in lines, done.stdout
    assert "timer。" not in done.stdout and "timer`。" not in done.stdout


# ---------------------------------------------------------------- S 11: the next run, readable


def _report(when: dt.datetime, source: NextRunSource) -> RemindReport:
    return RemindReport(
        action=Action.STATUS,  # the line in the crontab: a run is scheduled (review 24b item 4)
        scheduler=Scheduler.CRON,
        command="primehelp due --notify",
        units=(),
        enabled=None,
        next_run=when,
        next_run_source=source,
        crontab_line="0 9 * * * primehelp due --notify",
        in_crontab=True,
        cron_running=True,  # review 43b item 1: else the time is said as 「cron が動いていれば」
    )


@pytest.mark.parametrize(
    ("zone", "lang", "source", "expected"),
    [
        (
            dt.UTC,
            "ja",
            NextRunSource.COMPUTED,
            "次の実行（予定）：2026年12月5日 9:00（このコンピューターの時計、UTC）",
        ),
        (
            dt.timezone(dt.timedelta(hours=9), "JST"),
            "ja",
            NextRunSource.SYSTEMCTL,
            "次の実行（`systemctl` の表示）：2026年12月5日 9:00（このコンピューターの時計、JST）",
        ),
        (  # a zone known by its offset only: no name invented
            dt.timezone(dt.timedelta(hours=5, minutes=30)),
            "ja",
            NextRunSource.COMPUTED,
            "次の実行（予定）：2026年12月5日 9:00（このコンピューターの時計）",
        ),
        (
            dt.timezone(dt.timedelta(hours=-5), "EST"),
            "en",
            NextRunSource.COMPUTED,
            "Next run: 2026-12-05 09:00 (this machine's clock, EST)",
        ),
    ],
)
def test_s11_the_next_run_is_shown_as_a_member_reads_it(
    zone: dt.tzinfo,
    lang: str,
    source: NextRunSource,
    expected: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """「次の実行（予定）：2026-12-05 09:00 +0000」: 「+0000」 meant little to a member."""
    from primehelp.output.remind import human_remind

    monkeypatch.setenv("COLUMNS", "1000")
    when = dt.datetime(2026, 12, 5, 9, 0, tzinfo=zone)
    human_remind(_report(when, source), lang, scheduler_given=True)  # type: ignore[arg-type]
    assert expected in capsys.readouterr().out.splitlines()


def test_s11_install_shows_the_next_0900_in_local_time(here: Path) -> None:
    fake_tool(here / "bin", "crontab", EMPTY_CRONTAB)
    shown = _remind(here, "install", "--scheduler", "cron")
    local = dt.datetime.now().astimezone()
    day = next_daily_run(local)
    zone = local.tzname() or ""
    named = f"、{zone}" if zone.isalpha() else ""
    expected = (
        f"上の行を `crontab` に追加すると、次は{day.year}年{day.month}月{day.day}日 9:00"
        f"（このコンピューターの時計{named}）に実行されます。"
    )
    assert expected in shown
