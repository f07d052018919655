"""`--ics`, `--force` and `--save` on `renewal` and `trial`, through the command line."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import icalendar
import ics as ics_package
import pytest
from typer.testing import CliRunner

from primehelp import storage
from primehelp.cli import app
from tests.support.calendar_files import ring_times

MONTHLY = ["renewal", "2026-01-31", "--today", "2026-01-01", "--plan", "monthly", "--count", "4"]
ANCHORED = [dt.date(2026, 1, 31), dt.date(2026, 2, 28), dt.date(2026, 3, 31), dt.date(2026, 4, 30)]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def config_dir() -> Path:
    return Path(os.environ["PRIMEHELP_CONFIG_DIR"])


def events(path: Path) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def renewals(found: list[icalendar.Event]) -> list[icalendar.Event]:
    """The renewal events (the ones with alarms, by default), without the last safe days."""
    return [event for event in found if "cancel-by" not in str(event["SUMMARY"])
            and "解約の目安日" not in str(event["SUMMARY"])]  # fmt: skip


def rings(event: icalendar.Event) -> list[dt.datetime]:
    return sorted(ring_times(event))


def test_renewal_ics_file(tmp_path: Path) -> None:
    target = tmp_path / "prime.ics"
    code, out, err = run(*MONTHLY, "--ics", str(target), "--lang", "en")
    assert code == 0, err
    # and how many renewals a monthly plan's file holds (review 59b S 5)
    assert err == (
        f"primehelp: wrote '{target}'\nprimehelp: the calendar file holds the events of 4 renewals,"
        " up to 2026-04-30; to add later ones, use `--count` (e.g. `--count 12`)\n"
    )
    assert "Upcoming renewals" in out and "BEGIN:VCALENDAR" not in out
    data = target.read_bytes()
    assert b"\n" not in data.replace(b"\r\n", b"")
    found = events(target)
    last_safe_days = [day - dt.timedelta(days=1) for day in ANCHORED]
    assert [e.decoded("DTSTART") for e in found] == sorted(ANCHORED + last_safe_days)
    for event in found:
        assert event.decoded("DTEND") - event.decoded("DTSTART") == dt.timedelta(days=1)
    for event, day in zip(renewals(found), ANCHORED, strict=True):
        assert event.decoded("DTSTART") == day
        nine = dt.time(9, 0)
        assert rings(event) == [dt.datetime.combine(day - dt.timedelta(days=n), nine)
                                for n in (7, 3, 1)]  # fmt: skip
    assert str(renewals(found)[0]["SUMMARY"]) == "Amazon Prime renewal (monthly plan, ¥600)"
    second = ics_package.Calendar(data.decode("utf-8"))
    assert sorted(e.begin.date() for e in second.events if e.alarms) == ANCHORED


def test_single_renewal_without_plan_in_japanese(tmp_path: Path) -> None:
    target = tmp_path / "prime.ics"
    code, _, err = run("renewal", "2026-03-01", "--today", "2026-02-20", "--ics", str(target))
    assert code == 0
    # …and that it holds this renewal only (review 46b S 7)
    assert err.splitlines() == [
        f"primehelp: 「{target}」に書き出しました。",
        "primehelp: カレンダーファイルに入れた予定は、2026年3月1日の更新1回分だけです。次回以降の分も入れるには、"
        "`--plan` を付けてください（例：年間プランなら "
        f"`primehelp renewal 2026-03-01 --plan annual --ics {target} --force`、月間プランなら "
        f"`primehelp renewal 2026-03-01 --plan monthly --count 12 --ics {target} --force`）。",
    ]
    cancel_by, event = events(target)
    assert event.decoded("DTSTART") == dt.date(2026, 3, 1)
    assert str(event["SUMMARY"]) == "Amazonプライムの更新日（会費の請求日）"
    # A Japanese sentence writes its dates 「2026年2月28日」 (review 5, #19), and the renewal
    # day's text is conditional, not an order to cancel (#20).
    description = str(event["DESCRIPTION"])
    assert "解約する場合は、余裕をみて2026年2月28日までに済ませてください" in description
    assert "2026-02" not in description
    assert cancel_by.decoded("DTSTART") == dt.date(2026, 2, 28)
    assert str(cancel_by["SUMMARY"]) == "Amazonプライムの解約の目安日（更新日の前日）"
    assert "2026年3月1日に自動で更新され" in str(cancel_by["DESCRIPTION"])


def test_reexport_keeps_uids_and_needs_force(tmp_path: Path) -> None:
    target = tmp_path / "prime.ics"
    assert run(*MONTHLY, "--ics", str(target))[0] == 0
    first = target.read_bytes()
    uids = [str(e["UID"]) for e in events(target)]

    code, out, err = run(*MONTHLY, "--ics", str(target), "--lang", "en")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and "use `--force`" in err and str(target) in err
    assert target.read_bytes() == first

    code, out, _ = run(*MONTHLY, "--ics", str(target), "--json")
    assert code == 2
    assert json.loads(out)["error"]["code"] == "file_error"
    assert target.read_bytes() == first

    assert run(*MONTHLY, "--ics", str(target), "--force")[0] == 0
    assert [str(e["UID"]) for e in events(target)] == uids
    assert sorted(p.name for p in tmp_path.iterdir()) == ["prime.ics"]


def test_ics_to_stdout_is_the_only_output() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "primehelp", *MONTHLY, "--ics", "-"],
        capture_output=True,
        check=False,
    )
    assert completed.returncode == 0
    # stderr: only the monthly plan's count of renewals (review 59b S 5), never the calendar
    assert completed.stderr.decode().startswith("primehelp: ") and b"BEGIN" not in completed.stderr
    assert completed.stderr.count(b"\n") == 1
    out = completed.stdout
    assert out.startswith(b"BEGIN:VCALENDAR\r\n") and out.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in out.replace(b"\r\n", b"")
    found = renewals(icalendar.Calendar.from_ical(out).walk("VEVENT"))
    assert [e.decoded("DTSTART") for e in found] == ANCHORED


def test_ics_to_stdout_with_json_is_refused() -> None:
    code, out, err = run(*MONTHLY, "--ics", "-", "--json", "--lang", "en")
    assert code == 2
    assert json.loads(out)["error"]["code"] == "bad_input"
    assert "--json" in err


def test_ics_with_json_writes_file_and_json(tmp_path: Path) -> None:
    target = tmp_path / "prime.ics"
    code, out, err = run(*MONTHLY, "--ics", str(target), "--json")
    assert code == 0
    assert json.loads(out)["data"]["upcoming"][0]["renewal_date"] == "2026-01-31"
    assert str(target) in err
    assert target.exists()


@pytest.mark.parametrize(
    ("where", "needle"),
    [
        ("dir", "is a directory"),
        ("missing/prime.ics", "directory does not exist"),
        ("blocker/prime.ics", "not a directory"),
        ("", "needs a file name"),
    ],
)
def test_unwritable_paths_are_one_line_exit_2(tmp_path: Path, where: str, needle: str) -> None:
    (tmp_path / "dir").mkdir()
    (tmp_path / "blocker").write_bytes(b"keep")
    target = str(tmp_path / where) if where else " "
    code, out, err = run(*MONTHLY, "--ics", target, "--lang", "en")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and needle in err
    assert "Traceback" not in err
    assert (tmp_path / "blocker").read_bytes() == b"keep"


def test_permission_denied_is_one_line_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(storage.tempfile, "mkstemp", denied)
    target = tmp_path / "prime.ics"
    code, out, err = run(*MONTHLY, "--ics", str(target), "--lang", "ja")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and "書き込み権限がありません" in err
    assert not target.exists()


def test_save_then_renewal_without_date() -> None:
    code, _, err = run(*MONTHLY, "--save", "--lang", "en")
    assert code == 0
    saved = config_dir() / "profile.json"
    assert f"saved the renewal date 2026-01-31 (monthly plan) to '{saved}'" in err
    assert json.loads(saved.read_text("utf-8"))["plan"] == "monthly"

    code, out, _ = run("renewal", "--today", "2026-01-01", "--json")
    assert code == 0
    data = json.loads(out)["data"]
    assert data["renewal_date"] == "2026-01-31"
    assert data["plan"] == "monthly"
    assert [u["renewal_date"] for u in data["upcoming"]] == [d.isoformat() for d in ANCHORED[:3]]

    code, out, _ = run("renewal", "--today", "2026-01-01", "--plan", "annual", "--json")
    assert json.loads(out)["data"]["plan"] == "annual"  # --plan wins over the saved plan

    code, out, _ = run("profile", "--json")
    assert json.loads(out)["data"]["profile"]["renewal_date"] == "2026-01-31"


def test_renewal_without_date_and_nothing_saved() -> None:
    code, out, err = run("renewal", "--lang", "en")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "nothing saved" in err and "--save" in err
    code, _, err = run("renewal", "--lang", "ja")
    assert code == 2 and "保存した更新日もありません" in err


def test_corrupt_profile_is_never_overwritten(tmp_path: Path) -> None:
    saved = config_dir() / "profile.json"
    saved.parent.mkdir(parents=True)
    saved.write_bytes(b'{"schema_version": 1, "renewal_date": "soon"}')
    target = tmp_path / "prime.ics"
    code, out, err = run(*MONTHLY, "--save", "--ics", str(target), "--lang", "en")
    assert code == 2
    assert out == ""
    assert str(saved) in err and "profile --clear" in err
    assert saved.read_bytes() == b'{"schema_version": 1, "renewal_date": "soon"}'
    assert not target.exists()  # nothing is written when one of the outputs cannot be
    code, _, _ = run("renewal", "--today", "2026-01-01")
    assert code == 2
    assert saved.read_bytes() == b'{"schema_version": 1, "renewal_date": "soon"}'


def test_config_dir_from_environment(tmp_path: Path) -> None:
    other = tmp_path / "elsewhere"
    result = CliRunner().invoke(
        app, ["renewal", "2026-12-31", "--save"], env={"PRIMEHELP_CONFIG_DIR": str(other)}
    )
    assert result.exit_code == 0
    assert json.loads((other / "profile.json").read_text("utf-8"))["renewal_date"] == "2026-12-31"
    assert not (config_dir() / "profile.json").exists()


def test_trial_ics_and_save(tmp_path: Path) -> None:
    target = tmp_path / "trial.ics"
    code, _, err = run(
        "trial", "2026-11-25", "--today", "2026-11-25", "--ics", str(target), "--save"
    )
    assert code == 0, err
    cancel_by, event = events(target)
    assert event.decoded("DTSTART") == dt.date(2026, 12, 25)
    assert str(event["SUMMARY"]) == "Amazonプライムの無料体験から有料会員への自動更新日（目安）"
    assert cancel_by.decoded("DTSTART") == dt.date(2026, 12, 24)
    document = json.loads((config_dir() / "profile.json").read_text("utf-8"))
    assert document == {
        "schema_version": 1,
        "renewal_date": "2026-12-25",
        "plan": None,
        "trial": True,
    }
    code, out, _ = run("trial", "2026-11-25", "--student", "--ics", "-")
    assert code == 0
    _, end, switch = icalendar.Calendar.from_ical(out).walk("VEVENT")
    assert end.decoded("DTSTART") == dt.date(2027, 5, 25)
    assert switch.decoded("DTSTART") == dt.date(2031, 5, 25)  # at most 4 paid years
    assert str(switch["SUMMARY"]) == "Prime Studentから通常のプライムに切り替わる更新日の目安"
    assert switch.walk("VALARM") == []


def test_a_saved_student_trial_puts_the_switch_to_regular_prime_in_the_calendar() -> None:
    """A profile saved by `trial --student --save` with a Student plan: the switch is an event."""
    assert run("renewal", "2027-05-25", "--plan", "student-annual", "--save")[0] == 0
    # review 36b item 8: the same date as another kind (a trial's end over a paid renewal) is
    # another profile: --force, and the plan saved for the date is kept
    assert run("trial", "2026-11-25", "--student", "--save")[0] == 2
    assert run("trial", "2026-11-25", "--student", "--save", "--force")[0] == 0
    saved = json.loads((config_dir() / "profile.json").read_text("utf-8"))
    assert saved == {
        "schema_version": 1,
        "renewal_date": "2027-05-25",
        "plan": "student-annual",
        "trial": True,
        "student": True,  # review 28b item 4
    }
    code, out, err = run("renewal", "--today", "2026-11-25", "--ics", "-", "--lang", "en")
    assert code == 0, err
    found = icalendar.Calendar.from_ical(out).walk("VEVENT")
    switches = [e for e in found if "Prime Student becomes regular" in str(e["SUMMARY"])]
    assert [e.decoded("DTSTART") for e in switches] == [dt.date(2031, 5, 25)]
    # Asked to leave it out, or with a date typed in (no trial known): no switch.
    code, out, _ = run("renewal", "--today", "2026-11-25", "--ics", "-", "--events", "renewal")
    # the trial's end keeps the trial's name, as the screen; the paid renewals after it the
    # screen's 「更新日」 (review 18b S 7)
    assert [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(out).walk("VEVENT")] == [
        "Prime Studentの無料体験から有料会員への自動更新日（目安）",  # computed: 目安 (61b 3)
        *["Amazonプライムの更新日（目安・Prime Student 年間プラン・2,950円）"] * 2,
    ]
    code, out, _ = run("renewal", "2027-05-25", "--plan", "student-annual", "--ics", "-")
    assert code == 0 and "BEGIN:VEVENT" in out
    assert "通常のAmazonプライムへ" not in out


def test_calendar_options_on_the_command_line(tmp_path: Path) -> None:
    code, out, err = run(*MONTHLY, "--ics", "-", "--alarms", "none", "--events", "cancel-by")
    assert code == 0, err
    found = icalendar.Calendar.from_ical(out).walk("VEVENT")
    assert [e.decoded("DTSTART") for e in found] == [d - dt.timedelta(days=1) for d in ANCHORED]
    assert "VALARM" not in out
    code, out, err = run(*MONTHLY, "--ics", "-", "--alarms", "2", "--alarm-time", "７：３０")
    assert code == 0, err
    (alarm,) = renewals(icalendar.Calendar.from_ical(out).walk("VEVENT"))[0].walk("VALARM")
    assert alarm.decoded("TRIGGER") == -dt.timedelta(days=1, hours=16, minutes=30)


@pytest.mark.parametrize(
    ("option", "value", "needle"),
    [
        ("--alarms", "61", "0 to 60"),
        ("--alarm-time", "25:00", "00:00 to 23:59"),  # no 「HH:MM」 any more (review 50b, S 5)
        ("--events", "charge", "cancel-by"),
    ],
)
def test_a_bad_calendar_option_writes_nothing(
    tmp_path: Path, option: str, value: str, needle: str
) -> None:
    target = tmp_path / "prime.ics"
    code, out, err = run(*MONTHLY, "--ics", str(target), "--save", option, value, "--lang", "en")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and needle in err and option in err
    assert not target.exists()
    assert not (config_dir() / "profile.json").exists()
