"""Review 46b item 2: English `cancel` at 40 columns broke quoted Japanese labels inside words
(「…Amazon│プライム」, 「…止め│る」); a label wider than the line breaks between its phrases,
as on the Japanese screen."""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import run

# each label, and the only places it may break (between its phrases)
LABELS = {
    "プライム無料体験と特典利用を止める": {"プライム無料体験と"},
}
# (the carrier screen's au plan is no longer quoted as a label: review 53b item 2)
SCREENS = [
    ("cancel", "--no-interactive", "--student", "--renewal", "2026-12-07"),
]


def _breaks(stdout: str, label: str) -> list[set[str]]:
    """Where ``label`` breaks in each place it is printed: the text before each line end."""
    text = "\n".join(line.strip() for line in stdout.splitlines())
    pattern = "\n?".join(re.escape(char) for char in label)
    found = []
    for match in re.finditer(pattern, text):
        pieces = match.group().split("\n")
        found.append({"".join(pieces[: i + 1]) for i in range(len(pieces) - 1)})
    return found


@pytest.mark.parametrize("columns", [40, 50, 60, 80])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_quoted_labels_break_between_phrases(lang: str, columns: int) -> None:
    seen = 0
    for args in SCREENS:
        done = run("--lang", lang, *args, env={"COLUMNS": str(columns), "TZ": "UTC"})
        assert done.exit_code == 0, done.stderr
        for label, allowed in LABELS.items():
            for cuts in _breaks(done.stdout, label):
                seen += 1
                assert cuts <= allowed, f"{label} cut at {cuts} ({args}, {columns}):\n{done.stdout}"
    assert seen >= 1
