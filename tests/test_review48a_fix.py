"""Fix of review 48a's open items (helper fix-48a): check-message's attachment-only mail, app
links, a From with two 「@」, its help, the capped-links note, look-alike spacing; fees' yen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from primehelp.output.console import japanese_breaker
from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}


def _screen(*args: str, lang: str = "ja") -> str:
    return run("--lang", lang, "check-message", *args, env=WIDE).stdout


# ----------------------------- item 4: --help names every verdict and its exit code


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", ("危険な兆候が見つかった", "見つからなかった", "判定できない")),
        ("en", ("red flags are found", "none are", "cannot be told")),
    ],
)
def test_4_help_names_the_three_answers(lang: str, said: tuple[str, ...]) -> None:
    shown = " ".join(run("--lang", lang, "check-message", "--help", env=WIDE).stdout.split())
    for words in said:
        assert words in shown, (words, shown)


# ----------------------------- item 5: the English note when the links listed are capped


def test_5_capped_links_note_reads_in_english(tmp_path: Path) -> None:
    # a text on each link: listed one by one, not folded (review 57a, item 3)
    anchors = "".join(f'<a href="https://evil{n}.top/">{n}件目</a><br>' for n in range(205))
    many = tmp_path / "many.html"
    many.write_text(f"<html><body>{anchors}</body></html>\n", "utf-8")
    shown = " ".join(_screen(str(many), lang="en").split())
    assert "only 200 of them are listed under “What was read” (5 more are not)" in shown, shown
    assert "「読み取った内容」 (what was read)" not in shown
    said = " ".join(_screen(str(many), lang="ja").split())
    assert "「読み取った内容」には200件だけを載せています（ほかに5件）" in said, said


# ----------------------------- item 6: spaces around a domain in the look-alike sign's line


@pytest.mark.parametrize(
    ("url", "ja", "en"),
    [
        (
            "https://amazon.co.jp.evil.info/",
            "このアドレスは amazon.co.jp で始まりますが、実際のドメインは evil.info です。",
            "This address begins with amazon.co.jp, but the real domain is evil.info.",
        ),
        (
            "https://amazon.co.jp.help/",
            "このアドレスは amazon.co.jp で始まりますが、末尾は .help で、実際のドメインは jp.help です。",
            "This address begins with amazon.co.jp, but it ends in .help, and the real domain is"
            " jp.help.",
        ),
        (
            "https://amazon.co.jp-signin.xyz/",
            "このアドレスは amazon.co.jp で始まるように見えますが、その後ろに「-signin.xyz」が続いています。"
            "実際のドメインは jp-signin.xyz です。",
            "This address seems to begin with amazon.co.jp, but “-signin.xyz” follows it: the real"
            " domain is jp-signin.xyz.",
        ),
    ],
)
def test_6_lookalike_start_line_spaces_domains(url: str, ja: str, en: str) -> None:
    for lang, said in (("ja", ja), ("en", en)):
        shown = _screen("--text", f"Amazon: {url}", lang=lang)
        assert said in shown, (lang, shown)
        assert not [line for line in shown.splitlines() if "  " in line.strip()], shown


# ----------------------------- item 3: a From address with two 「@」 is shown as written


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("line", "address"),
    [
        ('"Amazon" <amazon.co.jp@evil.example@foo.jp>', "amazon.co.jp@evil.example@foo.jp"),
        ("Amazon <a@amazon.co.jp@evil.top>", "a@amazon.co.jp@evil.top"),
        ("Amazon <x@evil.top@amazon.co.jp>", "x@evil.top@amazon.co.jp"),
    ],
)
def test_3_from_with_two_ats_is_shown_and_never_amazons(
    tmp_path: Path, lang: str, line: str, address: str
) -> None:
    mail = tmp_path / "two.eml"
    mail.write_text(f"From: {line}\nTo: a@b.jp\nSubject: test\n\nAmazonです。\n", "utf-8")
    shown = _screen(str(mail), lang=lang)
    assert "<>" not in shown, shown
    assert f"Amazon <{address}>" in shown, shown
    assert "Amazonのドメイン）" not in shown and "(Amazon's domain)" not in shown, shown
    data = run("--lang", lang, "check-message", "--json", str(mail)).json()["data"]
    assert data["headers"]["from_address"] == address, data["headers"]
    assert not data["headers"]["more_senders"], data["headers"]
    kinds = {one["kind"] for one in data["red_flags"]}
    assert "display_name_mismatch" in kinds, kinds  # FACTS §11: not an address Amazon lists


# ----------------------------- item 1: a mail of attached files only, no body


def _files_only(tmp_path: Path, kind: str) -> Path:
    part = {
        "pdf": 'application/pdf; name="invoice.pdf"\nContent-Disposition: attachment;'
        ' filename="invoice.pdf"',
        "png": 'image/png; name="a.png"',
        "zip": 'application/zip; name="a.zip"\nContent-Disposition: attachment; filename="a.zip"',
    }[kind]
    mail = tmp_path / f"{kind}.eml"
    mail.write_text(
        "From: Amazon <no-reply@amazon.co.jp>\nTo: a@b.jp\nSubject: Order\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="B"\n\n--B\n'
        f"Content-Type: {part}\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQ=\n--B--\n",
        "utf-8",
    )
    return mail


_PICTURED = {
    "ja": ("本文が画像だけのため、", "本文には画像しかなく、文字はありませんでした。"),
    "en": ("The body is only images, so", "The body holds only images, no text."),
}


@pytest.mark.parametrize("kind", ["pdf", "png", "zip"])
@pytest.mark.parametrize(
    ("lang", "verdict", "nothing", "wrong"),
    [
        (
            "ja",
            "このメールの本文は添付ファイルだけで、読み取れる文字がないため",  # review 59m, 9
            "本文：読み取れる本文はありません。",  # said once in full, by the verdict (52a, 46)
            ("正しく読み取れなかった", "読み取れた部分には", "見つかりませんでした"),
        ),
        (
            "en",
            "This mail's body is only attached files, with no text that could be read",
            "Body: none that could be read.",
            ("could not be read correctly", "part of the body that could be read", "No red"),
        ),
    ],
)
def test_1_files_only_mail_says_no_body_was_read(
    tmp_path: Path, kind: str, lang: str, verdict: str, nothing: str, wrong: tuple[str, ...]
) -> None:
    done = run("--lang", lang, "check-message", str(_files_only(tmp_path, kind)), env=WIDE)
    assert done.exit_code == 1
    shown = done.stdout
    if kind == "png":  # an image not attached is the body (review 59m, item 9)
        verdict, nothing = _PICTURED[lang]
    assert shown.startswith(verdict), shown
    assert nothing in shown, shown
    for words in wrong:
        assert words not in shown, (words, shown)


# ----------------------------- item 7: fees --lang en keeps a number with its 「yen」


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_7_fees_english_keeps_yen_with_its_number(columns: str) -> None:
    shown = run("--lang", "en", "fees", env={"COLUMNS": columns}).stdout
    assert "yen" in shown
    alone = [line for line in shown.splitlines() if re.search(r"(?<!\d )\byen\b", line)]
    assert not alone, "\n".join(alone)
    lines = [line for line in shown.splitlines() if "://" not in line]  # a URL runs past
    assert max(map(len, lines)) <= int(columns), shown


def test_7_a_line_breaker_keeps_an_amount_whole() -> None:
    from rich.cells import cell_len

    breaker = japanese_breaker()
    line = "Twelve months of the Monthly plan cost 7,200 yen; the Annual plan costs 5,900 yen"
    for width in range(12, len(line)):
        cuts = breaker.offsets(line, width, True, False)
        pieces = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
        assert not [p for p in pieces if p.strip().startswith("yen")], (width, pieces)
        assert all(cell_len(p.strip()) <= width for p in pieces), (width, pieces)
    assert breaker.min_width("It costs 5,900 yen.", False) == len("5,900 yen.")


# ----------------------------- item 2: line://, market:// are app links, not sites on a domain


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("message", "links"),
    [
        ("Amazonです。こちらから確認 line://ti/p/@abc123", ["line://ti/p/@abc123"]),
        (
            "Amazonです。アプリを更新 market://details?id=com.example.app",
            ["market://details?id=com.example.app"],
        ),
    ],
)
def test_2_app_links_in_a_text_are_no_web_address(
    lang: str, message: str, links: list[str]
) -> None:
    data = run("--lang", lang, "check-message", "--json", "--text", message).json()["data"]
    assert [(x["target"], x["is_web"], x["host"]) for x in data["links"]] == [
        (link, False, "") for link in links
    ], data["links"]
    assert not data["domains"], data["domains"]
    shown = _screen("--text", message, lang=lang)
    for word in ("ドメイン：", "Domain:", "Amazon以外へのリンク", "Link outside Amazon"):
        assert word not in shown, (word, shown)
    said = "アプリを開くためのリンク" if lang == "ja" else "one that opens an app"
    assert said in shown, shown
    gloss = "ウェブページのアドレスではありません" if lang == "ja" else "not a web address"
    assert f"{links[0]}（{gloss}" in shown or f"{links[0]} ({gloss}" in shown, shown


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_app_links_in_html_are_no_site(tmp_path: Path, lang: str) -> None:
    page = tmp_path / "app.html"
    page.write_text(
        '<html><body><p>Amazon</p><a href="line://ti/p/@abc123">LINEで友だち追加</a> '
        '<a href="market://details?id=com.amaz0n.shop">アプリ</a></body></html>\n',
        "utf-8",
    )
    shown = _screen(str(page), lang=lang)
    for word in ("ドメイン：ti", "Domain: ti", "（Amazon以外のドメイン）", "(not Amazon's domain)"):
        assert word not in shown, (word, shown)
    said = "アプリを開くためのリンク" if lang == "ja" else "one that opens an app"
    assert said in shown, shown


def test_2_a_link_inside_an_app_link_and_intent_to_a_domain_are_still_read() -> None:
    message = "Amazon itms-services://?action=download-manifest&url=https://evil.top/a.plist"
    data = run("check-message", "--json", "--text", message).json()["data"]
    assert "evil.top" in [x["registrable_domain"] for x in data["links"]], data["links"]
    data = run("check-message", "--json", "--text", "Amazon intent://evil.top/x#Intent;end").json()
    assert "evil.top" in [x["registrable_domain"] for x in data["data"]["links"]]
