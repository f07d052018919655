"""Helper msgwords, check-message: review 50a item 8 (the matched words as written), item 10
(the phone-number sign's evidence in reading order), data:/javascript: links' evidence and S 21
(identical links said once)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}


def _json(*args: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = run("--lang", lang, "check-message", "--json", *args).json()
    return data["data"]


def _screen(*args: str, lang: str = "ja") -> str:
    return run("--lang", lang, "check-message", *args, env=WIDE).stdout


# ----------------------------- 50a item 8: 「一致した語句」 quotes the words as the message wrote them

_WIDE_SMS = (
    "ＡＣＣＯＵＮＴ ＳＵＳＰＥＮＤＥＤ のお知らせ。ｱｶｳﾝﾄが停止されました。https://example.com/x"
)
_ALONE = "ＵＮＵＳＵＡＬ ＡＣＴＩＶＩＴＹ を検知しました。"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_the_matched_words_are_shown_as_written(lang: str) -> None:
    screen = _screen("--text", _WIDE_SMS, lang=lang)
    line = next(x for x in screen.splitlines() if "一致した語句" in x or "Words that matched" in x)
    assert "ＡＣＣＯＵＮＴ ＳＵＳＰＥＮＤＥＤ" in line and "ｱｶｳﾝﾄが停止" in line, line
    assert "account suspended" not in line and "アカウント" not in line, line


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_a_scam_subject_reason_names_the_words_as_written(lang: str) -> None:
    (flag,) = _json("--text", _ALONE, lang=lang)["red_flags"]
    assert "ＵＮＵＳＵＡＬ ＡＣＴＩＶＩＴＹ" in flag["reason"], flag["reason"]
    assert "unusual activity" not in flag["reason"], flag["reason"]


def test_8_as_written_finds_the_span() -> None:
    from primehelp.message_words import as_written

    assert as_written("ｱｶｳﾝﾄがﾛｯｸされています", "アカウントがロック") == "ｱｶｳﾝﾄがﾛｯｸ"
    assert (
        as_written("Ａｃｃｏｕｎｔ  Ｓｕｓｐｅｎｄｅｄ!", "account suspended")
        == "Ａｃｃｏｕｎｔ  Ｓｕｓｐｅｎｄｅｄ"
    )
    assert as_written("ｶﾞｰﾄﾞ", "ガード") == "ｶﾞｰﾄﾞ"
    assert as_written("nothing here", "アカウント") == "アカウント"
