"""Review 46a, item 9: `complain cancel` said the same thing twice (「…解約について、ご相談させて
ください。」 then 「プライム会員の解約を希望しています。」) and not what the situation is; it now says
the membership does not seem cancelled yet, which is true whether or not the member tried
(review 43a, item 11: no attempt claimed)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run


def _draft(lang: str) -> list[str]:
    out = run("--lang", lang, "complain", "cancel", env={"COLUMNS": "200"}).stdout
    start = out.index("お世話になっております。" if lang == "ja" else "Hello,")
    return [line for line in out[start:].splitlines() if line.strip()][:4]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_9_the_message_says_the_situation_once(lang: str) -> None:
    lines = _draft(lang)
    if lang == "ja":
        assert lines[1:3] == [
            "プライム会員の解約について、ご相談させてください。",
            "解約を希望していますが、まだ解約が完了していないようです。",
        ]
    else:
        assert lines[1:3] == [
            "I would like to ask about cancelling my Prime membership.",
            "I would like to cancel it, but my membership does not seem to have been cancelled yet.",
        ]
