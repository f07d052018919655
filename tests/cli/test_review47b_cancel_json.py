"""Review 47b item 5: `cancel --student --json` gave the regular Prime labels with no word that
the Prime Student screens are unchecked, and no word of which answers were assumed, both of which
the screen says."""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.facts import labels
from tests.support.clihelp import run


def _data(tmp_path: Path, *flags: str, lang: str) -> dict[str, object]:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path)}  # nothing saved
    done = run("cancel", "--no-interactive", *flags, "--lang", lang, "--json", env=env)
    assert done.exit_code == 0, done.stderr
    data: dict[str, object] = done.json()["data"]
    return data


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_student_json_says_its_labels_are_unchecked(tmp_path: Path, lang: str) -> None:
    note = labels("ui_cancel")["student_labels"](lang)  # type: ignore[arg-type]
    data = _data(tmp_path, "--student", lang=lang)
    assert data["student_labels_note"] == note
    assert data["assumed"] == ["via", "trial"]
    shown = run("cancel", "--no-interactive", "--student", "--lang", lang, env={"COLUMNS": "1000"})
    assert note in shown.stdout  # the same words as the screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_regular_prime_has_no_student_note_and_names_what_was_assumed(
    tmp_path: Path, lang: str
) -> None:
    data = _data(tmp_path, lang=lang)
    assert data["student_labels_note"] is None
    assert data["assumed"] == ["via", "trial", "student"]
    given = _data(tmp_path, "--via", "app", "--trial", "--regular", lang=lang)
    assert given["assumed"] == []
    carrier = _data(tmp_path, "--via", "carrier", lang=lang)
    assert carrier["assumed"] == []  # at a carrier, trial and student do not matter
