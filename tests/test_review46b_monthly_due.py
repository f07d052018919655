"""Review 46b item 1: a date 28 days ago without a plan named the monthly next renewal only from
29 days; the cancel-by date, tomorrow, was left for the member to count. Now said where `due`
speaks up: the monthly renewal within 3 days."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}
SAID = {
    "ja": (
        "月間プランなら、次の更新日は2026年12月8日（あと2日、計算による目安）、"
        "解約の目安日は明日（2026年12月7日）です。一覧は "
        "`primehelp renewal 2026-11-08 --plan monthly` で確認できます。"
    ),
    "en": "the next renewal is 2026-12-08 (in 2 days, an estimate)",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("args", [("renewal", "2026-11-08"), ("trial", "2026-10-09")])
def test_1_the_monthly_cancel_by_tomorrow_is_named(args: tuple[str, ...], lang: str) -> None:
    done = run("--lang", lang, *args, env=WIDE)
    assert done.exit_code == 0, done.stderr
    assert SAID[lang] in done.stdout, done.stdout
    if lang == "en":  # the word first, as the annual plan's sentence (review 57b item 2)
        assert "tomorrow (2026-12-07)" in done.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_not_before_dues_window(lang: str) -> None:
    said = run("--lang", lang, "renewal", "2026-11-09", env=WIDE).stdout  # renews in 3 days
    assert ("2026年12月9日（あと3日" if lang == "ja" else "2026-12-09 (in 3 days") in said
    quiet = run("--lang", lang, "renewal", "2026-11-10", env=WIDE).stdout  # in 4 days
    # Review 49b S 14 names the next renewal's date in the 「次の更新日（…）」 aside (not an alert):
    # no cancel-by date is given for it, and no countdown before due's window.
    assert "2026年12月9日" not in quiet and "2026-12-09" not in quiet, quiet
    assert "（あと4日" not in quiet and "(in 4 days" not in quiet, quiet
