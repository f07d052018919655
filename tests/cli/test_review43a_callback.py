"""Review 43a, S 28: a member who has just asked for a call-back and checks the number that rang
was told only that it may be a scam; the call-back line below did not link the two. For a
number of every verdict that is not a public service, what to do names the call-back as a
reading of the number checked (FACTS §6: you request a call, Amazon calls you), once."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

NUMBERS = ["090-1234-5678", "050-1234-5678", "0120-999-373", "03-5757-5252", "+1 855 370 0151"]
SAID = {
    "ja": "自分でコールバックを依頼した後にかかってきた電話は、表示された番号に見覚えがなくても、"
    "Amazonからの"  # review 44a, item 7: standalone (it pointed 「上の」 to nothing in sources)
    "電話の場合があります。",
    "en": "If the call came after you asked for a call-back yourself, it may be Amazon calling, "
    "even if you do not recognize the number shown.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_verdict_names_the_member_s_own_call_back(lang: str) -> None:
    env = {"COLUMNS": "1000"}
    for number in NUMBERS:
        done = run("check-number", number, "--lang", lang, env=env)
        assert done.exit_code == 1, done.stderr
        assert done.stdout.count(SAID[lang]) == 1, number
    both = run("check-number", *NUMBERS[:2], "--lang", lang, env=env).stdout
    assert both.count(SAID[lang]) == 1
    assert SAID[lang] not in run("check-number", "110", "--lang", lang, env=env).stdout
