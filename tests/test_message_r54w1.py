"""Review 53a item 26 (round 54): every link under 「読み取った内容」 points back to its sign,
as the hosting-service line and the phone lines already did."""

from __future__ import annotations

import pytest

from tests.support.clihelp import WIDE, run

TEXT = "アカウント確認 https://s3.amazonaws.com/amazon-jp/login.html bit.ly/3xYz https://www.amazon.co.jp/"


@pytest.mark.parametrize(
    ("lang", "short", "amazon"),
    [
        (
            "ja",
            "・リンク：bit.ly（Amazon以外のドメイン。兆候2）",
            "amazon.co.jp（Amazonのドメインですが",
        ),
        (
            "en",
            "- Link: bit.ly (not Amazon's domain; see red flag 2)",
            "amazon.co.jp (Amazon's domain",
        ),
    ],
)
def test_item26_each_link_line_names_its_sign(lang: str, short: str, amazon: str) -> None:
    out = run("--lang", lang, "check-message", "--text", TEXT, env=WIDE).stdout
    assert short in out.splitlines()
    hosting = "兆候1）" if lang == "ja" else "see red flag 1)"
    assert any(
        line.startswith(("・リンク：s3", "- Link: s3")) and hosting in line
        for line in out.splitlines()
    )
    amazon_line = next(line for line in out.splitlines() if amazon in line)
    assert "兆候" not in amazon_line and "red flag" not in amazon_line  # no sign: none named


# ---------------------------------------------------------------- 53a item 19

# Links with a text each are listed one by one, so only 200 are (plain links of one sign are
# folded and all counted: review 57a, item 3)
MANY = (
    "<html><body>"
    + "".join(f'<a href="https://x{n}.example-bad.top/p">リンク{n}</a><br>' for n in range(400))
    + "</body></html>"
)


@pytest.mark.parametrize(
    ("lang", "note", "read", "unknown"),
    [
        ("ja", "「読み取った内容」には200件だけ", "読み取った内容", "確認できなかったこと"),
        ("en", "only 200 of them are listed", "What was read", "What this check could not know"),
    ],
)
def test_item19_the_listed_only_note_ends_what_was_read(
    lang: str, note: str, read: str, unknown: str
) -> None:
    out = run("--lang", lang, "check-message", "--text", MANY, env=WIDE).stdout
    lines = out.splitlines()
    at = next(n for n, line in enumerate(lines) if note in line)
    assert lines.index(read) < at < lines.index(unknown)  # under 読み取った内容, not a limit
    assert out.count(note) == 1
    data = run("check-message", "--text", MANY, "--json").json()["data"]
    assert any("200" in limit["text"] for limit in data["could_not_know"])  # JSON unchanged


# ---------------------------------------------------------------- 52a item 46 (rest)

ONLY_FILE = (
    "From: Amazon <no-reply@amazon.co.jp>\nTo: a@example.com\nSubject: x\nMIME-Version: 1.0\n"
    'Content-Type: multipart/mixed; boundary="B"\n\n--B\nContent-Type: application/pdf\n'
    'Content-Disposition: attachment; filename="invoice.pdf"\n'
    "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQ=\n--B--\n"
)


@pytest.mark.parametrize(
    ("lang", "body", "file", "glued"),
    [
        (
            "ja",
            "・本文：読み取れる本文はありません。",
            "添付ファイル「invoice.pdf」の中身は確認していません。",  # review 57a, item 5
            "invoice.pdf。",
        ),
        (
            "en",
            "- Body: none that could be read.",
            "The attached files (“invoice.pdf”) were not examined.",
            "invoice.pdf.",
        ),
    ],
)
def test_item46_body_line_said_short_and_file_name_quoted(
    lang: str, body: str, file: str, glued: str
) -> None:
    out = run("--lang", lang, "check-message", "-", stdin=ONLY_FILE, env=WIDE).stdout
    assert body in out.splitlines()
    assert file in out
    assert glued not in out  # no full stop glued to the file name
    assert out.count("読み取れる本文がない") <= 1  # the verdict only
