"""Review 48b (round 58), remind: item 3 (uninstall without --force, the timer edited since
install: 「削除するものはありません…設定されていません」 then 「まだ止まっていません」)."""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.remind import TIMER
from tests.cli.test_remind import home, units_dir  # noqa: F401  (the fixture)
from tests.cli.test_review39b_remind import remind
from tests.support.remind_env import remind_ui


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_edited_timer_kept_is_not_called_nothing_set_up(
    home: Path,  # noqa: F811
    lang: str,
) -> None:
    assert remind(home, "install", "--scheduler", "systemd").returncode == 0
    timer = units_dir(home) / TIMER
    timer.write_bytes(timer.read_bytes() + b"# my edit\n")
    done = remind(home, "uninstall", lang=lang)
    assert done.returncode == 1, done.stdout

    def flat(text: str) -> str:
        return "".join(text.split()) if lang == "ja" else " ".join(text.split())

    nothing = flat(remind_ui("nothing_to_remove")(lang))  # type: ignore[arg-type]
    still = flat(remind_ui("still_on")(lang))  # type: ignore[arg-type]
    shown = flat(done.stdout)
    assert nothing not in shown, done.stdout
    assert TIMER in still and still in shown, done.stdout
    assert shown.index(still) < shown.index(flat("primehelp remind uninstall --force"))
