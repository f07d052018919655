"""Review 42b items 5 and 6 together (round 50's merge): `remind uninstall` (systemd) beside two
lines running primehelp due opened with 「…行が2行あります。」 and then said how to stop 「この行」
and delete 「その行」, one line. Where the crontab has several such lines, how to stop them speaks
of these lines; beside one line, of that line (as before)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import (
    NO_CRONTAB,
    THIS_LINE,
    crontab_printing,
    remind_env,
    remind_ui,
    systemd_machine,
)

EIGHT = THIS_LINE.replace("0 9 * * *", "0 8 * * *")  # notifies, an hour earlier: not install's
SILENT = THIS_LINE.replace(" --notify", "")
CRONTABS = {
    "not install's": (EIGHT,),
    "the exact line twice": (THIS_LINE, THIS_LINE),
    "exact and 08:00": (THIS_LINE, EIGHT),
    "08:00 and no --notify": (EIGHT, SILENT),
    "three": (THIS_LINE, EIGHT, SILENT),
}


@pytest.mark.parametrize("name", sorted(CRONTABS))
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_uninstall_says_how_to_stop_as_many_lines_as_it_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, lang: str
) -> None:
    lines = CRONTABS[name]
    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    env = remind_env(here)
    assert run("remind", "install", "--lang", lang, env=env).exit_code == 0  # the timer on
    fake_tool(here / "bin", "crontab", crontab_printing(*lines))
    done = run("remind", "uninstall", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    shown = done.stdout.splitlines()
    several = len(lines) > 1
    one, many = remind_ui("uninstall_cron_stop")(lang), remind_ui("uninstall_cron_stop_count")(lang)  # type: ignore[arg-type]
    assert (many in shown) is several, shown
    assert (one in shown) is not several, shown
    if several:  # the count said first, and the stop sentence after it
        opening = remind_ui("uninstall_cron_there_count").format(count=str(len(lines)))(lang)  # type: ignore[arg-type]
        assert shown.index(opening) < shown.index(many), shown


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "ただしinstallは、`crontab`に毎日の確認の行がすでにあり、タイマーがない場合はcronです",  # 63b 5,
        ),
        ("en", "install: cron if the crontab has the daily-check line and no timer"),
    ],
)
def test_s12_help_names_where_plain_install_keeps_cron(lang: str, said: str) -> None:
    """Review 42b S 12 made plain install keep cron beside the crontab's daily-check line where
    no timer is there; `--scheduler`'s help said the default was systemd wherever it runs."""
    import re

    joined = "" if lang == "ja" else " "
    shown = re.sub(r"\s*\n\s*", joined, run("remind", "--help", "--lang", lang).stdout)
    if lang == "ja":
        shown = shown.replace(" ", "")
    assert said in shown, shown
