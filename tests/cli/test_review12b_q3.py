"""Review 12b (renewal, the .ics texts, due, remind, the key-dates table): the fixes, through
the real CLI."""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import run
from tests.support.profiles import ANNUAL

WIDE = {"COLUMNS": "1000"}


def _events(ics: str) -> list[dict[str, str]]:
    """Each VEVENT's properties (unfolded, unescaped enough to read)."""
    text = re.sub(r"\r?\n ", "", ics).replace("\\,", ",").replace("\\;", ";")
    events: list[dict[str, str]] = []
    for block in text.split("BEGIN:VEVENT")[1:]:
        body = block.split("BEGIN:VALARM")[0]
        fields = dict(line.split(":", 1) for line in body.splitlines() if ":" in line)
        events.append(fields)
    return events


# ---------------------------------------------------------------- item 5: the fee may change


@pytest.mark.parametrize("plan", ["annual", "monthly", "student-annual", "student-monthly"])
@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("ja", "会費は2026年12月2日に確認した料金です。今後変わることがあります。"),
        ("en", "The fee shown is the one checked on 2026-12-02. It may change."),
    ],
)
def test_5_computed_renewal_events_say_the_fee_may_change(plan: str, lang: str, note: str) -> None:
    done = run("renewal", "2026-12-31", "--plan", plan, "--ics", "-", "--today", "2026-12-04",
               "--lang", lang, env=WIDE)  # fmt: skip
    assert done.exit_code == 0, done.stderr
    renewals = [e for e in _events(done.stdout) if "円" in e["SUMMARY"] or "¥" in e["SUMMARY"]]
    assert len(renewals) == 3
    # The date the member typed too: its title names the fee as well (review 21b S 6).
    assert all(note in e["DESCRIPTION"] for e in renewals)


def test_5_trial_events_carry_no_fee() -> None:
    done = run("trial", "2026-11-25", "--student", "--ics", "-", "--today", "2026-12-04",
               "--lang", "ja", env=WIDE)  # fmt: skip
    assert done.exit_code == 0, done.stderr
    events = re.sub(r"\r?\n ", "", done.stdout).split("BEGIN:VEVENT")[1:]
    # the student-end event names the regular fees from then, as today's that may change
    # (review 23b S 17); no other trial event names a fee
    student_end = [e for e in events if "通常のプライムに切り替わる更新日" in e]
    assert len(student_end) == 1 and "今後変わることがあります" in student_end[0]
    others = [e for e in events if e not in student_end]
    assert others and not any("円" in e or "確認した料金" in e for e in others)


# ---------------------------------------------------------------- item 9: due's computed date


@pytest.mark.parametrize(
    ("today", "lang", "said"),
    [
        (
            "2027-01-01",
            "ja",
            "解約していなければ、次の更新日（計算による目安）は2027年12月31日、",  # 56b item 4,
        ),
        ("2027-01-01", "en", "next renews on 2027-12-31 (an estimate)"),
        (
            "2027-12-28",
            "ja",
            "Amazonプライムは2027年12月31日（計算による目安）に自動で更新されます。",
        ),
        ("2027-12-30", "ja", "更新日（計算による目安）は明日（2027年12月31日）"),
        ("2027-12-31", "ja", "今日（2027年12月31日）は、Amazonプライムの更新日（計算による目安）"),
        (
            "2027-06-01",
            "ja",
            "解約していなければ、次の更新日（計算による目安）は2027年12月31日、",  # 56b item 4,
        ),
    ],
)
def test_9_due_marks_a_date_computed_from_the_saved_one(today: str, lang: str, said: str) -> None:
    done = run("due", "--today", today, "--verbose", "--lang", lang, env={**WIDE, **ANNUAL})
    assert said in done.stdout, done.stdout


@pytest.mark.parametrize("today", ["2026-12-27", "2026-12-28", "2026-12-31"])
def test_9_the_saved_date_itself_is_not_an_estimate(today: str) -> None:
    done = run("due", "--today", today, "--verbose", "--lang", "ja", env={**WIDE, **ANNUAL})
    # the saved date is never marked; the next one computed from it is (review 61b, item 2)
    assert "2026年12月31日" in done.stdout
    assert not re.search(r"2026年12月31日（[^）]*計算による目安", done.stdout), done.stdout


# ---------------------------------------------------------------- item 10: the far-ahead warning


def test_10_far_ahead_warning_reads_plainly() -> None:
    done = run("renewal", "2030-06-01", "--today", "2026-11-25", "--lang", "ja", env=WIDE)
    # review 12b: not the casual 「来ます」; review 18b S 5: not the calque 「次の更新日までは1年以内です」
    assert "年間プランでも、次の更新日は今日から1年以内のはずです。" in done.stderr
    assert "来ます" not in done.stderr and "までは1年以内" not in done.stderr


# ---------------------------------------------------------------- item 11: the days column


@pytest.mark.parametrize("columns", ["40", "100"])
def test_11_the_days_column_reads_for_past_and_future(columns: str) -> None:
    done = run("renewal", "2026-12-31", "--today", "2026-12-04", "--lang", "ja",
               env={"COLUMNS": columns})  # fmt: skip
    assert done.exit_code == 0, done.stderr
    assert "今日から：" not in done.stdout
    if columns == "40":  # stacked (review 15b item 3): 「label：date（when）」, no column names
        assert "（あと27日）" in done.stdout.replace("2026-12-31\n", "2026-12-31")
        assert "いつ：" not in done.stdout
    else:  # review 59b item 3: 「今日から見て」, not the bare 「いつ」
        assert "今日から見て" in done.stdout and "いつ" not in done.stdout


# ---------------------------------------------------------------- item 12: --events student-end


@pytest.mark.parametrize(
    ("lang", "words"), [("ja", "--student のときだけ"), ("en", "only with --student")]
)
def test_12_help_says_student_end_is_for_trial_student_only(lang: str, words: str) -> None:
    # Since review 19b S 12 renewal's help leaves it out; trial's says it is --student's only.
    assert "student-end" not in run("renewal", "--help", "--lang", lang, env=WIDE).stdout
    done = run("trial", "--help", "--lang", lang, env=WIDE)
    if lang == "ja":  # a wrapped line leaves no space in Japanese (「の／ときだけ」)
        assert "".join(words.split()) in "".join(done.stdout.split())
    else:
        assert words in " ".join(done.stdout.split()).replace("（ ", "（")


def test_12_the_default_events_are_not_refused_by_renewal() -> None:
    done = run("renewal", "2026-12-31", "--plan", "student-annual", "--ics", "-",
               "--today", "2026-12-04", "--lang", "ja", env=WIDE)  # fmt: skip
    assert done.exit_code == 0 and "BEGIN:VEVENT" in done.stdout and done.stderr == ""
