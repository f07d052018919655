"""Review 36a (fix 41a3): contact, check-number, fees, subscriptions, the stale-data notice and
the top level."""

from __future__ import annotations

import re

import pytest

from primehelp.content import contact
from tests.support.clihelp import WIDE, run

_PUBLIC = [listed.number for listed in contact.load().public_numbers]
_URL = re.compile(r"https?://[^\s、。（;]+")


def _urls(text: str) -> list[str]:
    return _URL.findall(text)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("number", _PUBLIC)
def test_a_public_number_alone_ends_with_its_date_and_cites_what_json_lists(
    number: str, lang: str
) -> None:
    """Item 9: 110 printed no date and ended with a blank line; its --json listed two pages
    the text did not print. Now every public number: the text ends with the check date (no
    blank line after it), and the pages it prints are the number's `sources` in --json."""
    shown = run("check-number", number, "--lang", lang, env=WIDE)
    assert shown.exit_code == 0, shown.stderr
    assert shown.stdout.endswith("\n") and not shown.stdout.endswith("\n\n")
    last = shown.stdout.rstrip("\n").splitlines()[-1]
    assert ("2026年12月2日に確認しました。" if lang == "ja" else "2026-12-02") in last
    data = run("check-number", number, "--json", "--lang", lang).json()["data"]
    (result,) = data["results"]
    assert _urls(shown.stdout) == result["sources"]


def test_no_page_is_cited_for_the_numbers_facts_give_none_for() -> None:
    """FACTS §6 names no page for 110, 119, 118, 189 and 171."""
    for number in ("110", "119", "118", "189", "171"):
        data = run("check-number", number, "--json").json()["data"]
        assert data["results"][0]["sources"] == []
        assert "出典" not in run("check-number", number, "--lang", "ja", env=WIDE).stdout


def test_several_numbers_cite_the_pages_of_each_in_text_and_json() -> None:
    shown = run("check-number", "110", "188", "#9110", "171", "--lang", "ja", env=WIDE).stdout
    data = run("check-number", "110", "188", "#9110", "171", "--json").json()["data"]
    listed = [page for result in data["results"] for page in result["sources"]]
    assert _urls(shown) == list(dict.fromkeys(listed))
    assert [bool(result["sources"]) for result in data["results"]] == [False, True, True, False]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", ["40", "80", "1000"])
def test_contact_lists_the_circulating_numbers_its_json_has(lang: str, columns: str) -> None:
    """Item 10: the box listed only the former numbers; the numbers circulating as 「Amazon」
    were in --json only. Each is now a line of the box, as --json writes it, after the words
    FACTS allows ("not a number Amazon publishes", never "phishing")."""
    data = run("contact", "--json", "--lang", lang).json()["data"]
    shown = run("contact", "--lang", lang, env={"COLUMNS": columns}).stdout
    lines = [line.strip("│ ").strip() for line in shown.splitlines()]
    for listed in [*data["defunct_numbers"], *data["circulating_numbers"]]:
        number = listed["number"]
        assert f"✗ {number}" in lines, number
    box = shown[shown.index("╭") : shown.index("╰")]
    inner = [line.strip("│ ").strip() for line in box.splitlines()[1:]]
    joined = ("" if lang == "ja" else " ").join(inner)
    said = (
        "出回っていますが、どれもAmazonが公開している番号ではありません"
        if lang == "ja"
        else "none of them is a number Amazon publishes"
    )
    assert joined.index(said) < joined.index(f"✗ {data['circulating_numbers'][0]['number']}")
    assert "phishing" not in box.lower() and "フィッシング" not in box
