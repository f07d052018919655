"""Fix round 35, check-message (review 31a items 1-4, 8-12, 18)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from primehelp.content.message import load as load_content
from primehelp.message import FlagKind, MessageContent, Verdict, check_message
from primehelp.message_links import find_all, to_ascii
from tests.support.clihelp import run

CONTENT: MessageContent = load_content()
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=60)


# ---------------------------------------------------------------- items 1 and 2


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("https://amazon.co.jp.アマゾン.jp/", "amazon.co.jp.xn--cckwcxetd.jp"),
        ("https://アマゾン.jp/login", "xn--cckwcxetd.jp"),
        ("【Amazon】お支払い情報を https://アマゾン.jp/ で更新してください。", "xn--cckwcxetd.jp"),
        ("【Amazon】お支払い情報は アマゾン.jp で更新してください。", "xn--cckwcxetd.jp"),
        ("【Amazon】お支払い情報はアマゾン.jpで更新してください。", "xn--cckwcxetd.jp"),
        ("詳しくはamazon.co.jp.アマゾン.jpへ", "amazon.co.jp.xn--cckwcxetd.jp"),
        (
            "ｈｔｔｐｓ：／／ａｍａｚｏｎ．ｃｏ．ｊｐ．アマゾン．ｊｐ／",
            "amazon.co.jp.xn--cckwcxetd.jp",
        ),
        ("https://user@アマゾン.jp/", "xn--cckwcxetd.jp"),
    ],
)
def test_a_host_in_japanese_script_is_read_whole(text: str, host: str) -> None:
    """31a-1/2: the whole host, as its xn-- form; never 「Amazonのドメイン」, never no sign."""
    result = check_message(text, CONTENT)
    assert [link.host for link in result.links] == [host]
    assert not any(link.is_amazon for link in result.links)
    assert result.verdict is Verdict.RED_FLAGS_FOUND
    assert FlagKind.PUNYCODE in [f.kind for f in result.red_flags]


def test_the_xn_form_and_the_japanese_form_get_one_verdict() -> None:
    """31a-2: one address, two ways of writing it, the same signs."""
    written = check_message("https://アマゾン.jp/", CONTENT)
    encoded = check_message("https://xn--cckwcxetd.jp/", CONTENT)
    assert [f.kind for f in written.red_flags] == [f.kind for f in encoded.red_flags]
    assert written.links[0].registrable_domain == encoded.links[0].registrable_domain


def test_japanese_text_after_an_ascii_link_is_no_part_of_it() -> None:
    """The old rule stays: 「https://example.com/loginからログイン」 is example.com."""
    found = find_all("https://example.com/loginからログイン。amazon.co.jpでも", ("amazon.co.jp",))
    assert found.urls == ("https://example.com/login",)
    assert to_ascii("amazon.co.jp.アマゾン.jp") == "amazon.co.jp.xn--cckwcxetd.jp"
    assert to_ascii("аmazon.co.jp") == "аmazon.co.jp"  # Cyrillic: a sign of its own, as written


_KANA = st.text(
    alphabet=st.characters(min_codepoint=0x30A1, max_codepoint=0x30FA), min_size=1, max_size=8
)
_KANJI = st.text(
    alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA0), min_size=1, max_size=4
)
_PREFIX = st.sampled_from(["", "amazon.", "amazon.co.jp.", "www.amazon.co.jp.", "amazon-"])
_TLD = st.sampled_from(["jp", "com", "co.jp", "net", "shop"])
_AROUND = st.sampled_from(
    [
        ("https://{}/", ""),
        ("【Amazon】お支払い情報を https://{}/login で更新してください。", ""),
        ("お支払い情報は {} で更新してください。", ""),
        ("【Amazon】{} からログインしてください", ""),
        ("こちら：{}", ""),
        ("お支払い情報は{}で更新してください。", ""),
    ]
)


@SETTINGS
@given(_PREFIX, st.one_of(_KANA, _KANJI), _TLD, _AROUND)
def test_any_link_in_japanese_script_is_read_whole(
    prefix: str, label: str, tld: str, around: tuple[str, str]
) -> None:
    """31a-1/2, as a property: the host reported is the whole host (in its IDNA form), it is
    not Amazon's, and the verdict is never 「危険な兆候は見つかりませんでした」."""
    host = f"{prefix}{label}.{tld}"
    try:
        encoded = host.encode("idna").decode("ascii")
    except UnicodeError:
        return  # a name IDNA refuses is no name a browser opens
    result = check_message(around[0].format(host), CONTENT)
    hosts = [link.host for link in result.links]
    assert encoded.lower() in hosts, (host, hosts)
    assert not any(link.is_amazon for link in result.links)
    assert result.verdict is Verdict.RED_FLAGS_FOUND
    assert int(result.exit_code) == 1


# ---------------------------------------------------------------- item 3


@pytest.mark.parametrize(
    "text",
    [
        "Amazonです。本日中にお支払い情報を更新してください。",
        "24時間以内にお支払い情報をご確認ください。",
        "【Amazon】支払い情報を入力してください",
        "至急、お支払い情報の更新をお願いします。",
    ],
)
def test_a_request_for_payment_details_is_a_sign(text: str) -> None:
    """31a-3: 「お支払い情報を更新」 is read as 「支払い方法を更新」 is, not 「兆候は見つかりませんでした」
    (review 61m, item 2: both Amazon's own wording, a sign with a deadline)."""
    result = check_message(text, CONTENT)
    assert result.verdict is Verdict.RED_FLAGS_FOUND
    assert FlagKind.SCAM_SUBJECT in [f.kind for f in result.red_flags]


# ---------------------------------------------------------------- item 4


def _screen(text: str, lang: str) -> str:
    done = run("check-message", "--text", text, "--lang", lang, env={"COLUMNS": "60"})
    assert done.exit_code == 1, done.stderr
    return done.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_2025_26_sentence_is_given_once_a_screen(lang: str) -> None:
    """31a-4: two scam-text signs, one 2025〜26 sentence each, and no 「ほかに…」 list."""
    text = "【Amazon】プライムの使用が一時的にできません。支払い方法を更新してプライムを継続する"
    screen = "".join(_screen(text, lang).split())
    assert screen.count("2025〜26" if lang == "ja" else "2025–26") == 2
    assert ("この文面も" if lang == "ja" else "Thiswordingtoo") in screen
    assert ("ほかに" if lang == "ja" else "Othersubjects") not in screen


def test_a_similar_scam_text_after_a_note_says_too_and_names_its_words() -> None:
    """31a-4, the mail of the review: sign 3 says 「この文面も」, its words on their own line."""
    from pathlib import Path

    mail = Path(__file__).parent / "cli" / "messages" / "scam-subject-utf8.eml"
    done = run("check-message", str(mail), "--lang", "ja", env={"COLUMNS": "40"})
    lines = [line.strip() for line in done.stdout.splitlines()]
    assert sum("2025〜26年" in line for line in lines) == 2
    assert any(line.startswith("この文面も") for line in lines)
    # review 60m, item 6: the words are all of the quote 「本人確認をしてください」
    assert not any(line.startswith("一致した語句") for line in lines)


# ---------------------------------------------------------------- S 18


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_punycode_reason_names_kana(lang: str) -> None:
    """31a S 18: アマゾン.jp is katakana; the reason names kana with kanji."""
    reason = next(
        f.reason(lang)
        for f in check_message("https://xn--cckwcxetd.jp/", CONTENT).red_flags
        if f.kind is FlagKind.PUNYCODE
    )
    assert ("キリル文字、かな、漢字" if lang == "ja" else "kana or kanji") in reason


# ---------------------------------------------------------------- S 8


@pytest.mark.parametrize(
    ("args", "lang", "said"),
    [
        (
            ["--text", "Amazoneカスタマーセンターです"],
            "ja",
            "「Amazone」は、Amazonに文字を足して似せた名前です。",
        ),
        (
            ["--text", "A m a z o n お客様"],
            "ja",
            "「A m a z o n」は、Amazonの文字の間に空白を挟んで",
        ),
        (
            ["--text", "Amαzonからのお知らせ"],
            "ja",
            "「Amαzon」は、Amazonの一部の文字を、見た目がよく似た別の文字に",
        ),
        (
            ["--text", "Amazoneカスタマーセンターです"],
            "en",
            "“Amazone” imitates Amazon with a letter added.",
        ),
    ],
)
def test_a_look_alike_name_says_how_it_imitates(args: list[str], lang: str, said: str) -> None:
    """31a S 8: the trick found is named first, not only the list of every trick."""
    done = run("check-message", *args, "--lang", lang, env={"COLUMNS": "1000"})
    assert said in done.stdout


def test_a_look_alike_sender_says_how_it_imitates() -> None:
    from pathlib import Path

    mail = Path(__file__).parent / "cli" / "messages" / "scam-lookalike-sender.eml"
    done = run("check-message", str(mail), "--lang", "ja", env={"COLUMNS": "1000"})
    assert (
        "「Amazone」は、Amazonに文字を足して似せた名前です。メールアドレスのドメイン（"
        in done.stdout
    )


# ---------------------------------------------------------------- S 9


@pytest.mark.parametrize(
    ("lang", "said", "kept"),
    [
        (
            "ja",
            "このアドレスは amazon.co.jp で始まりますが、末尾は .shop で、実際のドメインは jp.shop です。",
            "このアドレスは amazon.co.jp で始まりますが、実際のドメインは secure-login.info です。",
        ),
        (
            "en",
            "This address begins with amazon.co.jp, but it ends in .shop, and the real domain is jp.shop.",
            "This address begins with amazon.co.jp, but the real domain is secure-login.info.",
        ),
    ],
)
def test_an_amazon_domain_running_into_the_real_one_is_named_whole(
    lang: str, said: str, kept: str
) -> None:
    """31a S 9: 「amazon.co」 + 「jp.shop」 read as amazon.co.jp, then .shop."""
    text = "ｈｔｔｐｓ：／／ａｍａｚｏｎ．ｃｏ．ｊｐ．ｓｈｏｐ／ でカード情報を入力してください"
    done = run("check-message", "--text", text, "--lang", lang, env={"COLUMNS": "1000"})
    assert said in done.stdout
    other = "https://amazon.co.jp.secure-login.info/update"
    done = run("check-message", "--text", other, "--lang", lang, env={"COLUMNS": "1000"})
    assert kept in done.stdout


# ---------------------------------------------------------------- S 10


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("Amazon.co.jpです。お客様のアカウントで不正な購入が確認されました。", False),
        ("amazon.co.jp/gp/css で不正な購入を確認してください", True),
        ("https://amazon.co.jp.example.info/ で不正な購入を確認してください", True),
    ],
)
def test_the_company_name_is_no_link_for_the_headline(text: str, links: bool) -> None:
    """31a S 10: 「Amazon.co.jpです。」 is the company's name: the headline does not say
    「リンクは開かず」 of a message with no link."""
    result = check_message(text, CONTENT)
    assert result.verdict is Verdict.RED_FLAGS_FOUND
    assert ("リンクを開いたり" in result.verdict_text.ja) is links


# ---------------------------------------------------------------- S 11


@pytest.mark.parametrize(
    ("lang", "said"), [("ja", "（ホスティングサービス。兆候1）"), ("en", "see red flag 1")]
)
def test_a_hosting_link_refers_to_its_sign(lang: str, said: str) -> None:
    """31a S 11: what was read refers to the sign, as a phone number does, not its reason again."""
    text = "Amazonアカウントの確認が必要です https://amazon-jp.s3.amazonaws.com/login"
    done = run("check-message", "--text", text, "--lang", lang, env={"COLUMNS": "1000"})
    assert said in done.stdout
    assert done.stdout.count("誰でも使える" if lang == "ja" else "anyone can use") == 1


# ---------------------------------------------------------------- S 12


def test_the_payment_problem_title_fits_a_narrow_line() -> None:
    """31a S 12: 「文面」 was alone on the next line at 40 columns."""
    text = "【Amazon】プライム会費のお支払いが確認できませんでした。お支払い方法をご確認ください。"
    done = run("check-message", "--text", text, "--lang", "ja", env={"COLUMNS": "40"})
    signs = done.stdout.split("見つかった兆候", 1)[1].splitlines()
    heading = next(line for line in signs if line.startswith("1. "))
    # review 37a, item 8: 「支払いの失敗を知らせる文面」 (an order's is no fee)
    assert heading.startswith("1. 支払いの失敗を知らせる文面")


def test_a_file_name_in_japanese_is_no_domain() -> None:
    """Items 1-2 follow-up: a name in Japanese script without a scheme counts only with a
    known suffix, as an ASCII one does (写真.jpg is a file)."""
    assert find_all("ファイル名は写真.jpgです", ("amazon.co.jp",)).bare_domains == ()
    assert find_all("詳細は アマゾン.jp へ", ("amazon.co.jp",)).bare_domains == ("アマゾン.jp",)


@pytest.mark.parametrize(
    "text",
    ["詳しくはあまぞん.jpをご覧ください。", "お支払い情報はあまぞん.jpで更新してください"],
)
def test_a_japanese_name_not_read_as_a_link_is_still_a_sign(text: str) -> None:
    """31a-2: where a name's start is not plain, no clean headline: the sign says it was not
    read as a link and that such a name is not Amazon's."""
    result = check_message(text, CONTENT)
    assert result.verdict is Verdict.RED_FLAGS_FOUND
    sign = next(f for f in result.red_flags if f.kind is FlagKind.UNREAD_DOMAIN)
    assert sign.evidence.endswith("あまぞん.jp")
    assert "リンクとして確認できませんでした" in sign.reason.ja
    assert "could not be read as a link" in sign.reason.en


def test_a_file_name_is_no_unread_domain() -> None:
    assert check_message("ファイル名は写真.jpgです", CONTENT).verdict is Verdict.NO_RED_FLAGS_FOUND
