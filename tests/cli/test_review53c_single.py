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


# ---------------------------------------------------------------- item 36


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "・「AMAZON PRIME」で始まる表記は、多くの場合プライムの会費です。"),
        ("en", "A text starting with “AMAZON PRIME” is usually the Prime fee."),
    ],
)
def test_a_longer_text_is_said_to_start_with_the_listed_one(lang: str, said: str) -> None:
    out = _flat(lang, "2950", "Amazon Prime Student")
    flat_said = (" " if lang == "en" else "").join(said.split())
    assert flat_said in out
    # the text typed in another case only keeps being quoted as typed (review 51c, item 5)
    same = _flat(lang, "5900", "Amazon Prime")
    assert {"ja": "「AmazonPrime」は、", "en": "“Amazon Prime” is"}[lang] in same


# ---------------------------------------------------------------- item 35


@pytest.mark.parametrize(
    ("lang", "first", "denied"),
    [
        ("ja", "1. amazon.com（米国）での請求（amazon.co.jpとは別のアカウント）", "どれも可能性は低めです"),
        ("en", "1. A charge on amazon.com (US) (a separate account, not amazon.co.jp)", "none of these is likely"),
    ],
)  # fmt: skip
def test_the_candidate_the_text_names_is_not_called_unlikely(
    lang: str, first: str, denied: str
) -> None:
    done = run("charge", "2250", "AMAZON.COM 利用国USA", "--lang", lang, env=TODAY)
    assert done.exit_code in (0, 1), done.stderr
    assert first in done.stdout
    assert denied not in done.stdout
