"""``check-message`` texts built from several parts: the reason of an internationalised-domain
sign, naming what the member sees (review 32a, S 9): a name in kana or kanji is said to be one, and a Latin letter with a mark
(「â」) is named, in place of the general list 「キリル文字、かな、漢字など」; and what the
check could not know, two notes on e-mail in one bullet (S 15)."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import VALUE_CLOSE, VALUE_OPEN, Lang, quoted_values
from primehelp.message_check import FlagKind
from primehelp.message_links import confusable_letters

if TYPE_CHECKING:
    from collections.abc import Sequence

    from primehelp.message import Note
    from primehelp.message_check import RedFlag

_UI = "ui_message"
_SCRIPTS = ("KATAKANA", "HIRAGANA", "CJK")
_MARKED = 3  # at most this many marked letters are named, as look-alike letters are


def _value(text: str, lang: Lang) -> str:
    return quoted_values(f"{VALUE_OPEN}{text}{VALUE_CLOSE}", lang)


def idn_reason(flag: RedFlag, reason: str, lang: Lang) -> str:
    """``reason``, or for a punycode sign whose name is in kana or kanji, or holds a Latin
    letter with a mark, what that name is; a name with Cyrillic or Greek look-alike letters
    keeps its reason (its letters are named by the sign joined to it)."""
    if flag.kind is not FlagKind.PUNYCODE or flag.also or not flag.domain:
        return reason
    name = flag.domain
    if undecodable(flag):  # shown as no script (47a, 15.2)
        return ui("idn.undecodable", _UI)(lang).format(name=_value(name, lang))
    if confusable_letters(name) or name.isascii():
        return reason
    label = name.rsplit(".", 1)[0]
    scripts = [s for s in _SCRIPTS if any(unicodedata.name(c, "").startswith(s) for c in label)]
    if scripts:
        words = [ui(f"idn.script.{script.lower()}", _UI)(lang) for script in scripts]
        joined = ("と" if lang == "ja" else " and ").join(words)
        said = ui("idn.written_in", _UI)(lang).format(name=_value(name, lang), scripts=joined)
        start = _amazon_start(name)
        if start:  # 「www.amazon.co.jp.ドメイン.テスト」: the trick named (review 33a, S 18)
            begins = ui("flag_domain_start", _UI)(lang).format(
                whose=ui("flag_whose.link", _UI)(lang), start=start, domain=name[len(start) + 1 :]
            )
            said += ("" if lang == "ja" else " ") + begins
        return said
    marked = [
        (at, char, base)
        for at, char in enumerate(label, 1)
        if not char.isascii()
        and (base := unicodedata.normalize("NFKD", char)[0]).isascii()
        and base.isalpha()
    ]
    if not 0 < len(marked) <= _MARKED:
        return reason
    first = ui("idn.first", _UI)(lang)
    return ("" if lang == "ja" else " ").join((first, *_letters(label, marked, lang)))


def _letters(label: str, marked: Sequence[tuple[int, str, str]], lang: Lang) -> list[str]:
    """What each marked letter of ``label`` does to Amazon's name: 「3文字目の「ä」は、「a」とは
    別の文字です。」 in place of a letter (amäzon), 「「amazon」に余分な文字「ö」が加わっています。」
    added to it (amazoön), else the name 「似た名前ですが、別の名前です」 once (aämzon; review
    62m, item 14: 「2文字目の「ä」は、「a」とは別の文字です」 said there was a letter replaced)."""
    brand, said = _brand(label), []
    for at, char, base in marked:
        if brand and _is(label[: at - 1] + label[at:], brand):
            said.append(
                ui("idn.extra_letter", _UI)(lang).format(
                    brand=_value(brand, lang), letter=_value(char, lang)
                )
            )
        elif not brand or _is(label[: at - 1] + base + label[at:], brand):
            said.append(
                ui("idn.letter", _UI)(lang).format(
                    position=at, letter=_value(char, lang), latin=_value(base, lang)
                )
            )
        else:
            return [
                ui("idn.resembles", _UI)(lang).format(
                    name=_value(label, lang), brand=_value(brand, lang)
                )
            ]
    return said


def _is(name: str, brand: str) -> bool:
    return unicodedata.normalize("NFKD", name).casefold().encode("ascii", "ignore") == (
        brand.encode()
    )


def _brand(label: str) -> str:
    """The Latin brand (「amazon」) that ``label``, its marks and look-alike letters undone, is
    or is one letter away from (:func:`primehelp.message_words.one_edit`), or ""."""
    from primehelp.facts import document
    from primehelp.message_letters import skeleton
    from primehelp.message_words import one_edit

    bare = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    read = skeleton(label)
    brands = document("message_words").node("vocabulary").strings("brand")
    for brand in (b for b in brands if b.isascii() and len(b) >= 5):
        if label.casefold() != brand and any(
            one == brand or one_edit(one, brand) for one in (bare.casefold(), read)
        ):
            return brand
    return ""


def imitates_brand(flag: RedFlag) -> bool:
    """A punycode sign whose name is Amazon's with one letter changed, added or swapped
    (amäzon, аmazon, aämzon), punycode or not: titled 「Amazonに似せたドメイン」 as amazom and arnazon are (review
    62m, item 14)."""
    kinds = (FlagKind.PUNYCODE, FlagKind.CONFUSABLE_CHARACTERS)  # however written (41a, 10)
    if flag.kind not in kinds or not flag.domain or undecodable(flag):
        return False
    return bool(_brand(flag.domain.split(".", 1)[0]))


def undecodable(flag: RedFlag) -> bool:
    """A punycode sign whose domain does not decode (xn--amzon-2ve.jp): no browser shows it in
    other letters, so the general reason's 「画面ではキリル文字…」 is not said of it (61m, 12)."""
    name = flag.domain
    return flag.kind is FlagKind.PUNYCODE and name.isascii() and "xn--" in name.lower()


def _amazon_start(name: str) -> str:
    """The start of ``name`` that is an Amazon domain (www.amazon.co.jp of
    www.amazon.co.jp.ドメイン.テスト) when two labels follow it, the real domain; "" else."""
    from primehelp.facts import document

    for own in sorted(document("message").node("domains").strings("registrable"), key=len)[::-1]:
        at = name.find(own + ".")
        rest = name[at + len(own) + 1 :]
        if at >= 0 and (at == 0 or name[at - 1] == ".") and rest.count(".") == 1:
            return name[: at + len(own)]
    return ""


_JOINED = ("message.limit.no_headers", "message.limit.from_proves_nothing_mail")


def joined_limits(limits: Sequence[Note], lang: Lang) -> list[str]:
    """What the check could not know, a bullet each; a pasted text's missing headers and the
    note on a mail's From line in one bullet, both being about e-mail (review 32a, S 15)."""
    texts: list[str] = []
    previous = ""
    for limit in limits:
        if (previous, limit.id) == _JOINED and texts:
            texts[-1] += ("" if lang == "ja" else " ") + limit.text(lang)
        else:
            texts.append(limit.text(lang))
        previous = limit.id
    return texts


def userinfo_note(flag: RedFlag, lang: Lang) -> str:
    """For a link sign whose address has a part before 「@」 ahead of its host
    (https://www.amazon.co.jp@evil-login.xyz/): that the part is not where it goes (review
    32a, S 22; an IP address's too: 51a, item 5); "" otherwise."""
    if (
        flag.kind not in (FlagKind.FOREIGN_LINK, FlagKind.LOOKALIKE_DOMAIN, FlagKind.IP_ADDRESS)
        or "@" not in flag.evidence
        or "://" not in flag.evidence  # an e-mail address has no destination (36a, item 13)
    ):
        return ""
    rest = flag.evidence.split("://", 1)[-1]
    authority = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    if "@" not in authority:
        return ""
    if "\\" in authority.rsplit("@", 1)[0]:
        # A browser reads 「\」 as 「/」: the host ends there and the 「@」 is in the path
        # (review 48a, item 4): https://evil.top\@www.amazon.co.jp/ goes to evil.top.
        host, after = authority.split("\\", 1)[0], authority.rsplit("@", 1)[1]
        key, before = "flag.backslash", host.rsplit("@", 1)[-1]
    else:
        key, (before, after) = "flag.userinfo", authority.rsplit("@", 1)
    if not before or not after:
        return ""
    host = (after if key == "flag.userinfo" else before).split(":")[0]
    said = ui(key, _UI)(lang).format(before=before, host=host, after=after.split(":")[0])
    return said if lang == "ja" else " " + said
