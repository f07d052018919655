"""Review 47c, item 1 (R-major): a refund under Amazon's own 「AMAZON PRIME」 is never read as the
refund of a look-alike (「AMAZ0N PRIME」, 「AMAZON\\u202ePRIME」) or extra-word (「AMAZON PRIME TOKYO」)
charge; it takes the same-text charge, and the doubled-fee warning stays."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run

FILES = Path(__file__).parents[1] / "fixtures" / "review47c"
ENV = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}


def _run(name: str, lang: str = "ja", json: bool = False) -> Any:
    args = ("charge", "--statement", str(FILES / name), "--lang", lang)
    done = run(*args, *(("--json",) if json else ()), env=ENV)
    assert done.exit_code in (0, 1), done.stderr
    return done.json()["data"] if json else done.stdout


def _rows(data: Any) -> dict[int, Any]:
    return {x["row"]: x for x in data["lines"]}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("name", ["ref1.csv", "ref_extra_word.csv"])
def test_a_genuine_refund_takes_the_same_text_charge(name: str, lang: str) -> None:
    rows = _rows(_run(name, lang, json=True))
    assert rows[4]["refund_of_row"] == 2  # 10/03 「AMAZON PRIME」, not the 10/09 look-alike
    # the doubled-fee warning stays beside a borrowed name (「AMAZON PRIME TOKYO」); a look-alike
    # is in no twice-a-month check since review 63c (R-minor 7): its own sign only
    twice = name == "ref_extra_word.csv"
    assert ("monthly_guess_twice" in rows[2]["flags"]) is twice
    assert ("monthly_guess_twice" in rows[3]["flags"]) is twice
    assert twice or "looks_like_amazon" in rows[3]["flags"]
    out = _run(name, lang)
    said = {"ja": "2026年10月3日の月会費（600円）の返金の可能性があります。", "en": "2026-10-03"}
    assert said[lang] in out
    assert "10月9日の「AMAZ" not in out  # never 「2026年10月9日の「AMAZ0N PRIME」（…）の返金」


def test_the_order_of_the_rows_does_not_matter() -> None:
    for lang in ("ja", "en"):
        rows = _rows(_run("ref_rtl.csv", lang, json=True))
        assert rows[2]["refund_of_row"] == 4  # 「AMAZON\u202ePRIME」 at row 3 is never taken
        assert "looks_like_amazon" in rows[3]["flags"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_look_alike_alone_is_named_never_claimed(lang: str) -> None:
    rows = _rows(_run("ref_only_alike.csv", lang, json=True))
    assert rows[3]["refund_of_row"] is None
    assert "looks_like_amazon" in rows[2]["flags"]
    said = {
        "ja": "2026年10月9日の「AMAZ0N PRIME」（600円）は、Amazonの表記に似ていますがつづりが違う"
        "ため、Amazonの返金の対象とは考えにくいです。",
        "en": "The charge “AMAZ0N PRIME” of 600 yen on 2026-10-09 looks like Amazon's text but is "
        "spelt differently, so it is unlikely to be what Amazon refunded.",
    }
    assert said[lang] in rows[3]["detail"]
    assert said[lang] in _run("ref_only_alike.csv", lang)
