"""A request to sign in through the message, found by a rule rather than by listed words (review
63m, item 2): what makes Amazon's own words (「会員情報の確認」「カードの有効期限が切れています」)
a sign, as a threat or a deadline does (:mod:`primehelp.message_loose`).

A sign-in (「サインイン」「ログイン」) followed by a request or its continuation (「サインインして
ご確認ください」「ログインして情報を更新」「サインインし、」「ログインの上」「サインイン後」), or
led by where to do it (「下記よりサインイン」「以下のURLからログイン」「リンクよりサインイン」);
in English, "sign in to", "log in and", "sign in below" (a message in both languages).
Not a state or a condition (「サインインしていない場合は」「ログインしています」; 「サインインして
いただき」 is a request), and not a
sign-in in Amazon's app (「Amazonのアプリにサインインして、注文履歴をご確認ください」), which is
where primehelp itself sends the member."""

from __future__ import annotations

from collections.abc import Sequence

from primehelp.lazy_pattern import LazyPattern

# On compact text (NFKC, case folded, no white space: primehelp.message_words.compact). The led form
# stops before 「してください」, which is a listed word: 「下記よりログインしてください」 names
# 「ログインしてください」 alone, as before.
_REQUEST = LazyPattern(
    r"(?:下記|以下|こちら|リンク|url|ボタン)(?:の?(?:リンク|url|ボタン|ページ))?(?:より|から)"
    r"(?:サインイン|ログイン)(?!して(?:ください|下さい))"
    r"|(?<!アプリに)(?<!アプリで)(?<!アプリから)(?:サインイン|ログイン)"
    r"(?:して(?!いな|いる|いた(?!だ)|いま|おり|ください|下さい)|し(?=[、,])|の(?:上|うえ)|後)"
    r"|(?:sign|log)-?in(?:to|and|below|here|now)"  # "sign in to verify", "log in and update"
)
# What a sign-in holds, in Japanese and English (compact): a word that makes Amazon's own words a
# sign is a sign-in request when it holds one (primehelp.message_subjects).
SIGN_IN = ("サインイン", "ログイン", "signin", "login", "sign-in", "log-in")
MARK = "サインインしてください"  # the word of a part that says sign-in requests are looked for


def requests(part: Sequence[str], text: str, found: Sequence[str]) -> list[str]:
    """The sign-in requests :data:`_REQUEST` finds in ``text`` (compact), as written there, not in
    ``found`` already, where the ``part`` of a loose word lists 「サインインしてください」."""
    if MARK not in part or not any(one in text for one in SIGN_IN):
        return []
    return [m.group() for m in _REQUEST.finditer(text) if m.group() not in found]
