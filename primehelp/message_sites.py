"""Amazon's sites of other countries (amazon.de, amazon.co.uk): neither a look-alike nor among
the domains Amazon lists as its own (FACTS §11), so said to be what they are (review 38a,
item 9: 「Amazonに似せたドメイン」 was said of amazon.de, a wrong fact)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.message_check import FlagKind, RedFlag, flag

AUDIBLE = "audible.co.jp"  # FACTS §9: Audible is seen and cancelled there

if TYPE_CHECKING:
    from collections.abc import Iterable

    from primehelp.message import MessageContent
    from primehelp.message_links import Host


def other_country_site(host: Host) -> bool:
    """Whether ``host`` is under ``amazon.`` and a country's suffix (amazon.de, amazon.co.uk,
    amazon.com.au), and not one of Amazon's listed domains."""
    return not host.is_amazon and other_country_domain(host.registrable_domain)


def other_country_domain(registrable: str) -> bool:
    """Whether a registrable domain that is not Amazon's listed one is ``amazon.`` and a
    country's suffix (its last label two letters: .de, .co.uk, .com.au)."""
    if not registrable.startswith("amazon."):
        return _unconfirmed(registrable)  # audible.co.jp (review 39a, item 17)
    suffix = registrable.removeprefix("amazon.")
    if suffix.isascii() and len(suffix.rsplit(".", 1)[-1]) == 2:
        return True
    return _unconfirmed(registrable)  # amazon.jobs, amazon.dev (review 47a, item 14)


def _unconfirmed(registrable: str) -> bool:
    """Whether a domain is one a genuine message can hold that FACTS does not list
    (``unconfirmed_sites`` in message_unchecked.toml): said to be unconfirmed, like amazon.de."""
    from primehelp.facts import document

    listed = document("message_unchecked").node("unchecked").strings("unconfirmed_sites")
    return registrable in listed


def other_site_flag(host: Host, found: str, content: MessageContent) -> RedFlag:
    """The sign for such a site: not among the domains Amazon lists, so primehelp cannot
    confirm whose it is (never that it is safe, never that it imitates Amazon)."""
    sign = flag(FlagKind.FOREIGN_LINK, found, content, host.registrable_domain)
    if host.registrable_domain == AUDIBLE:  # where `subscriptions` sends the member (52a, 21)
        from primehelp.facts import document

        audible = document("message_sites").node("audible_site").fact()
        title = ui("flag.audible_site_title", "ui_message")
        sources = (*audible.sources, *content.domains_fact.sources)
        return sign._replace(reason=audible.text, sources=sources, title=title)
    said = ui("flag.other_amazon_site", "ui_message")
    reason = Text(*(text.format(domain=host.registrable_domain) for text in (said.ja, said.en)))
    title = ui("flag.other_amazon_site_title", "ui_message")
    return sign._replace(
        reason=reason, sources=content.domains_fact.sources, title=Text(title.ja, title.en)
    )


def only_other_sites(flags: Iterable[RedFlag]) -> bool:
    """Whether every sign found is such a site's (amazon.de, audible.co.jp…): the verdict is
    then a caution, not 「危険な兆候が見つかりました」 (review 52a, item 21)."""
    titles = {
        ui(f"flag.{key}_title", "ui_message") for key in ("other_amazon_site", "audible_site")
    }
    found = list(flags)
    return bool(found) and all(
        one.kind is FlagKind.FOREIGN_LINK and one.title in titles for one in found
    )
