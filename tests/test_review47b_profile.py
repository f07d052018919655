"""Review 47b S 15: a relative PRIMEHELP_CONFIG_DIR was shown relative after 「保存場所：」, so the
member could not tell where from another folder; the path is now absolute."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s15_a_relative_config_folder_is_named_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.chdir(tmp_path)
    env = {"PRIMEHELP_CONFIG_DIR": "relative/dir", "COLUMNS": "1000"}
    done = run("renewal", "2026-12-20", "--save", "--today", "2026-12-06", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    whole = str(tmp_path / "relative" / "dir" / "profile.json")
    assert whole in done.stderr, done.stderr
    assert (tmp_path / "relative" / "dir" / "profile.json").is_file()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s11_a_typed_date_with_a_saved_student_plan_says_so(tmp_path: Path, lang: str) -> None:
    """Review 47b S 11: `cancel --renewal DATE` with a saved Prime Student plan showed regular
    Prime without a word: a line names the saved kind and the flag."""
    from primehelp.facts import labels

    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "1000"}
    saved = run("renewal", "2026-12-20", "--plan", "student-monthly", "--save", env=env)
    assert saved.exit_code == 0, saved.stderr
    said = labels("ui_cancel")["saved_student_typed_date"](lang)  # type: ignore[arg-type]
    args = ("cancel", "--no-interactive", "--renewal", "2026-12-25", "--lang", lang)
    assert said in run(*args, env=env).stdout
    for flag in ("--student", "--regular"):  # the kind given: nothing to say
        assert said not in run(*args, flag, env=env).stdout
