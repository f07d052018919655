"""Review 38b (renewal, trial, cancel and its walkthrough), round 45 fixes."""

from __future__ import annotations

import pytest

from tests.cli.test_review33b_cancel import _intro


@pytest.mark.parametrize(
    ("profile", "student", "kind"),
    [("trial", "1", "通常のプライム"), ("student_trial", "2", "Prime Student")],
)
@pytest.mark.parametrize("today", ["2027-01-01", "2027-01-20"])
def test_4_a_trial_answered_after_the_saved_estimate_is_kept(
    profile: str, student: str, kind: str, today: str
) -> None:
    """38b item 4: 「はい、無料体験中です」 after a saved trial's (estimated) end was overridden by
    the paid screen, with no benefits question; now the answer is kept and a line says what to
    check on the Prime page, and how to go back if it shows a paid membership."""
    page = _intro(profile, today, ["1", "1", student])
    assert f"・会員：無料体験中（{kind}）" in page, page
    assert "保存した自動更新日（2026年12月31日、目安）は過ぎています。" in page, page
    assert "b で戻って「いいえ、有料会員です」を選んでください。" in page, page
    assert "有料会員に更新された場合を表示しています" not in page, page
    assert "会費が請求されています" not in page, page


def test_4_the_renewal_day_itself_is_not_said_past() -> None:
    """38b item 4: on the saved end's day the line said 「…は過ぎているため」; the day is not past
    (both cases are shown that day)."""
    page = _intro("trial", "2026-12-31", ["1", "1", "1"])
    assert "過ぎて" not in page, page
    assert "今日は有料会員への自動更新日（目安）です。" in page, page


def test_4_with_trial_typed_the_line_names_paid_not_b() -> None:
    """38b item 4: --trial typed, no question to go back to: the line names --paid."""
    import re
    import sys

    import pexpect

    from tests.cli.test_cancel_e2e import HANG_GUARD, ROOT, env
    from tests.support.profiles import PROFILES

    child = pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", "cancel", "--lang", "ja", "--today", "2027-01-03", "--trial"],
        cwd=str(ROOT),
        env=env(COLUMNS="300", TERM="xterm", PRIMEHELP_CONFIG_DIR=str(PROFILES / "trial")),
        encoding="utf-8",
        timeout=HANG_GUARD,
        dimensions=(60, 300),
    )
    for answer in ("1", "1"):
        child.expect("> ")
        child.sendline(answer)
    child.expect("> ")
    page = re.sub(r"\x1b\[[0-9;]*m", "", child.before)
    child.sendline("q")
    child.expect(pexpect.EOF)
    assert "--trial の代わりに --paid を付けて実行し直してください。" in page, page
    assert "b で戻って" not in page
