"""Review 44c item 1, round 53: a service's name followed by a word cards are not known to print
after it (「PRIME VIDEO SHOP」) is an extra-word text, as 「AMAZON PRIME SHOP」 is: read by its
amount, named as no text primehelp knows, never ranked by the service's name. Every service of
the data is checked the same way."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run, statement_file
from tests.support.clihelp import statement_screen as _statement

# each service name of the data (subscriptions.toml), as a card may print it
SERVICE_TEXTS = ["PRIME VIDEO", "PRIMEVIDEO", "AMAZON MUSIC", "AMAZON MUSIC UNLIMITED", "KINDLE"]
SERVICE_TEXTS += ["KINDLE UNLIMITED", "AUDIBLE", "AMAZON KIDS", "AMAZON KIDS+", "AMAZON PHOTOS"]
SERVICE_TEXTS += ["PRIME VIDEO CHANNEL", "プライムビデオ", "ｵｰﾃﾞｨﾌﾞﾙ", "ｷﾝﾄﾞﾙ"]
EXTRA = ["SHOP", "STORE", "CN", "TOP", "*AB12 SHOP", "JP TOP", "SUPPORT"]
GENUINE = ["", " JP", " *2K3L45ZX0", " 1234", " 1/1", " 利用国USA", " (ﾌﾟﾗｲﾑﾋﾞﾃﾞｵ)"]
JA = {"PRIMEHELP_LANG": "ja", "COLUMNS": "1000"}
EN = {"PRIMEHELP_LANG": "en", "COLUMNS": "1000"}


def _book() -> Any:
    from primehelp.content.charges import load

    return load()


def test_a_service_name_and_an_extra_word_is_an_extra_word_text() -> None:
    book = _book()
    for name, tail in itertools.product(SERVICE_TEXTS, EXTRA):
        text = f"{name} {tail}"
        assert book.extra_words(text), text
        assert book.borrows_amazon(text), text


def test_a_service_name_with_what_cards_print_stays_the_service() -> None:
    book = _book()
    for name, tail in itertools.product(SERVICE_TEXTS, GENUINE):
        text = name + tail
        assert book.extra_words(text) == (), text
        assert not book.borrows_amazon(text), text
        assert book.named_services(text), text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("PRIME VIDEO SHOP", "SHOP"),
        ("AMAZON MUSIC CN", "CN"),
        ("KINDLE STORE", "STORE"),
        ("AUDIBLE TOP", "TOP"),
        ("AMAZON KIDS+ TOP", "TOP"),
        ("プライムビデオ ショップ", "ショップ"),
    ],
)
def test_charge_reads_it_by_its_amount_and_names_the_word(text: str, word: str) -> None:
    ja = run("charge", "600", text, env=JA)
    assert ja.exit_code == 0, ja.stderr
    assert (
        f"表記にある「{word}」は、primehelpの情報源にあるAmazonの明細の表記には含まれない語です"
        in ja.stdout
    )
    assert "下の候補は金額だけで比べたものです" in ja.stdout.replace("\n", "")
    assert "の名前があります" not in ja.stdout  # never ranked by the service's name
    assert "可能性が高いです" not in ja.stdout
    en = run("charge", "600", text, env=EN)
    assert f"“{word}”" in en.stdout
    assert "may be a charge of another company or site" in en.stdout.replace("\n", " ")
    data = run("charge", "600", text, "--json", env=EN).json()["data"]
    assert [n["id"] for n in data["notes"]] == ["statement.borrowed_name"]


def test_the_plain_service_name_is_still_ranked_by_its_name() -> None:
    ja = run("charge", "600", "PRIME VIDEO", env=JA)
    assert "明細の表記にPrime Videoの名前があります" in ja.stdout
    assert "ほかの会社やサイトの請求かもしれません" not in ja.stdout


def test_statement_flags_the_line_and_names_the_word(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path, "2026/11/12,PRIME VIDEO SHOP,600", "2026/11/13,AUDIBLE TOP,1500"
    )
    data: Any = _statement(path, json=True)
    assert data["flagged"] == 2
    for line in data["lines"]:
        assert "borrowed_name" in line["flags"], line
    screen = _statement(path)
    assert "「SHOP」は、primehelpの情報源にあるAmazonの明細の表記には含まれない語です" in screen
    assert "「TOP」は、primehelpの情報源にあるAmazonの明細の表記には含まれない語です" in screen
    en = _statement(path, "en")
    assert "“SHOP”" in en and "“TOP”" in en
