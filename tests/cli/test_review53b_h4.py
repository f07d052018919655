"""Review 53b (renewal, trial, cancel, .ics): items 1, 9, 10, 11, 12, 14, 15, 16, 17, 19, and
review 52b item 29."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

TODAY = ("--today", "2026-12-07")


def _ok(*args: str, lang: str = "ja") -> str:
    """The output of a command that must succeed, one paragraph a line."""
    done = run(*args, "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    return done.stdout


def _mail(*args: str, lang: str) -> str:
    done = run(*args, "--json", "--lang", lang)
    assert done.exit_code == 0, done.stderr
    text: str = done.json()["data"]["reminder"]["opt_in"]["text"]
    return text


# ---------------------------------------------------------------- item 9: JSON as the screen


@pytest.mark.parametrize("start", ["2026-11-25", "2026-11-07"])
def test_9_trial_json_says_the_mail_as_the_screen_does(start: str) -> None:
    for lang, said in (
        ("ja", "更新前のお知らせメールは、自動更新日の3日ほど前に届きます。"),
        ("en", "about 3 days before the automatic renewal date"),
    ):
        assert said in _mail("trial", start, *TODAY, lang=lang)
        assert said in _ok("trial", start, *TODAY, lang=lang)


def test_9_a_saved_trial_json_says_it_too_and_an_ended_trial_the_paid_words() -> None:
    assert run("trial", "2026-11-25", "--save", *TODAY).exit_code == 0
    ja = _mail("renewal", *TODAY, lang="ja")
    assert ja.startswith("更新前のお知らせメールは、自動更新日の3日ほど前に届きます。"), ja
    assert "about 3 days before the automatic renewal date" in _mail("renewal", *TODAY, lang="en")
    ended = _mail("trial", "2026-10-01", *TODAY, lang="ja")  # the next mail is a paid renewal's
    assert ended.startswith("更新前のお知らせメールは、更新日の3日ほど前に届きます。"), ended
    assert "自動更新日の3日" not in _ok("trial", "2026-10-01", *TODAY)
    assert "自動更新日の3日" not in _mail("renewal", "2026-12-31", *TODAY, lang="ja")
