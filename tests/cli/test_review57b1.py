"""Review 57b items 1–3: a renewal date past without --plan.

Item 1: a date long past counted on only one plan (by its age) and from the first renewal after
today: the annual renewal today or a few days ago, and the monthly one yesterday, were not said.
Both plans are now counted as --plan counts them, the one due today, near its cancel-by date or
charged lately first, with the command for that charge."""

from __future__ import annotations

import unicodedata

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-07"}


def _lead(lang: str, *args: str) -> str:
    done = run("--lang", lang, *args, env=WIDE)
    assert done.exit_code == 0, done.stderr
    return done.stdout.split("\n")[0]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "年間プランなら、2026年11月20日（17日前、計算による目安）に更新されていて、"
            "会費はすでに請求されているはずです。解約の手順と返金の条件は "
            "`primehelp cancel --renewal 2026-11-20` で確認できます。月間プランなら、"
            "次の更新日は2026年12月20日（あと13日、計算による目安）、"
            "解約の目安日は2026年12月19日です。",
        ),
        ("en", "On the annual plan, the membership should have renewed on 2026-11-20"),
    ],
)
def test_1_annual_charged_lately_comes_first(lang: str, said: str) -> None:
    done = run("--lang", lang, "renewal", "2025-11-20", env=WIDE)
    assert said in done.stdout, done.stdout
    # the refund rules follow, as with --plan annual
    assert ("全額" if lang == "ja" else "in full") in done.stdout
    assert ("2027年11月20日（あと348日" if lang == "ja" else "(in 348 days") not in done.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_annual_renewal_today_is_said(lang: str) -> None:
    lead = _lead(lang, "renewal", "2025-12-07")
    today = (
        "年間プランでも月間プランでも、今日（2026年12月7日、計算による目安）が更新日"
        if lang == "ja"
        else "On either plan, today (2026-12-07, an estimate) is the renewal date"
    )
    assert today in lead, lead
    assert "`primehelp cancel --renewal 2026-12-07`" in lead, lead


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_monthly_renewal_yesterday_comes_first(lang: str) -> None:
    lead = _lead(lang, "renewal", "2026-11-06")
    monthly = (
        "月間プランなら、2026年12月6日（昨日、計算による目安）に更新されていて"
        if lang == "ja"
        else "On the monthly plan, the membership should have renewed on 2026-12-06 (yesterday"
    )
    annual = "年間プランなら、次の更新日は2027年11月6日" if lang == "ja" else "On the annual plan"
    assert monthly in lead and annual in lead, lead
    assert lead.index(monthly) < lead.index(annual), lead
    assert "`primehelp cancel --renewal 2026-12-06`" in lead, lead


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_cancel_says_todays_renewal(lang: str) -> None:
    lead = _lead(lang, "cancel", "--no-interactive", "--renewal", "2025-12-07")
    today = "今日（2026年12月7日、計算による目安）が更新日" if lang == "ja" else "today (2026-12-07"
    assert today in lead, lead


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_nothing_urgent_names_both_plans_as_estimates(lang: str) -> None:
    lead = _lead(lang, "renewal", "2026-06-01")
    if lang == "ja":
        assert "年間プランなら、次の更新日は2027年6月1日（あと176日、計算による目安）" in lead
        assert "月間プランなら、次の更新日は2027年1月1日（あと25日、計算による目安）" in lead
    else:
        assert "2027-06-01 (in 176 days, an estimate)" in lead
        assert "2027-01-01 (in 25 days, an estimate)" in lead


def test_1_forty_columns_keep_labels_with_dates() -> None:
    done = run("--lang", "ja", "renewal", "2025-11-20", env={**WIDE, "COLUMNS": "40"})
    lines = done.stdout.split("\n\n")[0].split("\n")  # the lead and the refund rules
    cells = [
        sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line) for line in lines
    ]
    assert max(cells) <= 40, done.stdout
    assert not any(line.endswith(("次の更新日は", "解約の目安日は")) for line in lines), done.stdout


# ---------------------------------------------------------------- items 2 and 3: the monthly hint

MONTHLY = {
    "ja": (
        "月間プランなら、次の更新日は2026年12月9日（あと2日、計算による目安）、"
        "解約の目安日は明日（2026年12月8日）です。一覧は "
        "`primehelp renewal 2026-11-09 --plan monthly` で確認できます。"
    ),
    "en": (
        "On the monthly plan, the next renewal is 2026-12-09 (in 2 days, an estimate) and the"
        " cancel-by date is tomorrow (2026-12-08). To list the monthly plan's renewals:"
        " `primehelp renewal 2026-11-09 --plan monthly`."
    ),
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "args", [("renewal", "2026-11-09"), ("cancel", "--no-interactive", "--renewal", "2026-11-09")]
)
def test_2_the_monthly_hint_has_the_annual_form(lang: str, args: tuple[str, ...]) -> None:
    done = run("--lang", lang, *args, env=WIDE)
    assert MONTHLY[lang] in done.stdout, done.stdout
    assert "月間プランの場合、" not in done.stdout and "で確認できます）" not in done.stdout


@pytest.mark.parametrize(
    "args", [("renewal", "2026-11-09"), ("cancel", "--no-interactive", "--renewal", "2026-11-09")]
)
def test_3_no_shell_continuation_inside_brackets(args: tuple[str, ...]) -> None:
    """The command is a sentence's backticked part, not a bracket's: where it does not fit 40
    columns it is set on lines of its own, as every long command is (a shell continuation)."""
    done = run("--lang", "ja", *args, env={**WIDE, "COLUMNS": "40"})
    lines = done.stdout.split("\n")
    assert "（primehelp" not in done.stdout, done.stdout
    start = lines.index("`primehelp renewal 2026-11-09 \\")
    assert lines[start + 1] == "  --plan monthly`", done.stdout
    assert lines[start + 2] == "で確認できます。", done.stdout
