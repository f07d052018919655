"""Review 51b: the remind screens (items 9-13, 19, 24)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run
from tests.support.remind_env import remind_env, systemd_machine


@pytest.mark.parametrize("notifier", [True, False])
@pytest.mark.parametrize("scheduler", ["systemd", "cron"])
def test_13_uninstall_reports_the_notifier_as_status_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str, notifier: bool
) -> None:
    """Item 13: uninstall said ``"notifier_found": true`` with no notify-send on PATH."""
    here = systemd_machine(tmp_path, monkeypatch)
    env = remind_env(here)
    if not notifier:
        (here / "bin" / "notify-send").unlink()
    for action in ("status", "uninstall"):
        done = run("remind", action, "--scheduler", scheduler, "--json", env=env)
        assert done.json()["data"]["notifier_found"] is notifier, (action, done.stdout)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_10_11_no_crontab_check_is_set_up_not_written_and_the_line_comes_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """Item 10: 「primehelpが書いた毎日の確認もないため」 after another 「ないため」; item 11:
    「crontab に追加する行を表示します。」 read as if the line were shown now."""
    import primehelp.cli.remind as command

    (tmp_path / "bin").mkdir()
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    env = remind_env(tmp_path)
    gone = run("remind", "uninstall", "--lang", lang, env=env).stdout
    said = {
        "ja": "このコンピューターには `crontab` コマンドがなく、primehelpが設定した毎日の確認も見つからないため、削除するものはありません。",
        "en": "This computer has no crontab command and no daily check set up by primehelp was found, so there is nothing to remove.",
    }
    assert said[lang] in gone.replace("\n", "" if lang == "ja" else " ")
    assert gone.count("ないため") <= 1 and "書いた" not in gone
    later = {
        "ja": "を実行してください。そのときに、`crontab` に追加する行が表示されます。",
        "en": "again for the line to add.",
    }
    done = run("remind", "install", "--scheduler", "cron", "--lang", lang, env=env)
    assert later[lang] in done.stdout.replace("\n", "" if lang == "ja" else " ")


CHANGED = {
    "ja": "primehelpが書いた後に変更されたファイルがあるため、`primehelp due --notify` が毎日",
    "en": "a file here was changed since primehelp wrote it, so primehelp cannot tell whether "
    "`primehelp due --notify` runs",
}
REPLACE = {
    "ja": "primehelpの毎日の確認に置き換えるには：`primehelp remind install --force`",
    "en": "To replace it with primehelp's daily check: `primehelp remind install --force`",
}
REFUSED = {
    "ja": "primehelp-due.service」はprimehelpが書いた後に変更されているため、変更していません。",
    "en": "primehelp-due.service' was changed since primehelp wrote it and was left unchanged",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_12_an_edited_unit_is_named_as_edited_and_its_commands_are_in_backticks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """Item 12: 「書いたものではない（または書いた後に変更された）」 where status and install know
    the file was primehelp's, changed since; two commands bare beside backticked ones."""
    here = systemd_machine(tmp_path, monkeypatch)
    env = remind_env(here)
    assert run("remind", "install", env=env).exit_code == 0
    service = here / "xdg" / "systemd" / "user" / "primehelp-due.service"
    service.write_bytes(service.read_bytes() + b"# edited\n")
    done = run("remind", "status", "--lang", lang, env=env)
    flat = " ".join(done.stdout.split()).replace("。 ", "。").replace("： ", "：")
    assert CHANGED[lang] in flat and REPLACE[lang] in flat, done.stdout
    assert "または" not in flat and "(or was changed since)" not in flat
    refused = run("remind", "install", "--lang", lang, env=env)
    assert refused.exit_code == 2 and REFUSED[lang] in " ".join(refused.stderr.split())


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_24_systemd_s_screen_says_nothing_of_a_crontab_with_no_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """Item 24: 「`crontab` に、primehelp due を実行する行はありません。」 on a systemd setup."""
    from tests.support.clihelp import fake_tool
    from tests.support.remind_env import crontab_printing

    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", crontab_printing("0 5 * * * /bin/true"))
    env = remind_env(here)
    for action in ("install", "status"):
        done = run("remind", action, "--lang", lang, env=env)
        assert done.exit_code == 0, done.stdout
        assert "crontab" not in done.stdout.replace("`crontab -e`", ""), (action, done.stdout)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_9_19_due_s_answer_and_the_crontab_lines_name_commands_in_backticks(
    tmp_path: Path, lang: str
) -> None:
    """Item 9: 「primehelp due は今、次のように答えます：」 and due's example bare; item 19:
    「crontab に、primehelp due を実行する行はありません。」."""
    import re

    from tests.support.clihelp import fake_tool
    from tests.support.remind_env import NO_CRONTAB

    env = remind_env(tmp_path)
    (tmp_path / "profile" / "profile.json").unlink()
    fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
    done = run("remind", "install", "--scheduler", "cron", "--lang", lang, env=env)
    flat = " ".join(done.stdout.split())
    lead = {
        "ja": "今 `primehelp due` を実行すると、次のように表示されます：",  # 52b item 20
        "en": "Running `primehelp due` now shows:",
    }
    assert lead[lang] in flat.replace("す： ", "す："), done.stdout
    assert "`primehelp renewal 2026-12-31" in flat or "`primehelp renewal" in flat
    said = [line for line in done.stdout.splitlines() if "-m primehelp" not in line]  # not cron's
    plain = re.sub(r"`[^`]*`", "", " ".join(" ".join(said).split()))
    assert "primehelp due" not in plain and "primehelp renewal" not in plain, plain
