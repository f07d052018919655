"""Review 53c (single charge `primehelp charge AMOUNT [LABEL]`): 「この表記は…表記です」 said once
(item 3)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

TODAY = {"PRIMEHELP_TODAY": "2026-12-07", "COLUMNS": "1000"}


def _flat(lang: str, *args: str) -> str:
    done = run("charge", *args, "--lang", lang, env=TODAY)
    assert done.exit_code in (0, 1), done.stderr
    return (" " if lang == "en" else "").join(done.stdout.split())


# ---------------------------------------------------------------- item 3


@pytest.mark.parametrize(
    ("lang", "said", "old"),
    [
        ("ja", "この表記は、primehelpの情報源にありません。下の候補は金額だけで", "表記は、primehelpの情報源にない明細の表記です"),
        ("en", "This text is not in primehelp's sources. The candidates below", "This is a statement text primehelp does not know"),
    ],
)  # fmt: skip
def test_an_unlisted_text_is_not_called_a_text_twice(lang: str, said: str, old: str) -> None:
    out = _flat(lang, "US$14.99", "AMAZON DIGITAL")
    assert said in out and old not in out

