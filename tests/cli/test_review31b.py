"""Review 31b (a Japanese reader): renewal, trial, cancel, due, remind and the .ics files."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from primehelp.remind import SERVICE
from tests.support.remind_env import remind_lines, remind_ui, systemd_machine

_KATAKANA = "ァ-ヺー"


def _katakana_split(lines: list[str]) -> list[tuple[str, str]]:
    """Each pair of lines where a katakana word runs on from one to the next."""
    return [
        (a, b)
        for a, b in itertools.pairwise(lines)
        if re.search(f"[{_KATAKANA}]$", a) and re.match(f"[{_KATAKANA}]", b)
    ]


# ---------------------------------------------------------------- item 1: 「変更されたファ│イル」


@pytest.fixture
def edited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """systemd running, the timer installed, then its .service edited by hand."""
    here = systemd_machine(tmp_path, monkeypatch)
    remind_lines(here, "install", "--scheduler", "systemd")
    service = here / "xdg" / "systemd" / "user" / SERVICE
    service.write_text(service.read_text() + "# edited\n")
    return here


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_1_uninstall_keeps_the_edited_file_and_no_word_is_split(edited: Path, columns: int) -> None:
    from tests.support.clihelp import word_cut

    lines = remind_lines(edited, "uninstall", columns=columns)
    text = "".join(lines)
    assert "変更されたため、そのままにしたファイルがあります。" in text, lines
    assert not _katakana_split(lines), lines
    assert not word_cut(lines, "ファイル") and not word_cut(lines, "そのまま"), lines


# ---------------------------------------------------------------- item 2: 「、」 alone after a URL


def _terminal_rows(output: str, columns: int) -> list[str]:
    """The rows a terminal ``columns`` wide shows: a line wider than it wraps, and a wide
    character that does not fit in the last cell goes to the next row."""
    from rich.cells import get_character_cell_size

    rows: list[str] = []
    for line in output.splitlines():
        row, used = "", 0
        for char in line:
            size = get_character_cell_size(char)
            if used + size > columns:
                rows.append(row)
                row, used = "", 0
            row, used = row + char, used + size
        rows.append(row)
    return rows


@pytest.mark.parametrize("args", [("--via", "web"), ("--via", "app", "--trial")])
def test_2_no_comma_or_stop_starts_a_terminal_row_after_a_url(args: tuple[str, ...]) -> None:
    from tests.support.clihelp import stdout_on_a_terminal

    env = {"COLUMNS": "40", "PRIMEHELP_LANG": "ja", "NO_COLOR": "1"}
    shown = stdout_on_a_terminal(
        "cancel", "--no-interactive", *args, "--today", "2026-11-25", env=env
    )
    assert "https://yomlog.xyz/amazon-prime-itumade/" in shown, shown  # the URL 40 cells wide
    rows = _terminal_rows(shown, 40)
    alone = [row for row in rows if row.strip() and not row.strip().strip("、。")]
    assert not alone, rows
    assert not [row for row in rows if row.lstrip()[:1] in ("、", "。")], rows


def test_2_a_cited_date_goes_to_the_next_line_rather_than_the_stop_alone() -> None:
    """Since review 32b item 1 the sources are a list at 40: no 「、」/「。」 to hang at all."""
    import datetime as dt

    from rich.console import Console

    from primehelp.output.console import rich_text, sources_text

    text = sources_text(
        ["https://yomlog.xyz/amazon-prime-itumade/", "https://sbapp.net/?p=178551 (2026-01)"],
        dt.date(2026, 12, 2),
        "ja",
    )
    lines = [
        line.plain for line in rich_text(text).wrap(Console(width=40, force_terminal=True), 40)
    ]
    # each URL indented, one that fits only flush left too (review 36c, item 11; 34a S 22); a
    # date that does not fit after its URL goes under it
    # indented at every width, a URL that then does not fit runs past the line (review 42a item 22 / 41a item 21, decided in round 50: a URL keeps its indent at every width)
    assert lines == [
        "出典：",
        "  https://yomlog.xyz/amazon-prime-itumade/",
        "  https://sbapp.net/?p=178551",
        "    （2026年1月）",
        "2026年12月2日に確認しました。",
    ], lines


# ---------------------------------------------------------------- item 3: where 「今日」 came from


@pytest.mark.parametrize(
    ("given", "env", "said"),
    [
        (
            ("--today", "2026-11-25"),
            {},
            ("`--today` で指定した日付（2026-11-25）", "with `--today` (2026-11-25)"),
        ),
        (
            (),
            {"PRIMEHELP_TODAY": "2026-11-20"},
            ("PRIMEHELP_TODAYで指定した日付（2026-11-20）", "PRIMEHELP_TODAY (2026-11-20)"),
        ),
    ],
)
def test_3_explain_names_the_date_given_not_japans_date(
    given: tuple[str, ...],
    env: dict[str, str],
    said: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.support.clihelp import run

    monkeypatch.delenv("PRIMEHELP_TODAY", raising=False)
    for lang, words in zip(("ja", "en"), said, strict=True):
        done = run(
            "renewal",
            "2026-12-24",
            "--explain",
            *given,
            "--lang",
            lang,
            env={"COLUMNS": "1000", **env},
        )
        assert done.exit_code == 0, done.stderr
        assert words in done.stdout, done.stdout
        assert "Asia/Tokyo" not in done.stdout  # it is not Japan's date


def test_3_explain_without_a_given_date_still_says_japans_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.support.clihelp import run

    monkeypatch.delenv("PRIMEHELP_TODAY", raising=False)
    done = run("renewal", "2026-12-24", "--explain", "--lang", "ja", env={"COLUMNS": "1000"})
    assert "日本時間（Asia/Tokyo）の日付" in done.stdout, done.stdout


# ---------------------------------------------------------------- item 4: trial --count


def test_4_trial_count_says_whose_option_it_is_with_an_example() -> None:
    from tests.support.clihelp import run

    done = run("trial", "2026-11-25", "--count", "3", "--lang", "ja", env={"COLUMNS": "1000"})
    assert done.exit_code == 2
    line = done.stderr.strip()
    assert "\n" not in line and line.startswith("primehelp: エラー: ")
    assert "の後に指定します" not in line
    assert "（`renewal` のオプションです）" in line  # as its sister message for --plan
    assert "primehelp renewal 2026-12-25 --plan monthly --count 12" in line
    done = run("trial", "2026-11-25", "--count", "3", "--lang", "en", env={"COLUMNS": "1000"})
    assert "it is an option of `renewal`" in done.stderr
    assert "--plan monthly --count 12" in done.stderr


# ---------------------------------------------------------------- S 5: the clock and its zone whole


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    here = systemd_machine(tmp_path, monkeypatch)
    remind_lines(here, "install", "--scheduler", "systemd")
    return here


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_s5_the_clock_and_its_zone_stay_on_one_line(installed: Path, columns: int) -> None:
    lines = remind_lines(installed, "status", columns=columns)
    assert any("（このコンピューターの時計、UTC）" in line for line in lines), lines


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_s5_the_clock_and_its_zone_stay_on_one_line_for_cron(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    from tests.support.clihelp import fake_tool
    from tests.support.remind_env import NO_CRONTAB

    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    lines = remind_lines(here, "install", "--scheduler", "cron", columns=columns)
    assert any("（このコンピューターの時計、UTC）" in line for line in lines), lines


# ---------------------------------------------------------------- S 6: the state, then what to do


def test_s6_cron_install_says_the_state_before_the_line_to_add(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.support.clihelp import fake_tool
    from tests.support.remind_env import NO_CRONTAB

    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    for lang, state, add in (
        ("ja", "行がありません。", "次の行を `crontab` に追加"),  # 「crontab には、…」 (62b, 7)
        ("en", "has no line", "add this line"),
    ):
        shown = "\n".join(remind_lines(here, "install", "--scheduler", "cron", lang=lang))
        assert state in shown and add in shown, shown
        assert shown.index(state) < shown.index(add), shown


# ---------------------------------------------------------------- S 7: systemd not running: cron


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "cronを使う場合は `primehelp remind install --scheduler cron` を実行してください。",
        ),
        ("en", "To use cron, run `primehelp remind install --scheduler cron`."),
    ],
)
def test_s7_status_where_systemd_does_not_run_offers_cron(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str
) -> None:
    import primehelp.cli.remind as command
    from tests.support.clihelp import fake_tool
    from tests.support.remind_env import NO_CRONTAB

    here = systemd_machine(tmp_path, monkeypatch)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "not-there")
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    shown = remind_lines(here, "status", "--scheduler", "systemd", lang=lang)
    assert shown[-1] == said, shown


# ---------------------------------------------------------------- S 8: one word; the check is off


def test_s8_remind_help_says_changed_as_the_screens_do() -> None:
    from tests.support.clihelp import run

    ja = re.sub(r"\s*\n\s*", "", run("remind", "--help", "--lang", "ja").stdout)
    assert "書いた後に変更された" in ja and "編集" not in ja
    en = re.sub(r"\s*\n\s*", " ", run("remind", "--help", "--lang", "en").stdout)
    assert "changed since" in en and "edited" not in en


@pytest.mark.parametrize(
    ("lang", "said"), [("ja", "毎日の確認を止めました。"), ("en", "The daily check is now off.")]
)
def test_s8_systemd_uninstall_says_the_check_is_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str
) -> None:
    here = systemd_machine(tmp_path, monkeypatch)
    remind_lines(here, "install", "--scheduler", "systemd")
    assert said in remind_lines(here, "uninstall", lang=lang)
    assert said not in remind_lines(here, "uninstall", lang=lang)  # nothing left to stop


# ---------------------------------------------------------------- S 9: a trial that has ended


def test_s9_due_after_a_student_trial_names_the_student_plan_and_keeps_the_contract() -> None:
    from tests.support.clihelp import WIDE, run
    from tests.support.profiles import STUDENT_TRIAL, TRIAL

    ja = run("due", "--today", "2027-01-03", "--lang", "ja", env={**WIDE, **STUDENT_TRIAL})
    assert (ja.exit_code, ja.stdout) == (2, "")  # the documented contract
    assert (
        ja.stderr.startswith("primehelp: 要確認: ") and ja.stderr.count("\n") == 1
    )  # review 38b S 28 (round 48): an ended trial is 「要確認」, not an error
    assert "保存した日付によると、Prime Studentの無料体験は" in ja.stderr  # 50b item 15
    assert "例：Prime Student 年間プランで次の更新日が" in ja.stderr
    assert "--plan student-annual" in ja.stderr and "例：年間プランで" not in ja.stderr
    en = run("due", "--today", "2027-01-03", "--lang", "en", env={**WIDE, **STUDENT_TRIAL})
    assert "on the Prime Student annual plan renewing on" in en.stderr
    regular = run("due", "--today", "2027-01-03", "--lang", "ja", env={**WIDE, **TRIAL})
    assert "保存した日付によると、Amazonプライムの無料体験は" in regular.stderr
    assert "例：年間プランで次の更新日が" in regular.stderr


def test_s9_due_names_the_student_trial_as_the_calendar_does() -> None:
    from tests.support.clihelp import WIDE, run
    from tests.support.profiles import STUDENT_TRIAL

    done = run("due", "--today", "2026-12-29", "--lang", "ja", env={**WIDE, **STUDENT_TRIAL})
    assert "Prime Studentの無料体験から有料会員への自動更新日" in done.stdout, done.stdout
    assert "Amazonプライムの無料体験" not in done.stdout


# ---------------------------------------------------------------- S 10: the member's own date


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "（例：`primehelp renewal 2026-10-31 --plan annual --ics prime.ics`）"),
        ("en", "(e.g. `primehelp renewal 2026-10-31 --plan annual --ics prime.ics`)"),
    ],
)
def test_s10_a_past_trial_calendar_gives_its_own_renewal_as_the_example(
    tmp_path: Path, lang: str, said: str
) -> None:
    from tests.support.clihelp import WIDE, run

    ics = str(tmp_path / "t.ics")
    done = run(
        "trial", "2026-10-01", "--ics", ics, "--today", "2026-11-25", "--lang", lang, env=WIDE
    )
    assert done.exit_code == 0, done.stderr
    assert said in done.stderr, done.stderr


# ---------------------------------------------------------------- S 11: 「届くころ」


def test_s11_renewal_help_says_about_when_the_mail_comes() -> None:
    from tests.support.clihelp import run

    ja = re.sub(r"\s*\n\s*", "", run("renewal", "--help", "--lang", "ja").stdout)
    assert "お知らせメールが届くころと解約の目安日" in ja and "届く日" not in ja
    en = re.sub(r"\s*\n\s*", " ", run("renewal", "--help", "--lang", "en").stdout)
    assert "About when the reminder mail comes" in en


# ---------------------------------------------------------------- S 12: sentences, not fragments


def test_s12_cancel_help_renewal_is_said_in_sentences() -> None:
    from tests.support.clihelp import run

    ja = re.sub(r"\s*\n\s*", "", run("cancel", "--help", "--lang", "ja").stdout)
    assert "更新日（例：2026-12-24）を指定します。" in ja
    assert "無料体験中（--trial）は、有料会員への自動更新日を指定します。" in ja


# ---------------------------------------------------------------- S 13: two dates


@pytest.mark.parametrize(
    ("command", "said"),
    [
        ("renewal", "更新日は1つだけ指定できます（2つ目に「extra」が指定されています）。"),
        ("trial", "開始日は1つだけ指定できます（2つ目に「extra」が指定されています）。"),
    ],
)
def test_s13_a_second_date_names_the_word_and_is_refused_politely(command: str, said: str) -> None:
    from tests.support.clihelp import WIDE, run

    done = run(command, "2026-12-24", "extra", "--lang", "ja", env=WIDE)
    assert done.exit_code == 2 and done.stderr.count("\n") == 1
    assert said in done.stderr and "余分" not in done.stderr, done.stderr
    en = run(command, "2026-12-24", "extra", "--lang", "en", env=WIDE)
    assert "(a second one was given: 'extra')" in en.stderr  # review 49a item 20


# ---------------------------------------------------------------- S 14: the alarm the day before


def test_s14_the_alarm_the_day_before_says_today_without_a_margin() -> None:
    from primehelp.facts import ui

    said = ui("alarm_cancel_by", "ui_calendar")
    assert said.ja.endswith("解約する場合は、今日中に済ませてください。")
    assert "余裕" not in said.ja and "to be safe" not in said.en


# ---------------------------------------------------------------- S 15: cancel at 40


@pytest.mark.parametrize("args", [("--via", "web"), ("--via", "web", "--paid", "--student")])
def test_s15_the_trial_label_in_a_note_stays_whole_at_40(args: tuple[str, ...]) -> None:
    from tests.support.clihelp import run

    done = run("cancel", "--no-interactive", *args, "--lang", "ja", env={"COLUMNS": "40"})
    lines = done.stdout.splitlines()
    if "--paid" in args:  # no trial note for a paid member: nothing to keep
        assert not any("プライム無料体験と" in line for line in lines)
        return
    # Review 37b item 9: the note is as deep as every other note under a step (3 columns), its
    # lines under its text (37a item 11): 38 columns of label do not fit in 35, so at 40 it
    # breaks at its most even halves, as in step 3 itself; where it fits (60), it is whole.
    # Review 61b item 5: it starts a line of its own, as step 3's label does.
    assert any(line == "   ・無料体験中は、このボタンの表示が" for line in lines), lines  # 51a, 31
    at = lines.index("     変わります：")
    assert lines[at + 1].startswith("     「プライム無料体験と"), lines
    wider = run("cancel", "--no-interactive", *args, "--lang", "ja", env={"COLUMNS": "60"})
    assert any(
        line.startswith("     「プライム無料体験と特典利用を止める」")
        for line in wider.stdout.splitlines()
    ), wider.stdout
    # the carrier walkthrough's one page: tests/test_cancellation.py
    # (test_carrier_answer_skips_the_other_questions) and tests/cli/test_review21b_walkthrough.py


def test_s8_not_said_off_while_a_crontab_line_still_runs_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.support.clihelp import fake_tool

    here = systemd_machine(tmp_path, monkeypatch)
    remind_lines(here, "install", "--scheduler", "systemd")
    line = "0 9 * * * primehelp due --notify"
    fake_tool(here / "bin", "crontab", f"#!/bin/sh\necho '{line}'\n")
    shown = remind_lines(here, "uninstall")
    assert "毎日の確認を止めました。" not in shown, shown
    # review 41b: not install's own line, so not said to go on with cron; named, with the line
    # to use in its place
    assert not any("毎日の確認はcronで続きます" in x for x in shown), shown
    assert line in shown, shown
    # review 42b item 5: where status knows what is wrong with the line (here: cron cannot find
    # a bare `primehelp` in /usr/bin:/bin), uninstall says that, not 「primehelp には分かりません」;
    # and how to stop it too, beside how to keep a cron check

    said = remind_ui("cron_program_not_on_path").format(
        program="primehelp", path="/usr/bin と /bin"
    )
    assert said("ja") in shown, shown
    assert not any("primehelpには分かりません" in x for x in shown), shown
    for key in ("uninstall_cron_stop", "cron_replace_hint"):
        assert remind_ui(key)("ja") in shown, (key, shown)
