"""Review 43a, S 19: `XDG_CONFIG_HOME=/proc/nonexistent primehelp renewal … --save` said
「「/proc/nonexistent/primehelp/profile.json」に書き込めません（ファイルがありません）」: the file
is what primehelp was about to create; the folder it could not make was the problem. For every
reason the system gives, a folder still to be made is named as the one that cannot be created."""

from __future__ import annotations

import errno
import tempfile
from pathlib import Path
from typing import Any

import pytest

from primehelp import storage
from primehelp.errors import FileProblem
from tests.support.clihelp import run


@pytest.mark.parametrize(
    "code", [errno.ENOENT, errno.EACCES, errno.EROFS, errno.ENOTDIR, errno.EIO]
)
def test_a_folder_that_cannot_be_made_is_named(
    code: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(code, "refused")

    monkeypatch.setattr(tempfile, "TemporaryFile", refused)
    target = tmp_path / "config" / "primehelp" / "profile.json"
    with pytest.raises(FileProblem) as raised:
        storage.check_can_create(target)
    said = raised.value.message
    assert f"フォルダー「{target.parent}」を作成できないため" in said.ja
    assert f"its folder '{target.parent}' cannot be created" in said.en
    assert "ファイルがありません" not in said.ja and "no such file" not in said.en
    # a folder that exists: the file is the problem, as before
    (tmp_path / "here").mkdir()
    with pytest.raises(FileProblem) as raised:
        storage.check_can_create(tmp_path / "here" / "profile.json")
    assert "フォルダー" not in raised.value.message.ja.split("に書き込めません")[0]


def test_save_under_proc_names_the_folder() -> None:
    env = {"PRIMEHELP_CONFIG_DIR": "/proc/nonexistent/primehelp", "PRIMEHELP_LANG": "ja"}
    done = run("renewal", "2026-12-20", "--plan", "monthly", "--save", env=env)
    assert done.exit_code == 2
    assert "フォルダー「/proc/nonexistent/primehelp」を作成できないため" in done.stderr
    assert "ファイルがありません" not in done.stderr
