"""``check-message``: a link under 「読み取った内容」, whose domain it is, then the link itself
(moved out of :mod:`primehelp.output.check_message`, at its size limit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import document, ui
from primehelp.i18n import Lang
from primehelp.message_check import EVIDENCE_SHOWN, FlagKind, hosts_shown, service_kind
from primehelp.message_links import MAX_ITEMS, is_ip, link_spans
from primehelp.message_sites import other_country_domain
from primehelp.message_wide import xn_form
from primehelp.output.console import rich_text, url_text
from primehelp.output.flag_refs import is_hosting, shown_flags
from primehelp.output.message_lines import lines as _lines
from primehelp.output.message_lines import message_ui, read_ui

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.text import Text as RichText

    from primehelp.message import Link, MessageCheck
    from primehelp.message_check import RedFlag


def once_each(links: Iterable[Link]) -> list[tuple[Link, tuple[str, ...]]]:
    """Each link target once, in the order first found, with every text shown on a link to it
    (one address linked from 「ログイン」 and 「こちら」 is listed once: review 50a, S 21)."""
    found: dict[str, tuple[Link, dict[str, None]]] = {}
    for link in links:
        _, shown = found.setdefault(link.target, (link, {}))
        if link.shown:
            shown[link.shown] = None
    return [(link, tuple(shown)) for link, shown in found.values()]


def link_signs(flags: Sequence[RedFlag]) -> tuple[dict[str, int], dict[str, int]]:
    """The number of the first sign on the screen about each link it quotes, and about each
    domain it names (a joined look-alike sign names all of its domains: review 56a, item 3, the
    links from the 6th on lost their 「兆候1」), worked out once for all links."""
    targets: dict[str, int] = {}
    domains: dict[str, int] = {}
    for number, flag in enumerate(shown_flags(flags), start=1):
        if flag.kind is FlagKind.PHONE_NUMBER:
            continue
        for found in (flag.evidence, *flag.more_evidence):
            targets.setdefault(found, number)
        for domain in flag.domain.split():
            domains.setdefault(domain, number)
    return targets, domains


def link_sign(link: Link, signs: tuple[dict[str, int], dict[str, int]]) -> int | None:
    """The number of the first sign on the screen about ``link`` (review 53a, item 26: every
    link under a sign points back to it, as the hosting-service line and the phone lines do),
    from :func:`link_signs`. A sign about a domain Amazon does not own counts for each link to
    it; one on Amazon's domain only for the link it quotes (a genuine amazon.co.jp link is no
    sign)."""
    targets, domains = signs
    found = [targets.get(link.target)]
    if not link.is_amazon:
        found.append(domains.get(link.registrable_domain))
    return min((n for n in found if n is not None), default=None)


def link_owner(
    link: Link, lang: Lang, sign: int | None, warned: bool = False, named: bool = False
) -> str:
    """Whose ``link``'s domain is, and the sign about it: 「Amazon以外のドメイン。兆候1」."""
    owner = read_ui("read.amazon" if link.is_amazon else "read.not_amazon", lang)
    if link.is_amazon and warned:
        owner = read_ui("read.amazon_not_from_here", lang)
    if link.is_amazon and named:  # 「…Amazon.co.jpカスタマーサービス」 in a scam (34a S 12)
        owner = read_ui("read.amazon_written", lang)
    if not link.is_amazon and is_ip(link.registrable_domain):  # an address is no domain
        owner = read_ui("read.ip_not_amazon", lang)
    if not link.is_amazon and other_country_domain(link.registrable_domain):  # 38a, item 9
        owner = read_ui("read.not_listed", lang)
    if is_hosting(link.host):  # amazonaws.com is Amazon's (AWS) domain, but not its site
        said = read_ui("read.hosting" if sign is None else "read.hosting_flag", lang)
        mail = document("message_words").node("vocabulary").strings("mail_delivery")
        service = message_ui(f"flag.service.{service_kind(link.host, mail)}", lang)
        owner = said.format(
            number=sign, service=service
        )  # the sign's reason not again (review 31a, S 11)
    if link.is_short_link:  # amzn.asia: Amazon's short links (M), not a listed domain (H)
        owner = read_ui("read.amazon_short_link", lang)
    if sign is not None and not is_hosting(link.host):  # 「兆候2」 as the others (53a, 26)
        owner = read_ui("read.with_sign", lang).format(owner=owner, number=sign)
    return owner


def link_lines(
    link: Link,
    lang: Lang,
    sign: int | None = None,
    warned: bool = False,
    named: bool = False,
    shown: tuple[str, ...] | None = None,
) -> list[RenderableType]:
    """The domain and whose it is, then the link itself; the texts shown on it (``shown``, or
    the link's own when None), if any. ``sign``:
    the sign about it (:func:`link_sign`): 「（ホスティングサービス。兆候1）」,
    「（Amazon以外のドメイン。兆候2）」.
    ``warned``: the headline says not to open the links, Amazon's too (review 33a, S 21);
    ``named``: a domain only written in a message with red flags proves nothing (34a S 12)."""
    owner = link_owner(link, lang, sign, warned, named)
    domain = link.registrable_domain
    if is_hosting(link.host):  # the whole host: 「jp.s3.amazonaws.com」 is in no link (37a, 9)
        domain = link.host_decoded
    opening, closing = ("（", "）") if lang == "ja" else (" (", ")")
    if link.host_decoded != link.host or not domain.isascii():  # its xn-- form to compare:
        # 「ɑmazon.co.jp」 written as it reads is amazon.co.jp to the eye (review 38a, item 12)
        encoded = xn_form(".".join(link.host.split(".")[-len(domain.split(".")) :]))
        owner = encoded + ("。" if lang == "ja" else "; ") + owner
    lines: list[RenderableType] = [rich_text(f"{domain}{opening}{owner}{closing}")]
    if link.target.lower() != domain:  # a bare 「amazon-co-jp.top」: said once (27a S 17)
        lines += _lines(link.target)
    for text in (link.shown,) if shown is None else shown:
        if not text or text.strip().rstrip("/") == link.target.rstrip("/"):
            continue  # the same address as the target: not shown twice (review 37a, S 3)
        said = f"{read_ui('read.shown_as', lang)}{ui('colon')(lang)}"
        whole = [(0, len(text))] == list(link_spans(text, None))  # an address: beside its label
        lines += [_Beside(rich_text(said), url_text(text))] if whole else _lines(said + text)
        # an address, not this one: never said of 「Amazon.co.jp」 on www.amazon.co.jp (45a, 7)
        if any(_site(name) not in _sites(link) for name in hosts_shown(text)):
            lines.append(rich_text(read_ui("read.shown_only", lang)))
    if link.written_wide:  # 「ｈｔｔｐｓ：／／…」 shown as https://… (review 33a, S 9)
        bare = link.is_bare_domain  # a name, no link (52a, 40)
        lines.append(rich_text(read_ui("read.written_wide" + "_name" * bare, lang)))
    if link.joined:  # 「https://www.amazon.co.jp.」 / 「account-verify.top/…」 (37a, item 6)
        lines.append(rich_text(read_ui("read.joined", lang)))
    return lines


def link_rows(
    result: MessageCheck, lang: Lang, hosted: dict[str, int]
) -> Iterator[tuple[str, list[RenderableType]]]:
    """The web links under 「読み取った内容」, each target once with its texts (50a S 21) and
    the sign about it (``hosted``: a hosting service's domain and its sign). Of a sign's links,
    and of one domain's links with no sign (Amazon's in a newsletter: review 57a, item 4), the
    first :data:`EVIDENCE_SHOWN` are listed in full, as under the sign; the other plain links
    are one line, 「amzn5.top ほか54件（Amazon以外のドメイン。兆候1）」 (review 56a, item 3: 60
    links filled 120 lines). Every link is counted, not only the listed ones (review 57a, item
    3), unless more than :data:`MAX_ITEMS` would still be listed one by one."""
    red = bool(result.red_flags)
    rows, folded, _ = _folding(result, hosted)
    inside = {link.target: key for key, links in folded.items() for link in links}
    for link, texts, sign in rows:
        key = inside.get(link.target)
        if key is not None:
            if link is folded[key][0]:
                said = _folded(folded[key], sign, lang, warned=red and sign is None)
                yield read_ui("read.link", lang), [rich_text(said)]
            continue
        bare = link.is_bare_domain  # 「Amazon.co.jp」 in the text (JSON says so: 61m, 13)
        label = "read.form_target" if link.is_form_target else "read.link"  # 51a, item 4
        lines = link_lines(
            link, lang, sign, warned=red and not bare, named=red and bare, shown=texts
        )
        yield read_ui("read.domain_in_text" if bare else label, lang), lines


def all_listed(result: MessageCheck, hosted: dict[str, int]) -> bool:
    """Whether the screen lists or counts every link (no 「…200件だけを載せています」 then)."""
    return bool(result.all_links) and _folding(result, hosted)[2]


_Row = tuple["Link", tuple[str, ...], "int | None"]


def _rows(
    links: Iterable[Link], signs: tuple[dict[str, int], dict[str, int]], hosted: dict[str, int]
) -> list[_Row]:
    rows = []
    for link, texts in once_each(links):
        if not link.is_web:  # data:, javascript: (below, with their sign)
            continue
        sign = hosted.get(link.registrable_domain)
        rows.append((link, texts, link_sign(link, signs) if sign is None else sign))
    return rows


def _folds(rows: list[_Row]) -> dict[object, list[Link]]:
    seen: dict[object, int] = {}
    folded: dict[object, list[Link]] = {}
    for link, texts, sign in rows:
        key: object = sign if sign is not None else ("domain", link.registrable_domain)
        if seen.setdefault(key, 0) >= EVIDENCE_SHOWN and _plain(link, texts, sign is None):
            folded.setdefault(key, []).append(link)
        else:
            seen[key] += 1
    return {key: links for key, links in folded.items() if len(links) > 1}


def _folding(
    result: MessageCheck, hosted: dict[str, int]
) -> tuple[list[_Row], dict[object, list[Link]], bool]:
    """The rows and the folded links of every link, or of the listed ones when more than
    :data:`MAX_ITEMS` would be listed one by one; and whether every link is in them."""
    signs = link_signs(result.red_flags)
    if result.all_links:
        rows = _rows(result.all_links, signs, hosted)
        folded = _folds(rows)
        if len(rows) - sum(len(links) - 1 for links in folded.values()) <= MAX_ITEMS:
            return rows, folded, True
    rows = _rows(result.links, signs, hosted)
    return rows, _folds(rows), False


def _plain(link: Link, texts: tuple[str, ...], amazon_too: bool = False) -> bool:
    """A link said in full by its domain and address alone: no text shown on it, no form, no
    name written in other letters, not a hosting service's, and not Amazon's under a sign."""
    special = link.is_form_target or link.written_wide or link.joined
    special = special or (link.is_amazon and not amazon_too)
    bare = link.is_bare_domain
    return not (special or texts or bare or is_hosting(link.host) or link.host_decoded != link.host)


def _folded(links: Sequence[Link], sign: int | None, lang: Lang, warned: bool = False) -> str:
    """「amzn5.top ほか54件（Amazon以外のドメイン。兆候1）」, or 「evil.info へのほかのリンク
    195件（…）」 for one domain: the whose-domain words when all the links' are the same, else
    only the sign."""
    owners = {link_owner(link, lang, sign, warned) for link in links}
    owner = (
        owners.pop() if len(owners) == 1 else read_ui("read.sign_only", lang).format(number=sign)
    )
    domain = links[0].registrable_domain
    if all(link.registrable_domain == domain for link in links):  # not 「evil.info ほか194件」
        said = read_ui("read.more_links_one", lang)
        return said.format(domain=domain, count=f"{len(links):,}", owner=owner)
    said = read_ui("read.more_links", lang)
    return said.format(domain=domain, count=f"{len(links) - 1:,}", owner=owner)


def _site(host: str) -> str:
    """A host as a reader compares it: case, a final dot and a leading 「www.」 aside."""
    return host.casefold().rstrip(".").removeprefix("www.")


def _sites(link: Link) -> set[str]:
    return {_site(link.host), _site(link.host_decoded)}


class _Beside:
    """A label and the address after it on one line when both fit the width, else the address
    alone on the next line (review 53a, item 29: 「表示：」 stood alone on its line at 80
    columns, as if it were a heading with nothing after it). The address is never wrapped."""

    def __init__(self, label: RichText, address: RichText) -> None:
        self.label, self.address = label, address

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.cells import cell_len

        if cell_len(self.label.plain + self.address.plain) <= options.max_width:
            beside = self.label.copy()
            beside.append_text(self.address)
            beside.no_wrap, beside.overflow = True, "ignore"
            yield beside
            return
        yield self.label
        yield self.address
