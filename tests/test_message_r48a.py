"""Review 48a, R-major items: what a browser does with a pasted or saved message."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}


def _flat(out: str, lang: str) -> str:
    return "".join(out.split()) if lang == "ja" else " ".join(out.split())


@pytest.mark.parametrize(
    ("lang", "said", "wrong"),
    [
        (
            "ja",
            "「\\」はブラウザーでは「/」として扱われるため、実際の行き先は evil.top です。"
            "「@」の後ろの www.amazon.co.jp は行き先ではありません。",
            "実際の行き先は「@」の後ろの",
        ),
        (
            "en",
            "A browser reads “\\” as “/”, so the link goes to evil.top; the www.amazon.co.jp after the “@” is not where it goes.",
            "the real destination is www.amazon.co.jp",
        ),
    ],
)
def test_a_backslash_before_the_at_sign_names_the_real_host(
    lang: str, said: str, wrong: str
) -> None:
    """Item 4: browsers read 「\\」 as 「/」, so evil.top is the host, not www.amazon.co.jp."""
    out = run(
        "check-message",
        "--text",
        "Amazon: お支払い確認 https://evil.top\\@www.amazon.co.jp/x",
        "--lang",
        lang,
        env=WIDE,
    )
    flat = _flat(out.stdout, lang)
    assert _flat(said, lang) in flat
    assert _flat(wrong, lang) not in flat


@pytest.mark.parametrize(
    ("content", "host"),
    [
        ("0;https://evil-nourl.top/", "evil-nourl.top"),
        ("0 https://evil-space.top/", "evil-space.top"),
        ("0,https://evil-comma.top/", "evil-comma.top"),
        ("0; 'https://evil-quote.top/'", "evil-quote.top"),
        ("3 ; url = https://evil-url.top/", "evil-url.top"),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_refresh_without_url_keyword_is_read_as_browsers_do(
    tmp_path: Path, content: str, host: str, lang: str
) -> None:
    """Item 3: 「url=」 is optional in a refresh; the page leaves for the address anyway."""
    page = tmp_path / "mr.html"
    quote = '"' if "'" in content else "'"
    page.write_text(
        f"<html><head><meta http-equiv=refresh content={quote}{content}{quote}></head>"
        "<body><p>Amazonプライム会員資格の更新のお知らせ</p></body></html>",
        encoding="utf-8",
    )
    out = run("check-message", str(page), "--lang", lang, env=WIDE)
    assert out.exit_code == 1
    assert host in out.stdout
    assert (
        "リンク、メールアドレス、電話番号はありませんでした" if lang == "ja" else "No links"
    ) not in out.stdout


_SUMMARY_JA = (
    "元のメッセージ\nメッセージ ID\t<abc@evil.top>\n"
    "作成日:\t2026年12月6日 10:00（配信までの時間: 1 秒）\n"
    "送信者:\tAmazon.co.jp <no-reply@amazon.co.jp>\n宛先:\ttaro@gmail.com\n"
    "件名:\tAmazonプライム会員資格の更新のお知らせ\nSPF:\tFAIL（IP 203.0.113.5）詳細\n"
    "DKIM:\t'FAIL'（ドメイン amazon.co.jp）詳細\nDMARC:\t'FAIL'詳細\n"
)
_SUMMARY_EN = (
    "Original message\nMessage ID\t<abc@evil.top>\n"
    "Created at:\tSat, Dec 6, 2026 at 10:00 AM (Delivered after 1 second)\n"
    "From:\tAmazon.co.jp <no-reply@amazon.co.jp>\nTo:\ttaro@gmail.com\n"
    "Subject:\tYour Prime membership\nSPF:\tFAIL with IP 203.0.113.5 Learn more\n"
    "DKIM:\t'FAIL' with domain amazon.co.jp Learn more\nDMARC:\t'FAIL' Learn more\n"
)


@pytest.mark.parametrize(
    ("lang", "summary", "said"),
    [
        ("ja", _SUMMARY_JA, ["差出人：Amazon.co.jp <no-reply@amazon.co.jp>", "送信元の認証に失敗"]),
        ("en", _SUMMARY_EN, ["From: Amazon.co.jp <no-reply@amazon.co.jp>", "Sender check failed"]),
    ],
)
def test_gmails_summary_pasted_alone_is_read_as_the_headers(
    tmp_path: Path, lang: str, summary: str, said: list[str]
) -> None:
    """Item 1: Gmail's own SPF/DKIM/DMARC FAIL is the authentication sign; the Message-ID is
    no address; the missing body is said, never 「本文には…ありませんでした」."""
    pasted = tmp_path / "so.txt"
    pasted.write_text(summary, encoding="utf-8")
    out = run("check-message", str(pasted), "--lang", lang, env=WIDE)
    assert out.exit_code == 1
    for line in said:
        assert line in out.stdout
    assert "abc@evil.top" not in out.stdout
    assert ("本文は含まれていない" if lang == "ja" else "The body is not included") in out.stdout
    document = run("--json", "check-message", "--text", summary).json()["data"]
    assert [flag["kind"] for flag in document["red_flags"]] == ["authentication_failed"]
    assert document["email_addresses"] == []


def test_gmails_summary_with_its_buttons_on_one_line_finds_the_raw_mail(tmp_path: Path) -> None:
    """48a item 5 (with item 1): 「元のメッセージをダウンロード<TAB>クリップボードにコピー」."""
    raw = (
        "Authentication-Results: mx.google.com; spf=fail smtp.mailfrom=evil.top; "
        "dmarc=fail (p=REJECT) header.from=amazon.co.jp\n"
        "From: Amazon.co.jp <no-reply@amazon.co.jp>\nSubject: test\n\n本文です。\n"
    )
    pasted = tmp_path / "so4.txt"
    pasted.write_text(_SUMMARY_JA + "元のメッセージをダウンロード\tクリップボードにコピー\n" + raw)
    out = run("check-message", str(pasted), env=WIDE)
    assert out.exit_code == 1
    assert "abc@evil.top" not in out.stdout
    assert "DMARC=fail" in out.stdout
    assert "ヘッダー（From、Return-Path" not in out.stdout  # read as the mail, not a text


_PAGE = (
    '<html><head><meta charset="utf-8"><title>Amazon</title></head><body>'
    "<p>Amazonプライム会員資格の更新のお知らせ。下のボタンから手続きしてください。</p>"
    "<button onclick=\"location.href='https://evil-onclick.top/'\">今すぐ更新</button>"
    "<script>setTimeout(function(){window.location='https://evil-script.top/'},3000)</script>"
    '<iframe src="https://evil-iframe.top/login"></iframe>'
    '<object data="https://evil-object.top/x"></object><embed src="https://evil-embed.top/y">'
    "</body></html>"
)


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("ja", "primehelpはスクリプトを実行しないため"),
        ("en", "primehelp does not run them"),
    ],
)
def test_a_pages_handler_frames_and_scripts_are_read(tmp_path: Path, lang: str, note: str) -> None:
    """Item 2: onclick, iframe, object and embed lead somewhere: links; a script is said unread."""
    page = tmp_path / "h3.html"
    page.write_text(_PAGE, encoding="utf-8")
    out = run("check-message", str(page), "--lang", lang, env=WIDE)
    assert out.exit_code == 1
    for host in ("evil-onclick.top", "evil-iframe.top", "evil-object.top", "evil-embed.top"):
        assert host in out.stdout
    assert note in " ".join(out.stdout.split()) or note in "".join(out.stdout.split())


@pytest.mark.parametrize(
    ("lang", "said", "never"),
    [
        ("ja", "（スクリプトが開く先は確認していません）", "電話番号はありませんでした。"),
        ("en", "(where the scripts lead was not checked)", "phone numbers.\n"),
    ],
)
def test_a_page_with_only_a_script_is_never_said_to_have_no_links(
    tmp_path: Path, lang: str, said: str, never: str
) -> None:
    page = tmp_path / "h4.html"
    page.write_text(
        "<html><body><p>Amazonのお知らせ</p>"
        '<script>window.location="https://evil-script.top/"</script></body></html>',
        encoding="utf-8",
    )
    out = run("check-message", str(page), "--lang", lang, env=WIDE).stdout
    assert said in out
    assert never not in out


def test_gmails_summary_copied_with_spaces_is_read_too() -> None:
    """Item 1: the table copied with spaces in place of tabs (「メッセージ ID <…>」)."""
    summary = _SUMMARY_JA.replace("\t", " ")
    out = run("check-message", "--text", summary, env=WIDE)
    assert out.exit_code == 1
    assert "送信元の認証に失敗" in out.stdout
    assert "abc@evil.top" not in out.stdout


def test_a_text_that_only_names_a_message_id_is_read_as_text() -> None:
    """Item 1: no summary without its From and check lines; a plain text stays a text."""
    out = run("check-message", "--text", "Message ID <abc@evil.top>\nこんにちは", env=WIDE)
    assert "abc@evil.top" in out.stdout
