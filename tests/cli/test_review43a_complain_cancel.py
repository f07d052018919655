"""Review 43a, item 11: `complain 解約` (a plain word, the alias of `cancel`) gave a text that said
the member had already tried to cancel (「解約の手続きを行いましたが、まだ解約が完了していない
ようです。」). A member who types the plain word to get help cancelling would send an untrue
statement. The text now says what is true either way: the member wants to cancel, and asks for
the status to be checked."""

from __future__ import annotations

import pytest

from primehelp.complaint import Topic
from primehelp.content import complaints
from tests.support.clihelp import run


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_word_for_cancel_gives_a_text_that_claims_no_attempt(lang: str) -> None:
    words = ["cancel", *complaints.topic_words()[Topic.CANCEL]]
    assert "解約" in words
    for word in words:
        out = run("complain", word, "--lang", lang, env={"COLUMNS": "200"}).stdout
        assert "手続きを行いましたが" not in out and "I went through" not in out, word
        assert ("解約を希望しています" if lang == "ja" else "I would like to cancel") in out, word
        assert "after I tried to cancel" not in out
