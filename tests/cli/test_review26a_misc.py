"""Review 26a (misc share): the sources' page name, the same option twice, check-number."""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import wide_stdout

PAGE = "Amazonプライム会員情報"


# ---------------------------------------------------------------- 26a S 20: the page's label


@pytest.mark.parametrize("fact_id", ["cancel.carrier", "reminder.switch_on", "trial.exact_date"])
def test_s20_sources_quote_the_page_name_as_amazons_label(fact_id: str) -> None:
    ja = wide_stdout("sources", fact_id, "--lang", "ja")
    en = wide_stdout("sources", fact_id, "--lang", "en")
    assert f"「{PAGE}」のページ" in ja and f"the 「{PAGE}」 (Prime membership) page" in en


def test_s20_every_fact_quotes_the_page_name() -> None:
    ja = wide_stdout("sources", "--lang", "ja")
    en = wide_stdout("sources", "--lang", "en")
    assert not re.search(f"(?<!「){PAGE}(?!」)", ja)
    assert "Prime membership page" not in en
