"""Japanese breaks between phrases, with BudouX (its default Japanese model) as the reference.

Every Japanese screen (every command and branch of the golden list, and the help) is rendered
at 40, 60, 80 and 120 columns, piped; each line the terminal's breaker broke is checked against
BudouX's phrases. ``data/phrases.txt``, which holds BudouX's decisions for primehelp's own
text, must be what BudouX says today.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import primehelp
from primehelp.message_read import read_message
from primehelp.output import phrases
from primehelp.output.linebreak import URL, LineBreaker
from tests.support import phrases as reference
from tests.support.kinsoku import assert_kinsoku, char_width, divide_at_spaces, text_width

BREAKER = LineBreaker(char_width, text_width, divide_at_spaces, phrases.bundled())


def urls_in(text: str) -> set[str]:
    return {found.rstrip(".,;)]\"'`") for found in URL.findall(text)}


PACKAGE = Path(primehelp.__file__).parent
SHIPPED_URLS = frozenset(  # in the data, and in the help's examples
    url
    for path in sorted([*PACKAGE.glob("data/*.toml"), *PACKAGE.glob("cli/*.py")])
    for url in urls_in(path.read_text(encoding="utf-8").replace('"', " "))
)


@pytest.fixture(scope="module")
def screens() -> list[reference.Screen]:
    return list(reference.screens())


def lines_of(text: str, width: int) -> list[str]:
    offsets = BREAKER.offsets(text, width)
    bounds = [0, *offsets, len(text)]
    return [text[start:end].rstrip() for start, end in itertools.pairwise(bounds)]


def room(screen: reference.Screen) -> int:
    """The widest a paragraph can be: the terminal less indents, help at most 80 columns."""
    is_help = screen.call.args in ((), ("--help",)) or "--help" in screen.call.args
    return min(screen.columns, 80 if is_help else screen.columns) - 8


def test_every_japanese_screen_breaks_between_phrases(screens: list[reference.Screen]) -> None:
    cut = {
        (screen.columns, " ".join(screen.call.args)): found
        for screen in screens
        for wrapped in screen.wrapped
        if (found := reference.cut_phrases(wrapped, room(screen)))
    }
    assert sum(1 for s in screens for w in s.wrapped if w.offsets) > 1000  # breaks were checked
    assert cut == {}


def test_no_line_of_piped_output_ends_in_a_space(screens: list[reference.Screen]) -> None:
    ending = {
        (screen.columns, " ".join(screen.call.args), line)
        for screen in screens
        for line in screen.stdout.split("\n")
        if line.endswith(" ")
    }
    assert sorted(ending)[:10] == []


def test_every_url_is_printed_whole(screens: list[reference.Screen]) -> None:
    # A folded or cut URL no longer opens when copied: each URL on a screen is one that
    # primehelp ships or that the member gave it (a message's links).
    printed, unknown = set(), set()
    for screen in screens:
        given = urls_in(" ".join(screen.call.args))
        for arg in screen.call.args:
            if screen.call.args[0] == "check-message" and Path(arg).is_file():
                reading = read_message(Path(arg).read_bytes())
                given |= urls_in(reading.text) | {link.target for link in reading.links}
        for url in urls_in(screen.stdout):
            printed.add(url)
            if url not in SHIPPED_URLS and url not in given:
                unknown.add((screen.columns, " ".join(screen.call.args)[:40], url))
    assert len(printed) > 40  # URLs were printed
    assert sorted(unknown)[:10] == []


@pytest.mark.parametrize("kind", sorted(phrases.FILES))
def test_the_phrases_files_are_what_budoux_says(screens: list[reference.Screen], kind: str) -> None:
    expected = reference.phrases_of(screens, kind)
    shipped = phrases.bundled(kind)
    assert shipped.alphabet == expected.alphabet
    missing, stale = expected.inside - shipped.inside, shipped.inside - expected.inside
    assert (sorted(missing)[:10], sorted(stale)[:10]) == ([], []), (
        "Japanese text changed: run `uv run python -m tests.support.phrases`"
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("電話（コールバック）", "（コールバック）"),
        (
            "「カスタマーサービスへ連絡」を選ぶと、チャットで問い合わせできます。",
            "カスタマーサービスへ",
        ),
        ("・報告によれば、最初は自動応答（チャットボット）が対応します。", "報告に"),
        ("余裕をみて解約する目安日：2026-12-23（更新日 2026-12-24 の前日）", "更新日 2026-12-24"),
    ],
)
def test_words_and_a_label_with_its_date_stay_whole(text: str, word: str) -> None:
    for width in range(text_width(word) + 2, text_width(text)):  # the word, and a bracket
        lines = lines_of(text, width)
        assert any(word in line for line in lines), (width, lines)
        assert_kinsoku(lines, width)


def test_text_primehelp_does_not_ship_breaks_by_the_kinsoku_rules() -> None:
    text = "ふぉるてぃしもぴあにっしもくれっしぇんどでぃみぬえんど"  # no window of it is known
    plain = LineBreaker(char_width, text_width, divide_at_spaces)
    for width in range(4, 30):
        assert BREAKER.offsets(text, width) == plain.offsets(text, width)


def test_a_window_decides_as_budoux_does_wherever_it_is() -> None:
    # The same words in a sentence the data never saw: BudouX decides from the window alone.
    text = "会員の方は「カスタマーサービスへ連絡」から"
    starts = reference.boundaries(text)
    padded = phrases.bundled().windows_of(text)
    for at in range(1, len(text)):
        window = phrases.Phrases.window(padded, at, at)
        if window in phrases.bundled().inside:
            assert reference.inside_phrase(text, at, starts), (at, window)


def test_the_reference_keeps_ascii_runs_and_spaces_in_mind() -> None:
    assert reference.boundaries("（2026年12月2日確認）") <= {1, 6, 9}
    line = "探す表示：「カスタマーサービス」 → 「カスタマーサービスへ連絡」"
    assert not reference.inside_phrase(line, line.index("→"))
    assert reference.inside_phrase("更新日 2026-12-24 の前日", 4)
