"""Review 61b (a Japanese reader), fixed in round 62 (b62b): the cancel steps' button labels at
40 columns (R-minor 5), the first sentence of `cancel` without a date (R-minor 6), when the
crontab's line runs (S 10), an ``--ics`` file not named .ics (S 11) and the systemd units'
descriptions in Japanese (S 13)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from pathlib import Path

import pytest

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.remind import SERVICE, TIMER, unit_files
from tests.support.clihelp import fake_tool, joined, lang_run, word_cut
from tests.support.remind_env import (
    THIS_LINE,
    THIS_PROGRAM,
    crontab_printing,
    remind_env,
    systemd_machine,
)

TODAY = {"PRIMEHELP_TODAY": "2026-12-08"}


def _cancel(*args: str, lang: Lang = "ja", columns: int = 1000) -> list[str]:
    done = lang_run("cancel", "--no-interactive", *args, lang=lang, columns=columns, env=TODAY)
    assert done.exit_code == 0, done.stderr
    return done.stdout.splitlines()


# ------------------------------------------------ R-minor 5: a button's label starts its line


def test_5_the_trial_label_in_step_3_s_note_starts_its_own_line_at_40() -> None:
    """「・無料体験中は、このボタンの表示が」／「変わります：「プライム無料体験と」: the label cut
    after its first half. With the 5 columns of the note's indent, its 38 columns do not fit in
    40 (the review counted 34, without the brackets), so it still breaks as step 3's does, but
    after starting a line of its own."""
    lines = _cancel(columns=40)
    at = lines.index("     変わります：")
    assert lines[at - 1] == "   ・無料体験中は、このボタンの表示が"
    assert lines[at + 1].startswith("     「プライム無料体験と")
    assert not any(line.endswith("：「プライム無料体験と") for line in lines), lines


def test_5_step_2_s_long_label_starts_its_own_line_at_40() -> None:
    """「2. 次を選びます：「会員情報を更新し、」: now as step 3, 「次を選びます：」 then the label."""
    lines = _cancel(columns=40)
    for n, label in ((2, "「会員情報を更新し、"), (3, "「プライム会員資格を終了し、")):
        at = lines.index(f"{n}. 次を選びます：")
        assert lines[at + 1] == f"   {label}", lines[at : at + 3]


@pytest.mark.parametrize("args", [(), ("--via", "app")])
def test_5_where_the_label_fits_its_line_it_is_whole(args: tuple[str, ...]) -> None:
    """At 60 columns each label is on a line of its own, whole; at 100 the sentence is one line."""
    lines = _cancel(*args, columns=60)
    assert "     「プライム無料体験と特典利用を止める」" in lines
    assert "   ・無料体験中は、このボタンの表示が変わります：" in lines
    assert "   「プライム会員資格を終了し、特典の利用を止める」" in lines
    wide = _cancel(*args, columns=100)
    assert (
        "   ・無料体験中は、このボタンの表示が変わります：「プライム無料体験と特典利用を止める」"
        in wide
    )
    assert any(
        line.endswith("次を選びます：「プライム会員資格を終了し、特典の利用を止める」")
        for line in wide
    )


def test_5_the_trial_step_and_the_renewal_day_step_start_their_label_on_its_line() -> None:
    trial = _cancel("--trial", columns=40)
    at = trial.index("3. 無料体験中は、次を選びます：")
    assert trial[at + 1].startswith("   「プライム無料体験と")
    # the renewal day: both labels; the first starts its line where it does not fit after the
    # colon (60), and stays after it where it does (100)
    day = ("--trial", "--renewal", "2026-12-08")
    at60 = _cancel(*day, columns=60)
    step = at60.index("3. 次を選びます：")
    assert at60[step + 1].startswith("   「プライム会員資格を終了し、特典の利用を止める」（まだ")
    assert any(
        line.startswith("3. 次を選びます：「プライム会員資格を終了し、特典の利用を止める」")
        for line in _cancel(*day, columns=100)
    )


def test_5_the_english_steps_and_the_json_are_unchanged() -> None:
    """The text is the same (JSON, English); only where a Japanese line starts changes."""
    english = _cancel(lang="en", columns=40)
    assert "2. Choose 「会員情報を更新し、" in english
    done = lang_run("cancel", "--no-interactive", "--json", columns=40, env=TODAY)
    steps = [step["text"] for step in done.json()["data"]["steps"]]
    assert "次を選びます：「会員情報を更新し、プライムをキャンセルする」" in steps


def test_5_the_walkthrough_s_step_starts_the_label_on_its_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The interactive step screen (one step a screen, at the terminal's whole width)."""
    from primehelp import walkthrough
    from primehelp.cancellation import Via, answers_from_flags
    from primehelp.content.cancel import bundled_plan
    from primehelp.output.walkthrough import cancel_screen

    monkeypatch.setenv("COLUMNS", "40")
    today = dt.date(2026, 12, 8)
    script = iter([""] * 20)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        walkthrough.run(
            answers_from_flags(Via.WEB, False, False, False),
            lambda branch: bundled_plan(branch, today=today, renewal=None, walkthrough=True),
            lambda _prompt: next(script),
            lambda screen: cancel_screen(screen, "ja"),
        )
    lines = out.getvalue().splitlines()
    at = lines.index("次を選びます：")
    assert lines[at + 1] == "「会員情報を更新し、", lines[at - 2 : at + 4]


# ------------------------------------------- R-minor 6: the cancel-by date named, then what it is


SAID = {
    (
        "ja",
        False,
    ): "次の会費がかからないようにするには、解約の目安日（更新日の前日）までに解約してください",
    ("ja", True): "費用をかけずに無料体験を終えるには、"
    "解約の目安日（自動更新日の前日）までに解約してください",
    ("en", False): "To avoid the next fee, cancel by the cancel-by date (the day before your "
    "renewal date): the steps follow. Amazon only says the deadline is before the renewal date, "
    "so primehelp takes the day before, to leave a margin.",
    ("en", True): "To end the free trial free of charge, cancel by the cancel-by date (the day "
    "before the automatic renewal date): the steps follow.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("trial", [False, True])
def test_6_the_first_sentence_names_the_cancel_by_date_first(lang: Lang, trial: bool) -> None:
    """「…更新日の前日（解約の目安日）までに…」 broke inside 「自動更新日の」／「前日」 (80, trial)."""
    args = ("--trial",) if trial else ()
    first = _cancel(*args, lang=lang)[0]
    assert first.startswith(SAID[lang, trial]), first
    assert "前日（解約の目安日）" not in first
    done = lang_run("cancel", "--no-interactive", *args, "--json", lang=lang, env=TODAY)
    assert done.json()["data"]["action"]["text"].startswith(SAID[lang, trial])


def test_6_the_name_is_the_table_s() -> None:
    """Each first sentence says the renewal table's label word for word (the trial's, then what
    自動更新日 is, in the next sentence)."""
    paid = ui("row_cancel_by", "ui_renewal").ja
    assert paid == "解約の目安日（更新日の前日）" and paid in SAID["ja", False]
    trial = ui("row_trial_cancel_by", "ui_renewal").ja
    assert trial == "解約の目安日（自動更新日の前日）" and trial in SAID["ja", True]
    lead = joined("\n".join(_cancel("--trial")[:1]))
    assert lead.index(trial) < lead.index(
        "自動更新日（無料体験が終わり、最初の会費が請求される日）は"
    )


@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize("trial", [False, True])
def test_6_no_width_splits_the_day_before_from_its_day(columns: int, trial: bool) -> None:
    lines = _cancel(*(("--trial",) if trial else ()), columns=columns)
    top = lines[: lines.index("") if "" in lines else 8]
    assert "更新日の前日" in joined("\n".join(top))
    if columns > 40 or not trial:  # at 40 the trial's 50-column phrase must break somewhere
        assert not any(line.endswith("更新日の") for line in top), top
    assert not word_cut(top, "解約の目安日"), top


# ------------------------------------------------------------ S 10: when the crontab line runs


def _status(here: Path, lang: Lang, *lines: str) -> list[str]:
    env = remind_env(here)
    fake_tool(here / "bin", "crontab", crontab_printing(*lines))
    done = lang_run("remind", "status", "--scheduler", "cron", lang=lang, env=env)
    assert done.exit_code == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "`crontab` には、`primehelp due` を実行する行があります（このコンピューターの時計で毎日9:00）。",
        ),
        (
            "en",
            "Your crontab has a line running `primehelp due` (every day at 09:00, this machine's clock).",
        ),
    ],
)
def test_s10_status_says_when_the_line_runs(tmp_path: Path, lang: Lang, said: str) -> None:
    assert _status(tmp_path, lang, THIS_LINE)[1] == said


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "（CRON_TZ=Asia/Tokyoのタイムゾーンで毎日21:30）。"),
        ("en", " (every day at 21:30, in the CRON_TZ=Asia/Tokyo zone)."),
    ],
)
def test_s10_in_the_crontab_s_zone_where_it_sets_one(tmp_path: Path, lang: Lang, said: str) -> None:
    line = THIS_LINE.replace("0 9 * * *", "30 21 * * *")
    assert _status(tmp_path, lang, "CRON_TZ=Asia/Tokyo", line)[1].endswith(said)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s10_a_line_not_daily_is_not_given_a_time(tmp_path: Path, lang: Lang) -> None:
    weekly = THIS_LINE.replace("0 9 * * *", "0 9 * * 1")
    assert _status(tmp_path, lang, weekly)[1] == ui("in_crontab", "ui_remind")(lang)


# ---------------------------------------------------------- S 11: a calendar file not .ics


NOTE = {
    "ja": "ファイル名が .ics で終わっていないため、カレンダーアプリによっては読み込めないことがあります。",
    "en": "the file name does not end in .ics, so some calendar apps may not import it",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "args", [("renewal", "2027-03-01", "--plan", "annual"), ("trial", "2026-11-20")]
)
def test_s11_a_name_not_ending_in_ics_gets_one_note(
    tmp_path: Path, lang: Lang, args: tuple[str, ...]
) -> None:
    target = tmp_path / "prime.txt"
    done = lang_run(*args, "--ics", str(target), lang=lang, env=TODAY)
    assert done.exit_code == 0, done.stderr
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")  # written all the same
    assert done.stderr.count(NOTE[lang]) == 1, done.stderr
    assert done.stderr.splitlines()[1] == f"primehelp: {NOTE[lang]}"  # after 「…に書き出しました」


@pytest.mark.parametrize("name", ["prime.ics", "PRIME.ICS", "-"])
def test_s11_an_ics_name_or_stdout_gets_no_note(tmp_path: Path, name: str) -> None:
    target = name if name == "-" else str(tmp_path / name)
    done = lang_run("renewal", "2027-03-01", "--plan", "annual", "--ics", target, env=TODAY)
    assert done.exit_code == 0, done.stderr
    assert ".ics で終わって" not in done.stderr


# ---------------------------------------------------------------- S 13: the units' descriptions


@pytest.mark.parametrize(
    ("lang", "service", "timer"),
    [
        (
            "ja",
            "primehelp：Amazonプライムの更新日を確認し、必要なときに通知",
            "primehelp：Amazonプライムの更新日を毎日9:00に確認",
        ),
        (
            "en",
            "primehelp: say when the Amazon Prime renewal needs a decision",
            "primehelp: check the Amazon Prime renewal every day at 09:00",
        ),
    ],
)
def test_s13_the_units_are_described_in_the_check_s_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, service: str, timer: str
) -> None:
    """``systemctl --user status`` shows the Description= line."""
    units = unit_files([*THIS_PROGRAM, "due", "--notify", "--lang", lang], {})
    assert f"\nDescription={service}\n" in units[SERVICE].decode()
    assert f"\nDescription={timer}\n" in units[TIMER].decode()
    here = systemd_machine(tmp_path, monkeypatch)
    env = remind_env(here)
    done = lang_run("remind", "install", "--scheduler", "systemd", lang=lang, env=env)
    assert done.exit_code == 0, done.stderr
    written = (here / "xdg" / "systemd" / "user" / TIMER).read_text(encoding="utf-8")
    assert f"\nDescription={timer}\n" in written
