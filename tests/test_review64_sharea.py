"""Review 63a (share a): contact, check-number, sources, fees, subscriptions, complain, profile,
completion and --help, as fixed in round 64."""

from __future__ import annotations

from tests.support.clihelp import joined, lang_run


def _save_annual() -> None:
    done = lang_run(
        "renewal", "2026-12-31", "--plan", "annual", "--save", "--force", "--today", "2026-12-08"
    )
    assert done.exit_code == 0, done.stderr


# R-minor 1: a passed date's pointer keeps --today, as the renewal-day pointer does.
def test_profile_passed_date_pointer_keeps_today() -> None:
    _save_annual()
    ja = lang_run("profile", "--today", "2027-01-05")
    assert "`primehelp renewal --today 2027-01-05` で確認できます" in joined(ja.stdout)
    en = lang_run("profile", "--today", "2027-01-05", lang="en")
    assert "`primehelp renewal --today 2027-01-05` shows the next renewal date" in joined(
        en.stdout, "en"
    )


# R-minor 2: the passed-date note is indented under its date, not flush left.
def test_profile_passed_note_indented() -> None:
    done = lang_run("trial", "2026-11-25", "--save", "--today", "2026-12-08")
    assert done.exit_code == 0, done.stderr
    for lang in ("ja", "en"):
        for columns in (60, 120):
            shown = lang_run("profile", "--today", "2026-12-26", lang=lang, columns=columns)
            lines = shown.stdout.splitlines()
            start = next(
                i for i, line in enumerate(lines) if "（この日付" in line or "(This" in line
            )
            end = next(
                i
                for i, line in enumerate(lines)
                if i >= start and line.rstrip().endswith(("）", ")"))
            )
            assert all(line.startswith("  ") for line in lines[start : end + 1]), lines
    _save_annual()
    shown = lang_run("profile", "--today", "2027-01-05", columns=80)
    assert "\n  （この日付は過ぎています。" in shown.stdout


# R-minor 3: a date beyond a year in renewal's words, with renewal's warning.
def test_profile_far_date_said_as_renewal() -> None:
    _save_annual()
    ja = lang_run("profile", "--today", "2024-01-01")
    assert "更新日：2026年12月31日（約2年11か月後）" in ja.stdout
    assert "あと1095日" not in ja.stdout
    assert ja.stderr.strip() == (
        "primehelp: 警告: 更新日（2026年12月31日）は、今日から1年を超えて先の日付です。"
        "年間プランでも、次の更新日は今日から1年以内のはずです。日付を確認してください。"
    )
    en = lang_run("profile", "--today", "2024-01-01", lang="en")
    assert "in about 2 years 11 months" in en.stdout
    assert "more than a year ahead" in en.stderr
    near = lang_run("profile", "--today", "2026-12-08")
    assert near.stderr == "" and "（あと23日）" in near.stdout
