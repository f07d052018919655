"""Review 24b (a Japanese reader), remind: items 1 to 5.

In process, with fake ``crontab`` / ``systemctl`` on a PATH of their own, a temporary HOME and
XDG_CONFIG_HOME, and ``SYSTEMD_RUNNING`` pointed at a folder that is (or is not) there; the
next run computed is pinned to 2026-12-05 09:00 UTC."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import primehelp.cli.remind as command
from primehelp.remind import unit_files
from tests.support.clihelp import fake_tool
from tests.support.remind_env import THIS_LINE, THIS_PROGRAM, crontab_printing, remind_lines

NO_CRONTAB = "#!/bin/sh\necho 'no crontab for member' >&2\nexit 1\n"
# review 38b item 1: a line running this primehelp (/usr/bin/primehelp is not there: no check)
HAS_LINE = crontab_printing(THIS_LINE)
# systemd's answer for an enabled timer: list-timers names the next run; the rest works.
SYSTEMCTL = (
    "#!/bin/sh\n"
    'case "$*" in *list-timers*) echo "Sun 2026-12-06 09:00:00 UTC 23h left - - '
    'primehelp-due.timer primehelp-due.service";; esac\nexit 0\n'
)
NEXT = dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.UTC)
WHEN = "2026年12月5日 9:00（このコンピューターの時計、UTC）"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """systemd not running, the next 09:00 pinned, nothing on PATH yet."""
    (tmp_path / "bin").mkdir()
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(command, "next_daily_run", lambda now: NEXT)
    # the crontab's own line is counted from the clock (review 38b item 1): an hour before NEXT
    monkeypatch.setattr(command, "now", lambda: NEXT - dt.timedelta(hours=1))
    return tmp_path


def _remind(here: Path, *args: str, lang: str = "ja", columns: int = 1000) -> list[str]:
    return remind_lines(here, *args, lang=lang, columns=columns)


# ---------------------------------------------------------------- item 1: nothing scheduled


@pytest.mark.parametrize("args", [("install", "--scheduler", "cron"), ("install",)])
def test_1_install_without_the_line_gives_no_next_run_as_if_scheduled(
    here: Path, args: tuple[str, ...]
) -> None:
    """「次の実行（予定）：2026年12月5日 9:00…」 then 「crontab：…行はありません。」: the time read as
    confirmation. Now the time is said only as what follows once the line is added (plain
    ``install`` too, where systemd is not running)."""
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    shown = _remind(here, *args)
    assert not any(line.startswith("次の実行") for line in shown), shown
    assert (
        shown.index("`crontab` には、`primehelp due` を実行する行がありません。") < len(shown) - 1
    )
    # [-2]: since review 36b item 2, what a notification from cron needs is said last
    assert shown[-2] == f"上の行を `crontab` に追加すると、次は{WHEN}に実行されます。"
    english = _remind(here, *args, lang="en")
    assert not any(line.startswith("Next run") for line in english)
    assert english[-2] == (
        "Once the line above is in your crontab, it next runs on 2026-12-05 09:00 "
        "(this machine's clock, UTC)."
    )


# ---------------------------------------------------------------- item 2: already there


def test_2_install_with_the_line_there_says_so_first_and_asks_nothing(here: Path) -> None:
    """「次の行を `crontab` に追加してください」 where the line was there: two a day, if followed."""
    fake_tool(here / "bin", "crontab", HAS_LINE)
    shown = _remind(here, "install", "--scheduler", "cron")
    assert shown[1] == (
        "`crontab` には、`primehelp due` を実行する行がすでにあります。追加する必要はありません。"
    )
    assert shown[2] == f"次の実行（予定）：{WHEN}"  # scheduled: the time plainly
    text = "\n".join(shown)
    assert "追加してください" not in text and "0 9 * * *" not in text
    english = _remind(here, "install", "--scheduler", "cron", lang="en")
    assert english[1] == (
        "Your crontab already has a line running `primehelp due`: there is no need to add one."
    )
    assert "add this line" not in "\n".join(english)


# ---------------------------------------------------------------- item 3: what install does


@pytest.mark.parametrize("columns", [1000, 40])
def test_3_status_says_the_line_install_prints_goes_in_the_crontab(
    here: Path, columns: int
) -> None:
    """「設定するには、次のコマンドを実行します：」: that command sets nothing up with cron."""
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    shown = _remind(here, "status", "--scheduler", "cron", columns=columns)
    text = "\n".join(shown)
    assert "次のコマンドを実行します" not in text
    if columns == 1000:
        assert shown[2] == (
            "設定するには、`primehelp remind install --scheduler cron` で表示される行を、"
            "`crontab -e` で `crontab` に追加してください。"
        )
    else:  # the command continued, never cut inside 「--scheduler cron」
        at = shown.index("`primehelp remind install \\")
        assert shown[at + 1] == "  --scheduler cron`"
        assert shown[-1].endswith("`crontab` に追加してください。")
        assert all(len(line) <= 40 for line in shown)


# ---------------------------------------------------------------- item 4: status, the next run


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ja",
            [  # when the line runs, from its own time fields (review 61b S 10)
                "`crontab` には、`primehelp due` を実行する行があります（このコンピューターの時計で毎日9:00）。",
                f"次の実行（予定）：{WHEN}",
            ],
        ),
        (
            "en",
            [
                "Your crontab has a line running `primehelp due` (every day at 09:00, this "
                "machine's clock).",
                "Next run: 2026-12-05 09:00 (this machine's clock, UTC)",
                # review 40b S 9: the line runs --lang ja, so its notifications are in Japanese
                "Your crontab line's notifications show in Japanese (`--lang ja`). For English, "
                "change `--lang ja` to `--lang en` on that line with `crontab -e`.",
            ],
        ),
    ],
)
def test_4_status_with_the_line_shows_the_next_run(
    here: Path, lang: str, expected: list[str]
) -> None:
    """`remind --help`: status shows 「次に実行される日時」; with cron it did not."""
    fake_tool(here / "bin", "crontab", HAS_LINE)
    assert _remind(here, "status", lang=lang)[1:] == expected


# ---------------------------------------------------------------- item 5: systemd's time


def _enabled(here: Path) -> None:
    units = here / "xdg" / "systemd" / "user"
    (units / "timers.target.wants").mkdir(parents=True)
    for name, data in unit_files([*THIS_PROGRAM, "due", "--notify"], {}).items():
        (units / name).write_bytes(data)
    (units / "timers.target.wants" / "primehelp-due.timer").symlink_to(
        units / "primehelp-due.timer"
    )


@pytest.mark.parametrize("columns", [40, 60, 1000])
def test_5_systemctl_s_time_keeps_this_computer_whole(
    here: Path, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    """「（systemctl による、こ│のコンピューターの時計、UTC）」 at 40 and 60: unclear, and 「この」
    split. The label names where the time came from; 「このコンピューター」 stays one unit."""
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", here)
    fake_tool(here / "bin", "systemctl", SYSTEMCTL)
    _enabled(here)
    for action in ("status", "install"):
        shown = _remind(here, action, columns=columns)
        text = "".join(shown)
        assert (
            "次の実行（`systemctl` の表示）：2026年12月6日 9:00（このコンピューターの時計、UTC）"
            in text
        )
        assert "`systemctl` による" not in text
        assert not any(line.endswith("こ") for line in shown), shown
        assert any("このコンピューター" in line for line in shown)
    english = _remind(here, "status", lang="en")
    assert "Next run (as systemctl shows it): 2026-12-06 09:00 (this machine's clock, UTC)" in (
        english
    )
