"""Fix round 54h2, check-message's display (review 53a and leftovers of review 52a)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run


def _screen(*args: str, lang: str = "ja", columns: int = 80) -> str:
    return run("--lang", lang, "check-message", *args, env={"COLUMNS": str(columns)}).stdout


def _flat(screen: str, lang: str = "ja") -> str:
    """The screen with its wrapped lines joined (their indent dropped; a space in English)."""
    return ("" if lang == "ja" else " ").join(line.strip() for line in screen.splitlines())


# -------------------------------------------- 53a item 2: which server wrote the results


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_the_server_note_says_which_server_is_unknown(columns: int) -> None:
    screen = _screen("tests/cli/messages/genuine-order-iso-2022-jp.eml", columns=columns)
    flat = _flat(screen)
    assert (
        "Authentication-Results（認証結果）は、受信したメールサーバーが書き込むものです。" in flat
    )
    assert "書き込んだサーバーがどこなのかは、primehelpでは確認できません。" in flat
    assert "サーバーまでは" not in flat
    en = _flat(_screen("tests/cli/messages/genuine-order-iso-2022-jp.eml", lang="en"), "en")
    assert "primehelp cannot tell which server wrote it." in en


# ------------------------------- 53a items 17 and 18: many domains, counts with a comma


def _many(tmp_path: Path, count: int = 3000) -> Path:
    path = tmp_path / "many.txt"
    links = "\n".join(f"https://example{i}.com/a" for i in range(count))
    path.write_text(f"Amazon お知らせ\n{links}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("columns", [40])  # slow: 3,000 links (60 and 80 checked by hand)
def test_a_sign_lists_five_domains_and_counts_the_rest(tmp_path: Path, columns: int) -> None:
    many = str(_many(tmp_path))
    screen = _screen(many, columns=columns)
    signs = screen.split("見つかった兆候", 1)[1].split("読み取った内容", 1)[0]
    assert len(signs.splitlines()) < 30  # the domains took about 1,000 lines
    flat = _flat(signs)
    assert "example3.com、example4.com（ほかに2,995件）" in flat
    assert "example5.com" not in flat
    assert "ほかに2,995件リンク先のドメインは" in flat  # the links' count, with a comma
    assert "ほか2995件" not in flat
    en = _flat(_screen(many, lang="en", columns=columns).split("What was read", 1)[0], "en")
    assert "example3.com, example4.com (and 2,995 more)" in en
    assert "and 2,995 more" in en.replace("(and 2,995 more)", "")


def test_a_few_domains_are_all_listed(tmp_path: Path) -> None:
    screen = _flat(_screen(str(_many(tmp_path, 5))))
    assert "example0.com、example1.com、example2.com、example3.com、example4.com" in screen
    assert "（ほかに" not in screen.split("読み取った内容", 1)[0]


# ------------------------------------- 53a item 20: a look-alike letter, the Latin one read


@pytest.mark.parametrize("columns", [40, 80])
def test_a_lookalike_letter_names_the_latin_letter_it_is_not(columns: int) -> None:
    text = "Amazon https://аmazon.co.jp/login"  # a Cyrillic а
    screen = _screen("--text", text, columns=columns)
    assert (
        "1文字目の「а」は、英字の「a（エー）」ではなく、よく似た別の文字（キリル文字）です。"
        in (_flat(screen))
    )
    en = _flat(_screen("--text", text, lang="en", columns=columns), "en")
    assert "Character 1, 'а', looks like the Latin 'a' but is a different character" in en


def test_the_letter_names_are_the_alphabet() -> None:
    from primehelp.message_letters import read_aloud

    assert [read_aloud(c) for c in "aoOwz"] == [
        "a（エー）",
        "o（オー）",
        "O（オー）",
        "w（ダブリュー）",
        "z（ゼット）",
    ]


# ----------------------------- 53a item 24: a value starts on its label's line at 40 columns


def _read(screen: str) -> list[str]:
    lines = screen.splitlines()
    start = next(i for i, line in enumerate(lines) if line in ("読み取った内容", "What was read"))
    end = next(i for i in range(start, len(lines)) if not lines[i])
    return lines[start + 1 : end]


_MAIL = (
    'From: "Amazon.co.jp" <account-update@security-check.top>\n'
    "To: member@example.jp\n"
    "Subject: =?UTF-8?B?44CQQW1hem9u44CR44OX44Op44Kk44Og5Lya6LK744Gu44GK5pSv5omV44GE44Gr5ZWP6aGM44GM44GC44KK44G+44GZ?=\n"
    "Authentication-Results: mx.example.jp; spf=fail smtp.mailfrom=security-check.top\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
    "プライム会費のお支払いに問題があります。\nhttps://security-check.top/amazon/login\n"
)


def test_labels_keep_a_value_beside_them_at_40_columns(tmp_path: Path) -> None:
    path = tmp_path / "a.eml"
    path.write_text(_MAIL, encoding="utf-8")
    read = _read(_screen(str(path), columns=40))
    assert "・形式：ヘッダー付きのメール" in read
    assert read[read.index("・形式：ヘッダー付きのメール") + 1] == "  （文字コード：UTF-8）"
    assert "・件名：【Amazon】プライム会費の" in read
    assert "・差出人：Amazon.co.jp" in read
    assert read[read.index("・差出人：Amazon.co.jp") + 1] == "  <account-update@security-check.top>"
    assert not any(line in ("・形式：", "・件名：", "・差出人：") for line in read)


# ------------------------------- 53a item 29: 「リンクの文字：」 beside the address it shows

_PAGE = (
    "<html><body><p>お支払い方法を更新しないと、プライム会員資格が停止されます。</p>"
    '<p><a href="http://amazon.account-verify.cn/prime">https://www.amazon.co.jp/prime</a></p>'
    "</body></html>"
)


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_the_text_a_link_shows_is_labelled_and_beside_its_label(
    tmp_path: Path, columns: int
) -> None:
    path = tmp_path / "c.html"
    path.write_text(_PAGE, encoding="utf-8")
    read = _read(_screen(str(path), columns=columns))
    flat = _flat("\n".join(read))
    assert "  表示：" not in read
    assert "リンクの文字：https://www.amazon.co.jp/prime" in flat
    assert "（画面にこう表示されているだけで、実際のリンク先は上のアドレスです）" in flat
    if columns >= 60:  # it fits beside its label
        assert "  リンクの文字：https://www.amazon.co.jp/prime" in read
    en = _read(_screen(str(path), lang="en", columns=80))
    assert "  Link text: https://www.amazon.co.jp/prime" in en


# --------------------------- 53a item 5, 52a item 51: a saved page named in the help's words


def test_a_saved_page_is_a_mail_saved_as_a_web_page(tmp_path: Path) -> None:
    path = tmp_path / "s.html"
    path.write_text(
        "<html><body><p>Amazon プライム</p><button onclick=\"location.href='https://evil.top/'\">"
        "更新</button><script>var a=1;</script></body></html>",
        encoding="utf-8",
    )
    flat = _flat(_screen(str(path)))
    assert "・形式：ウェブページとして保存したメール（文字コード：UTF-8）" in flat
    assert "このメールにはスクリプト（JavaScript）が含まれています。" in flat
    assert "保存したページを開いたときの移動先は、確認できていません。" in flat
    assert "このページ" not in flat
    en = _flat(_screen(str(path), lang="en"), "en")
    assert "Read as: e-mail saved as a web page · UTF-8" in en


# ------------------------------------------ 52a item 40: a domain name is no 「リンク」


def test_a_full_width_domain_name_is_a_name() -> None:
    flat = _flat(_screen("--text", "Amazon ａｍａｚｏｎ－ｐｒｉｍｅ．ｔｏｐ にアクセス"))
    assert "（全角で書かれていた名前を半角に直しています）" in flat
    assert "全角で書かれていたリンク" not in flat
    link = _flat(_screen("--text", "Amazon ｈｔｔｐｓ：／／ａｍａｚｏｎ－ｐｒｉｍｅ．ｔｏｐ／ａ"))
    assert "（全角で書かれていたリンクを半角に直しています）" in link


# --------------------------------------- 52a S 48: an empty file is named as a file


@pytest.mark.parametrize("content", [b"", b"  \n\n  ", b"\xef\xbb\xbf"])
def test_an_empty_file_is_named(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.eml"
    path.write_bytes(content)
    ja = run("--lang", "ja", "check-message", str(path))
    assert ja.exit_code == 2
    assert f"「{path}」は空のファイルです。メッセージをもう一度保存してから指定してください。" in (
        ja.stderr
    )
    en = run("--lang", "en", "check-message", str(path))
    assert f"“{path}” is an empty file; save the message again, then give it" in en.stderr
    text = run("--lang", "ja", "check-message", "--text", " ")
    assert "メッセージが空です。" in text.stderr  # --text: as before


# --------------------------- 52a item 8: the other quote by its place, the words separated


def test_the_other_quote_is_named_and_the_words_are_separated() -> None:
    mail = "tests/cli/messages/scam-iso-2022-jp.eml"
    flat = _flat(_screen(mail))
    assert "1つ目の文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。" in flat
    assert "2つ目の文面は、よく報告されている詐欺の件名・文面に似ています。" in flat
    assert "ほかの文面も" not in flat
    # review 56a, item 1: only the similar quote's words, named by its place
    assert "2つ目の文面の一致した語句：「お支払い方法に問題」" in flat
    en = _flat(_screen(mail, lang="en", columns=200), "en")
    assert "wording 2 is similar to them." in en
    assert "Words that matched in wording 2: 'お支払い方法に問題'" in en


# ------------------------- 52a item 46: a mail of files only, said in the same words each time


def test_a_mail_of_files_only_is_named_one_way(tmp_path: Path) -> None:
    path = tmp_path / "onlyatt.eml"
    path.write_text(
        "From: Amazon <info@amazon.co.jp>\nSubject: Amazon\nMIME-Version: 1.0\n"
        'Content-Type: application/pdf\nContent-Disposition: attachment; filename="invoice.pdf"\n'
        "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n",
        encoding="utf-8",
    )
    flat = _flat(_screen(str(path)))
    # review 56a, item 6: the verdict says why, in the words --help uses; the note, once, what
    # review 59m, item 9: the case named, not --help's list of cases in a 「ため」 clause
    assert "このメールの本文は添付ファイルだけで、読み取れる文字がないため、" in flat
    assert (
        "・本文を読み取れないため、リンクや電話番号が書かれているかどうかは確認できませんでした。"
        in flat
    )
    assert flat.count("暗号化") == 0
    assert "、ファイルだけのメール" not in flat and "確認できていません。" not in flat
