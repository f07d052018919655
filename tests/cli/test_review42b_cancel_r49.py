"""Review 42b item 8 (round 49): ``cancel --trial`` with a saved paid renewal date said twice
that the trial's date is on the Prime page and to give it with --renewal (the paragraph, then the
note setting the saved date aside). Now the saved date adds only that it is set aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_the_set_aside_date_adds_no_second_advice(tmp_path: Path, lang: str) -> None:
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "COLUMNS": "200"}
    args = ("cancel", "--no-interactive", "--trial", "--today", "2026-12-06", "--lang", lang)
    before = run(*args, env=env).stdout
    saved = run("renewal", "2026-12-20", "--plan", "annual", "--save", "--today", "2026-12-06",
                env=env)  # fmt: skip
    assert saved.exit_code == 0, saved.stderr
    # the closing advice to delete the saved date (review 61b, item 1) is not a second advice
    after = run(*args, env=env).stdout.split("\n\n")
    after = "\n\n".join(part for part in after if "profile --clear" not in part)
    assert "2026" in after and after != before
    for said in ("--renewal", "Amazonプライム会員情報" if lang == "ja" else "Prime membership"):
        assert after.count(said) == before.count(said), f"{said}: {after}"
