"""Every command's output is what tests/golden/ holds, byte for byte.

A wording change is made on purpose: ``uv run python -m tests.support.golden`` rewrites the
files, and the diff shows what changed.
"""

from __future__ import annotations

import difflib

import pytest

from tests.support.golden import GOLDEN_DIR, GROUPS, render_group


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_output_matches_the_golden_transcripts(group: str) -> None:
    expected = (GOLDEN_DIR / f"{group}.txt").read_bytes().decode("utf-8")
    actual = render_group(group).encode("utf-8", "backslashreplace").decode("utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), "golden", "now", n=1, lineterm=""
        )
        pytest.fail(
            f"{group} differs from tests/golden/{group}.txt:\n" + "\n".join(list(diff)[:60])
        )
