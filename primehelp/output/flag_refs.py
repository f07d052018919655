"""``check-message``: a sign whose wording is quoted under an earlier sign refers to it in its
reason, 「兆候1の文面は、…に似ています。」 (review15a S 10), not as a bare bullet
「・（兆候1の文面）」 nor a bracket after the title; and whether a link is on a hosting service."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from primehelp.facts import document, ui
from primehelp.i18n import VALUE_CLOSE, VALUE_OPEN, Lang, Text, quoted_values
from primehelp.message_check import EVIDENCE_SHOWN, FlagKind
from primehelp.message_folded import SENTENCES as SENTENCES
from primehelp.message_folded import folded_into as folded_into
from primehelp.message_folded import join_key as join_key
from primehelp.message_folded import lookalike_start as lookalike_start
from primehelp.message_folded import merged as merged
from primehelp.message_letters import confusable_letters, read_aloud
from primehelp.message_links import decode_punycode, host_of, skeleton
from primehelp.message_names import kana_letters, kana_lookalikes
from primehelp.message_spelling import start_said
from primehelp.message_wide import xn_form
from primehelp.message_words import one_edit

if TYPE_CHECKING:
    from primehelp.message import MessageCheck
    from primehelp.message_check import RedFlag

_UI = "ui_message"


def is_hosting(host: str) -> bool:
    """A hosting service anyone can rent (``vocabulary.hosting``: amazonaws.com…)."""
    hosting = document("message_words").node("vocabulary").strings("hosting")
    return any(host == domain or host.endswith("." + domain) for domain in hosting)


def shown_domain(flag: RedFlag) -> str:
    """The name a sign's 「ドメイン：」 line gives: a link on a hosting service by its whole host
    (amazon.co.jp.s3.amazonaws.com, not 「jp.s3.amazonaws.com」, which is in no link: review
    37a, item 9), any other by its registrable domain."""
    if flag.kind is FlagKind.HOSTING_SERVICE and not flag.more_evidence:
        host = decode_punycode(host_of(flag.evidence) or "")
        if host.endswith("." + flag.domain):
            return host
    return flag.domain


def domains_said(flag: RedFlag, lang: Lang) -> str:
    """:func:`shown_domain`, or the domains of joined look-alike signs one after another: at
    most :data:`EVIDENCE_SHOWN`, then how many more, as the links under them are (review 53a,
    item 17: 3,000 domains filled about 1,000 lines before the sign's reason)."""
    domains = shown_domain(flag).split()
    said = ("、" if lang == "ja" else ", ").join(domains[:EVIDENCE_SHOWN])
    more = ui("more_domains", _UI)(lang).format(count=f"{len(domains) - EVIDENCE_SHOWN:,}")
    return said + more if len(domains) > EVIDENCE_SHOWN else said


def sender_start(flag: RedFlag) -> str:
    """What a From address's host starts with when that start, not its registrable domain,
    imitates Amazon's (info@amazon.co.jp.example.top: ``amazon.co.jp``), as a link's is said
    (review 59m, item 6: 「このドメインは、Amazonに似せた名前です」 was said of example.top);
    "" else."""
    if (
        flag.kind is not FlagKind.DISPLAY_NAME_MISMATCH
        or FlagKind.LOOKALIKE_DOMAIN not in flag.also
    ):
        return ""
    host = decode_punycode(flag.evidence.rsplit("<", 1)[-1].rstrip(">").rpartition("@")[2])
    if not flag.domain or not host.casefold().endswith("." + flag.domain.casefold()):
        return ""
    start = host[: -len(flag.domain) - 1]
    brands = document("message_words").node("vocabulary").strings("brand")
    claims = [any(brand in skeleton(part) for brand in brands) for part in (start, flag.domain)]
    return start if claims == [True, False] else ""


def lookalikes_joined(flags: Sequence[RedFlag]) -> list[RedFlag]:
    """Look-alike-domain signs of several domains whose reasons are the same: one sign, at the
    first one's place, each piece of evidence listed and the reason said once (review 38a, item
    14: it was printed in full for each domain). Its ``domain`` names them all, space-separated
    (:func:`shown_domain`), its reason is the shared one (:func:`join_key`: what is said of one
    domain goes under its link, review 56a, item 5)."""
    joined: dict[tuple[FlagKind, Text], int] = {}
    shown: list[RedFlag] = []
    for flag in flags:
        key = join_key(flag)
        if key is None:
            shown.append(flag)
            continue
        at = joined.setdefault(key, len(shown))
        if at == len(shown):
            shown.append(flag)
            continue
        first = shown[at]
        found = (first.evidence, *first.more_evidence, flag.evidence, *flag.more_evidence)
        shown[at] = first._replace(
            domain=f"{first.domain} {flag.domain}",
            count=first.count + flag.count,
            more_evidence=tuple(dict.fromkeys(found[1:]))[: EVIDENCE_SHOWN - 1],
            reason=key[1],
        )
    return shown


def shown_flags(flags: Sequence[RedFlag]) -> list[RedFlag]:
    """The signs as numbered on the screen (:func:`merged` ones left out, look-alike domains
    joined: :func:`lookalikes_joined`)."""
    quoted: set[str] = set()
    shown: list[RedFlag] = []
    for flag in lookalikes_joined(flags):
        if not merged(flag, quoted):
            shown.append(flag)
        if flag.kind in SENTENCES:
            quoted.update((flag.evidence, *flag.more_evidence))
    return shown


def _compact(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def punycode_domain(flag: RedFlag, lang: Lang) -> tuple[str, bool]:
    """A punycode sign's registrable domain in its xn-- form, then how it shows (its decoded
    name alone read as Amazon's own: review 28a, 4): 「xn--mazon-3ve.co.jp（表示上は「аmazon.co.jp」）」,
    and whether the evidence says only that again; ("", False) for other signs."""
    if flag.domain and not flag.domain.isascii() and flag.kind is not FlagKind.PUNYCODE:
        # written as it shows: its xn-- form is the name it is (review 38a, item 12: 「ɑmazon.co.jp」
        # alone reads as amazon.co.jp)
        encoded = xn_form(flag.domain)
        if encoded == flag.domain:
            return "", False
        shown = quoted_values(f"{VALUE_OPEN}{flag.domain}{VALUE_CLOSE}", lang)
        return ui("flag_domain_shown", _UI)(lang).format(domain=encoded, shown=shown), False
    if flag.kind is not FlagKind.PUNYCODE or not flag.domain:  # 「→」 only if it decodes
        return "", False
    host = flag.evidence.split(" → ", 1)[0]
    encoded = ".".join(host.split(".")[-len(flag.domain.split(".")) :])
    if "xn--" not in encoded:  # only a subdomain is punycode: the domain reads as it is
        return "", False
    shown = quoted_values(f"{VALUE_OPEN}{flag.domain}{VALUE_CLOSE}", lang)
    line = ui("flag_domain_shown", _UI)(lang).format(domain=encoded, shown=shown)
    if (
        encoded == flag.domain
    ):  # no browser decodes it: not 「（表示上は「同じ名前」）」 (47a, 15.2)
        line = encoded
    return line, flag.count == 1 and host == encoded


def written_to_address(result: MessageCheck) -> bool:
    """Whether a sign is about an address of the message's words, as the headline's
    「アドレスにはメールを送らず」 is said (primehelp.message_contacts.written_to)."""
    from primehelp.message_contacts import written_to

    own = result.headers
    return written_to(result.red_flags, (own.from_address, *own.reply_to, own.return_path))


def mailed(result: MessageCheck) -> bool:
    """An address given as Amazon's is among the signs (its headline says not to write to it)."""
    return any(flag.kind is FlagKind.ADDRESS_OUTSIDE for flag in result.red_flags)


def imitation(found: Sequence[str], lang: Lang) -> str:
    """How the one name a look-alike sign found imitates Amazon's (「「Amazone」は、Amazonに文字を
    足して似せた名前です。」), put before the general reason; "" for several names or one that
    holds no Amazon (review 31a, S 8). A sender is named without its address."""
    names = {word.split(" <")[0] if word.endswith(">") else word for word in found}
    if len(names) != 1:
        return ""
    name = names.pop().strip()
    brands = document("message_words").node("vocabulary").strings("brand")
    if kana := kana_lookalikes(name, brands):  # 「アマゾソ」 (review 38a, item 7)
        text = ui("imitation.lookalike", _UI)(lang).format(name=kana[0])
        text += _sentences(
            (
                ui("imitation.kana_letter", _UI)(lang).format(
                    position=at,
                    letter=f"{VALUE_OPEN}{letter}{VALUE_CLOSE}",
                    genuine=f"{VALUE_OPEN}{genuine}{VALUE_CLOSE}",
                )
                for at, letter, genuine in kana_letters(kana[0], brands)
            ),
            lang,
        )
        return text if lang == "ja" else text + " "
    if " " not in name:  # 「Amαzonからのお知らせ」: the name is its Latin-Greek-Cyrillic run
        runs = re.findall("[A-Za-z0-9\u00c0-\u04ff]+", name)
        name = next((run for run in runs if "amaz" in skeleton(run)), name)
    folded = skeleton(name)
    if "amazon" not in folded and not one_edit(folded, "amazon"):
        return ""
    if " " in name:
        how = "spaced"
    elif folded == "amazon":
        how = "lookalike"  # Amαzon, amaz0n: the same letters once read
    elif "amazon" in folded or len(folded) > 6:
        how = "added"
    elif len(folded) < 6:  # 「Amazn」, 「Amaozn」 (review 38a, item 7)
        how = "dropped"
    else:
        how = "swapped" if sorted(folded) == sorted("amazon") else "changed"
    text = ui(f"imitation.{how}", _UI)(lang).format(name=name)
    if how == "lookalike":  # which letter, as a domain's sign says (review 33a, S 8)
        text += letters_named(name, lang) + zeros_named(name, lang)  # Amaz0n: 34a item 6
    return text if lang == "ja" else text + " "


def letters_named(name: str, lang: Lang) -> str:
    """「1文字目の「А」は、ラテン文字の「A」ではなくキリル文字です。」 for each look-alike letter
    of ``name`` (at most three; none said for more), after the sentence before it."""
    letters = confusable_letters(name)
    if not 0 < len(letters) <= 3:
        return ""
    said = ui("flag.confusable_letter", _UI)(lang)
    plain = ui("flag.confusable_latin", _UI)(lang)  # 「ɑ」 (review 38a, item 12)
    return _sentences(
        (
            (plain if script == "LATIN" else said).format(
                position=at,
                letter=f"{VALUE_OPEN}{letter}{VALUE_CLOSE}",
                latin=f"{VALUE_OPEN}{latin}{VALUE_CLOSE}",
                latin_read=f"{VALUE_OPEN}{read_aloud(latin)}{VALUE_CLOSE}",
                script="" if script == "LATIN" else ui(f"flag.script.{script.lower()}", _UI)(lang),
            )
            for at, letter, latin, script in letters
        ),
        lang,
    )


def _sentences(said: Iterable[str], lang: Lang) -> str:
    """Sentences said one after another (a space between them in English), quoted values
    marked: each letter's or digit's sentence after a look-alike name's."""
    return quoted_values("".join(("" if lang == "ja" else " ") + one for one in said), lang)


def imitated_reason(reason: str, found: Sequence[str], lang: Lang) -> str:
    """A look-alike name sign's reason: when the one name found imitates Amazon's in a way it
    names (「「Amazone」は、Amazonに文字を足して似せた名前です。」), that sentence in place of the
    general one listing every trick, which would say this name used tricks it did not (review
    32a, item 1); a sender's 「メールアドレスも、…」 after it is kept."""
    said = imitation(found, lang)
    if not said:
        return reason
    outside = document("message").node("lookalike_name_outside").text()(lang)
    too = ui("flag.sender_domain_lookalike_too", "ui_message_read")(lang).partition("{domain}")[0]
    if too in reason:  # its domain imitates Amazon's too (review 64m, item 3)
        return said + reason[reason.index(too) :]
    if outside not in reason:
        return said.rstrip()
    return said + outside


def domain_start(flag: RedFlag, start: str, lang: Lang, whose: str = "link") -> str:
    """「名前は{start}で始まりますが、実際のドメインは{domain}です。」; when an Amazon domain runs
    on into the real one (amazon.co + jp.shop), that domain whole and the name's end: 「名前は
    amazon.co.jpで始まりますが、末尾は.shopで、実際のドメインはjp.shopです。」 (review 31a, S 9);
    when it runs on with a hyphen (amazon.co.jp-signin.xyz), the Amazon domain the member reads
    and what follows it (review 32a, item 2). ``whose``: 「このアドレス」 of a link, 「アドレスの
    ドメイン名」 of an address (review 62m, item 10)."""
    name = f"{start}.{flag.domain}"
    named = ui(f"flag_whose.{whose}", _UI)(lang)
    amazon = document("message").node("domains").strings("registrable")
    for own in sorted(amazon, key=len, reverse=True):
        at = _amazon_at(name, own, len(start))
        if at < 0:
            continue
        seen = name[: at + len(own)]  # 「www.amazon.co.jp」, not 「www.amazon.co」 (37a, 9)
        rest = name[at + len(own) :]
        if rest.startswith("."):
            said = ui("flag_domain_start_end", _UI)(lang)
            return said.format(whose=named, start=seen, end=rest[1:], domain=flag.domain)
        # amazon.co.jp-signin.xyz: the member reads amazon.co.jp, not 「amazon.co」 (32a, 2)
        said = ui("flag_domain_start_joined", _UI)(lang)
        return said.format(whose=named, start=seen, rest=rest, domain=flag.domain)
    return start_said(start, flag.domain, whose)(lang)  # 「名前に amazon.co.jp が…」 (61m, 6)


def _amazon_at(name: str, own: str, start: int) -> int:
    """Where Amazon's domain ``own`` stands in ``name`` as the member reads it: after the
    name's start, a dot or a hyphen (www.amazon.co.jp…, login-amazon.co.jp…), followed by a dot,
    a hyphen or an underscore, and running past the name's ``start`` into the real domain; -1
    when it does not."""
    at = name.find(own)
    while at >= 0:
        end = at + len(own)
        before = name[at - 1 : at] if at else "."
        if before in (".", "-") and end > start and name[end : end + 1] in (".", "-", "_"):
            return at
        at = name.find(own, at + 1)
    return -1


def zeros_named(name: str, lang: Lang) -> str:
    """「5文字目の「0」は、ラテン文字の「o」ではなく数字のゼロです。」 for each zero of a name that
    reads as Amazon's (「Amaz0n」), as a domain's sign says it (review 34a, item 6)."""
    said = ui("flag.zero_for_o", _UI)(lang)
    return _sentences(
        (
            said.format(
                position=at,
                digit=f"{VALUE_OPEN}0{VALUE_CLOSE}",
                letter=f"{VALUE_OPEN}o{VALUE_CLOSE}",
            )
            for at, char in enumerate(name, 1)
            if char == "0"
        ),
        lang,
    )
