"""Reading a phrases file a piece at a time (start-up: ``HashedWindows.of_lines``) finds exactly
the windows that reading it a line at a time found, for both shipped files, wherever a piece
ends, and for a file written with CRLF line ends."""

from __future__ import annotations

import io

import pytest

from primehelp.output import phrases


def _line_at_a_time(windows: str) -> frozenset[int]:
    """The former reading: each line through ``io.StringIO``, with ``str.rstrip``."""
    return frozenset(map(hash, map(str.rstrip, io.StringIO(windows))))


def _windows(kind: str) -> str:
    return (phrases.DATA_DIR / phrases.FILES[kind]).read_text("utf-8").partition("\n")[2]


@pytest.mark.parametrize("kind", sorted(phrases.FILES))
@pytest.mark.parametrize("piece", [1, 6, 7, 8, 100, 8192, 10**7])
def test_a_piece_at_a_time_finds_what_a_line_at_a_time_did(
    kind: str, piece: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(phrases, "_PIECE", piece)
    windows = _windows(kind)
    found = phrases.HashedWindows.of_lines(windows)
    expected = _line_at_a_time(windows)
    assert set(found._hashes) == set(expected)
    assert len(found) == len(expected) > 1000
    for window in windows.split("\n")[:: max(1, piece // 3)]:
        assert (window in found) == bool(window)


@pytest.mark.parametrize(
    "text", ["", "\n", "abcdef", "abcdef\n", "ab\nabcdef\n\nxyz\n", "a\r\nb\r\n"]
)
def test_short_files_and_crlf_read_as_before(text: str) -> None:
    assert set(phrases.HashedWindows.of_lines(text)._hashes) == set(_line_at_a_time(text)) - {
        hash("")
    }


def test_the_bundled_phrases_are_read_a_piece_at_a_time() -> None:
    shipped = phrases.bundled()
    assert isinstance(shipped.inside, phrases.HashedWindows)
    assert len(shipped.inside) == len(_line_at_a_time(_windows("output")))
