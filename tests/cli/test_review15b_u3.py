"""Review 15b (a Japanese reader on 6ec55bc): renewal, trial, due and their help —
items 1, 2, 3, 5, 6 and S 11, S 12."""

from __future__ import annotations

import json
import re

import pytest

from primehelp.content import fees
from primehelp.plans import Plan
from tests.support.clihelp import run

TODAY = ("--today", "2026-12-04")


def _run(*args: str, lang: str = "ja", columns: str = "1000", **env: str):  # type: ignore[no-untyped-def]
    return run(*args, "--lang", lang, env={"COLUMNS": columns, **env})


def _fees(stdout: str) -> dict[str, str]:
    """The upcoming table's renewal date → fee cell."""
    # the first row with the regular fee has a mark after its date (review 17b S 8)
    rows = re.findall(r"│ (\d{4}-\d\d-\d\d)[※*]? *│[^\n]*│ ([\d,]+ ?(?:円|yen)) │", stdout)
    return dict(rows)


# ---------------------------------------------------------------- item 1: 4 paid Student years


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_student_rows_four_years_on_have_the_regular_fee(lang: str) -> None:
    result = _run(
        "renewal", "2026-12-31", "--plan", "student-annual", "--count", "7", *TODAY, lang=lang
    )
    assert result.exit_code == 0, result.stderr
    regular = f"{fees.load().of(Plan.ANNUAL).current.fee_yen:,}"
    student = f"{fees.load().of(Plan.STUDENT_ANNUAL).current.fee_yen:,}"
    shown = _fees(result.stdout)
    assert student in shown["2029-12-31"]
    for year in (2030, 2031, 2032):
        assert regular in shown[f"{year}-12-31"], shown
    flat = result.stdout.replace("\n", "")
    assert ("2030年12月31日以降" if lang == "ja" else "from 2030-12-31 on") in flat
    assert "最長4年間" in flat if lang == "ja" else "at most 4 years" in flat
    assert result.stderr == ""


def test_1_student_monthly_rows_past_four_years_are_600_yen() -> None:
    result = _run("renewal", "2026-12-31", "--plan", "student-monthly", "--count", "60", *TODAY)
    shown = _fees(result.stdout)
    monthly = f"{fees.load().of(Plan.MONTHLY).current.fee_yen:,}"
    assert monthly in shown["2030-12-31"] and monthly in shown["2031-11-30"]
    assert monthly not in shown["2030-11-30"]
    data = json.loads(
        _run(
            "renewal", "2026-12-31", "--plan", "student-monthly", "--count", "60", *TODAY, "--json"
        ).stdout
    )
    body = data.get("data", data)
    assert body["student_regular_from"] == "2030-12-31"
    assert [r["regular_prime"] for r in body["upcoming"]].index(True) == 48


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_a_student_date_four_years_back_is_warned(lang: str) -> None:
    result = _run("renewal", "2018-03-01", "--plan", "student-annual", *TODAY, lang=lang)
    assert result.exit_code == 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert (
        "通常のプライムに切り替わっている可能性" if lang == "ja" else "regular Prime"
    ) in result.stderr
    assert "Prime Studentのままの場合" not in result.stdout
    assert "2,950" not in "".join(_fees(result.stdout).values())


def test_1_the_ics_names_the_regular_plan_after_four_years() -> None:
    result = _run(
        "renewal", "2026-12-31", "--plan", "student-annual", "--count", "6", "--ics", "-", *TODAY
    )
    text = re.sub(r"\r?\n ", "", result.stdout).replace("\\,", ",")
    summaries = re.findall(r"SUMMARY:(.*)", text)
    assert any("5,900" in s and "Student" not in s for s in summaries), summaries


# ---------------------------------------------------------------- item 2: both plans in the example


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_an_ended_saved_trial_gives_the_example_for_both_plans(lang: str) -> None:
    from tests.support.profiles import TRIAL

    result = run("due", "--today", "2027-01-02", "--lang", lang, env={"COLUMNS": "1000", **TRIAL})
    assert (result.exit_code, result.stdout) == (2, "")  # the contract: unchanged
    assert result.stderr.count("\n") == 1
    assert (
        "要確認: " if lang == "ja" else "check: "
    ) in result.stderr  # review 38b S 28 (round 48): an ended trial is 「要確認」, not an error
    line = result.stderr
    annual = line.index("--plan annual --save --force")
    assert annual < line.index("--plan monthly")
    if lang == "ja":
        # a monthly member saves the date the page shows, not the annual example (review 21b, 4)
        assert "月間プランなら、`--plan monthly` とページに表示される日付を指定してください" in line


# ---------------------------------------------------------------- item 3: key dates, stacked


@pytest.mark.parametrize("columns", ["40", "50"])
@pytest.mark.parametrize("command", [("renewal", "2026-12-31"), ("trial", "2026-11-25")])
def test_3_the_stacked_key_dates_read_label_date_when(
    columns: str, command: tuple[str, ...]
) -> None:
    result = _run(*command, *TODAY, columns=columns)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert not any(line.startswith(("項目：", "日付：", "いつ：")) for line in lines)
    # Review 16b item 7: too narrow for one row a line, each date goes under its label.
    assert "今日（日本時間）：" in lines and "  2026-12-04" in lines
    flat = result.stdout.replace("\n  ", "").replace("\n", "")
    assert re.search(r"お知らせメールが届くころ（オンの場合）：2026-12-\d\d（あと\d+日）", flat)


def test_3_the_stacked_key_dates_in_english() -> None:
    result = _run("renewal", "2026-12-31", *TODAY, lang="en", columns="40")
    assert "Today (Japan time): 2026-12-04" in result.stdout.replace(":\n  ", ": ").splitlines()
    assert "2026-12-28 (in 24 days)" in result.stdout.replace("\n", " ")
    wide = _run("renewal", "2026-12-31", *TODAY, columns="80")
    assert "│ 今日（日本時間）" in wide.stdout  # wide enough: still the table


# ---------------------------------------------------------------- item 6: --events in the help


@pytest.mark.parametrize("command", ["trial"])  # renewal's leaves student-end out (19b S 12)
def test_6_the_events_help_says_the_4_years_in_a_sentence_of_its_own(command: str) -> None:
    ja = run(command, "--help", env={"COLUMNS": "60", "PRIMEHELP_LANG": "ja"})
    assert "切り替わる更新日の目安。有料期間は最長4年間です。" in ja.stdout.replace(
        "\n", ""
    ).replace(" ", "")
    assert "（最長4年間）" not in ja.stdout
    assert any("最長4年間" in line for line in ja.stdout.splitlines())  # whole, on one line
    en = run(command, "--help", env={"COLUMNS": "1000", "PRIMEHELP_LANG": "en"})
    assert "its paid period lasting at most 4 years;" in " ".join(en.stdout.split())


# ---------------------------------------------------------------- S 11: trial's --force


def test_s11_trial_force_names_the_date_only() -> None:
    def flat(command: str, lang: str) -> str:
        shown = run(command, "--help", env={"COLUMNS": "1000", "PRIMEHELP_LANG": lang}).stdout
        return "".join(shown.split())

    # 「…置き換えます。日付が違うときや、…」 since review 34b S 16
    assert "日付が違うときや" in flat("trial", "ja")
    assert "日付やプラン" not in flat("trial", "ja")
    assert "whenthedatediffers" in flat("trial", "en")
    assert "dateorplan" not in flat("trial", "en")
    assert "日付やプランが違うときや" in flat("renewal", "ja")  # renewal saves a plan
    assert "whenthedateorplandiffers" in flat("renewal", "en")


# ---------------------------------------------------------------- S 12: no lone 「です。」


def test_s12_the_computed_renewal_date_ends_without_a_lone_copula() -> None:
    result = _run("renewal", "2019-05-01", "--plan", "monthly", *TODAY, columns="40")
    flat = result.stdout.replace("\n", "")
    assert "更新日は2027年1月1日です（計算による目安）。" in flat
    assert "です。" not in [line.strip() for line in result.stdout.splitlines()]


def test_1_explain_says_which_renewals_have_the_regular_fee() -> None:
    args = (
        "renewal",
        "2026-12-31",
        "--plan",
        "student-annual",
        "--count",
        "7",
        "--explain",
        *TODAY,
    )
    # Said once, by the ※ note under the table (review 26b item 6: not again in the bullets).
    ja = _run(*args).stdout.replace("\n", "")
    assert "最長4年間のため、2030年12月31日以降の更新では、通常のプライム（年間プラン・" in ja
    assert ja.count("最長4年間") == 1 and "2030-12-31以降" not in ja
    en = " ".join(_run(*args, lang="en").stdout.split())
    assert "renewals from 2030-12-31 on are at the regular Prime fee (Annual plan" in en
    assert en.count("at most 4 years") == 1
    short = _run("renewal", "2026-12-31", "--plan", "student-annual", "--explain", *TODAY).stdout
    assert "最長4年間なので" not in short.replace("\n", "")  # 3 rows, all Prime Student
