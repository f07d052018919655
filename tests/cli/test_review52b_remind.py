"""Review 52b: the remind command (items 1, 20, 21, 31, 32, 33)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run
from tests.support.remind_env import remind_env, systemd_machine

FORCE = {
    "ja": "primehelp: エラー: --force は install か uninstall と一緒に指定してください"
    "（例：`primehelp remind install --force`）。",
    "en": "primehelp: error: --force goes with install or uninstall "
    "(e.g. `primehelp remind install --force`)",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_31_status_force_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """Item 31: `remind status --force` was accepted silently (exit 0)."""
    env = remind_env(systemd_machine(tmp_path, monkeypatch))
    done = run("remind", "status", "--force", "--lang", lang, env=env)
    assert done.exit_code == 2
    assert done.stdout == ""
    assert done.stderr.strip() == FORCE[lang]
    assert run("remind", "status", "--lang", lang, env=env).exit_code == 0


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_1_each_action_starts_its_own_line_in_the_help(columns: str) -> None:
    """Item 1: 「status：」 ended a line, its explanation on the next (a hanging list, as --force)."""
    done = run("--lang", "ja", "remind", "--help", env={"COLUMNS": columns})
    lines = [line.strip() for line in done.stdout.splitlines()]
    lines = lines[lines.index("引数：") + 1 : lines.index("オプション：")]
    for action in ("install", "uninstall", "status"):
        starts = [line for line in lines if line.startswith(f"{action}：")]
        assert len(starts) == 1 and len(starts[0]) > len(action) + 1, done.stdout
    assert not any(line.endswith("：") for line in lines), done.stdout
    assert any(line.endswith("（必須）次のいずれか。") for line in lines), done.stdout
