"""Fix round 58 (helper fix-msg), check-message and help: review 47a's small points (item 15)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}


def _json(*args: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = run("--lang", lang, "check-message", "--json", *args).json()
    return data["data"]


def _screen(*args: str, lang: str = "ja") -> str:
    return run("--lang", lang, "check-message", *args, env=WIDE).stdout


# ----------------------------- 15.1: a Markdown-style link is two URLs, not one Amazon URL

_MARKDOWN = (
    "Amazonです。[https://www.amazon.co.jp/](https://evil.top/login) からログインしてください。"
)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_15_1_a_markdown_link_names_the_address_it_opens(lang: str) -> None:
    result = run("--lang", lang, "check-message", "--text", _MARKDOWN, env=WIDE)
    assert "evil.top" in result.stdout
    assert result.exit_code == 1, result.stdout
    data = _json("--text", _MARKDOWN, lang=lang)
    assert any("evil.top" in str(flag) for flag in data["red_flags"]), data["red_flags"]


# ----------------------------- 15.15: a reference number is not read as a phone number


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "text",
    [
        "Amazonです。お問い合わせ番号 0312345678 です。",
        "Amazonです。注文番号：0312345678",
        "Amazonです。\n番号 0312345678\n",
        "Amazon here. Your reference number is 0312345678.",
    ],
)
def test_15_15_a_reference_number_is_not_a_phone_number(lang: str, text: str) -> None:
    result = run("--lang", lang, "check-message", "--text", text, env=WIDE)
    assert result.exit_code == 0, result.stdout
    assert _json("--text", text, lang=lang)["phone_numbers"] == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Amazonです。お問い合わせ番号 0312345678 までお電話ください。",
        "Amazonです。以下の番号 0312345678 にご連絡ください。",
        "Amazonです。電話番号 0312345678",
    ],
)
def test_15_15_a_number_to_call_stays_a_phone_number(text: str) -> None:
    result = run("check-message", "--text", text, env=WIDE)
    assert result.exit_code == 1, result.stdout
    assert "0312345678" in result.stdout


# ----------------------------- 15.14: a number Amazon once published is one it no longer publishes


@pytest.mark.parametrize(
    ("lang", "title", "not_title"),
    [
        # titled as other numbers since review 62m, S 15; the verdict line says it
        ("ja", "以前Amazonが公開していた番号ですが", "以前Amazonが公開していた電話番号"),
        ("en", "A former Amazon number", "Phone number Amazon used to publish"),
    ],
)
def test_15_14_a_formerly_published_number_is_titled_as_no_longer_published(
    lang: str, title: str, not_title: str
) -> None:
    screen = _screen("--text", "Amazonです。0120-999-373 にお電話ください。", lang=lang)
    assert title in screen
    assert not_title not in screen
    assert ("電話番号への誘導" if lang == "ja" else "Phone number to call") in screen


# ----------------------------- 15.3: a count at the cap of links read says 「以上」, with the comma


@pytest.mark.parametrize(("lang", "said"), [("ja", "（30件以上）"), ("en", " (30 or more)")])
def test_15_3_a_count_at_the_cap_of_links_says_or_more(
    lang: str, said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from primehelp import message, message_links, message_targets

    for module in (message, message_links, message_targets):
        monkeypatch.setattr(module, "MAX_LINKS", 30)  # 5,000 in use: slow to read
    text = "Amazonです。\n" + "\n".join(f"https://evil.top/{i}" for i in range(40))
    assert said in _screen("--text", text, lang=lang)


@pytest.mark.parametrize(("lang", "said"), [("ja", "（5,000件以上）"), ("en", " (5,000 or more)")])
def test_15_3_the_cap_is_written_with_its_comma(lang: str, said: str) -> None:
    from primehelp.output.flag_detail import count_said

    assert count_said(5000, lang) == said  # type: ignore[arg-type]
    assert count_said(1, lang) == ""


@pytest.mark.parametrize(("lang", "said"), [("ja", "（3件）"), ("en", " (3)")])
def test_15_3_a_count_below_the_cap_is_as_before(lang: str, said: str) -> None:
    text = "Amazonです。\n" + "\n".join(f"https://evil.top/{i}" for i in range(3))
    assert said in _screen("--text", text, lang=lang)


# ----------------------------- 15.8: the English suspension sign reads as English


def test_15_8_the_suspension_sign_in_english() -> None:
    screen = _screen(
        "--text", "Urgent: your Amazon account will be suspended within 24 hours.", lang="en"
    )
    assert "Suspension notice that rushes you" in screen
    assert "to hurry you into acting: a common scam trick." in " ".join(screen.split())
    assert "to rush you" not in screen and "Rushing you" not in screen
    ja = _screen("--text", "【至急】Amazonです。24時間以内にアカウントが停止されます。", lang="ja")
    assert "停止・制限を知らせて急がせる文面" in ja  # the Japanese is unchanged


# ----------------------------- 15.2: an xn-- name no browser can decode


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [
        ("ja", "正しくない国際化ドメイン名", "キリル文字、かな、漢字"),
        ("en", "not a valid internationalised domain name", "Cyrillic"),
    ],
)
def test_15_2_an_undecodable_punycode_name_is_said_to_be_invalid(
    lang: str, said: str, not_said: str
) -> None:
    screen = " ".join(
        _screen("--text", "Amazonです。https://xn--amzon-vpa.jp/login", lang=lang).split()
    )
    assert said in screen
    assert not_said not in screen
    assert "表示上は" not in screen and "shown as" not in screen  # the same name again
    valid = _screen("--text", "Amazonです。https://xn--mazon-3ve.co.jp/login", lang=lang)
    assert "表示上は" in valid or "shown as" in valid  # a name that decodes keeps it


# ----------------------------- 15.16 / 15.17: help says what the other language says


def test_15_16_due_help_in_japanese_gives_the_exit_codes() -> None:
    help_ja = "".join(run("--lang", "ja", "due", "--help", env={"COLUMNS": "80"}).stdout.split())
    # review 53a item 14: every code in the description, in both languages
    assert (
        "終了コード：1（対応が必要）、0（対応不要）、2（保存した更新日がないか、使えない）。"
        in help_ja
    )
    help_en = " ".join(run("--lang", "en", "due", "--help", env={"COLUMNS": "80"}).stdout.split())
    assert "Exit status: 1 if something is due, 0 if not, 2 if no usable date is saved." in help_en
    listed = "".join(run("--lang", "ja", "--help", env={"COLUMNS": "80"}).stdout.split())
    assert "があれば1行で知らせます。" in listed


def test_15_17_trial_help_in_english_gives_an_example_day() -> None:
    help_en = run("--lang", "en", "trial", "--help", env={"COLUMNS": "80"}).stdout
    assert "Day the free trial started (e.g. 2026-11-25)." in help_en
    help_ja = run("--lang", "ja", "trial", "--help", env={"COLUMNS": "80"}).stdout
    assert "（例：2026-11-25）" in help_ja


# ----------------------------- 15.12: a North-American number written without its 1


@pytest.mark.parametrize(
    ("lang", "hint"),
    [
        ("ja", '海外の番号なら、"+1-855-370-0151" のように + と国番号から入力してください'),
        ("en", 'for a number abroad, type + and the country code, like "+1-855-370-0151"'),
    ],
)
def test_15_12_a_north_american_number_without_its_1_gets_the_plus_hint(
    lang: str, hint: str
) -> None:
    result = run("--lang", lang, "check-number", "855-370-0151")
    assert result.exit_code == 2
    assert hint in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    other = run("--lang", lang, "check-number", "1234567890")  # not shaped so: as before
    assert other.exit_code == 2 and "+1-" not in other.stderr
