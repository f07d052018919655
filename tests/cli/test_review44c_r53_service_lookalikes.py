"""Review 44c, R-minor 11 (round 53): a text one letter from a service's name (「PRIME VIDE0」,
「AMAZON MUSlC」, 「AUDIBEL」, 「KINDEL」) is a look-alike, and its note names the service name it
imitates (「Prime Videoの名前に似ていますが」), not only 「Amazonの名前」; `charge` and `charge
--statement` alike, ja and en."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run, statement_file
from tests.support.clihelp import statement_screen as _statement

CASES = [
    ("PRIME VIDE0", "Prime Video"),
    ("PRIMEVIDE0", "Prime Video"),
    ("AMAZON MUSlC", "Amazon Music"),
    ("AUDIBEL", "Audible"),
    ("KINDEL", "Kindle"),
    ("KINDLE UNLIMlTED", "Kindle Unlimited"),
    ("AMAZON KIDZ", "Amazon Kids+"),
]
GENUINE = ["PRIME VIDEO", "AMAZON MUSIC", "AUDIBLE", "KINDLE UNLIMITED", "AMAZON PRIME", "NETFLIX"]
GENUINE += ["AMAZON KIDS+", "AMAZON KIDS", "AMZ*PRIME JP", "AUDIBLE.CO.JP"]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_charge_names_the_service_it_imitates(text: str, name: str) -> None:
    ja = run("charge", "600", text, env={"PRIMEHELP_LANG": "ja", "COLUMNS": "1000"})
    assert f"表記は{name}の名前に似ていますが、つづりが違います。" in ja.stdout
    en = run("charge", "600", text, env={"PRIMEHELP_LANG": "en", "COLUMNS": "1000"})
    assert f"The text looks like the name {name}, but is spelt differently." in en.stdout
    data = run("charge", "600", text, "--json").json()["data"]
    assert data["looks_like_amazon"] is True


@pytest.mark.parametrize("text", GENUINE)
def test_names_as_written_are_no_look_alikes(text: str) -> None:
    data = run("charge", "600", text, "--json").json()["data"]
    assert data["looks_like_amazon"] is False
    assert "似ていますが" not in run("charge", "600", text, env={"COLUMNS": "1000"}).stdout


def test_statement_shows_and_flags_the_line_naming_the_service(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/12,PRIME VIDE0,600", "2026/11/14,AUDIBEL,1500")
    data: Any = _statement(path, json=True)
    assert len(data["lines"]) == 2
    for line in data["lines"]:
        assert "looks_like_amazon" in line["flags"], line
    ja = _statement(path)
    assert "表記はPrime Videoの名前に似ていますが、つづりが違います。" in ja
    assert "表記はAudibleの名前に似ていますが、つづりが違います。" in ja
    assert "※Amazonに似た、つづりの違う表記です" in ja
    en = _statement(path, "en")
    assert "The text looks like the name Prime Video, but is spelt differently." in en
