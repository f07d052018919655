"""Helper msgwords, check-message: review 50a item 8 (the matched words as written), item 10
(the phone-number sign's evidence in reading order), data:/javascript: links' evidence and S 21
(identical links said once)."""

from __future__ import annotations

from pathlib import Path
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
    # more than the words in each sentence: words that are all of a quote are not repeated (60m, 6)
    "ＡＣＣＯＵＮＴ ＳＵＳＰＥＮＤＥＤ のお知らせ。ｱｶｳﾝﾄが停止されましたのでご確認ください。"
    "https://example.com/x"
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


# ----------------------------- 50a item 10: the phone-number sign's numbers in reading order

_TEL_HTML = """From: Amazon <info@amazon-support.example>
To: taro@example.jp
Subject: notice
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8

<html><body><p>Amazonです。至急 03-1234-5678 までお電話ください。</p>
<p>夜間は 050-1111-2222 へ。</p>
<p><a href="tel:0120-111-222">こちらをタップして発信</a></p></body></html>
"""
_IN_ORDER = ["03-1234-5678", "050-1111-2222", "0120-111-222"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_10_a_tel_link_s_number_comes_where_the_link_is(lang: str, tmp_path: Path) -> None:
    mail = tmp_path / "tel.eml"
    mail.write_text(_TEL_HTML, encoding="utf-8")
    screen = _screen(str(mail), lang=lang)
    at = [screen.index(number) for number in _IN_ORDER]
    assert at == sorted(at), screen
    data = _json(str(mail), lang=lang)
    assert [one["input"] for one in data["phone_numbers"]] == _IN_ORDER, data["phone_numbers"]
    (sign,) = [one for one in data["red_flags"] if one["kind"] == "phone_number"]
    assert [sign["evidence"], *sign["more_evidence"]] == _IN_ORDER, sign


def test_10_in_reading_order() -> None:
    from primehelp.message_contacts import in_reading_order

    text = "まず 03-1234-5678 へ。こちらから発信。最後に 050-1111-2222 へ。"
    links = [("こちらから発信", "tel:0120111222"), (None, "https://example.com/")]
    assert in_reading_order(links, ["03-1234-5678", "050-1111-2222"], text) == [
        "03-1234-5678",
        "0120111222",
        "050-1111-2222",
    ]


_FORMER_FIRST = "Amazonです。至急 0120-999-373 までお電話ください。または 03-1234-5678 へ。"
_FORMER_ONLY = "Amazonです。至急 0120-999-373 までお電話ください。"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_10_a_former_number_first_does_not_title_the_other_numbers(lang: str) -> None:
    (sign,) = _json("--text", _FORMER_FIRST, lang=lang)["red_flags"]
    assert sign["title"] == ("電話番号への誘導" if lang == "ja" else "Phone number to call")
    assert [sign["evidence"], *sign["more_evidence"]] == ["0120-999-373", "03-1234-5678"]
    screen = _screen("--text", _FORMER_FIRST, lang=lang)
    assert "現在公開していない" not in screen and "used to publish" not in screen, screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_10_a_former_number_alone_keeps_its_title(lang: str) -> None:
    (sign,) = _json("--text", _FORMER_ONLY, lang=lang)["red_flags"]
    # titled as any number since review 62m, S 15: its verdict line says it was Amazon's
    assert sign["title"] == ("電話番号への誘導" if lang == "ja" else "Phone number to call"), sign


# ----------------------------- data: and javascript: links: no 「→」 with nothing before it

_NO_TEXT_HTML = """From: info@example.jp
To: taro@example.jp
Subject: notice
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8

<html><body><p>Amazonです。<a href="javascript:alert(1)"><img src="cid:x"></a>
<a href="data:text/html,hello"> </a> <a href="javascript:void(0)">javascript:void(0)</a>
<a href="data:text/html,bye">確認する</a></p></body></html>
"""


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_not_web_link_without_text_is_its_target_alone(lang: str, tmp_path: Path) -> None:
    mail = tmp_path / "js.eml"
    mail.write_text(_NO_TEXT_HTML, encoding="utf-8")
    data = _json(str(mail), lang=lang)
    (sign,) = [one for one in data["red_flags"] if one["kind"] == "non_web_link"]
    assert [sign["evidence"], *sign["more_evidence"]] == [
        "javascript:alert(1)",
        "data:text/html,hello",
        "javascript:void(0)",
        "確認する → data:text/html,bye",
    ], sign
    screen = _screen(str(mail), lang=lang)
    lines = [line.strip(" ・-") for line in screen.splitlines()]
    assert not any(line.startswith("→") for line in lines), screen
    assert "javascript:void(0) → javascript:void(0)" not in screen, screen
