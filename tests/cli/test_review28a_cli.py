"""Review 28a, the CLI layer and small commands (cli32's share): through the real CLI."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}  # one paragraph per line


# ---------------------------------------------------------------- 28a-2: a word after a flag


@pytest.mark.parametrize(
    ("args", "command"),
    [
        (("contact", "--json", "extra"), "contact"),
        (("fees", "--json", "extra"), "fees"),
        (("--json", "contact", "extra"), "contact"),
        (("profile", "--clear", "extra"), "profile"),
    ],
    ids=str,
)
def test_2_an_extra_word_after_a_flag_is_named_as_extra(
    args: tuple[str, ...], command: str
) -> None:
    ja = run(*args, "--lang", "ja", env=WIDE)
    assert ja.exit_code == 2
    assert "値を取りません" not in ja.stderr, ja.stderr
    assert f"「extra」は指定できません。{command} は引数なしで使います" in ja.stderr, ja.stderr
    en = run(*args, "--lang", "en", env=WIDE)
    assert "takes no value" not in en.stderr, en.stderr
    assert f"'extra' is not accepted: {command} takes no arguments" in en.stderr, en.stderr


def test_2_sources_second_topic_after_a_flag_is_a_second_topic() -> None:
    done = run("sources", "--no-pager", "a", "b", "--lang", "ja", env=WIDE)
    assert done.exit_code == 2
    assert "TOPIC は1つだけ指定できます（「b」は余分です）" in done.stderr, done.stderr


@pytest.mark.parametrize("args", [("contact", "--json=extra"), ("contact", "--json", "yes")])
def test_2_a_value_given_to_a_flag_still_says_it_takes_none(args: tuple[str, ...]) -> None:
    done = run(*args, "--lang", "ja", env=WIDE)
    assert done.stderr.startswith("primehelp: エラー: --json は値を取りません。"), done.stderr
