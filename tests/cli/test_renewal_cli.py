"""`primehelp renewal`, `trial` and `fees` through the command line: JSON contract, text, errors."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from primehelp.cli import app
from tests.support import json_contract

runner = CliRunner()


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _json(*args: str) -> dict[str, Any]:
    code, out, err = _run(*args, "--json")
    assert code == 0, err
    document: dict[str, Any] = json.loads(out)
    assert document["schema_version"] == 1
    return document


# ---------------------------------------------------------------- renewal JSON


def test_acceptance_renewal_json() -> None:
    document = _json("renewal", "2026-03-01", "--today", "2026-02-20")
    assert document["command"] == "renewal"
    data = document["data"]
    assert data["renewal_date"] == "2026-03-01"
    assert data["notice_date"] == "2026-02-26"
    assert data["cancel_by"] == "2026-02-28"
    assert data["today"] == "2026-02-20"
    assert data["days_until_renewal"] == 9
    assert data["days_until_notice"] == 6
    assert data["status"] == "none_past"
    assert data["plan"] is None and data["upcoming"] is None and data["explanation"] is None
    reminder = data["reminder"]
    assert reminder["opt_in"]["id"] == "reminder.mail"
    assert reminder["opt_in"]["confidence"] == "M-H"
    assert reminder["switch_on_label"] == "更新前にお知らせを受ける"


def test_leap_year_json() -> None:
    data = _json("renewal", "2028-03-01", "--today", "2028-02-01")["data"]
    assert data["notice_date"] == "2028-02-27"
    assert data["cancel_by"] == "2028-02-29"


def test_every_accepted_form_gives_the_same_json() -> None:
    forms = ["2026-12-31", "2026/12/31", "20261231", "２０２６年１２月３１日", "Dec 31, 2026"]
    results = {
        json.dumps(_json("renewal", form, "--today", "2026-12-01")["data"]) for form in forms
    }
    assert len(results) == 1


def test_plan_adds_the_upcoming_renewals_with_fees() -> None:
    data = _json(
        "renewal", "2026-01-31", "--today", "2026-01-01", "--plan", "monthly", "--count", "4"
    )["data"]
    assert data["plan"] == "monthly"
    assert [u["renewal_date"] for u in data["upcoming"]] == [
        "2026-01-31",
        "2026-02-28",
        "2026-03-31",
        "2026-04-30",
    ]
    assert data["upcoming"][1] == {
        "renewal_date": "2026-02-28",
        "notice_date": "2026-02-25",
        "cancel_by": "2026-02-27",
        "fee_yen": 600,
        "regular_prime": False,  # true only for Prime Student rows past 4 years (review 15b)
    }


def test_default_count_is_three_and_annual_leap_day() -> None:
    data = _json("renewal", "2028-02-29", "--today", "2028-01-01", "--plan", "annual")["data"]
    assert [u["renewal_date"] for u in data["upcoming"]] == [
        "2028-02-29",
        "2029-02-28",
        "2030-02-28",
    ]
    assert {u["fee_yen"] for u in data["upcoming"]} == {5900}


def test_past_date_schedule_starts_from_today() -> None:
    data = _json("renewal", "2024-01-31", "--today", "2026-11-25", "--plan", "student-monthly")[
        "data"
    ]
    assert data["renewal_date"] == "2024-01-31"
    assert data["status"] == "renewal_past"
    assert data["days_until_renewal"] < 0
    assert data["upcoming"][0]["renewal_date"] == "2026-11-30"
    assert data["upcoming"][0]["fee_yen"] == 300


@pytest.mark.parametrize(("lang", "needle"), [("ja", "−3日＝"), ("en", " − 3 days = ")])
def test_explain_in_json_in_both_languages(lang: str, needle: str) -> None:
    document = _json("renewal", "2026-03-01", "--today", "2026-02-20", "--explain", "--lang", lang)
    assert document["lang"] == lang
    explanation = document["data"]["explanation"]
    assert isinstance(explanation, list) and len(explanation) >= 4
    assert any(needle in line for line in explanation)


def test_today_defaults_to_the_date_in_tokyo_whatever_the_machine_zone() -> None:
    env = {**os.environ, "TZ": "Pacific/Pago_Pago"}  # UTC-11: a different date for 20 h a day
    before = dt.datetime.now(ZoneInfo("Asia/Tokyo")).date()
    completed = subprocess.run(
        [sys.executable, "-m", "primehelp", "renewal", "2030-01-01", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )
    after = dt.datetime.now(ZoneInfo("Asia/Tokyo")).date()
    assert completed.returncode == 0, completed.stderr
    today = json_contract.loads(completed.stdout)["data"]["today"]
    assert today in {before.isoformat(), after.isoformat()}


def test_fixed_japan_offset_gives_the_same_date_as_zoneinfo_since_1952() -> None:
    """The CLI uses UTC+9 instead of zoneinfo (start-up speed); the two must agree on the date."""
    from primehelp.cli.schedule import JAPAN

    tokyo = ZoneInfo("Asia/Tokyo")
    # The comparison can fail: Japan had daylight saving until 1951 (UTC+10 in summer).
    summer_1950 = dt.datetime(1950, 7, 1, 14, 30, tzinfo=dt.UTC)  # 23:30 JST, 00:30 JDT
    assert summer_1950.astimezone(tokyo).date() != summer_1950.astimezone(JAPAN).date()
    start = int(dt.datetime(1952, 1, 1, tzinfo=dt.UTC).timestamp())
    end = int(dt.datetime(2100, 1, 1, tzinfo=dt.UTC).timestamp())
    step = 3600 * 5 + 1799  # 5.5 h: every hour of the day comes round, at :00 and :30
    for second in range(start, end, step):
        instant = dt.datetime.fromtimestamp(second, dt.UTC)
        assert instant.astimezone(JAPAN).date() == instant.astimezone(tokyo).date(), instant


# ---------------------------------------------------------------- renewal text


def test_renewal_text_in_japanese() -> None:
    code, out, err = _run("renewal", "2026-03-01", "--today", "2026-02-20", "--plan", "annual")
    assert code == 0, err
    for needle in (
        "2026-02-26",
        "2026-02-28",
        "あと9日",
        "5,900円",
        "初期設定はオフ",
        "「更新前にお知らせを受ける」",
        "https://www.amazon.co.jp/gp/primecentral",
        "実際のページの表示を優先してください",
    ):
        assert needle in out
    assert err == ""


def test_renewal_text_in_english_with_explanation() -> None:
    code, out, _ = _run(
        "renewal", "2026-03-01", "--today", "2026-02-28", "--explain", "--lang", "en"
    )
    assert code == 0
    for needle in (
        "Cancel by (the day before)",
        "today",
        "tomorrow",
        "switched it on",
        "「更新前にお知らせを受ける」",
        "How these dates are computed",
        "The labels may have changed",
    ):
        assert needle in out


def test_past_date_without_plan_suggests_plan() -> None:
    code, out, _ = _run("renewal", "2025-03-01", "--today", "2026-02-20", "--lang", "en")
    assert code == 0
    assert "The renewal date, 2025-03-01 (356 days ago), has passed." in out and "--plan" in out


# ---------------------------------------------------------------- trial and fees


def test_trial_json_regular_and_student() -> None:
    data = _json("trial", "2026-11-25", "--today", "2026-11-25")["data"]
    assert (data["renewal_date"], data["notice_date"], data["cancel_by"]) == (
        "2026-12-25",
        "2026-12-22",
        "2026-12-24",
    )
    assert data["student"] is False and data["student_limit"] is None
    assert data["estimate"]["id"] == "trial.exact_date"
    student = _json("trial", "2026-08-31", "--student", "--today", "2026-09-01")["data"]
    assert student["renewal_date"] == "2027-02-28"
    assert student["student"] is True


@pytest.mark.parametrize(
    ("lang", "needles"),
    [
        ("ja", ("目安", "費用はかかりません", "2026-12-25", "「更新前にお知らせを受ける」")),
        ("en", ("estimate", "costs nothing", "2026-12-25", "Prime membership page")),
    ],
)
def test_trial_text(lang: str, needles: tuple[str, ...]) -> None:
    code, out, _ = _run("trial", "2026-11-25", "--today", "2026-11-30", "--lang", lang)
    assert code == 0
    for needle in needles:
        assert needle in out


def test_fees_json() -> None:
    data = _json("fees")["data"]
    assert [(c["plan"], c["fee_yen"]) for c in data["current"]] == [
        ("annual", 5900),
        ("monthly", 600),
        ("student-annual", 2950),
        ("student-monthly", 300),
    ]
    regular = data["comparisons"][0]
    assert regular["saving_yen"] == 1300
    assert regular["saving_percent"] == 18.1
    assert regular["months_until_annual_cheaper"] == 10
    assert len(data["history"]) == 10
    assert all(h["fact"]["sources"] for h in data["history"])


@pytest.mark.parametrize(
    ("lang", "needles"),
    [
        ("ja", ("5,900円", "7,200円", "1,300円", "18.1%", "10か月", "2023年9月24日")),
        ("en", ("5,900 yen", "7,200 yen", "1,300 yen", "18.1%", "10 months", "2023-09-24")),
    ],
)
def test_fees_text(lang: str, needles: tuple[str, ...]) -> None:
    code, out, _ = _run("fees", "--lang", lang)
    assert code == 0
    flat = out.replace("\n", "")
    for needle in needles:
        assert needle in flat


# ---------------------------------------------------------------- bad input


BAD = [
    ("renewal", "12/31/2026"),
    ("renewal", "31/12/2026"),
    ("renewal", "2026-02-30"),
    ("renewal", "1899-12-31"),
    ("renewal", ""),
    ("renewal", "soon"),
    ("renewal",),
    ("renewal", "2026-03-01", "--today", "yesterday"),
    ("renewal", "2026-03-01", "--plan", "yearly"),
    ("renewal", "2026-03-01", "--plan", "annual", "--count", "0"),
    ("renewal", "2026-03-01", "--plan", "annual", "--count", "121"),
    ("renewal", "2026-03-01", "--plan", "annual", "--count", "many"),
    ("renewal", "2026-03-01", "--count", "5"),
    ("trial", "2026-13-01"),
    ("trial", "11/25/2026", "--student"),
    ("trial",),
    ("trial", "2026-11-25", "--today", "2026-02-29"),
]


@pytest.mark.parametrize("args", BAD)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_bad_input_is_one_line_exit_2(args: tuple[str, ...], lang: str) -> None:
    code, out, err = _run(*args, "--lang", lang)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("primehelp: ")
    assert "Traceback" not in err
    assert ("error" in err) if lang == "en" else ("エラー" in err)


@pytest.mark.parametrize("args", BAD)
def test_bad_input_json_envelope(args: tuple[str, ...]) -> None:
    code, out, err = _run(*args, "--json", "--lang", "en")
    assert code == 2
    document = json.loads(out)
    assert document["schema_version"] == 1
    assert document["command"] == args[0]
    assert document["error"]["code"] == "bad_input"
    assert document["error"]["message"] in err
    assert "data" not in document


def test_date_errors_name_the_accepted_forms() -> None:
    _, _, err = _run("renewal", "01/02/2026", "--lang", "en")
    assert "ambiguous" in err and "2026年11月1日" in err and "Nov 1, 2026" in err
    _, _, err = _run("renewal", "2026-03-01", "--today", "31/12/2026", "--lang", "en")
    assert "--today" in err
    _, _, err = _run("renewal", "--lang", "ja")
    assert "更新日を指定してください（例：`primehelp renewal 2026-12-31`）。" in err


def test_real_process_reports_bad_input_without_traceback() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "primehelp", "renewal", "2026-02-30", "--lang", "en"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert completed.stderr.count("\n") == 1
    assert "not a real date" in completed.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2026-03-01", "--today", "2026-02-20", "--plan", "student-annual"),
        ("trial", "2026-11-25", "--student"),
        ("fees",),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_narrow_terminal_folds_instead_of_cutting(
    args: tuple[str, ...], lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    code, out, _ = _run(*args, "--lang", lang)
    assert code == 0
    assert "…" not in out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_explain_with_a_past_date_explains_the_dates_the_table_shows(lang: str) -> None:
    """Review 6 item 2: the explanation counts from the next renewal, not from the past date."""
    data = _json(
        "renewal",
        "2026-11-09",
        "--plan",
        "monthly",
        "--today",
        "2026-12-05",
        "--explain",
        "--lang",
        lang,
    )["data"]
    shown = data["upcoming"][0]
    assert (shown["renewal_date"], shown["notice_date"], shown["cancel_by"]) == (
        "2026-12-09",
        "2026-12-06",
        "2026-12-08",
    )
    explanation = " ".join(data["explanation"])
    assert explanation.index("2026-12-09") < explanation.index("2026-12-06")  # next renewal first
    assert "2026-11-06" not in explanation and "2026-11-08" not in explanation
    for computed in (
        ("2026-12-09−3日＝2026-12-06", "2026-12-09−1日＝2026-12-08")
        if lang == "ja"
        else (
            "2026-12-09 − 3 days = 2026-12-06",
            "2026-12-09 − 1 day = 2026-12-08",
        )
    ):
        assert computed in explanation
