"""Links of Amazon's that carry another site's address in their query (review 37a, item 5).

``https://www.amazon.co.jp/gp/redirect.html?location=https%3A%2F%2Fevil.xyz`` and
``…/ap/signin?openid.return_to=https://evil.example.xyz/`` are Amazon's addresses made to send
the member on to a site that is not Amazon's: a known phishing trick.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.lazy_pattern import LazyPattern
from primehelp.message_check import FlagKind, RedFlag, flag
from primehelp.message_conditions import PASSWORD_CHANGED, more_named
from primehelp.message_links import find_bare_domains, find_urls, host_of, look_at
from primehelp.message_words import words_of

if TYPE_CHECKING:
    import re

    from primehelp.message import MessageContent
    from primehelp.message_links import Host
    from primehelp.message_words import Words

_DECODINGS = 3  # 「https%253A%252F%252F」 is encoded twice; a browser's redirect decodes each


@cache
def _embedded() -> re.Pattern[str]:
    """A scheme and "//", or "//" alone after "=", then a host (compiled at its first use)."""
    import re

    return re.compile(r"(?i)(?:\b[a-z][a-z0-9+.-]*:|(?<==))[/\\]{2}([^/\\?#&\s\"'<>]+)")


def forwarded_hosts(target: str, amazon: Collection[str]) -> Iterator[str]:
    """The hosts outside ``amazon`` that the query or fragment of ``target`` names as a URL,
    each once, as :func:`primehelp.message_links.host_of` reads them."""
    from primehelp.message_links import amazon_domain

    starts = [at for at in (target.find("?"), target.find("#")) if at >= 0]
    rest = target[min(starts) + 1 :] if starts else ""
    if "/" not in rest and "%" not in rest:
        return
    from urllib.parse import unquote

    seen: set[str] = set()
    for _ in range(_DECODINGS):
        for match in _embedded().finditer(rest.replace("+", " ")):
            host = host_of("https://" + match[1])
            if host and host not in seen and amazon_domain(host, amazon) is None:
                seen.add(host)
                yield host
        decoded = unquote(rest)
        if decoded == rest:
            return
        rest = decoded


def forwarding_flags(target: str, content: MessageContent) -> Iterator[RedFlag]:
    """An Amazon link whose query sends the member on to another site (review 37a, item 5):
    the sign of a link outside Amazon, about that site, worded so."""
    for name in forwarded_hosts(target, content.amazon_domains):
        site = look_at(name, content.amazon_domains)
        sign = flag(FlagKind.FOREIGN_LINK, target, content, site.registrable_domain)
        said = ui("flag.forwards_elsewhere", "ui_message")
        first = Text(said.ja.format(site=site.host_decoded), said.en.format(site=site.host_decoded))
        yield sign._replace(reason=first)


# Google's redirect (review 44a (round 53), item 3): 「https://www.google.com/url?q=https://…&sa=D」
# opens the address in its q= (or url=): a look-alike behind it is found only there.
_GOOGLE_REDIRECT = LazyPattern(
    r"(?i)^https?://(?:www\.)?google\.(?:com|co\.jp)/url\?(?:[^#]*?&)?(?:q|url)="
    r"(https?(?::|%3a)[^&#\s]+)"
)


# Google's sign-in page sends the member on to the address in its continue= (review 46a, item 5)
_GOOGLE_CONTINUE = LazyPattern(
    r"(?i)^https?://accounts\.google\.(?:com|co\.jp)/[^?#]*\?(?:[^#]*?&)?continue="
    r"(https?(?::|%3a)[^&#\s]+)"
)


# A mailbox's link protection rewrites every link (review 47a, item 6): Microsoft's Safe Links
# 「https://jpn01.safelinks.protection.outlook.com/?url=https%3A%2F%2F…&data=…」, Proofpoint's
# 「https://urldefense.com/v3/__https://…__;…」. Read as Google's redirect: where it opens.
_SAFELINKS = LazyPattern(
    r"(?i)^https?://[a-z0-9-]+\.safelinks\.protection\.outlook\.com/?\?(?:[^#]*?&)?url="
    r"(https?(?::|%3a)[^&#\s]+)"
)
_URLDEFENSE = LazyPattern(r"(?i)^https?://urldefense\.(?:proofpoint\.)?com/v3/__(https?:.+?)__;")
_HOW = (
    ("google.", "redirect", _GOOGLE_REDIRECT),
    ("google.", "continue", _GOOGLE_CONTINUE),
    ("safelinks.", "safelinks", _SAFELINKS),
    ("urldefense.", "urldefense", _URLDEFENSE),
)


def redirected(target: str) -> str:
    """The address a Google redirect, Safe Links or urldefense ``target`` opens (decoded), or
    "" for any other link."""
    return redirect_of(target)[1]


def redirect_of(target: str) -> tuple[str, str]:
    """How ``target`` sends the member on (``redirect``, ``continue``, ``safelinks``,
    ``urldefense``) and the address it opens (decoded), or ``("", "")``."""
    folded = target.casefold()
    for mark, how, pattern in _HOW:
        if mark in folded and (found := pattern.search(target)):
            from urllib.parse import unquote

            return how, unquote(found[1])
    return "", ""


def redirect_flags(
    host: Host, target: str, goes: str, content: MessageContent
) -> Iterator[RedFlag]:
    """A Google redirect's signs: its own (a link outside Amazon, said to send the member on to
    the site it opens, that link's own: review 46a, item 5), then those of the address it opens,
    checked as any link's, each said to be behind the redirect."""
    from primehelp.message_check import host_flags

    site = look_at(host_of(goes) or goes, content.amazon_domains)
    own = flag(FlagKind.FOREIGN_LINK, target, content, host.registrable_domain)
    how = redirect_of(target)[0]
    kind = how if how in ("safelinks", "urldefense") else f"google_{how}"
    key = f"flag.{kind}_to_amazon" if site.is_amazon else f"flag.{kind}"
    said = ui(key, "ui_message")
    names = {"site": site.host_decoded, "domain": host.registrable_domain, "host": host.host}
    ja, en = said.ja.format(**names), said.en.format(**names)
    if site.is_amazon:  # the link itself is Google's, not Amazon's: said so, no contradiction
        yield own._replace(reason=Text(ja, en))
    else:
        yield own._replace(reason=Text(ja + own.reason.ja, f"{en} {own.reason.en}"))
    behind = ui(f"flag.behind_{kind}", "ui_message")
    for sign in host_flags(site, goes, content, linked=True):
        reason = Text(behind.ja + sign.reason.ja, f"{behind.en} {sign.reason.en}")
        yield sign._replace(reason=reason)


def amazon_links_only(sentence: str, text: str, content: MessageContent) -> bool:
    """Whether the links of ``sentence`` (with none, of the whole ``text``) are all Amazon's and
    send nowhere else, and there is one (review 37a, item 7: a gift card registered there)."""
    amazon = content.amazon_domains
    for where in (sentence, text):
        found = [*find_urls(where), *find_bare_domains(where, amazon)]
        if found:
            return _all_amazons(found, amazon)
    return False


def _all_amazons(found: Collection[str], amazon: Collection[str]) -> bool:
    """Whether every link of ``found`` is Amazon's and sends nowhere else."""
    return all(
        (name := host_of(url))
        and look_at(name, amazon).is_amazon
        and not any(forwarded_hosts(url, amazon))
        for url in found
    )


def password_changed_at_amazon(
    said: tuple[str, str],
    links: Sequence[str],
    content: MessageContent,
    password: Words,
    whole: str = "",
) -> bool:
    """Whether a sentence (``said``: spaced and compact) names a password only as one to change
    (「こちらからサインインしてパスワードを変更してください」) and the message sends the member
    nowhere else: every link of it is Amazon's (or it has none: a bare 「Amazon.co.jp」 is a
    name), and ``whole`` (the message, spaced) asks for no reply and no call. Changing one's own
    password is what Amazon advises (review 41a, item 16; review 42a, item 1, round 50's
    decision); with a look-alike link, another site's, a redirect, a reply or a call asked for,
    it stays a request."""
    if not any(PASSWORD_CHANGED.search(one) for one in said):
        return False  # 「IDとパスを送って」: no password to change named
    rest = tuple(PASSWORD_CHANGED.compiled.sub(" ", one) for one in said)
    if password.found_in(*rest) or "password" in more_named(*rest):
        return False
    return _sends_nowhere_else(links, content, whole)


# A confirmation of what the member did (「…の登録が完了しました」「…の変更を受け付けました」
# 「…が更新されました」「…を更新しました」), and a request in the same sentence (「…ください」).
_CONFIRMED = LazyPattern(
    r"(?:登録|変更|更新|設定|入力|追加)(?:手続き)?(?:が|を|は)?"
    r"(?:(?:完了|受付)?(?:いた|致)?(?:し|され|でき)|受け?付け?(?:られ)?|いただき|頂き)ました"
)
_ASKING = LazyPattern(
    r"くださ|下さ|お願い|願いま|いただけ|いただきた|頂け|頂きた|再度|もう一度|改めて|必要|まで|次第"
    r"|ましたら"
)


def confirmed_at_amazon(
    said: tuple[str, str], links: Sequence[str], content: MessageContent, whole: str = ""
) -> bool:
    """Whether a sentence (``said``: spaced and compact) only confirms what the member did
    (「クレジットカード情報の登録が完了しました」) and the message sends the member nowhere
    else: no request in the sentence, every link Amazon's, no reply and no call asked for in
    ``whole`` (the same decision as :func:`password_changed_at_amazon`; round 51)."""
    compact = said[1]
    if not _CONFIRMED.search(compact) or _ASKING.search(compact):
        return False
    return _sends_nowhere_else(links, content, whole)


def _sends_nowhere_else(links: Sequence[str], content: MessageContent, whole: str) -> bool:
    """Every link Amazon's, and no reply and no call asked for in ``whole`` (spaced)."""
    if not _all_amazons(links, content.amazon_domains):
        return False
    compact = whole.replace(" ", "")
    calls = words_of(content.vocabulary.call)
    return not (_REPLY_ASKED.search(compact) or calls.found_in(whole, compact))


# A reply asked for (「ご返信ください」「返信してください」「ご返信をお願いします」, "reply to this").
_REPLY_ASKED = LazyPattern(
    r"返信(?:して|くださ|下さ|を?お願い|いただ|を?お待ち)|reply (?:to|with|by)\b"
)
