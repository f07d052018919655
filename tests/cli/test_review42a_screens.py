"""Review 42a, round 50 (sources, subscriptions, complain, language selection)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run


@pytest.mark.parametrize("columns", [40, 50, 60, 80])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_22_every_service_keeps_its_sources_in_its_block(columns: int, lang: str) -> None:
    """Review 42a item 22 / 41a item 21 (decided in round 50): at 40 columns Amazon Photos' URL
    (39 cells) stood at the margin, and under 60 every service's 「出典：」 did. A URL is never
    wrapped and never outdented: each service's 「出典：」 is indented 2, its URLs 4, at every
    width, and a URL wider than what is left runs past the line."""
    out = run("subscriptions", env={"PRIMEHELP_LANG": lang, "COLUMNS": str(columns)}).stdout
    head = "出典：" if lang == "ja" else "Sources:"
    blocks = out.split("\n\n")[1:]  # after the page's own overview
    services = [block for block in blocks if f"\n  {head}\n" in block]
    assert len(services) >= 5, out
    for block in blocks:
        lines = block.splitlines()
        if head not in block or lines[0].startswith(" "):
            continue
        for line in lines[lines.index(f"  {head}") + 1 :]:
            if "://" in line:
                assert line.startswith("    http"), block
    photos = next(block for block in services if "amazon-photos" in block)
    assert "\n    https://siroinu.com/start/amazon-photos" in photos, photos
