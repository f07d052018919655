"""The phrases of texts no rendered screen reaches (review 39a item 5's attachment note): the
phrases file holds the windows of every bundled Japanese text too, cut at its placeholders."""

from __future__ import annotations

import itertools

import pytest

from tests.support.clihelp import run

MAIL = (
    "From: Amazon.co.jp <account-update@amazon.co.jp>\n"
    "Subject: order\nMIME-Version: 1.0\n"
    'Content-Type: multipart/mixed; boundary="XX"\n\n'
    "--XX\nContent-Type: text/plain; charset=UTF-8\n\n添付ファイルを開いてご確認ください。\n"
    "--XX\nContent-Type: application/octet-stream\n"
    'Content-Disposition: attachment; filename="receipt.pdf.exe"\n\nAAAA\n'
    "--XX\nContent-Type: text/html\n"
    'Content-Disposition: attachment; filename="verify.html"\n\n<p>hi</p>\n--XX--\n'
)


@pytest.mark.parametrize("width", range(40, 121, 4))
def test_the_attachment_note_breaks_between_phrases(width: int) -> None:
    done = run("check-message", "-", "--lang", "ja", env={"COLUMNS": str(width)}, stdin=MAIL)
    rows = done.stdout.splitlines()
    for above, below in itertools.pairwise(rows):
        assert not (above.endswith("開") and below.lstrip().startswith("かず")), (width, above)
        assert not (above.endswith("添付") and below.lstrip().startswith("ファイル")), width
    assert "添付ファイルは" in done.stdout.replace("\n", "").replace(" ", "")
