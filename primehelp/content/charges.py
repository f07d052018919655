"""``data/charges.toml``: what a statement text stands for, where each kind of charge is seen
and how it is stopped. :func:`load` also reads the fee book (``fees.toml``), the services
(``subscriptions.toml``) and the statement texts with their facts (``statement.toml``, shared
with ``charge --statement``): a charge is compared with all of them."""

import itertools
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import NamedTuple

from primehelp.content import fees, subscriptions
from primehelp.content.service_words import SHORTEST_WORD, imitated_names, service_words
from primehelp.content.spellings import katakana, spelled
from primehelp.content.statement_match import AMAZON_DOMAINS, widths
from primehelp.content.statement_match import DOMAIN as _DOMAIN
from primehelp.content.statement_match import SPACED_LETTERS as _SPACED_LETTERS
from primehelp.content.statement_match import amazon_domain as _amazon_domain
from primehelp.content.statement_match import without_subdomains as _without_subdomains
from primehelp.content.statement_reworded import reworded
from primehelp.facts import Fact, Node, document
from primehelp.i18n import Text
from primehelp.lazy_pattern import LazyPattern
from primehelp.plans import FeeBook
from primehelp.services import Per, Price, Service

# The kinds of charge this file says where to see (and, but for orders, how to stop).
_SEEN_HERE = ("shop_order", "amazon_pay", "amazon_com", "unknown")
_SEEN_IN_STATEMENT_FILE = ("prime", "digital_purchase")
_STOPPED = ("prime", "amazon_com", "unknown")  # the others are stopped as "unknown" says
_SPACE = re.compile(r"\s+")


def compared(text: str) -> str:
    """``text`` as statement texts are compared: NFKC, case folded, without white space (as
    ``primehelp.statement.compared`` does for ``--statement``; that module is not imported here:
    its classes are for reading files)."""
    return _SPACE.sub("", widths(text).casefold())  # only widths (review 46c, item 6)


# What cards print after a listed text (41c 3; 44c 1: nothing else), beside a reference: these
# words, the country after 利用国 (USA: FACTS §10, 43c 1); after a service's name, 「JAPAN」 (61c 1).
_TAIL_WORDS, _SITE_WORDS = ("jp", "会費", "年会費", "月会費"), ("japan",)
_ASCII_WORD = LazyPattern(r"[a-z0-9]")
_PATH = LazyPattern(r"^/\S*")
_BRANDS = ("amazon", "amzn", "アマゾン")  # Amazon's name before a service's: 「AMAZON KINDLE」
_SIGNS = LazyPattern(r"[.+]")  # 「KIDS+」, 「AUDIBLE.CO.JP」: part of a name, no word of their own


# Named tuples, not frozen dataclasses: these never leave the content layer, and a frozen
# dataclass costs 0.6 ms to create at start-up against 0.09 ms for a named tuple (charge --json).
class StatementText(NamedTuple):
    """A text Amazon charges show on a card statement, and what it usually stands for."""

    label: str  # as the fact sheet writes it
    words: tuple[str, ...]  # as :func:`compared` leaves them
    means: frozenset[str]  # candidate kinds it usually stands for
    may_be: frozenset[str]  # kinds it can also stand for
    unconfirmed: frozenset[str]  # kinds the facts do not list under it (the text is no evidence)
    fact: Fact
    # kinds ranked first when the amount matches no fixed price (a purchase, review 18a, item 1)
    first_without_price: tuple[str, ...] = ()
    # Words that, beside this text, make its possible Prime fee as likely as what it usually
    # stands for (「Amazon.co.jp プライム会費」: an order or the fee, review 22a, item 3).
    level_words: tuple[str, ...] = ()
    # Words naming one of its plans, printed after it (「STUDENT」: review 51c, item 17)
    plan_words: tuple[str, ...] = ()

    def level_word(self, text: str) -> str | None:
        """The first of :attr:`level_words` that ``text`` contains, as the data writes it."""
        key = compared(text)
        return next((word for word in self.level_words if compared(word) in key), None)


class ChargeBook(NamedTuple):
    """Everything a charge is compared with."""

    fees: FeeBook
    services: tuple[Service, ...]
    texts: tuple[StatementText, ...]
    names: Mapping[str, Text]  # candidate kind → name ("prime" has a {plan} placeholder)
    see: Mapping[str, tuple[Fact, tuple[str, ...]]]  # kind → where to see it, and its labels
    stop: Mapping[str, Fact]
    us_prices: tuple[Price, ...]
    us_prime: Fact
    abroad_words: tuple[str, ...]  # 利用国 (as :func:`compared` leaves it)
    abroad: Fact  # 「利用国USA」 appears for purchases in Japan too
    amazon_words: tuple[str, ...]  # a text not listed that still names Amazon or its services
    refund_prime: Fact  # Amazon's rule for a Prime fee refund (review 18a, S 10)
    # With it, the part paid by gift card (refunds.toml, FACTS §5: review 19a, item 6)
    gift_card: Fact
    # A refund under a Prime text smaller than a fee paid before it (FACTS §5, review 28c, 2)
    refund_partial: Fact
    # A text naming Amazon that is another company's or site's, perhaps (review 41c, item 3)
    borrowed: Fact
    # A word of one service's names only ("kids", "music", "audible"): a text primehelp does not
    # know that contains it names that service (review 18a, item 2). Derived from the names.
    service_words: Mapping[str, tuple[str, ...]] = {}
    # The year Prime started in Japan, and its fact (FACTS §1: 2007; review 22a, item 8)
    launch: tuple[int, Fact] | None = None
    # Domains the facts neither list as Amazon's nor call another's (「amzn.com」: 43c, 4)
    unconfirmed_domains: tuple[str, ...] = ()
    imitated: tuple[tuple[str, tuple[str, ...]], ...] = ()  # service names (44c, R-minor 11)
    own_domains: tuple[str, ...] = ()  # a service's own site (「audible.co.jp」: 45c, 2)

    def named_services(self, text: str) -> frozenset[str]:
        """The services whose own name words ``text`` contains (「AMAZON KIDS」: Kids+)."""
        key = compared(text)
        return frozenset(
            kind for kind, words in self.service_words.items() if any(w in key for w in words)
        )

    def statement_for(self, text: str) -> StatementText | None:
        """The first statement text ``text`` is: its words first, then nothing but what cards
        add to it (review 41c, item 3: 「PAYPAL *AMAZONPRIME」 and 「AMAZONPRIME-JP.TOP」 merely
        contain 「AMAZON PRIME」; 44c, item 1: 「AMAZON PRIME TOP」 has a word of its own; only
        the texts FACTS lists are read as Amazon's)."""
        reading = self._reading(text)
        if reading is None or reading[1]:  # 「AMAZON CO JP」: listed words only (59c R-major 1)
            return reworded(self.texts, text)
        found = reading[0]
        # A longer text naming another service is not the known text it begins with (「AMAZON
        # PRIME VIDEO CHANNEL」 is no Prime fee text, review 20a, item 1): read as unknown.
        # A text naming one the known text stands for stays it (「AMAZON DOWNLOADS PRIME VIDEO」).
        named = self.named_services(text)
        return None if named and not named & (found.means | found.may_be) else found

    def extra_words(self, text: str) -> tuple[str, ...]:
        """The words after a listed text that cards do not print after it and that name none of
        Amazon's services (「TOP」 of 「AMAZON PRIME TOP」, 「CN」, 「SUPPORT」: review 44c, item
        1): the text is not the listed one, perhaps another company's. Empty otherwise."""
        if self.unconfirmed_domain(text) is not None:  # neutral (43c, 4)
            return ()
        reading = self._reading(text)
        # a listed text's words (「JAPAN」 none: 62c 1) or a service's name, fewest extra
        listed = None if reading is None else [w for w in reading[1] if w not in _SITE_WORDS]
        found = (listed, self._after_service(text))  # 「AMAZON PRIME VIDEO CHANNEL」
        after = min((w for w in found if w is not None), key=len, default=None)
        after = self._stray(text) if after is None else after
        from primehelp.content.statement_match import as_typed

        names = [w for words in self.service_words.values() for w in words]
        extra = (w for w in after if not any(n in compared(w) for n in names))
        return tuple(as_typed(text, w) for w in extra)

    def _stray(self, text: str) -> list[str]:
        """The words of a text naming Amazon (「AMAZON」 as a word) that starts with no
        listed text nor service name, which no listed text, service name or card's addition has,
        wherever they are (「SECURITY」 of 「AMAZON SECURITY PRIME」: review 47c, item 2)."""
        from primehelp.content.service_words import name_words
        from primehelp.content.statement_match import extra_words, folded

        # a joint is a space: 「AMAZON-REFUND」, 「AMAZON_PRIME」, 「AMAZON[X]」 (review 48c, item 1)
        spaced = re.sub(r"[-_/\[\]【】]", " ", _without_subdomains(text, self.own_domains))
        if "amazon" not in re.split(r"[\s,()・*]+", spaced):  # 「AMZN Mktp US」 stays (41c, 2)
            return []
        known = [w for t in self.texts for w in folded(t.label.replace(" / ", " ")).split()]
        known += [w for s in self.services for ws in name_words(s) for w in ws if len(w) > 2]
        known += [w for words in self.service_words.values() for w in words]
        known += [*self.abroad_words, *_TAIL_WORDS, *self.amazon_words, *AMAZON_DOMAINS]
        return extra_words(spaced.replace("*", " *"), known)  # 「*AB12CD」: a reference

    def _reading(self, text: str) -> tuple[StatementText, list[str]] | None:
        """The listed text ``text`` starts with (its words written as the sheet spaces them:
        review 44c, item 3), and the words after it that cards do not print after it (a
        reference, 「JP」, 「利用国USA」, the text's own level words and the names of the services
        it stands for are printed; item 1). ``None`` when it starts with none, is spelt out
        letter by letter, or carries another country of use (42c 3, 43c 1)."""
        from primehelp.content.statement_match import extra_words, head, spaced_words

        spaced = _without_subdomains(text, self.own_domains)
        if _SPACED_LETTERS.compiled.search(spaced) or self.other_country(text):
            return None
        first: tuple[StatementText, list[str]] | None = None
        for listed in self.texts:
            labels = [spaced_words(part) for part in listed.label.split(" / ")]
            for word in listed.words:
                gaps = next((g for plain, g in labels if plain.startswith(word)), frozenset())
                tail = head(spaced, word, gaps)
                if tail is None:
                    continue
                if "." in word:  # a listed site's path is its own (「AMAZON.CO.JP/BILL」: 45c)
                    tail = _PATH.compiled.sub("", tail)
                extra = extra_words(tail, self._usual(listed, word, labels))
                if not extra:
                    return listed, extra
                first = first or (listed, extra)
        return first

    def _after_service(self, text: str) -> list[str] | None:
        """The words after a service's name that ``text`` starts with, alone or after Amazon's
        (「SHOP」 of 「PRIME VIDEO SHOP」, 「AMAZON KINDLE SHOP」: review 44c item 1, round 53)
        that are neither what cards print after a text nor the services' names; ``None`` when
        it starts with none (「NETFLIX」, 「AMAZON」 alone)."""
        from primehelp.content.service_words import name_words
        from primehelp.content.statement_match import extra_words, head, service_heads

        spaced = _without_subdomains(text, self.own_domains)
        if _SPACED_LETTERS.compiled.search(spaced) or self.other_country(text):
            return []
        names = [
            (words, self.service_words.get(s.id, ()))
            for s in self.services
            for words in name_words(s)
        ]
        heads = service_heads(names, self.amazon_words)
        for brand, (word, gaps) in itertools.product(("", *_BRANDS), heads):
            at = len(brand)
            tail = head(spaced, brand + word, frozenset({at, *(at + g for g in gaps)}))
            if tail is not None:
                tail = tail[1:] if re.match(r"s(?![a-z0-9])", tail) else tail  # plural (52c 28)
                abroad = [w + suffix for w in self.abroad_words for suffix in ("usa", "")]
                usual = [w for words, own in names for w in (*words, *own, *_SITE_WORDS)]
                return extra_words(_SIGNS.compiled.sub(" ", tail), [*usual, *abroad, *_TAIL_WORDS])
        return None

    def _usual(
        self, text: StatementText, word: str, labels: list[tuple[str, frozenset[int]]]
    ) -> list[str]:
        """What cards print after ``text`` (:func:`compared`): 「JP」, 「利用国USA」, its level
        words, the services it stands for, the rest of its label after ``word`` (「提携サイト」),
        its words in katakana (「ｱﾏｿﾞﾝ」, review 45c, item 6)."""
        kinds = text.means | text.may_be | text.unconfirmed
        names = [w for k in kinds for w in self.service_words.get(k, ())]
        abroad = [w + suffix for w in self.abroad_words for suffix in ("usa", "")]
        from primehelp.content.statement_match import own_kana

        rest = [plain[len(word) :] for plain, _ in labels if plain.startswith(word)]
        rest += [*(compared(w) for w in (*text.level_words, *text.plan_words))]
        rest += own_kana(text.label)
        return [*names, *abroad, *_TAIL_WORDS, *rest]

    def borrows_amazon(self, text: str) -> str | None:
        """How ``text`` borrows Amazon's name (``before``: 「PAYPAL *AMAZONPRIME」, ``spaced``, ``domain``:
        「AMAZONPRIME-JP.TOP」, ``after`` a text), or None (41c item 3, FACTS §11; 51c item 17)."""
        spaced = _without_subdomains(text, self.own_domains)
        key = compared(spaced)
        at = [key.find(w) for w in self.amazon_words if w in key]
        if not at:
            return None
        if _ASCII_WORD.search(key[: min(at)]):
            return "before"
        if _SPACED_LETTERS.compiled.search(spaced) or self._broken(spaced):  # 44c, item 3
            return "spaced"
        # any domain beside Amazon's name that is not Amazon's: 「AMAZON PRIME-JP.TOP」 too, its
        # domain after a space (review 42c, item 1), before a word after a text (44c, item 1)
        if any(
            not _amazon_domain(domain) and domain not in self.unconfirmed_domains
            for domain in _DOMAIN.compiled.findall(spaced)
        ):
            return "domain"
        return "after" if self.extra_words(text) else None

    def _broken(self, spaced: str) -> bool:
        """Whether a word of Amazon's names (「amazon」, 「prime」 of the listed texts, 「kindle」)
        has white space inside it (「AMA ZON PRIME」: review 44c, item 3; FACTS §11)."""
        from primehelp.content.statement_match import broken_name

        words = {w for t in self.texts for w in re.split(r"[^a-z]+", _without_subdomains(t.label))}
        words |= {w for w in self.amazon_words if w.isascii() and w.isalpha()}
        names = {w for w in words if len(w) >= SHORTEST_WORD}
        whole = tuple(w for w in names if not any(n != w and n in w for n in names))
        return broken_name(spaced, whole)

    def unconfirmed_domain(self, text: str) -> str | None:
        """The first domain in ``text`` the facts neither list as Amazon's nor call another's
        (「amzn.com」 of 「Amzn.com/bill」, review 43c, item 4), as the data writes it."""
        spaced = _without_subdomains(text, self.own_domains)
        if "." not in spaced:
            return None
        found = _DOMAIN.compiled.findall(spaced)
        return next((d for d in self.unconfirmed_domains if d in found), None)

    def names_us_site(self, text: str) -> bool:
        """True when ``text`` names amazon.com, Amazon's US site (「AMAZON.COM」, 「WWW.AMAZON.COM」):
        a separate account billed in dollars, its yen amount no fee here (review 42c, item 15)."""
        spaced = _without_subdomains(text)
        return "amazon.com" in spaced and "amazon.com" in _DOMAIN.compiled.findall(spaced)

    def abroad_in(self, text: str) -> bool:
        """True when ``text`` carries the country-of-use marker (「利用国USA」)."""
        key = compared(text)  # 「利用国USA」 only, never another country (review 43c, item 1)
        usa = any(f"{word}usa" in key for word in self.abroad_words)
        return usa and not self.other_country(text)

    def other_country(self, text: str) -> bool:
        """True when ``text`` carries 利用国 with a country other than USA (「利用国CN」): no
        statement text the facts give (FACTS §10 names 「利用国USA」 only, review 43c, item 1)."""
        key = compared(text)
        return any(w in key and not key.split(w, 1)[1].startswith("usa") for w in self.abroad_words)

    def imitates_listed(self, text: str) -> str | None:
        """The listed text (as the fact sheet writes it) that ``text`` is close to but is not
        (「AMAZONE PRIME」, 「AMAZON PRlME」: review 43c, item 2): none of Amazon's texts, perhaps
        another's charge; ``None`` for a listed text or one near none."""
        if self.statement_for(text) is not None:
            return None
        from primehelp.statement_lookalike import near_listed

        labels = tuple(part for t in self.texts for part in t.label.split(" / "))
        return near_listed(text, labels)

    def names_amazon(self, text: str) -> bool:
        """True when ``text`` names Amazon or one of its services (AMZN, ｱﾏｿﾞﾝ, AUDIBLE…)."""
        return any(word in compared(text) for word in self.amazon_words)

    def names_amazon_only(self, text: str) -> bool:
        """:meth:`names_amazon`, and neither a look-alike of a listed text (「AMAZONE PRIME」,
        review 43c, item 2) nor another country of use (「利用国CN」, item 1): perhaps another's."""
        alike = self.imitates_listed(text) or self.other_country(text)
        return self.names_amazon(text) and not alike


def _words(node: Node) -> tuple[str, ...]:
    words = tuple(compared(word) for word in node.strings("match"))
    if not words or not all(words):
        raise node.broken("match", "must list words that are not blank")
    return words


def _texts(statement: Node, fits: Node) -> tuple[StatementText, ...]:
    """The statement texts of statement.toml (in its order), with what each stands for."""
    found = []
    for item in statement.nodes("texts"):
        fit = fits.node(item.string("kind"))
        found.append(
            StatementText(
                label=fit.string("label"),
                words=_words(item),
                means=frozenset(fit.strings("means")),
                may_be=frozenset(fit.strings("may_be")),
                unconfirmed=frozenset(fit.strings("unconfirmed")),
                fact=item.fact(),
                first_without_price=fit.strings("first_without_price")
                if fit.has("first_without_price")
                else (),
                level_words=fit.strings("level_words") if fit.has("level_words") else (),
                plan_words=fit.strings("plan_words") if fit.has("plan_words") else (),
            )
        )
    return tuple(found)


def _us_price(node: Node, fact: Fact) -> Price:
    raw = node.string("usd")
    try:
        value = Decimal(raw)
    except ArithmeticError:  # decimal.InvalidOperation
        raise node.broken("usd", 'must be an amount in dollars, e.g. "14.99"') from None
    return Price(value, None, "USD", node.choice("per", Per), None, None, None, fact)


def load() -> ChargeBook:
    """The bundled statement texts and guides, with the fee book and the services."""
    data = document("charges")
    statement = document("statement")
    names = data.node("names")
    us = data.node("amazon_com")
    us_prime = us.fact("price")
    see: dict[str, tuple[Fact, tuple[str, ...]]] = {}
    for kind in _SEEN_HERE:
        node = data.node(kind).node("see")
        see[kind] = (node.fact(), node.strings("path_ja"))
    refund_see = data.node("unknown").node("see_refund")  # review 27a, item 7
    see["unknown_refund"] = (refund_see.fact(), refund_see.strings("path_ja"))
    for kind in ("see_usd", "see_usd_refund"):  # an amount in dollars (review 38c, item 10)
        node = data.node("unknown").node(kind)
        see[f"unknown_{kind.removeprefix('see_')}"] = (node.fact(), node.strings("path_ja"))
    where = statement.node("where")
    for kind in _SEEN_IN_STATEMENT_FILE:
        seen_in = data.node("seen_in").node(kind)
        see[kind] = (where.fact(seen_in.string("where")), seen_in.strings("path_ja"))
    abroad = statement.node("abroad")
    services = subscriptions.load()[0]
    kana = katakana(statement)  # 「ｵｰﾃﾞｨﾌﾞﾙ」 read as AUDIBLE is (review 38c, item 13)
    own = {k: spelled(w, kana) for k, w in service_words(services).items()}
    amazon = spelled(_words(statement.node("other")), kana)  # as --statement finds them
    return ChargeBook(
        fees=fees.load(),
        services=services,
        texts=_texts(statement, data.node("fits")),
        names={key: names.text(key) for key, _ in names.children()},
        see=see,
        stop={kind: data.node(kind).fact("stop") for kind in _STOPPED}
        | {"unknown_usd": data.node("unknown").fact("stop_usd")},
        us_prices=tuple(_us_price(node, us_prime) for node in us.nodes("prices")),
        us_prime=us_prime,
        abroad_words=_words(abroad),
        abroad=abroad.fact(),
        amazon_words=amazon,
        refund_prime=data.fact("refund_prime"),
        gift_card=document("refunds").fact("gift_card"),
        refund_partial=data.fact("refund_partial"),
        borrowed=statement.fact("borrowed"),
        service_words=own,
        launch=(data.node("launch").integer("year"), data.fact("launch")),
        unconfirmed_domains=_words(statement.node("unconfirmed_domains")),
        imitated=imitated_names(services, own, amazon),
        own_domains=tuple(d for s in services for d in _DOMAIN.compiled.findall(s.name.ja.lower())),
    )
