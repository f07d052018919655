"""Review 21b items 1 and 2: the carrier path of the walkthrough at 40 columns.

1. 「b で最初の質問まで戻り」: one b goes back to the first question (review 31b S 15: the
   situation and what to check share a page; before, two b's).
2. The screen's title was cut inside a word by the rule (「プライム会員の解約（携帯電話会社のプ … ─」).
"""

from __future__ import annotations

import re
import sys

import pexpect

from tests.cli.test_cancel_e2e import HANG_GUARD, ROOT, env

_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


def _spawn() -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", "cancel", "--lang", "ja"],
        cwd=str(ROOT),
        env=env(COLUMNS="40", TERM="xterm"),
        encoding="utf-8",
        timeout=HANG_GUARD,
        dimensions=(40, 40),
    )


def _screen(child: pexpect.spawn) -> str:
    child.expect("> ")
    return _ESCAPE.sub("", child.before).replace("\r", "")


def test_the_carrier_title_is_whole_and_one_b_reaches_the_first_question() -> None:
    child = _spawn()
    _screen(child)
    child.sendline("3")
    intro = _screen(child)
    assert "…" not in intro, intro
    # Review 25b S 11: the title on the rule, as every other page's (not under a bare rule)
    assert re.search(r"^プライム会員の解約（携帯電話会社） ─+$", intro, re.M), intro
    # review 31b S 15: the situation and what to check on one page, so one b goes back
    check = "".join(intro.split())
    assert "ご利用の状況" in check and "確認すること" in check, check
    assert "bを入力して最初の質問に戻り、1か2を選んでください" in check, check
    child.sendline("b")
    assert "解約の手続きはどこで行いますか" in "".join(_screen(child).split())
    child.sendline("q")
    child.expect(pexpect.EOF)
