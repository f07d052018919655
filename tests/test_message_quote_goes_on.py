"""Review 46a item 8: message_quote's "the line goes on" pattern reads only the last word for a
link, so a long unbroken run is read once, not from every character (the time is measured in
benchmarks/message.py, "200 KB without a space": never a timed test). What it matches is
unchanged: these cases pin it."""

from __future__ import annotations

import pytest

from primehelp import message_quote


@pytest.mark.parametrize(
    ("line", "goes_on"),
    [
        ("詳しくは https://www.amazon.co.jp/gp/css", True),  # a link ends the line
        ("x" * 5000 + "https://evil.top/", True),  # one long word holding a link
        ("see " + "x" * 5000 + "://y", True),
        ("お支払い方法を", True),  # a particle
        ("2026年12月から", True),
        ("https://evil.top/ のページで確認してください", False),  # a link not at the end
        ("x" * 5000, False),
        ("ご確認ください。", False),
    ],
)
def test_a_line_goes_on_after_a_particle_or_a_link_at_its_end(line: str, goes_on: bool) -> None:
    assert (message_quote._GOES_ON.search(line) is not None) is goes_on
