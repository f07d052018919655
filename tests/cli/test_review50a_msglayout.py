"""Review 50a, item 24: on ``check-message``'s screen, a verdict wrapped after 「✗ 」 hangs under
its text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.clihelp import run, stdout_on_a_terminal

MAIL = (
    'From: "Amazon" <info@amazon-security.top>\n'
    "Authentication-Results: mx.google.com; dkim=fail header.d=amazon-security.top;"
    " spf=softfail smtp.mailfrom=amazon-security.top; dmarc=fail"
    " header.from=amazon-security.top\n"
    "Subject: =?UTF-8?B?44OX44Op44Kk44Og5Lya6LK744Gu44GK5pSv5omV44GE?=\n"
    "\n"
    "Please pay at https://amazon-security.top/pay\n"
)
# A pass for another domain than the From's: a result too long for the column after the label
PASSED_ELSEWHERE = (
    'From: "Amazon" <info@amazon.co.jp>\n'
    "Authentication-Results: mx.google.com; dkim=pass header.d=amazonses.com;"
    " spf=pass smtp.mailfrom=amazon.co.jp; dmarc=fail header.from=amazon.co.jp\n"
    "Subject: test\n"
    "\n"
    "hello https://amazon-security.top/pay\n"
)
CALL = "【Amazon】アカウントを停止しました。03-1234-5678 に電話してください https://amazon-security.top/pay"
LABEL = {"ja": "・認証結果：", "en": "- Sender checks: "}
CHECKS = {
    "ja": ["SPF=softfail（認証に失敗）", "DKIM=fail（認証に失敗）", "DMARC=fail（認証に失敗）"],
    "en": ["SPF=softfail (failed)", "DKIM=fail (failed)", "DMARC=fail (failed)"],
}
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _mail(tmp_path: Path, text: str = MAIL) -> str:
    path = tmp_path / "m.eml"
    path.write_text(text, "utf-8")
    return str(path)


def _screen(args: list[str], lang: str, columns: int) -> str:
    result = run("check-message", *args, "--lang", lang, env={"COLUMNS": str(columns)})
    assert result.exit_code == 1, result.stderr  # red flags found
    return result.stdout


def _verdict(args: list[str], lang: str) -> str:
    done = run("check-message", *args, "--lang", lang, "--json")
    text: str = done.json()["data"]["verdict_text"]
    return text


def _headline(screen: str) -> list[str]:
    return screen.split("\n\n", 1)[0].split("\n")


def _assert_hangs(lines: list[str], verdict: str, lang: str) -> None:
    assert lines[0].startswith("✗ ") and lines[0][2] != " "
    for line in lines[1:]:  # under the text, not under the mark
        assert line.startswith("  ") and line[2] != " ", lines
    joined = ("" if lang == "ja" else " ").join(line.strip() for line in lines)
    assert joined == "✗ " + verdict


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize("which", ["mail", "entered", "call"])
def test_24_the_verdict_hangs_under_its_text(
    tmp_path: Path, lang: str, columns: int, which: str
) -> None:
    args = {
        "mail": [_mail(tmp_path)],
        "entered": [_mail(tmp_path), "--entered-details"],
        "call": ["--text", CALL],
    }[which]
    lines = _headline(_screen(args, lang, columns))
    _assert_hangs(lines, _verdict(args, lang), lang)
    if columns == 40:
        assert len(lines) > 1  # wrapped: the case the item is about


def test_24_the_reported_screen(tmp_path: Path) -> None:
    lines = _headline(_screen([_mail(tmp_path)], "ja", 60))
    assert lines == ["✗ 危険な兆候が見つかりました。リンクは開かず、返信も", "  しないでください。"]


@pytest.mark.parametrize(("lang", "columns"), [("ja", 60), ("en", 40)])
def test_24_on_a_terminal_too(tmp_path: Path, lang: str, columns: int) -> None:
    env = {"COLUMNS": str(columns), "TERM": "xterm-256color"}
    out = stdout_on_a_terminal("check-message", _mail(tmp_path), "--lang", lang, env=env)
    assert "\x1b[" in out  # a terminal: coloured
    lines = _headline(ANSI.sub("", out))
    assert len(lines) > 1
    _assert_hangs(lines, _verdict([_mail(tmp_path)], lang), lang)
