"""Review 50b items 7-9, 16: the remind screens' calendar hint last, cron's folders named as
folders, typed commands in backticks, 「crontab に primehelpの行」 where there is no crontab."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from primehelp.facts import labels
from primehelp.profile import PROFILE_FILE
from tests.support.clihelp import fake_tool, run
from tests.support.cron_roots import CRON_STOPPED
from tests.support.remind_env import crontab_printing, remind_env, remind_ui

ELSEWHERE = "0 9 * * * primehelp due --notify"  # a bare primehelp: not in cron's folders


def _screen(here: Path, action: str, lang: str, *, crontab: str | None) -> list[str]:
    env = remind_env(here)
    (here / "profile" / PROFILE_FILE).unlink()  # 「…お知らせできません」 follows the crontab lines
    if crontab is not None:
        fake_tool(here / "bin", "crontab", crontab_printing(crontab))
    done = run("remind", action, "--scheduler", "cron", "--lang", lang, env=env)
    assert done.exit_code in (0, 1), done.stderr  # status: 1 where the check cannot run
    return [line for line in done.stdout.splitlines() if line.strip()]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("action", ["status", "install"])
def test_the_calendar_hint_is_the_last_line(
    action: str, lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 7: it came before the crontab's lines, or before 「…お知らせできません」."""
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_STOPPED)  # the hint's cause
    lines = _screen(tmp_path, action, lang, crontab=ELSEWHERE)
    hint = remind_ui("manual_way")(lang)  # type: ignore[arg-type]
    assert hint in lines
    assert lines.count(hint) == 1 and lines[-1] == hint, lines


@pytest.mark.parametrize(
    ("lang", "folders"), [("ja", "（/usr/bin と /bin）"), ("en", "(/usr/bin and /bin)")]
)
def test_cron_s_folders_are_named_as_folders(lang: str, folders: str, tmp_path: Path) -> None:
    """Item 8: 「（/usr/bin:/bin）」 is how PATH holds them."""
    screen = "\n".join(_screen(tmp_path, "status", lang, crontab=ELSEWHERE))
    assert folders in screen and "/usr/bin:/bin" not in screen


# Commands a member types, as the remind screens name them (item 9)
TYPED = [
    r"crontab -e",
    r"primehelp remind (?:un)?install(?: --scheduler (?:cron|systemd))?",
    r"primehelp renewal(?: --ics)?",
    r"--ics",
]


@pytest.mark.parametrize("file", ["ui_remind", "ui_remind_cron"])
def test_every_typed_command_is_in_backticks(file: str) -> None:
    """Item 9: 「crontab -e で」 and 「primehelp remind install --scheduler systemd を実行」 were
    bare beside 「`primehelp remind install --scheduler cron` を実行」."""
    bare = []
    for key, text in labels(file).items():
        for said in (text.ja, text.en):
            plain = re.sub(r"`[^`]*`", "", said)
            bare += [(key, said) for typed in TYPED if re.search(typed, plain)]
    assert bare == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_uninstall_without_crontab_names_the_crontab_s_line(lang: str, tmp_path: Path) -> None:
    """Item 16: 「cronの行はありません」, where the other screens say 「`crontab` の行」."""
    env = remind_env(tmp_path)
    done = run("remind", "uninstall", "--lang", lang, env=env)
    said = {  # one sentence where nothing else is found (review 52b item 21)
        "ja": "`crontab` コマンドがなく、primehelpが設定した毎日の確認も見つからない",
        "en": "no crontab command and no daily check set up by primehelp was found",
    }
    assert said[lang] in done.stdout.replace("\n", "")
