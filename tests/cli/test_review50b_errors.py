"""Review 50b item 6 and S 5, S 20: an empty value named by what was to be given, the
--alarm-time form in words, the --ics and --plan values with their meanings."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

EMPTY = [
    (("renewal", ""), "更新日が空です。", "the renewal date is empty"),
    (("trial", ""), "開始日が空です。", "the start date is empty"),
    (("renewal", "2026-12-31", "--today", ""), "`--today` の値が空です。", "`--today` is empty"),
    (
        ("cancel", "--no-interactive", "--renewal", " "),
        "`--renewal` の値が空です。",
        "`--renewal` is",
    ),
    (
        ("renewal", "2026-12-31", "--ics", "-", "--alarms", ""),
        "`--alarms` の値が空です。更新日の何日前に",
        "`--alarms` is empty; give days before the renewal",
    ),
]


@pytest.mark.parametrize(("args", "ja", "en"), EMPTY)
def test_an_empty_value_is_named(args: tuple[str, ...], ja: str, en: str) -> None:
    """Not 「「」は空です。」 nor 「`--alarms` の値「」は使えません。」 (item 6)."""
    for lang, said in (("ja", ja), ("en", en)):
        done = run(*args, "--lang", lang)
        assert done.exit_code == 2
        line = done.stderr.strip()
        assert said in line and "「」" not in line and "''" not in line, line


def test_the_alarm_time_is_asked_for_in_words() -> None:
    """S 5: 「HH:MM で指定してください」."""
    args = ("renewal", "2026-12-31", "--ics", "-", "--alarm-time", "25:00", "--lang")
    ja, en = run(*args, "ja").stderr, run(*args, "en").stderr
    assert "24時間制で `09:00` のように指定してください。" in ja and "HH:MM" not in ja
    assert "24-hour clock, as in `09:00`" in en and "HH:MM" not in en


def test_a_missing_ics_value_says_what_dash_does() -> None:
    """S 20: 「（例：primehelp.ics、-）」 listed 「-」 without its meaning."""
    ja = run("trial", "2026-11-25", "--ics", "--lang", "ja").stderr
    en = run("trial", "2026-11-25", "--ics", "--lang", "en").stderr
    assert "（例：primehelp.ics。画面に出す場合は `-`）" in ja
    assert "(e.g. primehelp.ics, or `-` to print it)" in en


def test_a_missing_plan_value_lists_the_values_with_their_meanings() -> None:
    """S 20: as a wrong value's error does."""
    from primehelp.glosses import PLAN_VALUES

    for lang in ("ja", "en"):
        done = run("renewal", "2026-12-31", "--plan", "--lang", lang)
        assert done.exit_code == 2
        values = PLAN_VALUES.ja if lang == "ja" else PLAN_VALUES.en
        assert values in done.stderr.replace("\n", ""), done.stderr
