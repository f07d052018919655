"""Review 25b item 3: ``remind install --scheduler systemd`` where systemd cannot run the timer
wrote the unit files, then failed with an English reason and two systemctl commands that
cannot work there. Now: nothing written, why in the member's language, cron where it exists;
where systemd runs but systemctl fails, its exit code in the member's language."""

from __future__ import annotations

from pathlib import Path

import pytest

import primehelp.cli.remind as command
from tests.support.clihelp import fake_tool, run

FAILS = "#!/bin/sh\necho 'Failed to connect to bus: No medium found' >&2\nexit 1\n"
SILENT = "#!/bin/sh\nexit 1\n"


def _install(here: Path, lang: str, *, out: bool = False) -> tuple[int, str]:
    env = {
        "PATH": str(here / "bin"),
        "XDG_CONFIG_HOME": str(here / "xdg"),
        "PRIMEHELP_CONFIG_DIR": str(here / "profile"),
        "COLUMNS": "1000",
    }
    done = run("remind", "install", "--scheduler", "systemd", "--lang", lang, env=env)
    return done.exit_code, "".join(done.stdout.split()) if out else done.stderr


@pytest.mark.parametrize(("lang", "crontab"), [("ja", True), ("ja", False), ("en", True)])
def test_3_nothing_written_where_systemd_does_not_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, crontab: bool
) -> None:
    fake_tool(tmp_path / "bin", "systemctl", FAILS)
    if crontab:
        fake_tool(tmp_path / "bin", "crontab", "#!/bin/sh\nexit 0\n")
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    code, stderr = _install(tmp_path, lang)
    assert code == 2 and stderr.count("\n") == 1, stderr
    assert not (tmp_path / "xdg").exists()  # no unit file, no folder
    assert "systemctl --user" not in stderr and "Failed to connect" not in stderr
    cron = "`primehelp remind install --scheduler cron`"
    if lang == "en":
        assert "systemd is not running on this computer" in stderr and cron in stderr
        assert "no file was written" in stderr
    elif crontab:
        assert stderr == (
            "primehelp: エラー: このコンピューターではsystemdが動いていないため、systemdの"
            "タイマーは設定できません（ファイルは書き込んでいません）。cronを使う場合は "
            f"{cron} を実行してください。\n"
        )
    else:
        assert (
            cron not in stderr
            and "`crontab` コマンドもないため、cronでも設定できません。" in stderr
        )


@pytest.mark.parametrize(
    ("script", "reason"),
    [
        (
            FAILS,
            "（`systemctl` の終了コード：1、表示：「Failed to connect to bus: No medium found」）",
        ),
        (SILENT, "（`systemctl` の終了コード：1）"),
    ],
)
def test_3_the_systemctl_reason_in_the_members_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str, reason: str
) -> None:
    fake_tool(tmp_path / "bin", "systemctl", script)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path)  # systemd runs
    code, stderr = _install(tmp_path, "ja", out=True)
    # review 46b item 5: the files are written, a step is left: said on stdout, exit 1
    said = "".join(("有効にできませんでした" + reason + "。").split())
    assert code == 1 and said in stderr, stderr
    assert "exit code" not in stderr
