"""The README's terminal pictures are what primehelp prints now (docs/pictures/*.svg).

Regenerate them with ``uv run python -m tests.support.pictures`` after changing the output.
"""

from __future__ import annotations

import pytest

from tests.support.pictures import PICTURES, ROOT, Picture, path_of, svg, wide_characters_fixed


@pytest.mark.parametrize("picture", PICTURES, ids=lambda p: p.name)
def test_committed_picture_is_the_output_of_today(picture: Picture) -> None:
    committed = path_of(picture).read_text("utf-8")
    assert svg(picture) == committed, (
        f"{path_of(picture).relative_to(ROOT)} is stale: run `uv run python -m tests.support.pictures`"
    )


@pytest.mark.parametrize("picture", PICTURES, ids=lambda p: p.name)
def test_the_readme_shows_the_picture(picture: Picture) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert f"](docs/pictures/{picture.name}.svg)" in readme


def test_a_run_of_japanese_is_as_wide_as_the_cells_it_fills() -> None:
    # 12.2 is one cell; 「解約」 fills 4 cells plus 1 for the space, "ab" 2.
    before = (
        '<text class="r1" x="0" y="20" textLength="36.6" clip-path="x">&#160;解約</text>'
        '<text class="r1" x="61" y="20" textLength="24.4" clip-path="x">ab</text>'
    )
    after = wide_characters_fixed(before)
    assert 'textLength="61"' in after  # 5 cells × 12.2
    assert 'textLength="24.4"' in after  # unchanged
