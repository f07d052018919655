"""Requests the word lists miss, read by their shape (fix round 47, review 41a, items 1 and 3).

- **A one-time code named by how it came or by its digits.** 「届いた6桁のコード」, 「このあと
  届くコード」, 「SMSに記載のコード」, 「6桁のコード」, and a bare 「コード」 that starts its phrase
  (「コードを送ってください」): whatever stands between 「届いた」 and the code (digits, 「の」). Not
  a code of a longer name (「クーポンコード」「QRコード」), nor 「クーポンのコード」, nor a card's
  three or four digits (「裏面の4桁のコード」 is the card's).
- **A detail said to be needed.** 「クレジットカード番号が必要です」, 「カード番号とセキュリティ
  コードが必要です」: the detail itself is needed, so it is asked for (not 「パスワードの再設定が
  必要です」, which names what to do on Amazon's own site).
- **A list of details after its request.** 「以下の項目をご返信ください。」 then 「・カード番号」
  「・有効期限」 on lines of their own: the request and the list are read as one sentence
  (:func:`with_lists`).

Each works on a sentence after NFKC and case folding, without spaces (``compact``) unless said.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from primehelp.lazy_pattern import LazyPattern
from primehelp.message_clauses import APART, from_the_ask, quoted

if TYPE_CHECKING:
    from primehelp.message_words import Words

_CODE = LazyPattern(
    # how it came, then at most a few words ending in 「の」 and the number of its digits
    r"(?:(?:届(?:いた|く|きました|いている|いております)|送られ(?:てきた|てくる|た)|送信(?:された|される))"
    r"(?:[^。|、]{0,12}?の)?(?:\d+桁の)?(?:コード|番号|数字)"
    r"|(?:記載(?:の|された|されている)|表示(?:された|されている|される))(?:[^。|、]{0,12}?の)?"
    r"(?:\d+桁の)?コード"
    # what a text message holds: 「SMSに記載された番号」 (review 42a, item 2)
    r"|(?:sms|ショートメッセージ|ショートメール|テキストメッセージ|携帯(?:電話)?)(?:に|で)"
    r"(?:記載(?:の|された|されている)|書かれ(?:た|ている)|表示(?:された|されている)|ある|届いた)"
    r"(?:[^。|、]{0,12}?の)?(?:\d+桁の)?(?:コード|番号|数字))"
    # its digits (not a card's: 「裏面の4桁のコード」, 「16桁」)
    r"|(?<!裏の)(?<!裏面の)(?<!裏側の)(?<!\d)[4-8]桁のコード|(?<!\d)[4-8]-digit(?:code|number)"
    # a bare 「コード」 at the start of its phrase
    r"|(?:^|[^\u30a1-\u30f6\u30fc\u3005\u4e00-\u9fffa-z0-9の])(?:その|この|同じ|上記の)?コード(?:を|だけ)"
)
# A detail needed: what a request's object is masked into (message_words.Words.masked), then
# 「が必要」: 「カード番号が必要です」 → 「|が必要です」.
_NEEDED = LazyPattern(
    r"\|(?:が|も|は)(?:必要|要ります)|\| ?(?:is|are) (?:required|needed)|\ue000"  # or a form's
)
# A request for what follows: 「以下」「下記」「次の項目」, "the following".
_FOLLOWING = LazyPattern(  # (not compiled for a text without its words: round 53)
    r"以下|下記|次の(?:項目|情報|内容|事項)|the following|below",
    lambda text: any(word in text for word in ("以下", "下記", "次の", "the following", "below")),
)
# A clause that asks to tell a person, its object left out: 「（6桁のコードが届いたら、）担当者に
# お伝えください」 (review 42a, item 2); not 「不審な点は担当者にお伝えください」.
_TO_A_PERSON = LazyPattern(
    r"(?:^|[|、,])(ただし、?)?(?:サポート|カスタマー|弊社の?|当社の?)?"
    r"(?:担当者?|オペレーター|スタッフ|係員?|窓口)(?:様)?(?:に|へ)(?:は|も)?"
    r"(?:例外的に|直接|必ず|すぐに|速やかに)?(?:お伝え|伝え|教え|読み上げ|お知らせ)"
)
# A label of a blank form: 「カード番号：」, 「有効期限（MM/YY）：＿＿＿」 (NFKC: 「:」「(」「_」), its
# field left empty (review 42a, item 10); at least two card fields make a form asking for them.
_BLANK_LABEL = LazyPattern(
    r"^[・*\-]?([^:]{1,20}?)(?:\([^)]{0,12}\))?:[_\s]*$", lambda text: _colon_ends(text)
)


def _colon_ends(text: str) -> bool:
    """Whether ``text`` ends in 「:」 and blanks (``:[_\\s]*$``): a form's label may."""
    end = len(text)
    while end and (text[end - 1] == "_" or text[end - 1].isspace()):
        end -= 1
    return text[end - 1 : end] == ":"


_FORM_FIELDS = 2
_FORM_VERB = "\ue000"  # a private mark: a form's blanks ask for their fields (:func:`needed`)
_LEFT_OUT_KINDS = ("card", "password", "pin", "code")
_LIST_ITEM = 40  # a line of a list of details is short: 「・カード番号」「有効期限：」
_LIST_LINES = 12  # …and a list is no longer than this
_ENDS = ("。", ".", ":", "：", "!", "?", "！", "？")


def code_named(compact: str) -> bool:
    """Whether the sentence names a one-time code in the words the lists cannot hold."""
    return (
        "コード" in compact or "番号" in compact or "数字" in compact or "digit" in compact
    ) and (_CODE.search(compact) is not None)


# A request to register the card again (「再度ご登録をお願いいたします」「もう一度ご入力ください」)
# after a sentence that says its details are faulty (「カード情報に不備があります」「…が無効に
# なっています」「有効期限が切れています」): a request for them (review 43a, item 4).
_AGAIN = LazyPattern(
    r"(?:再度|もう一度|改めて|あらためて|再)(?:の)?(?:ご|お)?(?:登録|入力|更新|返信|送信|設定)"
    r"(?:を|の)?(?:お願い|ください|下さい|願います|して(?:ください|下さい|いただけ))"
)
_FAULT = LazyPattern(
    r"不備(?!は|も)|無効|期限(?:が)?切れ|誤り(?!は|も)|エラー|(?:ご)?利用(?:いただ|でき)(?:けません|ません|ない)"
)


# A request to register, update or set again the card or the payment details by name (「お支払い
# 情報を更新してください」「カード情報を再設定してください」「決済情報をご登録ください」): a request
# for them (review 44a, item 1; FACTS §11). Not of 「お支払い方法」 (Amazon's own mail of an
# expired card asks to update the payment method) nor a noun alone (「更新日」).
_RENEWS = LazyPattern(
    r"(?:再)?(?:登録|更新|設定)(?:して|し直|を|の上|のうえ|ください|下さい|願|いただ|が必要|お願い)"
    r"|\b(?:register|update|re-?enter|reset)\b"
)


def renews(verbs: tuple[str, ...], payment: tuple[str, ...]) -> bool:
    """Whether the sentence (``verbs``: spaced and compact, its objects masked) asks to register,
    update or reset a detail, and the ``payment`` words it names (if any) name its details, not
    how it is paid (「お支払い方法」)."""
    named = not payment or any("方法" not in w and "method" not in w for w in payment)
    return named and any(_RENEWS.search(one) for one in verbs)


# 「お支払い情報を更新してください」 is Amazon's own words (its notice of a declined card asks to
# update the payment details; review 61m, item 2): no request for them by itself, as 「お支払い情報
# をご確認ください」 is none (a scam's is the scam-subject sign, with a threat, a deadline or a
# sign-in request: data/message_subjects.toml). Not 「決済情報」, not 「登録」「再設定」.
_OWN_DETAILS = ("支払い情報", "支払情報")


def own_update(verbs: tuple[str, ...], payment: tuple[str, ...]) -> bool:
    """Whether the sentence (``verbs``, as :func:`renews` reads them) asks only to update
    (「更新」) the payment details in Amazon's own words (``payment``: 「（お）支払い情報」)."""
    if not any(w in _OWN_DETAILS for w in payment):
        return False
    if any(w not in _OWN_DETAILS and "方法" not in w and "method" not in w for w in payment):
        return False
    return all("更新" in m.group(0) for one in verbs for m in _RENEWS.finditer(one))


# A request to register a card or a payment method named without 「情報」「番号」 (「クレジットカード
# のご登録をお願いします」「お支払い方法のご登録をお願いします」「カードを登録してください」):
# the same request as 「カード情報をご登録ください」 (review 44a (round 53), item 2; FACTS §11).
# Not a card of a longer name (「ギフトカード」「ポイントカード」), not a card registered already
# (「カードが登録されました」「ご登録いただきありがとうございます」: no request).
_REGISTERS = LazyPattern(
    r"(?:(?<![\u30a1-\u30fa\u30fc\u4e00-\u9fffa-z0-9])(?:クレジット)?カード|クレカ"
    r"|(?P<pay>(?:お|ご)?(?:支払い?|決済)方法))(?:の|を)(?:ご|お)?(?:再)?登録(?:を)?"
    r"(?:お願い|願い|ください|下さい|いただけ|いただきた|頂け|頂きた|の上|のうえ|が必要"
    r"|して(?:ください|下さい|いただけ|いただきた|頂け|頂きた|ほしい|欲しい))"
    r"|\b(?:re-?)?register (?:your|a|the) (?:new )?(?:(?P<pay_en>payment method)|(?:credit )?card)\b"
)


def registers(spaced: str, compact: str) -> list[str]:
    """The kind a request to register a card (``card``) or a payment method
    (``payment_details``) named without 「情報」 asks for; none without such a request."""
    if "登録" not in compact and "register" not in spaced:
        return []
    found = _REGISTERS.search(compact) or _REGISTERS.search(spaced)
    if found is None:
        return []
    return ["payment_details" if found["pay"] or found["pay_en"] else "card"]


def again(clause: str) -> bool:
    """Whether the clause asks to register, enter or send something again (「再度ご登録を…」)."""
    return ("再" in clause or "度" in clause or "改め" in clause or "あらため" in clause) and bool(
        _AGAIN.search(clause.replace(" ", ""))
    )


def left_out(clause: str, sentence: str, previous: str, objects: Mapping[str, Words]) -> list[str]:
    """The kinds a ``clause`` asking to tell a person with its object left out asks for: those
    its ``sentence`` names (「6桁のコードが届いたら、担当者にお伝えください」), a code the
    ``previous`` sentence says came (「SMSで6桁のコードが届きます。届きましたら、…」), or, after
    「ただし」, what the previous sentence named (「パスワードは誰にも教えないでください。ただし、
    サポート担当者には例外的にお伝えください。」)."""
    told = _TO_A_PERSON.search(clause.replace(" ", ""))
    if told is None:  # 「カード情報に不備があります。再度ご登録を…」 (review 43a, item 4)
        faulty = previous and again(clause) and _FAULT.search(previous.replace(" ", ""))
        return (
            ["card"]
            if faulty and objects["card"].found_in(previous, previous.replace(" ", ""))
            else []
        )

    def kinds(spaced: str) -> list[str]:
        compact = spaced.replace(" ", "")
        found = [k for k in _LEFT_OUT_KINDS if objects[k].found_in(spaced, compact)]
        return found if found or not code_named(compact) else ["code"]

    before = kinds(previous) if previous else []
    return kinds(sentence) or (before if told.group(1) else [k for k in before if k == "code"])


def needed(spaced: str, compact: str) -> bool:
    """Whether a detail (masked as 「|」) is said to be needed: a request for it."""
    return "|" in compact and bool(_NEEDED.search(compact) or _NEEDED.search(spaced))


def introduces(sentence: str, handed: Words, objects: Iterable[Words]) -> bool:
    """Whether ``sentence`` asks to hand over what follows it (「以下の項目をご返信ください」, or
    a request ending in a colon: 「このメールにご返信ください：」, review 44a, item 2) and names
    no detail itself: the lines after it are the details asked for."""
    spaced = " ".join(sentence.casefold().split())
    compact = spaced.replace(" ", "")
    return (
        (_FOLLOWING.search(spaced) is not None or compact.endswith(":"))  # 「…ご返信ください：」
        and handed.found_in(spaced, compact)
        and not any(listed.found_in(spaced, compact) for listed in objects)
    )


def blank_fields(
    written: Iterable[tuple[str, tuple[str, ...]]], objects: Mapping[str, Words]
) -> list[bool]:
    """Which sentences hold the blank labels of a form asking for card details (「カード番号：」
    「有効期限：」「セキュリティコード：」, review 42a, item 10): labels with nothing after their
    colon (each line a piece of its sentence), at least two of them a card's field (the words of
    the ``objects`` card and PIN)."""
    card = (objects["card"], objects["pin"])

    def field(label: str) -> bool:
        label = label.strip()
        return label.startswith(("有効期限", "expir")) or any(
            w.found_in(label, label.replace(" ", "")) for w in card
        )

    labels = [
        [found[1] for one in pieces if (found := _BLANK_LABEL.match(_folded(one)))]
        for _, pieces in written
    ]
    if sum(field(label) for found in labels for label in found) < _FORM_FIELDS:
        return [False] * len(labels)
    return [bool(found) for found in labels]


def _folded(piece: str) -> str:
    return " ".join(piece.casefold().split())  # already NFKC: 「：」 is 「:」


def with_lists(
    written: tuple[tuple[str, tuple[str, ...]], ...],
    introduces: list[bool],
    blanks: list[bool] | None = None,
) -> Iterator[tuple[str, tuple[tuple[str, ...], ...]]]:
    """The sentences, a sentence that ``introduces`` a list (a request for 「以下の項目」 naming no
    detail itself) joined with the short lines after it, and a run of a form's ``blanks`` as one
    sentence asking to fill them in: each with the pieces of each sentence of ``written`` it is
    made of."""
    at = 0
    while at < len(written):
        sentence, pieces = written[at]
        taken = 1
        if blanks and blanks[at] and not introduces[at]:
            while at + taken < len(written) and blanks[at + taken]:
                taken += 1
            rest = written[at + 1 : at + taken]
            joined = " ".join((sentence, *(one for one, _ in rest))) + f" {_FORM_VERB}"
            yield joined, (pieces, *(more for _, more in rest))
            at += taken
            continue
        while (
            introduces[at]
            and at + taken < len(written)
            and taken <= _LIST_LINES
            and len(written[at + taken][0]) <= _LIST_ITEM
            and not introduces[at + taken]
        ):
            taken += 1
        rest = written[at + 1 : at + taken]
        yield " ".join((sentence, *(one for one, _ in rest))), (pieces, *(more for _, more in rest))
        at += taken


class ListAbove(tuple[tuple[str, ...], ...]):
    """The pieces of a list and of the request for it *below* it (primehelp.message_above), in
    the order written: its ``items`` first, then the request, then any lines read with it."""

    items: int = 0


def quoted_all(
    groups: tuple[tuple[str, ...], ...], given: Callable[[str], str], matched: Iterable[str] = ()
) -> str:
    """The sentence as the member gave it, from its line that holds one of the ``matched``
    words (:func:`from_the_ask`); a request and its list: 「以下の項目をご返信ください。
    ・カード番号 ・有効期限」 (each line of the list apart); a list above its request: its items
    in their order, each apart, then the request (「カード番号／有効期限／上記の項目を…」)."""
    if isinstance(groups, ListAbove):
        said = [quoted(pieces, given).strip() for pieces in groups]
        listed = APART.join(one for one in said[: groups.items + 1] if one)
        return " ".join((listed, *said[groups.items + 1 :]))
    first, *rest = (quoted(pieces, given) for pieces in groups)
    first = from_the_ask(first, matched)
    if rest and not first.endswith(_ENDS):
        first += "。" if any(ord(char) >= 0x2E80 for char in first) else ":"
    return " ".join((first, *rest))


def after(before: str, quote: str) -> str:
    """``quote`` after the sentence ``before`` it that names what it asks for (review 43a, item 4:
    「ご登録のクレジットカード情報に不備があります。ご確認のうえ、再度ご登録を…」)."""
    before = before.strip()
    if not before.endswith(_ENDS):
        before += "。" if any(ord(char) >= 0x2E80 for char in before) else "."
    return before + ("" if before.endswith(("。", "！", "？")) else " ") + quote.strip()
