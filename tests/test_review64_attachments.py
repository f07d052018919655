"""Review 63m (check-message): a program attached under a padded or separated document name and
any program attached (R-major 4), a web page named as a PDF (R-major 5), and the kinds of disk
images and Office files with macros (R-minor 13)."""

from __future__ import annotations

import itertools
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import joined, lang_run


def _mail(tmp_path: Path, *files: str) -> str:
    """A mail in Amazon's name with the review's body and ``files`` attached."""
    mail = EmailMessage()
    mail["From"] = "Amazon <account-update@amazon.co.jp>"
    mail["Subject"] = "請求書"
    mail.set_content("添付の請求書をご確認ください。")
    for name in files:
        mail.add_attachment(
            b"MZ" * 8, maintype="application", subtype="octet-stream", filename=name
        )
    path = tmp_path / "m.eml"
    path.write_bytes(bytes(mail))
    return str(path)


def _data(path: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = lang_run("check-message", "--json", path, lang=lang).json()["data"]
    return data


def _signs(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [f for f in data["red_flags"] if f["kind"] == kind]


_PROGRAM_JA = "実際はプログラムのファイル（.exe）です。開くとパソコンで実行されます。このファイルは開かないでください。"


# ----------------------------- R-major 4.1: padding before the real extension


@pytest.mark.parametrize(
    "name",
    ["請求書.pdf\u3000.exe", "invoice.pdf .exe", "invoice.pdf    .exe", "invoice.pdf_.exe"],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_a_padded_document_name_is_a_disguise(tmp_path: Path, name: str, lang: str) -> None:
    path = _mail(tmp_path, name)
    data = _data(path, lang)
    assert data["verdict"] == "red_flags_found"
    signs = _signs(data, "disguised_attachment")
    assert [s["evidence"] for s in signs] == [name.replace("    ", " ")]
    assert not _signs(data, "program_attachment")  # one sign for one file
    done = lang_run("check-message", path, lang=lang, columns=80)
    assert done.exit_code == 1
    screen = joined(done.stdout, lang)
    if lang == "ja":
        assert "添付ファイルの偽装" in screen
        assert "PDFなどの書類に見える名前ですが、" + _PROGRAM_JA in screen
        assert "名前の途中にも拡張子があります" in screen
    else:
        assert "Disguised attachment" in screen
        assert "but the file is a program (.exe)." in screen


@pytest.mark.parametrize(("name", "word"), [("請求書_pdf.exe", "pdf"), ("invoice-PDF.scr", "PDF")])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_a_document_word_after_a_separator_is_named(
    tmp_path: Path, name: str, word: str, lang: str
) -> None:
    path = _mail(tmp_path, name)
    signs = _signs(_data(path, lang), "disguised_attachment")
    assert [s["evidence"] for s in signs] == [name]
    ext = name.rsplit(".", 1)[1]
    screen = joined(lang_run("check-message", path, lang=lang, columns=60).stdout, lang)
    if lang == "ja":
        assert f"名前に「{word}」とありますが、実際はプログラムのファイル（.{ext}）です。" in screen
        assert "名前の途中にも拡張子があります" not in screen  # 「_pdf」 is no extension
    else:
        assert f"The name has “{word}” in it, but the file is a program (.{ext})." in screen


# ----------------------------- R-major 4.2: any program attached is a sign


@pytest.mark.parametrize(
    ("name", "ext"),
    [
        ("Amazon_invoice.exe", ".exe"),
        ("invoice.scr", ".scr"),
        ("run.bat", ".bat"),
        ("run.cmd", ".cmd"),
        ("a.js", ".js"),
        ("a.vbs", ".vbs"),
        ("Amazon.lnk", ".lnk"),
        ("setup.msi", ".msi"),
        ("a.com", ".com"),
        ("a.ps1", ".ps1"),
        ("INVOICE.EXE", ".exe"),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_a_program_attached_is_a_sign(tmp_path: Path, name: str, ext: str, lang: str) -> None:
    path = _mail(tmp_path, name)
    data = _data(path, lang)
    assert data["verdict"] == "red_flags_found"
    assert not _signs(data, "disguised_attachment")
    signs = _signs(data, "program_attachment")
    assert len(signs) == 1 and signs[0]["evidence"] == name and signs[0]["count"] == 1
    assert signs[0]["sources"] == [
        "https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails"
    ]
    done = lang_run("check-message", path, lang=lang, columns=80)
    assert done.exit_code == 1
    screen = joined(done.stdout, lang)
    if lang == "ja":
        assert signs[0]["title"] == "プログラムの添付ファイル"
        assert "1. プログラムの添付ファイル" in screen
        assert (
            f"メールにプログラムのファイル（{ext}）が添付されています。"
            "開くとパソコンで実行されます。このファイルは開かないでください。"
        ) in screen
        assert not screen.startswith("危険な兆候は見つかりませんでした")
        assert "Amazon" not in signs[0]["detail"]  # no claim on what Amazon sends
    else:
        assert signs[0]["title"] == "Program attached"
        assert f"A program ({ext}) is attached to the mail." in screen
        assert not screen.startswith("No red flags found")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_several_programs_are_one_sign_naming_each_extension(tmp_path: Path, lang: str) -> None:
    path = _mail(tmp_path, "a.exe", "b.scr", "c.exe", "d.pdf.exe")
    data = _data(path, lang)
    [program] = _signs(data, "program_attachment")
    assert program["count"] == 3
    assert [program["evidence"], *program["more_evidence"]] == ["a.exe", "b.scr", "c.exe"]
    assert [s["evidence"] for s in _signs(data, "disguised_attachment")] == ["d.pdf.exe"]
    screen = joined(lang_run("check-message", path, lang=lang, columns=80).stdout, lang)
    if lang == "ja":
        assert "プログラムの添付ファイル（3件）" in screen
        assert "メールにプログラムのファイル（.exe、.scr）が添付されています。" in screen
        assert "これらのファイルは開かないでください。" in screen
    else:
        assert "Programs (.exe, .scr) are attached to the mail." in screen
        assert "Do not open these files." in screen


@pytest.mark.parametrize(
    "name", ["請求書.pdf", "invoice.zip", "verify.html", "invoice.iso", "invoice.docm", "a.pdf.zip"]
)
def test_4_other_files_are_no_sign(tmp_path: Path, name: str) -> None:
    data = _data(_mail(tmp_path, name))
    assert data["verdict"] == "no_red_flags_found", data["red_flags"]
    notes = [n for n in data["could_not_know"] if n["id"] == "message.limit.attachments"]
    assert notes and name in notes[0]["text"]


# ----------------------------- R-major 5: a web page named as a PDF


@pytest.mark.parametrize(("name", "ext"), [("invoice.pdf.html", "html"), ("請求書.PDF.htm", "htm")])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_a_page_named_as_a_pdf_is_a_disguise(
    tmp_path: Path, name: str, ext: str, lang: str
) -> None:
    path = _mail(tmp_path, name)
    data = _data(path, lang)
    assert data["verdict"] == "red_flags_found"
    [sign] = _signs(data, "disguised_attachment")
    assert sign["evidence"] == name
    done = lang_run("check-message", path, lang=lang, columns=80)
    assert done.exit_code == 1
    screen = joined(done.stdout, lang)
    if lang == "ja":
        assert (
            f"PDFなどの書類に見える名前ですが、実際はウェブページのファイル（.{ext}）です。"
            "開くとブラウザーで表示され、入力フォームがあるかもしれません。"
            "このファイルは開かないでください。"
        ) in screen
        assert "入力フォームがあります" not in screen
    else:
        assert f"but the file is a web page (.{ext})." in screen
        assert "it may hold a form" in screen


def test_5_a_page_and_a_program_keep_their_own_reasons(tmp_path: Path) -> None:
    data = _data(_mail(tmp_path, "a.pdf.exe", "b.pdf.html", "c.pdf.exe"))
    signs = _signs(data, "disguised_attachment")
    assert [(s["evidence"], s["count"]) for s in signs] == [("a.pdf.exe", 2), ("b.pdf.html", 1)]
    assert "プログラム" in signs[0]["detail"] and "ウェブページ" in signs[1]["detail"]


# ----------------------------- R-minor 13: disk images and Office files with macros


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            "invoice.iso",
            "（ディスクイメージのファイル。開くと中のプログラムを実行できてしまいます）",
        ),
        ("invoice.img", "（ディスクイメージのファイル。"),
        (
            "invoice.docm",
            "（マクロ付きのWordファイル。マクロを有効にすると、中のプログラムが実行されます）",
        ),
        ("invoice.xlsm", "（マクロ付きのExcelファイル。"),
        ("slides.pptm", "（マクロ付きのPowerPointファイル。"),
    ],
)
def test_13_disk_images_and_macro_files_are_named(tmp_path: Path, name: str, said: str) -> None:
    screen = joined(lang_run("check-message", _mail(tmp_path, name), columns=80).stdout)
    assert f"「{name}」{said}" in screen
    assert "圧縮ファイル" not in screen


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("invoice.iso", "a disk image, which once opened lets the programs in it run"),
        ("invoice.docm", "a Word file with macros, which run as programs if you enable them"),
        ("invoice.xlsm", "an Excel file with macros"),
    ],
)
def test_13_the_kinds_in_english(tmp_path: Path, name: str, said: str) -> None:
    done = lang_run("check-message", _mail(tmp_path, name), lang="en", columns=80)
    assert f"“{name}” ({said}" in joined(done.stdout, "en")


_FIXTURES = Path(__file__).parent / "cli" / "messages"


@pytest.mark.parametrize("fixture", ["scam-program-attachment.eml", "scam-macro-attachment.eml"])
@pytest.mark.parametrize("width", [40, 60, 80])
def test_no_word_is_split_on_the_new_screens(fixture: str, width: int) -> None:
    rows = lang_run("check-message", str(_FIXTURES / fixture), columns=width).stdout.splitlines()
    for above, below in itertools.pairwise(rows):
        assert not (above.endswith("プログラム") and below.lstrip().startswith("を")), (
            width,
            above,
        )
        assert not above.endswith(" "), (width, above)
