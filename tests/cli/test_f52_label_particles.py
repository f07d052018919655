"""Fix round f52 (helper f52msg): review 51a item 31 (a particle after a long Amazon label opened
a line: the sentences now end with the label) and item 19, second half (「携帯電話会社の│プラン
（carrier）」 in cancel --help at 40 columns)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from tests.support.clihelp import run

_PARTICLES = ("を", "と", "に", "が", "は")

# Review 62b item 2 asked for 「Amazonのヘルプページには「この返金は、2~3営業日以内に処理されます」と


def _particle_lines(screen: str) -> list[str]:
    lines = screen.splitlines()
    return [
        f"{before.strip()}│{line.strip()}"
        for before, line in pairwise(lines)
        if before.rstrip().endswith("」") and line.strip().startswith(_PARTICLES)
    ]


@pytest.mark.parametrize(
    ("topic", "columns"),
    [
        ("cancel", 40),
        ("cancel", 42),
        ("cancel", 44),
        ("cancel", 48),
        ("refund", 44),
        ("refund", 46),
    ],
)
def test_31_no_particle_opens_a_line_after_a_label(topic: str, columns: int) -> None:
    screen = run("--lang", "ja", "sources", topic, env={"COLUMNS": str(columns)}).stdout
    assert _particle_lines(screen) == []
    assert "次を選びます：" in screen or "2~3営業日以内に処理されます。" in screen


@pytest.mark.parametrize(
    ("topic", "said"),
    [
        ("cancel", "Choose 「プライム会員資格を終了し、特典の利用を止める」 (end Prime membership"),
        ("cancel", "In the app, tap 「プライム会員情報の管理、キャンセルなど」"),
        ("refund", "「この返金は、2~3営業日以内に処理されます」"),
    ],
)
def test_31_the_english_sentences_keep_amazons_labels(topic: str, said: str) -> None:
    screen = run("--lang", "en", "sources", topic, env={"COLUMNS": "1000"}).stdout
    assert said in screen


def test_19_the_carrier_value_is_one_line_at_40_columns_ja() -> None:
    screen = run("--lang", "ja", "cancel", "--help", env={"COLUMNS": "40"}).stdout
    lines = [line.strip() for line in screen.splitlines()]
    assert "携帯電話会社（carrier）。" in lines
    assert not any(line.endswith("携帯電話会社の") for line in lines)


def test_19_the_carrier_value_is_one_phrase_at_40_columns_en() -> None:
    screen = run("--lang", "en", "cancel", "--help", env={"COLUMNS": "40"}).stdout
    assert any("carrier plan." in line for line in screen.splitlines())
