"""A run of digits a message names as a reference, not a number to call (review 47a, item 15.15).

「お問い合わせ番号 0312345678」「注文番号：…」「受付番号…」 name a number that identifies a
parcel, an order or an inquiry; read as a phone number it became 「Amazonが公開していない電話番号」.
Such a run is left out of the phone-like numbers, unless the words right after it speak of calling
(「お問い合わせ番号 0312345678 までお電話ください」 is a number to call, whatever its name): a number
to call is never hidden. A bare 「番号」 counts only as a label at the start of a line or sentence
(「番号：0312345678」), not 「以下の番号 0312345678」 (could be a phone: 「…の番号」 stays one). Pure.
"""

from __future__ import annotations

from primehelp.lazy_pattern import LazyPattern

# The reference word, then spaces, 「：」「:」「は」「#」 or 「No.」 only, up to the digits.
_NAMED = LazyPattern(
    r"(?:(?:お?問い?合わ?せ|注文|受付|追跡|伝票|管理|予約|整理|会員|申込|申し込み|取引|照会|荷物)番号"
    r"|(?<=[\n。、])[ \t　]*番号"
    r"|\b(?:order|reference|ref\.?|case|ticket|tracking|inquiry|enquiry)\s+(?:number|no\.?|#)"
    r")\s*(?:は|is|[:：#＃]|no\.?)?\s*\(?$"
)
# Words just after the number that make it one to call.
_CALL = LazyPattern(r"電話|ダイヤル|かけ|コール|(?i:call|phone|dial|ring)")
_BEFORE, _AFTER = 30, 20


def is_reference(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``text[start:end]`` follow a reference word and are not then
    spoken of as a number to call."""
    before = ("\n" if start <= _BEFORE else "") + text[max(0, start - _BEFORE) : start]
    if _NAMED.search(before.lower()) is None:
        return False
    return _CALL.search(text[end : end + _AFTER]) is None
