"""A config folder the user may not look into, on every machine (issue 10).

tests/test_profile_hostile.py refuses the folder for real (mode 000, or as root becoming the
nobody user); one of its two cases is skipped by design on each machine, and both are skipped
where nobody cannot start the venv's python (a clone in a private temporary folder, as root).
Here the refusal is made in-process instead: every file call under the folder raises
PermissionError, as the kernel does for a folder of mode 000. So the case always runs.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

from primehelp.profile import CONFIG_DIR_ENV
from tests.support.clihelp import run

CALLS = ("open", "stat", "lstat", "unlink", "remove", "rename", "replace", "scandir", "listdir")


def _refuse_under(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refusing(name: str) -> Any:
        real = getattr(os, name)

        def call(path: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(path, str | os.PathLike) and str(os.fspath(path)).startswith(str(folder)):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
            return real(path, *args, **kwargs)

        return call

    for name in CALLS:
        monkeypatch.setattr(os, name, refusing(name))


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("args", [("profile", "--clear"), ("profile",), ("due",)])
def test_a_folder_that_cannot_be_read_is_one_line_and_the_profile_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], lang: str
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    saved = json.dumps({"schema_version": 1, "renewal_date": "2026-12-31", "plan": "annual"})
    (config / "profile.json").write_text(saved, encoding="utf-8")
    with monkeypatch.context() as patched:
        _refuse_under(config, patched)
        done = run(*args, "--lang", lang, env={CONFIG_DIR_ENV: str(config)})
    assert "Traceback" not in done.stderr, done.stderr
    assert done.exit_code == 2, (done.exit_code, done.stdout, done.stderr)
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert str(config) in lines[0]
    if lang == "en":
        assert "permission denied" in lines[0].lower()
    assert (config / "profile.json").read_text(encoding="utf-8") == saved
