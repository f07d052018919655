"""Review 56b, items 1, 3, 4 and S 12 (`primehelp remind`, `primehelp due`'s wording).

Item 1 (R-major): install's own crontab line under a setting line (`SHELL=/bin/bash`,
`LANG=`, `DBUS_SESSION_BUS_ADDRESS=`…) was "not the daily-check line", and the member was told
to replace it with itself (byte for byte), the setting never named; `--json` gave only
`"exact": false`. Now the setting is named, no line is given to put in place of itself, the JSON
job says why (`reason`, `settings_above`), and SHELL= of a shell that runs the line as /bin/sh
does (sh, bash, dash, ksh, mksh: no shell syntax in it, no file of the member's read for `-c`)
does not count (decision)."""

from __future__ import annotations

from pathlib import Path

import pytest

import primehelp.cli.remind as command
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import (
    NOW,
    THIS_LINE,
    crontab_printing,
    remind_env,
    remind_ui,
    systemd_machine,
)

LANGS = ("ja", "en")


def _cron_machine(here: Path, monkeypatch: pytest.MonkeyPatch, crontab: str) -> dict[str, str]:
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", here / "no-such-dir")
    monkeypatch.setattr(command, "now", lambda: NOW)
    fake_tool(here / "bin", "crontab", crontab_printing(*crontab.split("\n")))
    return remind_env(here)


def _said(key: str, lang: str) -> str:
    return remind_ui(key)(lang)


def _job(env: dict[str, str], lang: str) -> dict[str, object]:
    data = run("remind", "status", "--json", "--lang", lang, env=env).json()["data"]
    [job] = data["crontab_jobs"]
    return dict(job)


# a shell that runs install's line as /bin/sh does: not counted (decision, item 1)
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("shell", ["/bin/bash", "/bin/sh", "/usr/bin/dash", "/bin/ksh"])
def test_item1_shell_setting_of_a_plain_shell_does_not_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shell: str, lang: str
) -> None:
    env = _cron_machine(tmp_path, monkeypatch, f'SHELL={shell}\nMAILTO=""\n{THIS_LINE}')
    job = _job(env, lang)
    assert job["exact"] is True and job["reason"] is None and job["settings_above"] == [], job
    status = run("remind", "status", "--lang", lang, env=env).stdout.splitlines()
    assert _said("cron_not_exact", lang) not in status
    assert any(row.startswith(("次の実行", "Next run")) for row in status), status
    install = run("remind", "install", "--scheduler", "cron", "--lang", lang, env=env)
    assert _said("already_in_crontab", lang) in install.stdout.splitlines(), install.stdout


SETTINGS = {  # crontab settings above install's line → as the JSON names them
    "SHELL=/bin/zsh": ["SHELL=/bin/zsh"],  # reads ~/.zshenv for -c
    "SHELL=/usr/bin/fish": ["SHELL=/usr/bin/fish"],
    "SHELL=bash": ["SHELL=bash"],  # not a path cron can run
    "LANG=en_US.UTF-8": ["LANG=en_US.UTF-8"],
    # not this user's bus here (USER_RUNTIME patched, no XDG_RUNTIME_DIR); their own is counted
    # as the check (review 57b item 5, test_review57b2)
    "DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus": [
        "DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus"
    ],
    "XDG_RUNTIME_DIR=/run/user/1000": ["XDG_RUNTIME_DIR=/run/user/1000"],
    "LC_ALL=C": ["LC_ALL=C"],
    "BASH_ENV=/home/m/.bashrc": ["BASH_ENV=/home/m/.bashrc"],
    "SHELL=/bin/bash\nLANG=C\nMAILTO=x\nLC_ALL=C": ["LANG=C", "LC_ALL=C"],
}


def _replacement_lines(screen: list[str]) -> list[str]:
    """The lines a screen gives to put in place of another (after a row ending 「：」/"):")."""
    return [screen[i + 1] for i, row in enumerate(screen[:-1]) if row.endswith(("：", "):"))]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("settings", SETTINGS)
def test_item1_a_setting_above_install_line_is_named_never_replaced_by_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: str, lang: str
) -> None:
    env = _cron_machine(tmp_path, monkeypatch, f"{settings}\n{THIS_LINE}")
    job = _job(env, lang)
    named = SETTINGS[settings]
    assert job["exact"] is False and job["reason"] == "settings", job
    assert job["settings_above"] == named
    status = run("remind", "status", "--json", "--lang", lang, env=env).json()["data"]
    assert status["crontab_line"] is None and status["next_run"] is None  # nothing to replace
    key = "cron_settings_above" + "_count" * (len(named) > 1)
    for args in (("status",), ("install",), ("install", "--scheduler", "cron")):
        screen = run("remind", *args, "--lang", lang, env=env).stdout.splitlines()
        line = str(job["line"])
        assert line in screen, screen
        said = screen[screen.index(line) + 1]
        assert remind_ui(key)(lang).split("{settings}")[0] in said, screen
        assert all(setting in said for setting in named), said
        # never the same line to put in place of itself, nor 「置き換えると、次は…」
        assert line not in _replacement_lines(screen), screen
        assert _said("cron_replace_exact", lang) not in screen
        assert _said("cron_not_exact", lang) not in screen
        assert not any(row.startswith(("置き換えると", "Once replaced")) for row in screen)


def test_item1_settings_named_in_japanese_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = _cron_machine(tmp_path, monkeypatch, f"LANG=C\nSHELL=/bin/zsh\n{THIS_LINE}")
    screen = run("remind", "status", "--lang", "ja", env=env).stdout
    assert "`crontab` の設定「LANG=C」と「SHELL=/bin/zsh」があります。これらの設定は" in screen
    screen = run("remind", "status", "--lang", "en", env=env).stdout
    assert "your crontab sets LANG=C and SHELL=/bin/zsh. These settings" in screen


@pytest.mark.parametrize("lang", LANGS)
def test_item1_another_line_under_a_setting_is_replaced_and_the_setting_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    other = THIS_LINE.replace("0 9 * * *", "30 21 * * *")
    env = _cron_machine(tmp_path, monkeypatch, f"LANG=C\n{other}")
    job = _job(env, lang)
    assert job["reason"] == "line" and job["settings_above"] == ["LANG=C"], job
    screen = run("remind", "status", "--lang", lang, env=env).stdout.splitlines()
    assert _said("cron_not_exact", lang) in screen
    assert any("LANG=C" in row for row in screen), screen
    assert _said("cron_replace_exact", lang) in screen  # replacing it is still the fix


@pytest.mark.parametrize("lang", LANGS)
def test_item1_systemd_screens_give_no_hint_to_replace_a_line_by_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    systemd_machine(tmp_path, monkeypatch)
    fake_tool(tmp_path / "bin", "crontab", crontab_printing("LANG=C", THIS_LINE))
    env = remind_env(tmp_path)
    status = run("remind", "status", "--lang", lang, env=env).stdout.splitlines()
    assert _said("cron_replace_hint", lang) not in status, status
    assert any("LANG=C" in row for row in status), status
    assert (
        run("remind", "install", "--scheduler", "systemd", "--lang", lang, env=env).exit_code == 0
    )
    removed = run("remind", "uninstall", "--lang", lang, env=env).stdout.splitlines()
    assert _said("cron_replace_hint", lang) not in removed, removed
    assert any("LANG=C" in row for row in removed), removed


# ---------------------------------------------------------------- due (items 3 and 4)

WIDE = {"COLUMNS": "1000"}


def _due(lang: str, today: str, saved: tuple[str, ...]) -> tuple[int, str]:
    done = run("renewal", *saved, "--save", "--today", "2026-12-07")
    assert done.exit_code == 0, done.stderr
    shown = run("due", "--verbose", "--lang", lang, "--today", today, env=WIDE)
    return shown.exit_code, shown.stdout


@pytest.mark.parametrize(
    ("lang", "opening", "refund"),
    [
        (
            "ja",
            "今日、期限の近い手続きはありません。",
            "なお、2026年12月20日に更新されていて、解約を考えている場合は、今すぐ終了すると、"
            "2026年12月20日に請求された会費が返金されることがあります。"  # 62b item 8
            "手順と返金の条件：`primehelp cancel --renewal 2026-12-20`",
        ),
        (
            "en",
            "Nothing is due yet:",
            "If it renewed on 2026-12-20 and you are thinking of cancelling, ending the membership"
            " now may still refund the fee charged on 2026-12-20. Steps and refund rules: "
            "`primehelp cancel --renewal 2026-12-20`",
        ),
    ],
)
def test_item3_nothing_due_today_with_a_refund_note_does_not_contradict_itself(
    lang: str, opening: str, refund: str
) -> None:
    """Item 3: 「今日、期限の近い手続きはありません。」 then 「今すぐ終了すると…返金されることが
    あります」: nothing to do, then act now. Now 「今日、期限の近い手続きはありません。」 and the
    refund as what a member thinking of cancelling may do."""
    code, shown = _due(lang, "2026-12-27", ("2026-12-20", "--plan", "annual"))
    assert code == 0
    assert shown.startswith(opening), shown
    assert refund in shown, shown  # review 59b item 7: one opening, the refund after 「なお、」


@pytest.mark.parametrize(
    ("today", "saved", "said"),
    [
        (  # the saved date ahead: nothing due
            "2026-12-01",
            ("2026-12-09",),
            "今日、期限の近い手続きはありません。次の更新日は2026年12月9日、"
            "解約の目安日は2026年12月8日です。`primehelp due` が知らせるのは2026年12月6日からです（毎日自動で確認するには `primehelp remind install`）。",
        ),
        (  # the next date computed from the saved one
            "2026-12-27",
            ("2026-12-20", "--plan", "monthly"),
            "解約していなければ、次の更新日（計算による目安）は2027年1月20日、"
            "解約の目安日は2027年1月19日です。",
        ),
        (  # the refund alert (exit 1), the same order
            "2026-12-21",
            ("2026-12-20", "--plan", "annual"),
            "解約していなければ、次の更新日（計算による目安）は2027年12月20日、"
            "解約の目安日は2027年12月19日です。",
        ),
    ],
)
def test_item4_the_next_renewal_date_is_said_as_the_cancel_by_date_is(
    today: str, saved: tuple[str, ...], said: str
) -> None:
    """Item 4: 「2026年12月9日が次の更新日で、解約の目安日は…」: the date as the subject, the two
    clauses not parallel; now 「次の更新日は…、解約の目安日は…です。」, a computed date's mark after
    「次の更新日」 (「次の更新日（計算による目安）は…」: 「次の更新日は」 was cut as 「次の│更新日は…」
    at 40 columns), as 「更新日（計算による目安）は明日」 says it. English unchanged."""
    _, shown = _due("ja", today, saved)
    assert said in shown, shown
    assert "が次の更新日で" not in shown


# ---------------------------------------------------------------- remind (S 12)

ICS = {
    # remind_env's saved date named (review 64b item 1)
    "ja": "カレンダーアプリで更新日のお知らせを受けるには、`primehelp renewal --ics prime.ics` を実行して、"
    "保存した更新日（2025年1月10日、月間プラン）の予定を書き出してください。",
    "en": "; to be reminded of the renewal by your calendar app instead, write out the events of "
    "your saved renewal date (2025-01-10, monthly plan) with `primehelp renewal --ics prime.ics`",
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("crontab", [True, False])
def test_s12_systemd_install_where_nothing_can_work_gives_the_calendar_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, crontab: bool
) -> None:
    """S 12: `remind install --scheduler systemd` with no systemd and no crontab command: exit 2
    and no way forward, where plain `remind install` offers the calendar file. Now the error's
    one line ends with it; with a crontab command, cron is the way forward, as before."""
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    env = remind_env(tmp_path)
    if crontab:
        fake_tool(tmp_path / "bin", "crontab", "#!/bin/sh\nexit 0\n")
    done = run("remind", "install", "--scheduler", "systemd", "--lang", lang, env=env)
    assert done.exit_code == 2 and done.stderr.count("\n") == 1, done.stderr
    assert (ICS[lang] in done.stderr) is not crontab, done.stderr
    assert crontab or done.stderr.rstrip("\n").endswith(ICS[lang])  # the way forward, last


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "終了コード：0（完了。"),  # in due --help's list form since review 61a S3
        ("en", "Exit status: 0 done; 1 done, but the daily check may not run"),
    ],
)
def test_s12_remind_help_lists_its_exit_codes(lang: str, said: str) -> None:
    done = run("remind", "--help", "--lang", lang, env=WIDE)
    assert done.exit_code == 0
    shown = " ".join(done.stdout.split()) if lang == "en" else "".join(done.stdout.split())
    assert said in shown or "".join(said.split()) in shown, done.stdout
    assert ("--scheduler systemd" if lang == "en" else "--schedulersystemd") in shown
