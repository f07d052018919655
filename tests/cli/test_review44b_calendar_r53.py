"""Review 44b R-minor 7 (round 53): `renewal DATE --count N --ics FILE`: the note on alarms left
out as past named the days as of every renewal, while only the first (or first few) lost them;
now it names the renewals it is true of, by date, and JSON lists each
(`alarms_left_out_past_by_renewal`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from primehelp.cli import app


def _run(tmp_path: Path, lang: str, *extra: str) -> tuple[str, dict[str, object]]:
    target = tmp_path / "prime.ics"
    args = ["renewal", "2026-12-10", "--today", "2026-12-06", "--ics", str(target), "--force"]
    shown = CliRunner().invoke(app, [*args, *extra, "--lang", lang])
    assert shown.exit_code == 0, shown.stderr
    data = CliRunner().invoke(app, [*args, *extra, "--json"])
    return shown.stderr, json.loads(data.stdout)["data"]["calendar"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_only_the_first_renewal_is_named(tmp_path: Path, lang: str) -> None:
    err, calendar = _run(tmp_path, lang, "--plan", "monthly", "--count", "3")
    first = (
        "更新日（2026年12月10日）の7日前"  # review 56b item 6
        if lang == "ja"
        else "7 days before the renewal on 2026-12-10"
    )
    assert first in err, err
    alarms = [
        line for line in err.splitlines() if "回分です" not in line and "renewals, up" not in line
    ]
    # the later renewals keep their alarms: not named (the count of renewals, review 59b S 5, aside)
    assert ("2027" in "\n".join(alarms)) is False, err
    assert calendar["alarms_left_out_past_by_renewal"] == [  # type: ignore[index]
        {"renewal_date": "2026-12-10", "days": [7]}
    ]
    assert calendar["alarms_left_out_past"] == [7]  # type: ignore[index]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_two_renewals_each_with_their_own_days(tmp_path: Path, lang: str) -> None:
    err, calendar = _run(tmp_path, lang, "--plan", "monthly", "--count", "3", "--alarms", "40,7")
    if lang == "ja":
        said = "更新日（2026年12月10日）の40日前・7日前と、更新日（2027年1月10日）の40日前の通知は"
    else:
        said = "40,7 days before the renewal on 2026-12-10 and 40 days before the renewal on 2027-01-10"
    assert said in err, err
    alarms = "\n".join(
        line for line in err.splitlines() if "回分です" not in line and "renewals, up" not in line
    )  # the count of renewals (review 59b S 5) aside
    assert "2027年2月10日" not in alarms and "2027-02-10" not in alarms
    assert calendar["alarms_left_out_past_by_renewal"] == [  # type: ignore[index]
        {"renewal_date": "2026-12-10", "days": [40, 7]},
        {"renewal_date": "2027-01-10", "days": [40]},
    ]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_none_past_no_note(tmp_path: Path, lang: str) -> None:
    target = tmp_path / "prime.ics"
    args = ["renewal", "2026-12-20", "--today", "2026-12-06", "--ics", str(target)]
    done = CliRunner().invoke(app, [*args, "--plan", "monthly", "--count", "3", "--lang", lang])
    assert done.exit_code == 0
    assert "日前の通知" not in done.stderr and "already past" not in done.stderr, done.stderr
