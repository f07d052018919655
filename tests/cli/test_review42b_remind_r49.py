"""Review 42b, round 49: items of the remind screens.

Item 4: with no ``notify-send``, ``remind status`` (and ``install``) with the timer on opened with
an unqualified 「毎日の確認は有効です」 and put the warning last (on install, after the uninstall
line). Now the state line itself says the check is on but shows nothing, and what to install comes
right under it, before every other line; status still exits 0 (a report), install 1.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import (
    NO_CRONTAB,
    calendar_hint,
    remind_env,
    remind_ui,
    systemd_machine,
)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_no_notifier_the_state_line_says_so_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    env = remind_env(here)
    assert run("remind", "install", "--lang", lang, env=env).exit_code == 0
    (here / "bin" / "notify-send").unlink()
    on = remind_ui("enabled")(lang)  # type: ignore[arg-type]
    said = remind_ui("enabled_no_notifier").format(tool="notify-send")(lang)  # type: ignore[arg-type]
    later = remind_ui("no_notifier").format(tool="notify-send")(lang)  # type: ignore[arg-type]
    for action, code in (("status", 1), ("install", 1)):  # status as install (60b item 9)
        done = run("remind", action, "--lang", lang, env=env)
        assert done.exit_code == code, done.stdout
        flat = " ".join(done.stdout.split()) if lang == "en" else "".join(done.stdout.split())
        join = (lambda t: " ".join(t.split())) if lang == "en" else (lambda t: "".join(t.split()))
        assert join(on) not in flat, done.stdout
        assert join(later) not in flat, done.stdout  # said once, in place
        assert join(said) in flat, done.stdout
        at = flat.index(join(said))
        for key in ("not_in_crontab", "undo"):  # everything else comes after it
            text = join(remind_ui(key)(lang))  # type: ignore[arg-type]
            assert text not in flat or flat.index(text) > at, f"{action} {key}: {done.stdout}"
        assert flat.count(join(calendar_hint(lang))) == 1  # the saved date named (64b item 1)
