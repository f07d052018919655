"""primehelp.streams: complete writes to non-blocking pipes, lossless JSON, sane widths."""

from __future__ import annotations

import json
import os
import threading

import pytest

from primehelp.streams import DEFAULT_COLUMNS, lossless_json, sane_columns, write_fully


def test_write_fully_to_a_non_blocking_pipe_is_complete() -> None:
    """A plain os.write stops at the pipe's 64 KiB (or raises BlockingIOError)."""
    data = bytes(range(256)) * 4096  # 1 MiB
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    received = bytearray()

    def reader() -> None:
        while chunk := os.read(read_end, 65536):
            received.extend(chunk)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        write_fully(write_end, data)
    finally:
        os.close(write_end)
        thread.join(timeout=60)
        os.close(read_end)
    assert bytes(received) == data


def test_a_plain_write_to_a_non_blocking_pipe_is_short() -> None:
    """The fault write_fully exists for (this machine's pipe holds less than 1 MiB)."""
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    try:
        written = os.write(write_end, b"x" * (1 << 20))
    finally:
        os.close(write_end)
        os.close(read_end)
    assert written < 1 << 20


# "〜" (U+301C): CP932 encodes it, but as the byte pair that decodes to "～" (U+FF5E).
DOCUMENT = {"fee": "600円 – 5,900円", "note": "二重線 — 😀 ～ ＼", "range": "2024年〜2026年"}


@pytest.mark.parametrize("encoding", ["euc_jp", "shift_jis", "cp932", "iso2022_jp", "ascii", "latin-1", "no-such-codec"])  # fmt: skip
def test_lossless_json_round_trips_in_narrow_encodings(encoding: str) -> None:
    text = json.dumps(DOCUMENT, ensure_ascii=False)
    carried = lossless_json(text, encoding)
    codec = "ascii" if encoding == "no-such-codec" else encoding
    assert json.loads(carried.encode(codec).decode(codec)) == DOCUMENT
    assert "?" not in carried


def test_lossless_json_keeps_what_the_encoding_has() -> None:
    text = json.dumps(DOCUMENT, ensure_ascii=False)
    assert lossless_json(text, "utf-8") == text
    assert "600円" in lossless_json(text, "euc_jp")  # only the missing characters are escaped
    assert "\\u2013" in lossless_json(text, "euc_jp")


@pytest.mark.parametrize(
    ("value", "columns"),
    [("0", DEFAULT_COLUMNS), ("-5", DEFAULT_COLUMNS), ("", DEFAULT_COLUMNS), ("wide", DEFAULT_COLUMNS),
     ("99999", DEFAULT_COLUMNS), (None, DEFAULT_COLUMNS), (0, DEFAULT_COLUMNS), ("100", 100), (40, 40)],
)  # fmt: skip
def test_sane_columns(value: int | str | None, columns: int) -> None:
    assert sane_columns(value) == columns
