"""Review 11a on the fees screen: the history's column labels."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_existing_members_column_does_not_say_renewal_twice(lang: str) -> None:
    """S 20: the label said 更新 and its values 請求 (「既存会員の更新：2023年9月24日以降の請求から」):
    the label is 「既存会員」, the values say whether a renewal or a bill."""
    result = run("fees", "--lang", lang, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert {"ja": "既存会員の更新", "en": "Renewals of members"}[lang] not in out
    assert {"ja": "既存会員", "en": "Existing members"}[lang] in out
    assert {"ja": "2023年9月24日以降の更新時の請求", "en": "bills at renewals from 2023-09-24"}[
        lang
    ] in out
