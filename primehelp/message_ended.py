"""Amazon's own confirmation of a cancellation the member made (review 59m, item 2).

「会員資格は2026年12月31日に終了します。終了日以降、プライム特典はご利用いただけなくなります。」
tells of the end the member chose, and asks for nothing: 「ご利用いただけなくなります」 there is no
threat of suspension. It is one only in a sentence that names no such end, in a message that
confirms no cancellation, or in a message that also asks to act (a link, a sign-in, a deadline,
a call): a real threat stays a sign (「…ご利用いただけなくなります。こちらからログイン…」).
So is 「自動更新が停止されました」 alone (review 62m, S 16), in a message that names no payment."""

from __future__ import annotations

from collections.abc import Sequence

from primehelp.message_words import compact

# The threat words that say only that Prime can no longer be used (message_words.toml threat).
_NO_LONGER = (
    "利用できなくなります",
    "ご利用いただけなくなります",
    "利用できなくなりました",
    "ご利用いただけなくなりました",
)
# …and the ends of the state words (「特典はご利用いただけません」: review 63m, item 3), which say
# the same of the end the member set (「終了日以降、プライム特典はご利用いただけません」).
_NO_LONGER_STATE = ("利用いただけません", "利用できません")
# A sentence naming the end the member set.
_END_NAMED = (
    "終了日以降", "終了日の翌日以降", "終了日の後", "終了後", "終了した後", "終了以降",
    "会員資格の終了", "会員資格が終了", "会員資格は終了", "プライムの終了", "プライムが終了",
)  # fmt: skip
# A message confirming a cancellation the member made.
_CONFIRMED = (
    "キャンセルを承りました", "キャンセルをお受けしました", "キャンセルを受け付けました",
    "キャンセルしました", "キャンセルいたしました", "キャンセルが完了", "キャンセル手続きが完了",
    "解約を承りました", "解約を受け付けました", "解約が完了", "解約手続きが完了",
)  # fmt: skip
_ENDS = ("会員資格は", "に終了します")  # 「会員資格は…に終了します」, both in the message
# What asks to act: a link or an address, a sign-in, a click, a reply, a call, details to enter.
_ACT = (
    "://", "www.", "ログイン", "サインイン", "クリック", "タップ", "こちらから", "下記",
    "以下のリンク", "リンク", "url", "入力", "返信", "電話", "更新してください", "手続きを",
    "お手続き", "loginto", "login", "signin", "click",
)  # fmt: skip


# 「自動更新が停止されました」 (review 62m, S 16): the auto-renewal the member turned off, told in
# the past, is no threat without a request to act or to pay; its threat words, and its subjects.
_STOPPED = ("停止されました", "停止しました", "停止いたしました", "停止されています")  # 63m: is
_RENEWAL = ("自動更新が停止", "自動更新を停止", "自動更新の停止", "自動更新は停止")
_PAY = ("支払", "決済", "カード", "請求", "ギフト")  # a payment asked for: a threat stays a sign


def _renewal_stopped(matched: Sequence[str], said: str, message: str) -> bool:
    """Whether the threat words ``matched`` only tell that the auto-renewal was turned off, in
    a message that names no payment (``said``, ``message``: compact)."""
    stopped = [compact(word) for word in _STOPPED]
    return (
        all(compact(word) in stopped for word in matched)
        and any(compact(word) in said for word in _RENEWAL)
        and not any(word in message for word in _PAY)
    )


def as_chosen(
    matched: Sequence[str], sentence: str, whole: str, links: Sequence[str], urgent: bool
) -> bool:
    """Whether the threat words ``matched`` in ``sentence`` only tell of the end of Prime the
    member chose: each is of 「ご利用いただけなくなります」, the sentence names that end or the
    message (``whole``) confirms a cancellation, and nothing in it asks to act (no ``links``,
    no ``urgent`` word, none of :data:`_ACT`)."""
    no_longer = [compact(word) for word in _NO_LONGER]
    said, message = compact(sentence), compact(whole)
    if links or urgent or any(compact(word) in message for word in _ACT) or not matched:
        return False
    if _renewal_stopped(matched, said, message):  # 62m, S 16
        return True
    if any(
        compact(word) not in no_longer and not compact(word).endswith(_NO_LONGER_STATE)
        for word in matched
    ):
        return False
    named = any(compact(word) in said for word in _END_NAMED)
    confirmed = any(compact(word) in message for word in _CONFIRMED)
    ends = all(compact(word) in message for word in _ENDS)
    return named or confirmed or ends
