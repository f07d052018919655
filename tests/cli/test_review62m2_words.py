"""Review 62m (share m62z), R-minor 7–11 and 14: the wording and breaks of check-message's
evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run

_PHISH = (
    "From: Amazon <no-reply@amazon-co-jp.support-prime.top>\n"
    "To: member@example.jp\n"
    "Subject: =?UTF-8?B?44GK5pSv5omV44GE?=\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "\n"
    "Please check.\n"
)


def _mail(tmp_path: Path, text: str, name: str = "m.eml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# ---------------------------------------------------------------- R-minor 10


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "アドレスのドメイン名は amazon-co-jp で始まりますが、実際のドメインは support-prime.top です。",
        ),
        (
            "en",
            "The address's domain name begins with amazon-co-jp, but the real domain is "
            "support-prime.top.",
        ),
    ],
)
def test_10_a_sender_start_says_it_is_the_addresss_domain(
    tmp_path: Path, lang: str, said: str
) -> None:
    screen = lang_run("check-message", _mail(tmp_path, _PHISH), lang=lang).stdout
    assert said in joined(screen, lang)
    assert ("名前は amazon-co-jp" if lang == "ja" else "The name begins") not in joined(
        screen, lang
    )


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "ja",
            "このアドレスは amazon.co.jp で始まりますが、実際のドメインは secure-login.info です。",
        ),
        ("en", "This address begins with amazon.co.jp, but the real domain is secure-login.info."),
    ],
)
def test_10_a_link_start_says_this_address(lang: str, said: str) -> None:
    text = "Amazonです https://amazon.co.jp.secure-login.info/ap/signin"
    screen = lang_run("check-message", "--text", text, lang=lang).stdout
    assert said in joined(screen, lang)


# ---------------------------------------------------------------- R-minor 14

_TITLE = {"ja": "Amazonに似せたドメイン", "en": "Look-alike domain"}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "url",
    [
        "https://amazom.co.jp/",
        "https://arnazon.co.jp/",
        "https://xn--amzon-hra.jp/",  # amäzon
        "https://xn--mazon-3ve.co.jp/",  # аmazon, Cyrillic а
        "https://аmazon.co.jp/",  # the same, not as punycode
        "https://xn--amzon-gra.jp/",  # aämzon
        "https://xn--amazon-0xa.jp/",  # amazoön
    ],
)
def test_14_one_title_for_every_one_letter_imitation(url: str, lang: str) -> None:
    done = lang_run("check-message", "--text", url, lang=lang)
    assert done.exit_code == 1
    assert f"1. {_TITLE[lang]}\n" in done.stdout, done.stdout
    titles = [
        f["title"]
        for f in lang_run("check-message", "--text", url, "--json", lang=lang).json()["data"][
            "red_flags"
        ]
    ]
    assert titles == [_TITLE[lang]]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "「rn」は、並べると「m」に見える2文字です。"),
        ("en", "'rn' is two letters that look like 'm' side by side."),
    ],
)
@pytest.mark.parametrize("url", ["https://arnazon.co.jp/", "https://rnazon.jp/"])
def test_14_rn_is_said_to_look_like_m(url: str, lang: str, said: str) -> None:
    screen = lang_run("check-message", "--text", url, lang=lang).stdout
    assert said in screen


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [
        ("ja", "「amazon」に余分な文字「ö」が加わっています。", "文字目の「ö」"),
        ("en", "'amazon' has an extra letter added, 'ö'.", "Character 6"),
    ],
)
def test_14_an_added_letter_is_said_to_be_added(lang: str, said: str, not_said: str) -> None:
    screen = lang_run("check-message", "--text", "https://xn--amazon-0xa.jp/", lang=lang).stdout
    assert said in screen
    assert not_said not in screen


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [
        ("ja", "「aämzon」は「amazon」に似た名前ですが、別の名前です。", "2文字目の「ä」は"),
        ("en", "'aämzon' looks like 'amazon', but it is a different name.", "Character 2"),
    ],
)
def test_14_a_marked_letter_that_replaces_none_is_not_said_to(
    lang: str, said: str, not_said: str
) -> None:
    screen = lang_run("check-message", "--text", "https://xn--amzon-gra.jp/", lang=lang).stdout
    assert said in screen
    assert not_said not in screen


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "3文字目の「ä」は、「a」とは別の文字です。"),
        ("en", "Character 3, 'ä', is not the letter 'a'."),
    ],
)
def test_14_a_replaced_letter_keeps_its_position(lang: str, said: str) -> None:
    screen = lang_run("check-message", "--text", "https://xn--amzon-hra.jp/", lang=lang).stdout
    assert said in screen


# ---------------------------------------------------------------- R-minor 7, 8 and 9 (breaks)

_MESSAGES = Path(__file__).parent / "messages"
_DISGUISED = str(_MESSAGES / "scam-disguised-attachment.eml")  # the review's att.eml
_ZIP = str(_MESSAGES / "scam-zip-attachment.eml")  # the review's ph.eml


@pytest.mark.parametrize("columns", [40, 60, 80, 120])
def test_7_a_verb_after_a_long_file_name_is_not_split(columns: int) -> None:
    screen = lang_run("check-message", _DISGUISED, columns=columns).stdout
    assert "拡張子があります）" in joined(screen)
    for line in screen.splitlines():  # never 「…ありま」 / 「す）の中身は…」
        assert not line.rstrip().endswith(("ありま", "あり", "拡張子がある")), line
        assert not line.lstrip().startswith(("す）", "ます）")), line


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_8_a_header_value_is_never_cut(columns: int) -> None:
    lines = lang_run("check-message", _ZIP, columns=columns).stdout.splitlines()
    whole = "smtp.mailfrom=amazon-co-jp.support-prime.top"
    assert any(line.strip() == whole for line in lines), lines
    assert not any(line.strip().endswith("support-p") for line in lines)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_the_header_value_is_whole_in_both_languages(lang: str) -> None:
    lines = lang_run("check-message", _ZIP, lang=lang, columns=40).stdout.splitlines()
    assert "    smtp.mailfrom=amazon-co-jp.support-prime.top" in lines


@pytest.mark.parametrize("columns", [40, 60, 80, 120])
def test_9_compressed_file_is_kept_whole(columns: int) -> None:
    screen = lang_run("check-message", _ZIP, columns=columns).stdout
    assert "（圧縮ファイル）" in joined(screen)
    for line in screen.splitlines():
        assert not line.rstrip().endswith("（圧縮"), line


@pytest.mark.parametrize("columns", [40, 60, 80, 100, 120])
def test_14_the_new_sentences_are_not_split_inside_a_word(columns: int) -> None:
    text = "https://arnazon.co.jp/ https://rnazon.jp/ https://xn--amazon-0xa.jp/"
    screen = lang_run("check-message", "--text", text, columns=columns).stdout
    for line in screen.splitlines():
        assert not line.rstrip().endswith(("見え", "加", "並べる")), line
