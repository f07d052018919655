"""Review 18b (a Japanese reader on 92e42a7): line breaking — items 1 and 2."""

from __future__ import annotations

from tests.support.clihelp import run

TODAY = ("--today", "2026-12-05")


def _out(*args: str, lang: str = "ja", columns: str = "1000") -> str:
    result = run(*args, *TODAY, "--lang", lang, env={"COLUMNS": columns})
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 1: a renewal long past

_LONG_PAST = ("cancel", "--no-interactive", "--renewal", "2026-10-01")


def test_1_the_day_before_is_a_sentence_of_its_own() -> None:
    ja = _out(*_LONG_PAST)
    assert "確認できます。その前日までに、以下の手順で解約してください。" in ja
    assert "（その前日までに" not in ja
    en = _out(*_LONG_PAST, lang="en")
    assert "shows the next one. Cancel by the day before it, as the steps below show." in en


def test_1_the_sentence_breaks_between_phrases_at_40_60_80() -> None:
    for columns in ("40", "60", "80"):
        lines = _out(*_LONG_PAST, columns=columns).splitlines()
        for word in ("手順", "までに", "前日", "解約"):
            assert not any(
                line.endswith(word[:cut]) and after.startswith(word[cut:])
                for line, after in zip(lines, lines[1:], strict=False)
                for cut in range(1, len(word))
            ), (columns, word)
