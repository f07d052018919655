"""Review 59c (charge, one amount), helper chg59: a text made only of the words of a listed
statement text is read as it, never as another company's (R-major 1); round 58c's partial refunds
of former fees (B 1, S 13) and JSON ``fit`` (B 3); the headings (R-minor 3); a date before 2007
(8); the fraud sentence (9); decimal amounts (10); 0 yen (11); the help's amount forms (12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.clihelp import run

_WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-07"}
_LANGS = ["ja", "en"]


def _charge(*args: str, lang: str) -> str:
    done = run("charge", *args, "--lang", lang, env=_WIDE)
    assert done.exit_code == 0, done.stderr
    return done.stdout


def _json(*args: str, lang: str = "ja") -> dict[str, object]:
    done = run("charge", *args, "--json", "--lang", lang, env=_WIDE)
    assert done.exit_code == 0, done.stderr
    data = json.loads(done.stdout)["data"]
    assert isinstance(data, dict)
    return data


# ---------------------------------------------------------------- R-major 1

_OTHER_COMPANY = {"ja": "ほかの会社やサイトの請求かもしれません", "en": "another company"}
_NO_SUCH_WORD = {"ja": "含まれない語です", "en": "has such a word"}
_REWORDED = {"ja": "表記とは少し違いますが", "en": "differs slightly"}


@pytest.mark.parametrize("lang", _LANGS)
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("AMZN DIGITAL DWNLD", "AMAZON DIGITAL DWNLD"),
        ("AMAZON CO JP", "AMAZON.CO.JP"),
        ("AMAZON CO.JP", "AMAZON.CO.JP"),
        ("AMAZON-CO-JP", "AMAZON.CO.JP"),
        ("PRIME AMAZON", "AMAZON PRIME"),
    ],
)
def test_a_text_of_listed_words_only_is_no_other_companys(text: str, label: str, lang: str) -> None:
    screen = _charge("5900", text, lang=lang)
    assert _OTHER_COMPANY[lang] not in screen
    assert _NO_SUCH_WORD[lang] not in screen
    assert _REWORDED[lang] in screen
    assert label in screen
    data = _json("5900", text, lang=lang)
    assert data["text_recognized"] is True
    assert any(_REWORDED[lang] in said for said in data["text_detail"])  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", _LANGS)
@pytest.mark.parametrize("text", ["AMAZON PRIME", "AMAZON.CO.JP", "AMAZON DIGITAL DWNLD"])
def test_a_listed_text_is_not_said_to_differ(text: str, lang: str) -> None:
    assert _REWORDED[lang] not in _charge("5900", text, lang=lang)


@pytest.mark.parametrize("lang", _LANGS)
@pytest.mark.parametrize("text", ["AMAZON PRIME TOP", "AMAZON CO JP SUPPORT"])
def test_a_word_of_no_listed_text_still_gets_the_warning(text: str, lang: str) -> None:
    screen = _charge("5900", text, lang=lang)
    assert _REWORDED[lang] not in screen
    assert _OTHER_COMPANY[lang] in screen


def test_the_statement_reads_amazon_co_jp_spaced_as_amazons(tmp_path: Path) -> None:
    sheet = tmp_path / "cojp.csv"
    sheet.write_text("date,description,amount\n2026/11/03,AMAZON CO JP,5900\n", encoding="utf-8")
    done = run("charge", "--statement", str(sheet), "--lang", "ja", env=_WIDE)
    assert done.exit_code == 0, done.stderr
    assert "Amazon.co.jpでの注文" in done.stdout
    assert "primehelpが知っているAmazonの明細の表記ではありません" not in done.stdout
