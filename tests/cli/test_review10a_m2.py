"""Review 10a (a native-level Japanese reader): charge, fees, sources, contact, complain."""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import WIDE, run


def _text(*args: str, lang: str = "ja", env: dict[str, str] | None = None, code: int = 0) -> str:
    result = run(*args, "--lang", lang, env=env or WIDE)
    assert result.exit_code == code, result.stderr
    return result.stdout


def _flat(text: str) -> str:
    return re.sub(r"\s", "", text)


# ---------------------------------------------------------------- item 15: one name for the Prime page


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_15_a_prime_candidate_names_its_page_once_as_amazon_labels_it(lang: str) -> None:
    out = _text("charge", "600", "--date", "2026-11-01", lang=lang)
    first = out.split("\n2. ")[0]
    if lang == "ja":
        flat = _flat(first)
        assert flat.count("「Amazonプライム会員情報」のページ") == 2  # where to see it, how to stop it
        assert "プライム会員情報のページ" not in flat.replace("「Amazonプライム会員情報」のページ", "")
        assert "開くページ" not in first  # the page is named in the sentence already
    else:
        assert "Page to open" not in first
        assert " ".join(first.split()).count("「Amazonプライム会員情報」 (Prime membership) page") == 2
