"""Review 50a, items 24 and 17: on ``check-message``'s screen, a verdict wrapped after 「✗ 」 hangs
under its text, and the sender checks after 「認証結果：」 stand under the first one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.cells import cell_len

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
    assert lines == [
        "✗ 危険な兆候が見つかりました。リンクを開いたり、",
        "  返信したりしないでください。",
    ]


@pytest.mark.parametrize(("lang", "columns"), [("ja", 60), ("en", 40)])
def test_24_on_a_terminal_too(tmp_path: Path, lang: str, columns: int) -> None:
    env = {"COLUMNS": str(columns), "TERM": "xterm-256color"}
    out = stdout_on_a_terminal("check-message", _mail(tmp_path), "--lang", lang, env=env)
    assert "\x1b[" in out  # a terminal: coloured
    lines = _headline(ANSI.sub("", out))
    assert len(lines) > 1
    _assert_hangs(lines, _verdict([_mail(tmp_path)], lang), lang)


def _auth_lines(screen: str, lang: str) -> list[str]:
    lines = screen.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(LABEL[lang].rstrip()))
    return lines[start : start + 4]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 60, 80])
def test_17_the_sender_checks_stand_under_the_first(
    tmp_path: Path, lang: str, columns: int
) -> None:
    lines = _auth_lines(_screen([_mail(tmp_path)], lang, columns), lang)
    column = " " * cell_len(LABEL[lang])
    assert lines[:3] == [
        LABEL[lang] + CHECKS[lang][0],
        column + CHECKS[lang][1],
        column + CHECKS[lang][2],
    ]
    assert not lines[3].startswith(" ")  # the next row


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_17_on_a_terminal_too(tmp_path: Path, lang: str) -> None:
    env = {"COLUMNS": "60", "TERM": "xterm-256color"}
    out = ANSI.sub(
        "", stdout_on_a_terminal("check-message", _mail(tmp_path), "--lang", lang, env=env)
    )
    column = " " * cell_len(LABEL[lang])
    assert _auth_lines(out, lang)[1:3] == [column + CHECKS[lang][1], column + CHECKS[lang][2]]


@pytest.mark.parametrize(("lang", "columns"), [("ja", 36), ("en", 30)])
def test_17_too_narrow_each_check_under_the_label(tmp_path: Path, lang: str, columns: int) -> None:
    """No room after the label for a whole result: the label alone, then each result whole on a
    line of its own under it."""
    lines = _auth_lines(_screen([_mail(tmp_path)], lang, columns), lang)
    assert lines == [LABEL[lang].rstrip()] + ["  " + check for check in CHECKS[lang]]


@pytest.mark.parametrize(
    ("lang", "columns", "alone"),
    [("ja", 40, True), ("ja", 60, True), ("ja", 80, True), ("en", 40, True), ("en", 60, True),
     ("en", 80, False)],
)  # fmt: skip
def test_17_a_long_result(tmp_path: Path, lang: str, columns: int, alone: bool) -> None:
    """Another domain's pass, a long result: where it does not fit whole after the label, the
    label stands alone and each result starts a line under it; where it fits, under the first."""
    lines = _screen([_mail(tmp_path, PASSED_ELSEWHERE)], lang, columns).split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(LABEL[lang].rstrip()))
    column = "  " if alone else " " * cell_len(LABEL[lang])
    first = lines[start] if alone else lines[start].removeprefix(LABEL[lang])
    assert (first == LABEL[lang].rstrip()) is alone
    below = lines[start + 1 : start + 6]
    starts = [line for line in below if re.match(column + "(SPF|DKIM|DMARC)=", line)]
    methods = [line.split("=")[0].strip() for line in starts]
    assert methods == (["SPF", "DKIM", "DMARC"] if alone else ["DKIM", "DMARC"])
    assert first.startswith("SPF=pass") or alone
