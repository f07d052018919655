"""Review 52c item 5 (second half): 「既存会員は2023年9月24日以降の請求│から）」 at 40 columns left
the particle 「から）」 alone at a line start. The 「…の＋名詞」 unit (「以降の請求」) now takes the
particle after it, and starts after a date's 「日」, not at it."""

from __future__ import annotations

import pytest

from primehelp.output.break_nouns import of_nouns
from tests.support.clihelp import run


def _lines(width: int, lang: str) -> list[str]:
    args = ("charge", "-4,900", "AMAZON", "PRIME", "--date", "2023-10-15", "--lang", lang)
    done = run(*args, env={"COLUMNS": str(width)})
    assert done.exit_code == 0, done.stderr
    return done.stdout.split("\n")


@pytest.mark.parametrize("width", [40, 60, 80])
def test_the_particle_stays_with_its_noun(width: int) -> None:
    lines = _lines(width, "ja")
    assert not [line for line in lines if line.strip().startswith("から")], lines
    text = "".join(line.strip() for line in lines)
    assert "既存会員は2023年9月24日以降の請求から）" in text, lines
    assert any("以降の請求から）" in line for line in lines), lines


def test_english_names_the_same_dates() -> None:
    text = " ".join(" ".join(_lines(40, "en")).split())
    assert "2023-09-24" in text and "2023-08-24" in text, text


def test_the_unit_starts_after_a_date_and_ends_after_its_particle() -> None:
    line = "既存会員は2023年9月24日以降の請求から）"
    ((start, end, quoted),) = of_nouns(line)
    assert line[start:end] == "以降の請求から" and not quoted
    line = "更新時の請求は"
    ((start, end, _),) = of_nouns(line)
    assert line[start:end] == "更新時の請求は"
    chain = "以降の特典の利用"
    assert [chain[a:b] for a, b, _ in of_nouns(chain)] == ["特典の利用"]
