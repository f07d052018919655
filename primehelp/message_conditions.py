"""Requests that the word lists alone miss (review 40a, items 1, 2 and 6): the wordings are an
arms race, so these are read by their grammar, not by one more phrase each.

- **A request phrased as a condition.** 「パスワードを入力しないと、ご注文は確定しません」,
  「…を送らない限り」, 「…を教えなければ」, "If you do not send your password, …", "unless you
  send…": do X or else. The condition is the demand; the negation in it (and in the threat
  after it, 「確定しません」) is no reassurance. :func:`conditions_as_requests` rewrites the
  conditional verb as its plain request form (「入力して」, "please send") and ends the clause
  there, so the threat's negation governs the threat only. Only 「〜しないでください」
  「〜しないよう」「〜することはありません」 are disclaimers, and none of them is touched.
- **Everyday wordings of an object.** 「IDとパス」「ＩＤとＰＡＳＳ」 (a password, next to an ID or
  an address; never 「パスポート」), 「カードの名義・番号・期限」 (card details listed),
  「有効期限を入力」, 「カードの16桁の番号」 (the card's number: no 6-digit code).
- **A request over two sentences.** 「ギフトカード番号は誰にも教えないでください。ただし、担当者
  には番号をお伝えください。」: the second sentence asks for 「番号」, the number named in the
  sentence before it (:func:`carried`).

Each works on a sentence after NFKC, case folding and single spaces (``spaced``) or with no
spaces (``compact``), as :func:`primehelp.message_sentences.text_flags` reads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.lazy_pattern import LazyPattern
from primehelp.message_clauses import asides_last

if TYPE_CHECKING:
    import re
    from collections.abc import Mapping

    from primehelp.message_words import Words

# A password changed or to be changed (「パスワードが変更されました」「パスワードを変更してください」):
# what Amazon's own notices say after a sign-in, no mention of giving it (review 41a, items 7, 16).
PASSWORD_CHANGED = LazyPattern(
    r"(?:(?:すぐに|直ちに|ただちに|至急)?(?:新しい)?(?:パスワード|password)(?:を|が|は)?(?:ご)?(?:変更|再設定|リセット|設定し直)"
    r"|新しい(?:パスワード|password)を(?:ご)?設定|(?:immediately )?(?:change|reset) your password)"
)
# The endings of a negative condition: 〜ないと, 〜なければ, 〜ない限り, 〜ない場合(は),
# 〜ないうちは, 〜なかった場合, 〜なかったら, 〜ないなら, 〜ない以上, 〜ずには.
_IF_NOT = r"(?:な(?:いと|ければ|けりゃ|い限り|いかぎり|い場合|いうちは|かった場合|かったら|いなら|い以上)|ずには)"
# A verb before it: a noun + 「し」 (入力し, 返信し, 送信し, ご記入し), an ichidan stem (教え, 伝え,
# 知らせ, 読み上げ, 見せ), or a godan stem whose request form is its own (送ら → 送って).
_JA = LazyPattern(
    rf"([^、,;| ]*?)(送ら|言わ|払わ|もらわ|し|え|せ|げ|べ|け|め)(?:て(?:いただ|くれ|もらわ)?(?:か|れ|ら|わ)?)?{_IF_NOT}"
)
_GODAN = {"送ら": "送って", "言わ": "言って", "払わ": "払って", "もらわ": "もらって"}
_EN = LazyPattern(
    r"\b(?:if you (?:do not|don't|fail to|refuse to|cannot|can't)|unless you"
    r"|until you|if (?:we|you) (?:do not|don't) (?:receive|get))\b([^,;.]*)(?:,|$)"
)

# 「IDとパス」「メールアドレスとPASS」「ログインパス」 (a password): never 「パスポート」「パスワード」
# (found already), 「パスコード」.
_PASS = LazyPattern(
    r"(?:id|アドレス|ログイン|アカウント|ユーザー名|ユーザ名|user ?name)(?:と|・|/|&|、|,|及び|および|\+| )?"
    r"(?:パス|pass)(?!ポート|port|ワ|word|コ|code|ed\b)"
)
# A card's details listed: 「カードの名義・番号・期限」, 「カード番号・有効期限・名義」, and a card's
# expiry with a verb that hands it over (「有効期限を入力」; not 「有効期限をご確認」, which
# Amazon's own mails say of a gift card).
_ITEM = r"(?:名義人?|番号|有効期限|期限|裏面の?[34]?桁?|セキュリティコード|暗証番号)"
_CARD = LazyPattern(
    rf"(?<!ギフト)カード(?:の|情報の|情報[(:]?)?{_ITEM}(?:[・、/とや,]|及び|および){_ITEM}"
    r"|有効期限(?:を|の|と|・)?(?:ご|お)?(?:入力|記入|教え|送|返信|伝え|知らせ)"
    r"|(?<!ギフト)(?:カード|クレジット|クレカ|card)[^。|]{0,15}?\d{1,2} ?(?:桁|digit)"
)
# The number of digits of a one-time code (message_asks.toml `code`: 「6桁の番号」): 4 to 8.
_CODE_DIGITS = LazyPattern(r"(?<!\d)[4-8]桁の(?:番号|数字)")
_DIGIT_WORD = LazyPattern(r"^\d桁の(?:番号|数字)$")

# The detail a sentence asks for by a bare word (「番号をお伝えください」, "tell us the code"):
# not part of a longer name (「注文番号」「電話番号」「お問い合わせ番号」 are no such thing).
_BARE = LazyPattern(
    r"(?:^|[^\u3005\u4e00-\u9fffァ-ヶーa-z0-9])(?:その|この|同じ|上記の)?(?:番号|コード)(?:を|は|も|だけ)"
    r"|\b(?:the|that|this) (?:code|number|pin)\b"
)


# A clause that asks for nothing however it is worded (review 41a, item 5): a condition on what
# the member already did (「…を入力してしまった場合は」「…を送信した場合は」「…を入力した覚えがない
# 場合は」, "if you entered…", "if you did not request…") or a concession (「…を更新しなくても」
# 「…を入力しない場合でも」, "even if you do not…"). Amazon's own security notices warn and reassure
# so; what the rest of the sentence asks is read as before. A request is an action still to be
# done: 「…しないと」「…すれば」 are untouched (a negative past 「…しなかった場合」 is one of them).
_DONE = (
    r"(?:て|で)しま(?:った|いました)"  # 「入力してしまった(場合)」: regret, never a request
    r"|(?:(?<!なか)っ|[しえせいれげべけめん])(?:た|だ)(?:場合|ら|時|とき|際|方|なら)"
    r"|(?:覚え|おぼえ|記憶|心当たり|心あたり)(?:が|の|は)?(?:ない|なく|ありません|ございません)"
    r"|(?:なく|ず)(?:て|と)も|ない(?:場合|とき|時)(?:で)?も|なかったとしても|ないままでも"
)
_NOT_ASKED = LazyPattern(
    rf"(?:^|(?<=[、,;| ]))[^、,;| ]*?(?:{_DONE})"
    r"|\b(?:even )?if you (?:have )?(?:already )?(?:entered|sent|shared|gave|given|provided|typed"
    r"|clicked|replied|did not|didn't)\b[^,;.]*"
    r"|\beven if you (?:do not|don't)\b[^,;.]*"
)


# An offer on the member's action is a request, however it is worded as done: 「カード番号を
# ご入力いただいた場合、アカウントを復旧します」「…を入力した場合のみ、会員資格を継続できます」
# (the round-47 rule above read them as warnings: "nothing found" for a scam's lure).
_OFFERED = ("いただい", "頂い", "いただけ", "頂け", "くださっ", "下さっ", "くださいました")
_ONLY = ("のみ", "に限り", "にかぎり", "だけ", "限定")


def _unless_offered(match: re.Match[str]) -> str:
    clause, after = match[0], match.string[match.end() : match.end() + 4].lstrip()
    if any(word in clause for word in _OFFERED) or after.startswith(_ONLY):
        return clause
    return " | "


# A condition on what the member has not done or is not (「サインインしていない場合は」「サインイン
# を試みていない場合は」「お客様ご自身でない場合は」「サインインしたのがお客様でない場合は」) before
# the advice to change the password (review 42a, item 1): Amazon's sign-in notice, no request to
# sign in. Before anything else (「…入力していない場合は、停止します」) it is read as before.
_NOT_DONE = LazyPattern(
    r"(?:^|(?<=[、,;| ]))[^、,;| ]*?(?:てい|でい|で|では|じゃ)(?:ない|なかった)(?:場合|なら|とき|時)(?:は|に|には)?"
)


def _before_password_change(match: re.Match[str]) -> str:
    after = match.string[match.end() :].lstrip("、, ")
    return " | " if PASSWORD_CHANGED.compiled.match(after) else match[0]


# A request told of as the scam to beware of (review 42a, item 6): 「…を入力するよう求めるメールに
# ご注意ください」「カード情報を入力させようとする偽サイトにご注意ください」, "Beware of e-mails
# asking you to enter your password", "Phishing emails may ask you to confirm your password": the
# standard caution at the foot of genuine mail describes the request, makes none. The sentence up
# to the end of the warning is cleared; a request after it is read as before.
_SCAM_VERB = (
    r"(?:よう|ように)?(?:求め(?:る|て(?:くる|いる)?|られる)|要求(?:する|して(?:くる)?)|求める"
    r"|させ(?:よう|ようと)する|聞き出そうと?する|尋ねる|促す|誘導する)"
)
_SCAM_MEDIUM = r"(?:メール|sms|メッセージ|電話|連絡|サイト|ページ|ショートメール|手紙|通知|アプリ)"
_WARNED = LazyPattern(
    rf"^[^。]*?{_SCAM_VERB}[^、,。|]{{0,15}}?{_SCAM_MEDIUM}(?:など)?(?:に|には|へ|は)(?:十分|くれぐれも)?"
    r"(?:ご注意|注意|ご用心|用心|警戒|気をつけ|お気をつけ|応じないで|詐欺)"
    r"|\b(?:beware of|be careful (?:of|with|about)|watch out for|be wary of|be alert (?:to|for)"
    r"|look out for|be aware of) (?:[^.;,|]*? )?(?:e-?mails?|messages?|texts?|sms|calls?|(?:web)?sites?"
    r"|pages?|links?|scams?|phishing|anyone|people|requests?)\b[^.;,|]*"
    r"|\b(?:phishing|fake|fraudulent|scam|spoofed|suspicious)\b[^.;|]*?"
    r"\b(?:may|might|can|could|often|will|sometimes|usually) (?:ask|request|try to get|prompt)\b[^.;|]*"
)


def without_what_was_done(spaced: str) -> str:
    """``spaced`` without its clauses that ask for nothing (:data:`_NOT_ASKED`, :data:`_NOT_DONE`),
    each replaced by 「|」 so no word is found across the gap; an offer on what the member does
    stays. Its short asides in brackets are read at its end (review 43a, item 6)."""
    spaced = asides_last(spaced)
    if "ない" in spaced:
        spaced = _NOT_DONE.compiled.sub(_before_password_change, spaced)
    if any(hint in spaced for hint in _WARNED_HINTS):  # not compiled for most texts (start-up)
        spaced = _WARNED.compiled.sub(" | ", spaced)
    if any(hint in spaced for hint in _DONE_HINTS):
        spaced = _NOT_ASKED.compiled.sub(_unless_offered, spaced)
    return spaced


# A word each match of _WARNED / _NOT_ASKED holds: without one, the pattern cannot match and is
# not compiled (check-message's start-up, 2026-12-06: the two cost about 3 ms to compile).
_WARNED_HINTS = (
    *("求め", "要求", "させ", "聞き出", "尋ね", "促", "誘導"),
    *("beware", "careful", "watch out", "wary", "alert", "look out", "aware"),
    *("phishing", "fake", "fraudulent", "scam", "spoofed", "suspicious"),
)
_DONE_HINTS = ("しま", "た", "だ", "覚え", "おぼえ", "記憶", "心当たり", "心あたり", "も", "if you")


# The main clause of a reassurance (review 42a, item 7): 「…入力しない限り、請求されることはあり
# ません」「…送信しなければ、アカウントは安全です」「…教えない限り、第三者がサインインすることは
# できません」, "unless you share your password, your account is safe". A condition before it
# asks for nothing; before a loss or a threat (「確定しません」「返金できません」) it is a demand.
_REASSURED = LazyPattern(
    r"ことは(?:ありません|ございません|ない)|されません|されることはない|安全(?!では|じゃ|でな|とは)|問題(?:は)?(?:ありません|ございません)"
    r"|心配(?:は)?(?:ありません|ございません|いりません)|ご安心|(?:第三者|他人|誰も|だれも|不正に)[^。]*できません"
    r"|\b(?:is|are|remains?|stays?) (?:safe|secure|protected)\b|\b(?:will not|won't) be (?:charged|billed)\b"
    r"|\b(?:no one|nobody|no third party|others|other people) (?:can|will be able to)\b"
)
_LOSS = LazyPattern(
    r"停止|解約|削除|制限|凍結|失|確定しません|復旧しません|返金|できなく|ご利用いただけません"
    r"|\b(?:suspend|cancel|delete|clos|lock|restrict|terminat|lose|refund)"
)


def _reassured(match: re.Match[str]) -> bool:
    """Whether the clause after the condition ``match`` (to the sentence's end) reassures."""
    after = match.string[match.end() :].split("。")[0].split(". ")[0]
    return bool(_REASSURED.search(after)) and not _LOSS.search(after)


def conditions_as_requests(spaced: str) -> str:
    """``spaced`` with each request phrased as a negative condition rewritten as the request
    (「パスワードを入力しないと、」 → 「パスワードを入力して ; 、」), its clause ended there;
    a condition before a reassurance is cleared (「|」): it asks for nothing."""
    if "な" in spaced or "ずに" in spaced:
        spaced = _JA.compiled.sub(
            lambda m: " | " if _reassured(m) else m[1] + _GODAN.get(m[2], m[2] + "て") + " ; ",
            spaced,
        )
    if "you" in spaced or "we" in spaced:
        spaced = _EN.compiled.sub(lambda m: " | " if _reassured(m) else f"please{m[1]};", spaced)
    return spaced


def more_named(spaced: str, compact: str) -> list[str]:
    """The kinds of details named by the everyday wordings the word lists cannot hold."""
    named = []
    if ("パス" in compact or "pass" in compact) and _PASS.search(compact):
        named.append("password")
    if ("カード" in compact or "期限" in compact or "card" in compact) and _CARD.search(compact):
        named.append("card")
    return named


def code_or_card(named: list[str], matched: tuple[str, ...], compact: str) -> list[str]:
    """``named`` without a one-time code read in a card's number (「カードの16桁の番号」: the
    code's 「6桁の番号」 inside 「16桁」; review 40a, item 6). ``matched``: the code words found."""
    if "code" not in named or not matched or not all(_DIGIT_WORD.match(w) for w in matched):
        return named
    if _CODE_DIGITS.search(compact) and not _CARD.search(compact):
        return named
    return [kind for kind in named if kind != "code"] + (
        ["card"] if "card" not in named and _CARD.search(compact) else []
    )


# A one-time code the message gives to enter on the page the member opened (review 41a, item 6):
# Amazon's sign-in mail 「次のワンタイムパスワード(OTP)を入力してください。482913」. Its code
# names (NFKC, folded), a number of 4 to 8 digits standing alone (no date, price, phone or order
# number), and the verbs that hand a code to someone (a reply, a call, a person), not 「入力」.
_ONE_TIME = LazyPattern(
    r"ワンタイムパス(?:ワード|コード)|one-time pass(?:word|code)|\botp\b|パスコード|passcode"
    r"|(?:認証|確認|ワンタイム|セキュリティ|サインイン|ログイン)?(?:コード|番号)|\bcode\b"
)
_GIVEN = LazyPattern(
    r"(?<![\d¥$#+])(?<!\d[,.\-/:])\d{4,8}"
    r"(?![\d]|[,.\-/:]\d| ?(?:年|月|日|円|件|桁|時|分|秒|%|yen|digit))"
)
_HANDS_TO = LazyPattern(
    r"返信|教え|伝え|送|知らせ|共有|読み上げ|言って|おっしゃ|伺|聞|尋ね|電話|担当"
    r"|\b(?:reply|tell|send|share|text|read|give|call|say)"
)
_NEAR = 40  # characters between the code's name and the number


def gives_code(spaced: str, text: str, password: Words) -> bool:
    """Whether the sentence ``spaced`` asks only to enter a one-time code that the message
    ``text`` (NFKC) itself gives: no request for a code, a password or anything (Amazon's own
    sign-in mail). A code to be sent, told or replied is asked for; so is a password that is no
    one-time one (「パスワードと確認コードを入力」)."""
    if _HANDS_TO.search(spaced) or not _ONE_TIME.search(spaced):
        return False
    rest = _ONE_TIME.compiled.sub("|", spaced)
    if password.found_in(rest, rest.replace(" ", "")):
        return False
    folded = text.casefold()
    for number in _GIVEN.finditer(folded):
        near = folded[max(0, number.start() - _NEAR) : number.end() + _NEAR]
        if _ONE_TIME.search(near.replace(number[0], " ")):
            return True
    return False


def carried(spaced: str, before: list[str]) -> list[str]:
    """The kinds named in the sentence ``before`` this one that this one asks for by a bare
    word (「…番号をお伝えください」 after 「ギフトカード番号は…」), or ``[]``."""
    if not before or not _BARE.search(spaced):
        return []
    return before


def named_before(spaced: str, objects: Mapping[str, Words], gift_number: Words) -> list[str]:
    """The kinds of details a sentence names, asked for or not (a warning names them too): a
    gift card's number first, the other kinds outside it (「ギフトカード番号」 is no 「カード番号」)."""
    compact = spaced.replace(" ", "")
    before = ["gift_card"] if gift_number.found_in(spaced, compact) else []
    plain = gift_number.masked(spaced, compact)
    return before + [kind for kind, listed in objects.items() if listed.found_in(*plain)]


# Advice, not the scam's wording (review 43a, item 5): 「お支払い方法を更新する必要はありません」,
# and how to do it by the safe route, 「…を更新するには、Amazonのアプリから…」「…する場合は、
# アカウントサービスの「お支払い方法」から…」, "open the app to update your payment method". The
# clause is cleared; through a link of the message (「以下のリンクから」「こちら」) it counts.
_NO_NEED = LazyPattern(
    r"[^、,;|。]*?(?:必要(?:は|も)?(?:ありません|ございません|ない)|不要)"
    r"|\b(?:you )?(?:do not|don't|won't|will not) (?:need|have) to\b[^,;.]*"
)
_HOW_TO = LazyPattern(
    r"[^、,;|。]*?(?:する|したい|される|なさる)(?:には|場合は|場合には|際は|際には|ときは|時は)"
    r"|\bto (?:update|verify|confirm|change) your (?:payment|billing)[^,;.]*"
)
_SAFE_ROUTE = LazyPattern(
    r"アプリ|アカウントサービス|ブックマーク|注文履歴|\bapp\b|your account|bookmark"
)
_MESSAGE_ROUTE = LazyPattern(
    r"リンク|こちら|以下|下記|url|http|www\.|\.[a-z]{2,}/|click|tap|here\b|below"
)
# A word each match of _NO_NEED / _HOW_TO holds (compiled only for a text holding one: start-up)
_NO_NEED_HINTS = ("必要", "不要", "need", "have to")
_HOW_TO_HINTS = ("には", "場合", "際", "とき", "時", "to ")


def not_advice(spaced: str) -> tuple[str, str]:
    """``spaced`` (and compact) without its clauses of advice (:data:`_NO_NEED`, and
    :data:`_HOW_TO` in a sentence that names the app or account service and no link): the scam's
    wording is looked for in the rest."""
    if any(hint in spaced for hint in _NO_NEED_HINTS):
        spaced = _NO_NEED.compiled.sub(" | ", spaced)
    how_to = any(hint in spaced for hint in _HOW_TO_HINTS) and _SAFE_ROUTE.search(spaced)
    if how_to and not _MESSAGE_ROUTE.search(spaced):
        spaced = _HOW_TO.compiled.sub(" | ", spaced)
    return spaced, spaced.replace(" ", "")
