"""Review 36b item 10 (English): one name for the cancel-by date in due, renewal, trial and the
.ics texts. 「解約の目安日」 is one name in Japanese; English said "cancel-by date", "the last day
to cancel with a safety margin" and "the last safe day to cancel" (as if Amazon guaranteed it)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from primehelp.due_text import WORDING

DATA = Path(__file__).resolve().parents[1] / "primehelp" / "data"
OTHER_NAMES = re.compile(r"last (?:safe )?day to cancel|safe day|to be safe|last day for cancel")


def _english() -> dict[str, str]:
    texts = {f"due_text.{key}": text.en for key, text in WORDING.items()}
    for name in ("reminder", "trial", "ui_renewal", "ui_calendar"):
        document = tomllib.loads((DATA / f"{name}.toml").read_text("utf-8"))

        def walk(node: object, path: str) -> None:
            if isinstance(node, dict):
                if isinstance(node.get("en"), str):
                    texts[path] = node["en"]
                for key, value in node.items():
                    walk(value, f"{path}.{key}")

        walk(document, name)
    return texts


TEXTS = _english()


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_no_other_name_for_the_cancel_by_date(key: str) -> None:
    assert not OTHER_NAMES.search(TEXTS[key]), TEXTS[key]


@pytest.mark.parametrize("key", sorted(k for k in WORDING if k.startswith(("renewal.", "trial."))))
def test_every_due_line_with_the_date_names_it(key: str) -> None:
    text = WORDING[key].en
    if "{cancel_by}" in text:
        assert "cancel-by date" in text, text
