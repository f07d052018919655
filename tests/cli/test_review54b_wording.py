"""Review 54b/55b: wording made consistent across the renewal screens and the calendar notes.
(「最初の請求日として」 in both Prime Student notes, 54b item 2: pinned in test_review53b_h4.)"""

from __future__ import annotations

from pathlib import Path

from tests.support.clihelp import WIDE, run


def test_two_past_alarms_of_one_renewal_are_joined_with_to(tmp_path: Path) -> None:
    # 「7日前と3日前」 as the note without --count says it, not 「7日前・3日前」
    args = ("renewal", "2026-12-09", "--today", "2026-12-07", "--plan", "monthly", "--count", "2")
    done = run(*args, "--ics", str(tmp_path / "x.ics"), "--lang", "ja", env=WIDE)
    assert "更新日（2026年12月9日）の7日前と3日前の通知は、すでに過ぎているため" in done.stderr
    assert "・" not in done.stderr
