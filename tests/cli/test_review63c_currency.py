"""Review 63c, R-major 1 and B 1: a currency word typed apart after the amount (「600 円」,
「14.99 USD」) belongs to the amount, never to the statement text."""

from __future__ import annotations

import pytest

from tests.support.clihelp import joined, lang_run

TODAY = {"PRIMEHELP_TODAY": "2026-12-08"}


def _json(*args: str, lang: str) -> dict[str, object]:
    done = lang_run("charge", *args, "--json", lang=lang, env=TODAY)
    assert done.exit_code == 0, done.stderr
    data: dict[str, object] = done.json()["data"]
    return data


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("apart", "together"),
    [
        (("600", "円"), "600円"),
        (("5,900", "円"), "5,900円"),
        (("600", "JPY"), "600円"),
        (("600", "yen"), "600円"),
    ],
)
def test_prime_text_after_a_yen_word_is_the_prime_fee(
    apart: tuple[str, str], together: str, lang: str
) -> None:
    data = _json(*apart, "AMAZON", "PRIME", lang=lang)
    assert data == _json(together, "AMAZON", "PRIME", lang=lang)
    assert data["typed_text"] == "AMAZON PRIME"
    notes = data.get("notes") or []
    assert isinstance(notes, list)
    assert "statement.borrowed_name" not in [note["id"] for note in notes]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_screen_shows_the_text_without_the_unit(lang: str) -> None:
    done = lang_run("charge", "600", "円", "AMAZON", "PRIME", lang=lang, columns=80, env=TODAY)
    assert done.exit_code == 0, done.stderr
    screen = joined(done.stdout, lang)
    if lang == "ja":
        assert "明細の表記：「AMAZON PRIME」" in screen
        assert "「円 AMAZON PRIME」" not in screen
        assert "ほかの語が付いた表記" not in screen and "ほかの名前がある表記" not in screen
    else:
        assert "円 AMAZON PRIME" not in screen
        assert "AMAZON PRIME" in screen
    together = lang_run("charge", "600円", "AMAZON", "PRIME", lang=lang, columns=80, env=TODAY)
    assert done.stdout == together.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("apart", "before"),
    [(("14.99", "USD"), ("USD", "14.99")), (("600", "JPY"), ("JPY", "600"))],
)
def test_a_currency_after_the_amount_is_read_as_before_it(
    apart: tuple[str, str], before: tuple[str, str], lang: str
) -> None:
    assert _json(*apart, lang=lang) == _json(*before, lang=lang)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_usd_after_the_amount_with_amazon_com(lang: str) -> None:
    data = _json("14.99", "USD", "AMAZON.COM", lang=lang)
    assert data["amount"] == {"value": 14.99, "currency": "USD"}
    assert data["typed_text"] == "AMAZON.COM"
    assert data == _json("USD", "14.99", "AMAZON.COM", lang=lang)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_unit_after_an_amount_with_its_own_unit_is_still_refused(lang: str) -> None:
    done = lang_run("charge", "600円", "円", lang=lang, env=TODAY)
    assert done.exit_code == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
