"""Review 40a, round 46 (f48m): check-message's quoted evidence and how what it found is shown."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run
from tests.support.message_corpus import CORPUS, eml


def _data(*args: str, stdin: str | None = None, lang: str = "ja") -> dict[str, Any]:
    result = run("--lang", lang, "check-message", "--json", *args, stdin=stdin)
    data: dict[str, Any] = result.json()["data"]
    return data


def _html_mail(html: str) -> str:
    return (
        "From: Amazon <no-reply@amazon.co.jp>\nSubject: ご連絡\nMIME-Version: 1.0\n"
        f"Content-Type: text/html; charset=utf-8\n\n{html}\n"
    )


def _quotes(data: dict[str, Any]) -> list[str]:
    return [
        quote
        for flag in data["red_flags"]
        if flag["kind"] in ("scam_subject", "payment_problem", "asks_for_details")
        for quote in (flag["evidence"], *flag["more_evidence"])
    ]


# ------------------- 40a item 7: a block boundary ends a quoted sentence (HTML mail)

# 「本日中に」: alone, the request is Amazon's own wording (review 61m, item 2)
_SENTENCE = "本日中にお支払い情報を更新してください"
# Each: HTML in which the sentence is followed by the words of another block or line.
_BLOCKS = [
    f'<p>{_SENTENCE}</p><a href="https://amazon-co-jp.update-info.cn/login">こちら</a>',
    "本日中にお支払い情報を<br>更新してください<br>Amazon",
    f"<div>{_SENTENCE}</div><div>Amazonカスタマーサービス</div>",
    f"<table><tr><td>{_SENTENCE}</td><td>こちらから</td></tr></table>",
    f"<ul><li>{_SENTENCE}</li><li>ログイン</li></ul>",
    f"<h2>{_SENTENCE}</h2>こちらのリンクから",
    f"{_SENTENCE}<br>こちら",
    f"<p>{_SENTENCE}</p><p>Amazon</p>",
]


@pytest.mark.parametrize("html", _BLOCKS)
def test_a_quote_ends_at_a_block_boundary(html: str) -> None:
    quotes = _quotes(_data("-", stdin=_html_mail(html)))
    assert quotes, html
    assert all(quote == _SENTENCE for quote in quotes), (html, quotes)


def test_a_line_break_inside_a_sentence_still_joins_it() -> None:
    for html in (
        "本日中にお支払い情報を<br>更新してください",
        "<div>本日中にお支払い情報を<br>更新してください。</div>",
    ):
        quotes = _quotes(_data("-", stdin=_html_mail(html)))
        assert quotes and all(q.startswith(_SENTENCE) for q in quotes), (html, quotes)


# ------------- 40a item 9: a quote 「…」 is broken only when wider than the line, between words

_A1_SUBJECT = "【重要】Amazonプライム会費のお支払い方法に問題があります"


def _screens(tmp_path: Path) -> Iterator[tuple[str, int, str]]:
    """Every check-message screen of the corpus (and the review's mail) at 40, 60, 80 columns."""
    samples = [(s.name, s.message) for s in CORPUS]
    html = (  # the review's a1.eml
        "<p>お支払い方法を更新してください。</p>"
        '<a href="https://amazon-jp.account-update.cn/login">https://www.amazon.co.jp/</a>'
    )
    a1 = eml(
        subject=_A1_SUBJECT,
        sender='"Amazon.co.jp" <order-update@amazon.co.jp>',
        body="Amazonプライム会員様\nhttps://www.amazon.co.jp/",
        html=html,
        extra="Reply-To: amazon-help@outlook.jp\n",
    )
    samples.append(("a1", a1))
    for name, message in samples:
        path = tmp_path / f"{name}.eml"
        path.write_bytes(message if isinstance(message, bytes) else message.encode("utf-8"))
        for columns in (40, 60, 80):
            done = run("--lang", "ja", "check-message", str(path), env={"COLUMNS": str(columns)})
            yield name, columns, done.stdout


def _split_quotes(stdout: str) -> Iterator[tuple[list[str], int]]:
    """Each top-level 「…」 the screen breaks over lines: its pieces, and the room its
    continuation line had (the width less that line's indent)."""
    pieces: list[str] = []
    depth = 0
    for line in stdout.splitlines():
        indent = len(line) - len(line.lstrip(" "))
        at = indent
        start = indent
        for at, char in enumerate(line):
            if char == "「":
                depth += 1
                if depth == 1:
                    start = at
            elif char == "」" and depth:
                depth -= 1
                if depth == 0 and pieces:
                    pieces.append(line[indent : at + 1])
                    yield pieces, indent
                    pieces = []
        if depth:
            pieces.append(line[start if not pieces else indent :])


def test_a_quote_is_broken_only_when_wider_than_the_line_and_between_words(
    tmp_path: Path,
) -> None:
    from rich.cells import cell_len

    from primehelp.output.member_text import word_break

    bad = []
    for name, columns, stdout in _screens(tmp_path):
        for pieces, indent in _split_quotes(stdout):
            whole = pieces[0]
            for piece in pieces[1:]:  # Latin words were broken at a space
                whole += (" " if whole[-1].isascii() and piece[0].isascii() else "") + piece
            if cell_len(whole) <= columns - indent:
                bad.append((name, columns, pieces, "fits a line of its own"))
            joined = ""
            for piece, after in pairwise(pieces):
                joined += piece
                if not word_break(joined + after, len(joined)):
                    bad.append((name, columns, pieces, "broken inside a word"))
    assert not bad, bad[:5]


# ------------- 40a S 22: a number is shown as written and in its usual form (a tel: link's too)

_NUMBERS = ["0120899543", "0120 899 543", "０１２０８９９５４３", "+81120899543", "0357575252"]


@pytest.mark.parametrize("number", _NUMBERS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_number_is_shown_as_written_and_as_usually_written(number: str, lang: str) -> None:
    checked = run("--lang", lang, "check-number", "--json", number).json()["data"]["results"][0]
    form = checked["formatted"]
    texts = {
        "text": f"Amazon：プライム会費の件は {number} までお電話ください",
        "tel": _html_mail(f'<p>お問い合わせは<a href="tel:{number}">サポートセンター</a>まで</p>'),
    }
    for where, message in texts.items():
        stdout = run("--lang", lang, "check-message", "-", stdin=message, env={"COLUMNS": "200"})
        shown = [line for line in stdout.stdout.splitlines() if form in line]
        assert len(shown) >= 2, (where, number, stdout.stdout)  # under the sign and as read


# ------------- 40a S 15: signs of one kind and one reason on several domains are one sign

_TWO_DOMAINS = {
    "foreign_link": "Amazon：ご確認ください https://evil.top/x と https://evil2.top/y",
    "area": _html_mail(
        '<p>ご確認ください</p><a href="https://evil.top/x">こちら</a>'
        '<img usemap="#m"><map name="m"><area href="https://evil2.top/"></map>'
    ),
    "shortener": "Amazon：ご確認ください https://bit.ly/abc と https://tinyurl.com/xyz",
}


@pytest.mark.parametrize("name", list(_TWO_DOMAINS))
def test_two_signs_with_the_same_title_are_one_sign(name: str) -> None:
    stdout = run(
        "--lang", "ja", "check-message", "-", stdin=_TWO_DOMAINS[name], env={"COLUMNS": "200"}
    ).stdout
    section = stdout.split("見つかった兆候", 1)[1].split("読み取った内容", 1)[0]
    titles = [line.split(". ", 1)[1] for line in section.splitlines() if line[:1].isdigit()]
    bare = [title.split("（", 1)[0] for title in titles]
    assert len(bare) == len(set(bare)), (name, titles)
    assert any(title.endswith("（2件）") for title in titles), (name, titles)
