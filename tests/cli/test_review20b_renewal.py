"""Review 20b: remind status with systemd, trial --events student-end, renewal --explain for
Prime Student, the ※ Student note, and due's pointer to cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run
from tests.support.remind_env import usable_profile


def _status(tmp_path: Path, lang: str, *, systemctl: bool) -> list[str]:
    """`remind status --scheduler systemd`, PATH and XDG at tmp_path: nothing real is touched."""
    if systemctl:
        fake = tmp_path / "systemctl"
        fake.write_text("#!/bin/sh\nexit 1\n")
        fake.chmod(0o755)
    # a notifier on PATH: without one, status ends with the note that no notification can show
    # (review 41b item 3, round 47), after the command this file checks
    notifier = tmp_path / "notify-send"
    notifier.write_text("#!/bin/sh\nexit 0\n")
    notifier.chmod(0o755)
    env = {
        "COLUMNS": "1000",
        "PATH": str(tmp_path),  # no crontab command; systemctl only when faked
        "HOME": str(tmp_path),
        # a usable saved date: without one, status ends with what to save (review 37b item 2)
        "PRIMEHELP_CONFIG_DIR": usable_profile(tmp_path / "config"),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    done = run("remind", "status", "--scheduler", "systemd", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_systemd_status_without_systemctl_says_systemd_cannot_be_used(
    lang: str, tmp_path: Path
) -> None:
    lines = _status(tmp_path, lang, systemctl=False)
    assert not any("primehelp remind install" in line for line in lines)  # it would pick cron
    said = {
        "ja": "`systemctl` コマンドが見つからないため、このコンピューターではsystemdで毎日の確認を設定できません。",
        "en": "No systemctl command was found, so the daily check cannot be set up with systemd on this computer.",
    }
    assert lines[-1] == said[lang]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_systemd_status_keeps_the_scheduler_in_the_command(
    lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import primehelp.cli.remind as command

    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path)  # offered where it runs (23b, 4)
    lines = _status(tmp_path, lang, systemctl=True)
    assert lines[-1] == "primehelp remind install --scheduler systemd"  # whole, its own line
    assert "primehelp remind install" not in "\n".join(lines[:-1])


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_student_end_without_student_names_the_missing_option(lang: str) -> None:
    done = run("trial", "2026-11-25", "--ics", "-", "--events", "student-end", "--lang", lang)
    assert done.exit_code == 2 and "VCALENDAR" not in done.stdout
    line = done.stderr.strip()
    assert len(line.splitlines()) == 1 and "Traceback" not in line
    assert "この日付" not in line and "this date" not in line  # the date is not the cause
    said = {
        # 「Prime Studentの」: one spelling (review 37b item 11)
        # 51b item 4: several values, カンマ区切り as the help says (not 「いずれか」)
        # 52b item 13: 「…のときだけ」, the option first (as the help says it)
        "ja": "student-end は、`--student`（Prime Studentの無料体験）のときだけ使えます。`--student` を付けるか、renewal、cancel-by、notice から選んでカンマ区切りで指定してください（例：renewal,cancel-by）。",
        "en": "student-end is only for a Prime Student free trial (`--student`): add `--student`, or choose from renewal, cancel-by and notice, separated by commas (e.g. renewal,cancel-by)",
    }
    assert line.endswith(said[lang])


def _bullets(*args: str, lang: str) -> list[str]:
    done = run("renewal", *args, "--explain", "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    # English lists use "- " (review 37b S 3): read as 「・」 here
    bullet = "・" if lang == "ja" else "- "
    return [
        "・" + line[len(bullet) :] for line in done.stdout.splitlines() if line.startswith(bullet)
    ]


@pytest.mark.parametrize("plan", ["student-annual", "student-monthly"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_every_row_regular_one_bullet_says_so(plan: str, lang: str) -> None:
    bullets = _bullets("2018-03-01", "--plan", plan, lang=lang)
    regular = "通常のプライム" if lang == "ja" else "regular"
    fee = [b for b in bullets if "表の会費" in b or "The fees shown" in b]
    assert len(fee) == 1 and regular in fee[0]
    assert "2022-03-01" not in fee[0]  # the note under the table says from when (review 26b 6)
    assert not any("Prime Student 年間" in b or "Prime Student annual" in b for b in bullets)
    assert not any(b.startswith(("・ただし", "・Paid Prime Student")) for b in bullets)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_mixed_rows_the_bullet_names_the_student_rows(lang: str) -> None:
    bullets = _bullets("2024-03-01", "--plan", "student-annual", "--count", "5", lang=lang)
    rows = "・Prime Studentの行の会費は" if lang == "ja" else "・The fees in the Prime Student rows"
    assert any(b.startswith(rows) for b in bullets)
    # The regular rows: the ※ note under the table, once (review 26b item 6: no second bullet).
    assert not any("2028-03-01" in b for b in bullets)


@pytest.mark.parametrize("count", ["7", "50"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s10_the_marked_student_note_says_graduation_switches_too(count: str, lang: str) -> None:
    args = ("renewal", "2026-12-31", "--plan", "student-annual", "--count", count)
    done = run(*args, "--lang", lang, env={"COLUMNS": "1000"})
    mark = "※" if lang == "ja" else "*"
    note = next(line for line in done.stdout.splitlines() if line.startswith(mark))
    said = {
        "ja": "卒業した場合は次の更新日に",  # review 22b item 10: the ※ note shortened
        "en": "After graduation it becomes regular Prime at the next renewal.",  # 26b S 18
    }
    assert said[lang] in note


@pytest.mark.parametrize("today", ["2026-12-31", "2027-01-01"])  # renewal day, just charged
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s14_due_points_to_cancel_for_the_steps_and_the_refund_rules(today: str, lang: str) -> None:
    saved = run("renewal", "2026-12-31", "--plan", "annual", "--save", "--today", "2026-11-25")
    assert saved.exit_code == 0, saved.stderr
    line = run("due", "--today", today, "--lang", lang).stdout.strip()
    assert "primehelp renewal" not in line  # one place for both
    pointer = "手順と返金の条件：" if lang == "ja" else "Steps and refund rules: "
    # in backticks (review 52b item 7); the day charged (review 60b item 5)
    assert line.endswith(pointer + "`primehelp cancel --renewal 2026-12-31`")
    cancel = run(  # what it points to
        "cancel",
        "--renewal",
        "2026-12-31",
        "--today",
        today,
        "--lang",
        lang,
        env={"COLUMNS": "1000"},
    ).stdout
    assert ("終了のタイミングと返金" if lang == "ja" else "refund") in cancel


def test_s13_due_on_a_terminal_keeps_the_next_renewal_date_whole() -> None:
    """At 40 columns, 「次の│更新日」 was split: the break comes before 「次の更新日」."""
    from primehelp.output.stderr_lines import laid_out

    line = run("due", "--today", "2026-12-27", "--verbose", "--lang", "ja", env=_annual()).stdout
    assert "次の更新日" in line
    lines = laid_out(line.strip(), 40).split("\n")
    assert not any(each.endswith("次の") for each in lines), lines
    # Review 53b (commit 9172ebe8): the date now comes first (「…日が次の更新日で、」), so
    # 「次の更新日」 is no longer at a line start; it must still be whole on one line.
    assert any("次の更新日" in each for each in lines), lines


def _annual() -> dict[str, str]:
    from tests.support.profiles import ANNUAL

    return dict(ANNUAL)
