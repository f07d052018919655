"""Review 43a, S 29: 「フリーダイヤル0120-999-373」 (how Japanese pages and SMS write a toll-free
number) was refused (「使えない文字「フ」があります」), while 「電話：」 and 「TEL:」 were read.
Every label check-number strips, with every separator and width a member pastes, gives the same
reading as the number alone."""

from __future__ import annotations

import unicodedata
from typing import Any

from primehelp import phone
from tests.support.clihelp import run


def _results(raw: str) -> list[dict[str, Any]]:
    done = run("check-number", raw, "--json")
    assert done.exit_code in (0, 1), (raw, done.stderr)
    results: list[dict[str, Any]] = done.json()["data"]["results"]
    return [{k: v for k, v in result.items() if k != "input"} for result in results]


def test_every_label_before_a_number_is_read_as_the_number() -> None:
    assert {"フリーダイヤル", "フリーコール", "ナビダイヤル"} <= set(phone._LABELS)
    for number in ("0120-999-373", "0570-000-000"):
        alone = _results(number)
        for label in phone._LABELS:
            for written in {label, label.upper(), unicodedata.normalize("NFKD", label)}:
                for sep in ("", " ", ":", "：", "　"):
                    assert _results(f"{written}{sep}{number}") == alone, (written, sep)


def test_half_width_katakana_label() -> None:
    assert _results("ﾌﾘｰﾀﾞｲﾔﾙ 0120-999-373") == _results("0120-999-373")
