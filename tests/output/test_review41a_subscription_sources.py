"""Review 40a S 21 / 41a item 21: under 60 columns each service's 「出典：」 and its URLs stood at
the margin like the page's own 「出典：」, reading as a new section. At every width, in both
languages, every line of a service's block (its sources included) is indented under its name,
but a lone URL that fits the line only at the margin."""

from __future__ import annotations

import pytest

from primehelp.output.linebreak import unicode_text_width
from tests.support.clihelp import run


def _blocks(screen: str, head: str) -> list[list[str]]:
    """Each service's lines: from its name (a line at the margin followed by an indented one,
    not the page's own 「出典：」) to the blank line after it."""
    lines = screen.splitlines()
    found: list[list[str]] = []
    for at, line in enumerate(lines[:-1]):
        name = line and not line[0].isspace() and not line.startswith(head)
        if name and lines[at + 1].startswith("  "):
            end = next((i for i in range(at + 1, len(lines)) if not lines[i].strip()), len(lines))
            found.append(lines[at + 1 : end])
    return found


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 45, 50, 59, 60, 80, 120])
def test_every_service_keeps_its_sources_indented(lang: str, columns: int) -> None:
    screen = run("subscriptions", env={"PRIMEHELP_LANG": lang, "COLUMNS": str(columns)}).stdout
    head = "出典：" if lang == "ja" else "Sources:"
    blocks = _blocks(screen, head)
    assert len(blocks) >= 4, screen
    for block in blocks:
        assert any(line.strip().startswith(head) for line in block), block
        # only a lone URL that fits the line without the indent alone stands at the margin
        # rather than run past it (review 37b item 7)
        outdented = [line for line in block if not line.startswith("  ")]
        for line in outdented:
            assert "://" in line and " " not in line, (columns, block)
            assert unicode_text_width(line) + 2 > columns >= unicode_text_width(line), line
