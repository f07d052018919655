"""Review 61c (charge --statement), reproduced: a service's name with a country or site word
after it (「AUDIBLE JAPAN」) reads as that service, as 「AUDIBLE」 does, never as 「Amazonに似た
表記」 (R-major 1); look-alikes stay flagged. The JSON agrees with itself (B 1): a look-alike
line's ``service`` is ``unknown_text`` with ``estimated``, as in ``services``, and a line dated
after today is left out of ``services`` as of ``months``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run, statement_file

TODAY = {"PRIMEHELP_TODAY": "2026-12-08"}
_ALIKE = {"ja": "Amazonに似た表記", "en": "like Amazon's"}


def _screen(path: str, lang: str) -> str:
    done = run("charge", "--statement", path, "--lang", lang, env={**TODAY, "COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    return done.stdout


def _data(path: str) -> dict[str, Any]:
    done = run("charge", "--statement", path, "--json", env=TODAY)
    assert done.exit_code == 0, done.stderr
    data: dict[str, Any] = done.json()["data"]
    return data


def _same(screen: str, text: str) -> str:
    """``screen`` with ``text`` as 「AUDIBLE」 and white space collapsed (a table's widths)."""
    return " ".join(screen.replace(text, "AUDIBLE").split())


# ---------------------------------------------------------------- R-major 1


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("text", ["AUDIBLE JAPAN", "AUDIBLE CO JP", "AUDIBLE JP"])
def test_1_a_service_with_a_country_word_reads_as_the_service(
    tmp_path: Path, lang: str, text: str
) -> None:
    plain = _screen(statement_file(tmp_path, "2026/03/10,AUDIBLE,1500"), lang)
    path = statement_file(tmp_path, f"2026/03/10,{text},1500")
    screen = _screen(path, lang)
    assert _ALIKE[lang] not in screen
    assert _same(screen, text) == _same(plain, "AUDIBLE")
    line = _data(path)["lines"][0]
    assert line["service"] == "audible"
    assert line["flags"] == []
    assert [(s["service"], s["estimated"], s["lookalike"]) for s in _data(path)["services"]] == [
        ("unknown_text", "audible", False)
    ]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_the_single_charge_reads_audible_japan_as_audible(lang: str) -> None:
    def said(*text: str) -> str:
        done = run("charge", "1500", *text, "--lang", lang, env={**TODAY, "COLUMNS": "1000"})
        assert done.exit_code == 0, done.stderr
        return "\n".join(x for x in done.stdout.splitlines() if "AUDIBLE" not in x)

    assert said("AUDIBLE", "JAPAN") == said("AUDIBLE")


@pytest.mark.parametrize(
    "text",
    ["AUDIBEL JAPAN", "AUDIBLE SHOP", "AUDIBLE JAPAN SHOP", "AMAZ0N JAPAN", "AUDIBLE-JP.TOP"],
)
def test_1_look_alikes_and_other_words_stay_flagged(tmp_path: Path, text: str) -> None:
    path = statement_file(tmp_path, f"2026/03/10,{text},1500")
    assert _ALIKE["ja"] in _screen(path, "ja")
    assert {"borrowed_name", "looks_like_amazon"} & set(_data(path)["lines"][0]["flags"])


# ---------------------------------------------------------------- B 1

_ROWS = (
    "2026/11/03,AMAZON PRIME,600",
    "2026/11/12,AMAZON DOWNLOADS,980",
    "2026/11/21,AMAZ0N PRIME,600",
    "2026/12/09,AMAZON DOWNLOADS,980",  # after today
)


def test_b1_a_look_alike_line_has_the_service_services_gives_it(tmp_path: Path) -> None:
    data = _data(statement_file(tmp_path, *_ROWS))
    alike = next(x for x in data["lines"] if x["description"] == "AMAZ0N PRIME")
    assert (alike["service"], alike["estimated"]) == ("unknown_text", "prime_monthly")
    total = next(s for s in data["services"] if s["lookalike"])
    assert (total["service"], total["estimated"]) == (alike["service"], alike["estimated"])
    others = [x for x in data["lines"] if x is not alike]
    assert [(x["service"], x["estimated"]) for x in others] == [
        ("prime_monthly", None),
        ("kindle_unlimited", None),
        ("kindle_unlimited", None),
    ]


def test_b1_services_leave_out_a_line_after_today_as_months_do(tmp_path: Path) -> None:
    data = _data(statement_file(tmp_path, *_ROWS))
    assert data["after_today_rows"] == [5]
    kindle = next(s for s in data["services"] if s["service"] == "kindle_unlimited")
    assert (kindle["charges"], kindle["charged_yen"]) == (1, 980)
    by_services = sum(s["charged_yen"] for s in data["services"])
    assert by_services == sum(m["charged_yen"] for m in data["months"]) == 2180


@pytest.mark.parametrize(
    ("lang", "said"), [("ja", "うちAmazonに似た表記の行1件"), ("en", "(1 with text like Amazon's)")]
)
def test_b1_a_look_alike_after_today_is_still_counted_on_the_screen(
    tmp_path: Path, lang: str, said: str
) -> None:
    path = statement_file(tmp_path, "2026/11/03,AMAZON PRIME,600", "2026/12/09,AMAZ0N PRIME,600")
    assert said in _screen(path, lang)
    assert all(not s["lookalike"] for s in _data(path)["services"])
