"""Fix round 39, check-message (review 34a): a request is read as an OBJECT (what is asked for)
and a VERB (how to hand it over), every pair the same way, and a negated one is no request."""

from __future__ import annotations

import itertools

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from primehelp.message_check import FlagKind
from tests.support.clihelp import run
from tests.support.message_asks import asks as _asks

WIDE = {"COLUMNS": "1000", "PRIMEHELP_LANG": "ja"}

# The object as a message names it → the kind the sign is named after (one name per request).
OBJECTS = {
    "ギフトカードの番号": "gift_card",
    "ギフトカード番号": "gift_card",
    "ギフト券の番号": "gift_card",
    "ギフト券番号": "gift_card",
    "ギフトカードのコード": "gift_card",
    "ギフト券のコード": "gift_card",
    "カード番号": "card",
    "クレジットカード番号": "card",
    "カード情報": "card",
    "セキュリティコード": "card",
    "パスワード": "password",
    "ワンタイムパスワード": "code",  # a sign-in code, no password (review 42a, item 18)
    "暗証番号": "pin",
    "認証コード": "code",
    "確認コード": "code",
}
# The verbs that hand it over, as requests.
VERBS = [
    "入力してください",
    "ご入力ください",
    "下記フォームに入力してください",
    "記入してください",
    "ご記入ください",
    "お伝えください",
    "送信してください",
    "送ってください",
    "お送りください",
    "教えてください",
    "返信してください",
    "読み上げてください",
]
# The same, said not to be wanted (review 34a, item 3).
NEGATED = [
    "{o}の入力は不要です",
    "{o}を入力する必要はありません",
    "{o}を送信する必要はありません",
    "{o}は誰にもお伝えにならないでください",
    "{o}は絶対に教えないでください",
    "{o}を記入しないでください",
    "Amazonが{o}の入力をお願いすることはありません",
    # Polite and prohibitive, as Amazon's own warnings say it (review 35a, item 1).
    "Amazonがお電話で{o}をお伝えいただくようお願いすることはございません",
    "Amazonが{o}の送信をお願いすることはございません",
    "Amazonが{o}の入力を求めることはありません",
    "Amazonが{o}の送信を求めることはございません",
    "{o}を送信してはいけません",
    "{o}を入力してはいけません",
    "{o}を教えてはなりません",
    "{o}を入力しないようお願いします",
    "{o}は誰にも教えないようご注意ください",
    "{o}の返信はお控えください",
]


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


@pytest.mark.parametrize(("obj", "verb"), list(itertools.product(OBJECTS, VERBS)))
def test_every_object_with_every_verb_gets_its_own_sign(
    obj: str, verb: str, content: MessageContent
) -> None:
    assert _asks(f"{obj}を{verb}。", content) == [(OBJECTS[obj],)]


@pytest.mark.parametrize(("obj", "said"), list(itertools.product(OBJECTS, NEGATED)))
def test_a_negated_request_is_no_request(obj: str, said: str, content: MessageContent) -> None:
    assert _asks(said.format(o=obj) + "。", content) == []


# English objects and Amazon's English warnings (review 35a, item 1).
OBJECTS_EN = {
    "gift card code": "gift_card",
    "card number": "card",
    "password": "password",
    "PIN": "pin",
    "verification code": "code",
}
NEGATED_EN = [
    "Amazon will never ask you to send your {o}",
    "Never share your {o} with anyone",
    "You must not enter your {o} here",
    "You should not tell anyone your {o}",
]


@pytest.mark.parametrize(("obj", "said"), list(itertools.product(OBJECTS_EN, NEGATED_EN)))
def test_a_negated_request_in_english_is_no_request(
    obj: str, said: str, content: MessageContent
) -> None:
    assert _asks(said.format(o=obj) + ".", content) == []


@pytest.mark.parametrize("obj", list(OBJECTS_EN))
def test_an_english_request_still_gets_its_sign(obj: str, content: MessageContent) -> None:
    assert _asks(f"Please enter your {obj} here.", content) == [(OBJECTS_EN[obj],)]


def test_a_scam_that_says_not_to_be_suspended_still_asks(content: MessageContent) -> None:
    text = "カード情報を更新し、アカウントが停止されないようお願いいたします。"
    assert _asks(text, content) == [("card",)]


@pytest.mark.parametrize(
    "text",
    [
        "Amazonがお電話で暗証番号をお伝えいただくようお願いすることはございません。",
        "ギフトカードの番号を送信してはいけません。",
    ],
)
def test_amazons_warning_gets_no_danger_verdict(text: str) -> None:
    done = run("check-message", "--text", text, env=WIDE)
    assert done.exit_code == 0
    assert "の要求" not in done.stdout


@pytest.mark.parametrize(
    ("text", "heading", "gift_step"),
    [
        ("ギフトカードの番号を入力してください。", "1. ギフトカードの番号の要求", True),
        ("ギフト券の番号を下記フォームに入力してください。", "1. ギフトカードの番号の要求", True),
        ("ギフトカードのコードを入力してください", "1. ギフトカードの番号の要求", True),
        ("ギフトカード番号を入力してください", "1. ギフトカードの番号の要求", True),
        ("ギフト券番号をご記入ください", "1. ギフトカードの番号の要求", True),
        ("暗証番号を入力してください", "1. 暗証番号の要求", False),
        ("カード番号を入力してください", "1. カード情報の要求", False),
    ],
)
def test_the_screen_names_the_request_and_exits_1(text: str, heading: str, gift_step: bool) -> None:
    done = run("check-message", "--text", text, env=WIDE)
    assert done.exit_code == 1
    assert heading in done.stdout.splitlines()
    assert "カード情報などの要求" not in done.stdout
    # every report step names a gift card's number (review 52a: one wording everywhere); after a
    # gift-card request it is the first step
    assert "ギフトカードの番号を伝えてしまった場合" in done.stdout
    first = "1. 上に書いた方法で、Amazonに早めに報告してください。"
    assert any(line.startswith(first) for line in done.stdout.splitlines()) is gift_step
    assert "パスワード" not in done.stdout.split("見つかった兆候")[1].split("\n\n")[0] or (
        "パスワード" in text
    )


def test_a_gift_card_request_among_other_signs_is_listed() -> None:
    text = "【アマゾン】ギフトカードの番号をこちらに入力してください https://ａｍａｚｏｎ.co.jp.verify-id.top/"
    done = run("check-message", "--text", text, env=WIDE)
    assert done.exit_code == 1
    assert "ギフトカードの番号の要求" in done.stdout


def test_a_pin_is_named_a_pin_in_english() -> None:
    done = run(
        "check-message",
        "--text",
        "暗証番号を入力してください",
        env={**WIDE, "PRIMEHELP_LANG": "en"},
    )
    assert "Asks for a PIN" in done.stdout and "password" not in done.stdout.split("\n\n")[1]


def test_a_negated_request_gets_no_danger_verdict() -> None:
    done = run(
        "check-message", "--text", "Amazonからのお知らせ：カード番号の入力は不要です", env=WIDE
    )
    assert done.exit_code == 0
    assert "カード情報の要求" not in done.stdout


def test_amazons_own_gift_card_mail_is_still_no_request(content: MessageContent) -> None:
    text = "ギフト券番号：ABCD-EFGHIJ-KLMN アカウントに登録してご利用ください。"
    assert _asks(text, content) == []


# ---------------------------------------------------------------- item 4


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_look_alike_letter_in_a_domain_is_one_sign(lang: str, content: MessageContent) -> None:
    text = "Аmazonからのお知らせ https://аmazon.co.jp/login"
    signs = check_message(text, content).red_flags
    on_domain = [one for one in signs if one.domain == "аmazon.co.jp"]
    assert [(one.kind, one.also) for one in on_domain] == [
        (FlagKind.CONFUSABLE_CHARACTERS, (FlagKind.LOOKALIKE_DOMAIN,))
    ]
    out = run("check-message", "--text", text, "--lang", lang, env=WIDE).stdout
    # one title for every one-letter imitation of Amazon's name (review 62m, item 14)
    assert ("Amazonに似せたドメイン" if lang == "ja" else "Look-alike domain") in out
    # the letter's script in brackets after the Latin letter it is not, with its reading
    # (review 53a item 20; was 「…ではなくキリル文字です」 / "is Cyrillic")
    assert ("「a（エー）」ではなく" if lang == "ja" else "the Latin 'a' but") in out
    assert ("（キリル文字）です" if lang == "ja" else "(Cyrillic)") in out
    assert "amazon.co.jp.○○.info" not in out and "amazon.co.jp.<other>.info" not in out


# ---------------------------------------------------------------- item 6


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "5文字目の「0」は、英字の「o（オー）」ではなく数字の「0（ゼロ）」です。"),
        ("en", "Character 5, '0', is the digit zero, not the Latin 'o'."),
    ],
)
def test_a_zero_for_an_o_is_named_with_the_word_for_english_letters(lang: str, said: str) -> None:
    for text in ("Amaz0nカスタマーサービスです。", "ご確認ください https://amaz0n-jp.top/"):
        out = run("check-message", "--text", text, "--lang", lang, env=WIDE).stdout
        assert said in " ".join(out.split()).replace("数字の ゼロ", "数字のゼロ")
        assert "ラテン文字" not in out  # review 49a, S 22: 英字 for both, not ラテン文字
