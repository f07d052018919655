"""What the charge screen says of a service the statement text names, and of prices from after
the date (moved out of :mod:`primehelp.output.charge`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.charges import Category, Match

if TYPE_CHECKING:
    from primehelp.charges import Candidate, ChargeReading
    from primehelp.facts import Fact
    from primehelp.i18n import Lang
    from primehelp.services import Price


def short_name(name: str) -> str:
    """「Audible（audible.co.jp）」 → 「Audible」: the service as a sentence names it."""
    return name.split("（")[0].split(" (")[0]


def named_before_start(reading: ChargeReading) -> bool:
    """The text names a service whose price is the amount, from after the date (review 25a, 5)."""
    return any(
        c.kind in reading.named and c.match is Match.PRICE_BEFORE_START for c in reading.candidates
    )


def no_price_key(reading: ChargeReading) -> str:
    """「どれとも一致しません」, unless a service's price of a later time (its start unknown:
    Kids+, Music Unlimited's 「2023年4月時点」) is the amount: said so (review 38c, item 16)."""
    later = (
        c.match is Match.PRICE_BEFORE_START and c.price is not None and c.price.since is None
        for c in reading.candidates
    )
    if reading.date and any(later):
        return "no_price_on_date_later_same"
    # A Prime text: neither amazon.co.jp's fee nor a fixed price, no channel (review 60c, R-minor 3)
    prime = reading.prime_text and not reading.refund and reading.amount.currency == "JPY"
    return "no_known_price_prime" if prime else "no_known_price"


def in_range(reading: ChargeReading, lang: Lang) -> str:
    """The services whose range of prices holds the amount (「Prime Videoチャンネルなど、料金に幅の
    あるサービスの可能性があります。」); a refund's, of them and of a fee's part when that is a
    candidate too (review 60c, R-minor 3); "" when none."""
    from primehelp.output.prices import charge_ui

    ranged = [c.name(lang) for c in reading.candidates if c.match is Match.PRICE_RANGE]
    if not ranged:
        return ""
    part = any(c.match is Match.PARTIAL_REFUND for c in reading.candidates)
    key = ("in_range_refund_part" if part else "in_range_refund") if reading.refund else "in_range"
    return charge_ui(key)(lang).format(names=("、" if lang == "ja" else ", ").join(ranged))


def first_named(reading: ChargeReading, lang: Lang) -> str:
    """The service the text names: 「Audible」; two services the text names alike, what their
    names share: 「Prime Video」 (the option and the channels) (review 38c, item 20)."""
    named = [short_name(name(lang)) for name in reading.named_names]
    named = named or [
        short_name(c.name(lang)) for c in reading.candidates if c.kind in reading.named
    ]
    first = shared = named[0] if named else ""
    for other in named[1:]:
        while not other.startswith(shared):
            shared = shared[:-1]
    return typed_part(shared.strip() or first, reading.typed_text or "")


def typed_part(name: str, typed: str) -> str:
    """The start of ``name`` the typed text has, when it lacks the rest: 「Amazon Music」 of
    「Amazon Music Unlimited」 for 「AMAZON MUSIC」 (review 52c, item 14: never a name the text
    does not have), 「Kindle」 of 「Kindle Unlimited」 for 「KINDLE JAPAN」 (review 62c, R-minor 4;
    never 「Amazon」 alone, the company's name); ``name`` otherwise (a Japanese name, kana)."""
    import unicodedata

    def plain(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())

    loose = unicodedata.normalize("NFKC", typed).casefold().replace(" ", "")
    words, typed = name.split(), plain(typed)
    if not name.isascii() or plain(name) in typed:  # 「Kids」 of 「Kids+」 when untyped (63c, 3)
        return name if name.casefold().replace(" ", "") in loose else name.rstrip("+")
    count = next((n for n in range(len(words), 0, -1) if plain("".join(words[:n])) in typed), 0)
    part = " ".join(words[:count])
    return part if count > 1 or (count and part != "Amazon") else name


def name_only_told(reading: ChargeReading, lang: Lang) -> str:
    """「明細の表記にAmazon Musicの名前があります。金額はAmazon Music Unlimitedの料金と違いますが、
    …」: the name as the text has it, the service's own after 「金額は」 (review 62c, R-minor 4)."""
    from primehelp.output.prices import charge_ui

    name = short_name(reading.candidates[0].name(lang))
    told = charge_ui("statement_named_other_amount")(lang)
    return told.format(name=typed_part(name, reading.typed_text or ""), service=name)


def named_fit(candidate: Candidate, reading: ChargeReading, lang: Lang) -> str:
    """Why a service the text names is listed first: its name in the text, as much of it as the
    text has (「明細の表記にAmazon Musicの名前があります。」, review 52c item 14)."""
    from primehelp.output.prices import charge_ui

    if candidate.match is Match.NAME_ONLY:  # none of its prices (review 38c, item 2)
        return _other_amount(candidate, lang)
    if candidate.match in (Match.PRICE, Match.FEE_ON_DATE):  # one line for all (63c, R-minor 5)
        as_of = None if candidate.price is None else candidate.price.as_of
        if reading.refund and candidate.category is Category.PRIME_FEE:  # 「AMAZON PRIME JAPAN」
            return charge_ui("fit_possible_price")(lang)  # 「…この会費の返金と合います。」
        if as_of is None:
            return charge_ui("fit_named_price")(lang)
        return charge_ui("fit_named_price_as_of")(lang).format(as_of=as_of(lang))
    name = short_name(candidate.name(lang))
    part = typed_part(name, reading.typed_text or "")
    return (
        charge_ui("fit_named")(lang)
        if part == name
        else charge_ui("fit_named_part")(lang).format(name=part)
    )


def _other_amount(candidate: Candidate, lang: Lang) -> str:
    """A named service none of whose prices is the amount: its one price in the sentence (「Audible
    の料金（月額1,500円）と違います」), and where to look named (「audible.co.jpで」, 「「メンバーシップ
    および購読」で」), never 「（下の注記）」 for one figure nor 「確認する場所で」 (review 56c, item 3)."""
    from primehelp.content.subscriptions import load
    from primehelp.output.prices import charge_ui, price_text

    name = candidate.name(lang)
    site = name.split("（")[-1].split(" (")[-1].rstrip("）)") if name != short_name(name) else ""
    if "." in site:  # 「Audible（audible.co.jp）」: its own site
        place = charge_ui("named_look_site")(lang).format(site=site)
    elif candidate.see_path_ja:
        place = charge_ui("named_look_page")(lang).format(page=candidate.see_path_ja[-1])
    else:
        place = charge_ui("named_look_where")(lang)
    prices = next((s.prices for s in load()[0] if s.id == candidate.kind), ())
    if len(prices) != 1:  # several prices: the note lists them (Kids+, Music Unlimited)
        return charge_ui("fit_named_other_amount")(lang).format(place=place)
    return charge_ui("fit_named_other_price")(lang).format(
        name=short_name(name), price=price_text(prices[0], lang), place=place
    )


def name_only(reading: ChargeReading) -> bool:
    """The service the text names comes first, the amount none of its prices (38c, item 2)."""
    return reading.candidates[0].match is Match.NAME_ONLY


def text_sentences(reading: ChargeReading, lang: Lang, *, lead: bool = False) -> list[str]:
    """What the screen says of the text's own words (:mod:`primehelp.charge_text_detail`, the
    sentences ``--json`` gives as ``text_detail``: review 45c, item 7). ``lead``: only the
    sentence said above the listed text's reading, that the text differs slightly from it (its
    words only, 「AMAZON CO JP」: review 59c, R-major 1); otherwise the others."""
    first = 1 if reading.reworded else 0
    said = reading.text_detail[:first] if lead else reading.text_detail[first:]
    return [sentence(lang) for sentence in said]


_BELOW: tuple[str, ...] = (
    "compared_by_amount",
    "below_no_fixed_price",
    "below_no_fixed_price_range",
)
_BELOW += ("compared_if_amazon", "compared_if_amazon_refund")  # review 60c, R-minor 10


def split_below(told: str, lang: Lang) -> tuple[str, str]:
    """The sentence on an unknown text, and its last one on the candidates (「下の候補は…」) apart:
    that one goes right above the list, after 「…一致しません」 (review 57c, item 5)."""
    from primehelp.output.prices import charge_ui

    for key in _BELOW:
        below = charge_ui(key)(lang)
        if told.endswith(below) and told != below:
            return told[: -len(below)].rstrip(), below
    return told, ""


def closing(reading: ChargeReading, below: str, lang: Lang) -> list[str]:
    """The summary's last sentences: the dollar hint (「$139」 unquoted: the shell left 「39」:
    45c, item 9; after 「一致しません」 and with the forms of no quotes first: 57c, item 5),
    then 「下の候補は…」 right above the list."""
    from primehelp.output.prices import charge_ui

    value = abs(reading.amount.value)
    hint = reading.typed_text and reading.amount.currency == "JPY" and 0 < value < 100
    return [s for s in (charge_ui("dollar_quotes")(lang) if hint else "", below) if s]


def other_company(reading: ChargeReading) -> str | None:
    """The text of another company, whose account is looked in first (「NETFLIX.COM」); never a
    text naming or imitating Amazon's (「AMAZ0N PRIME」, 「…利用国CN」: review 44c, item 5)."""
    if reading.names_amazon or reading.looks_like_amazon:
        return None
    return reading.typed_text or None


def borrowed(reading: ChargeReading) -> bool:
    """The text has the borrowed-name note (「AMAZONPRIME-JP.TOP」, 「PAYPAL *AMAZONPRIME」,
    「A M A Z O N PRIME」, 「AMAZON PRIME TOKYO」): never ranked 「可能性の高い順」 under it, the
    list headed as a look-alike's is (review 45c, item 5)."""
    return any(n.id.startswith("statement.borrowed_name") for n in reading.notes)


def no_confirmed(reading: ChargeReading, when: str, in_range: str, lang: Lang) -> str:
    """No confirmed Prime fee on the date is the amount: the services whose later price is the
    amount named (Kids+, Kindle Unlimited at 980 yen in 2010), never "none matches" above them
    (review 49c, item 3)."""
    from primehelp.output.prices import charge_ui

    later = [
        short_name(c.name(lang))
        for c in reading.candidates
        if c.match is Match.PRICE_BEFORE_START and c.price is not None
    ]
    if not later:
        return charge_ui("no_confirmed_price")(lang).format(when=when, range=in_range)
    joined = ("と" if lang == "ja" else " and ").join(later[:2]) if len(later) < 3 else None
    names = joined or ("、" if lang == "ja" else ", ").join(later)
    key = "no_confirmed_price_later_same"
    return charge_ui(key)(lang).format(when=when, names=names, range=in_range)


# Full-width letters, digits and signs, and the ideographic space: as half-width (review 64c,
# R-minor 4; the statement screen's table of output/statement.py)
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def typed_shown(typed: str, lang: Lang) -> str:
    """The line 「明細の表記：」's text: quoted as typed, or in half-width with 「（入力では全角）」
    after it when typed in full-width letters, as `charge --statement` shows such a line."""
    from primehelp.errors import escaped
    from primehelp.output.prices import charge_ui

    half = escaped(typed.translate(_HALF_WIDTH))  # as the statement view: no raw surrogates
    quoted = f"「{half}」" if lang == "ja" else f"“{half}”"  # English quotes (45c, S 16)
    if half == escaped(typed):
        return quoted
    return charge_ui("typed_full_width")(lang).format(text=quoted)


def typed_label(reading: ChargeReading, lang: Lang) -> str:
    """What the listed text stands for, its text quoted as the member typed it when it differs
    only in case, width or spaces (「Amazon Prime」, 「ＡＭＡＺＯＮ　ＰＲＩＭＥ」: review 51c, item 5),
    as the line 「明細の表記：」 above it shows it."""
    assert reading.statement is not None  # the caller's
    said = reading.statement.text(lang)
    label, typed = reading.statement_text, reading.typed_text
    if label is None or typed is None or " / " in label:
        return said
    from primehelp.content.charges import compared
    from primehelp.errors import escaped
    from primehelp.output.prices import charge_ui

    opening, closing = ("「", "」") if lang == "ja" else ("“", "”")
    quoted = f"{opening}{label}{closing}"
    if compared(label) != compared(typed):
        rest = compared(typed).removeprefix(compared(label))
        if (
            rest == compared(typed)
            or rest.startswith(compared("利用国"))
            or not said.startswith(quoted)
        ):
            return said  # 「利用国USA」 after it is said in the same bullet (review 20a, S 12)
        # 「Amazon Prime Student」 typed: the text it starts with, never a label not typed (53c, 36)
        starting = charge_ui("text_starting_with")(lang).format(text=quoted)
        return said.replace(quoted, starting, 1)
    half = escaped(typed.translate(_HALF_WIDTH))  # as 「明細の表記：」 shows it (64c, R-minor 4)
    return said.replace(quoted, f"{opening}{half}{closing}", 1)


def _outside(reading: ChargeReading) -> list[Price]:
    """The prices :func:`named_outside` states: the named range, then every other service the
    text names whose one price is in force that day and on the same side of the amount."""
    from primehelp.content.subscriptions import load

    assert reading.named_range is not None
    name, price = reading.named_range
    above, on, shown = abs(reading.amount.value) > price.value, reading.date, [price]
    for service in load()[0]:
        fixed = [p for p in service.prices if p.up_to is None]
        if service.name not in reading.named_names or len(fixed) != 1 or service.name == name:
            continue
        one = fixed[0]
        if on is not None and ((one.since and on < one.since) or (one.until and on > one.until)):
            continue  # not in force that day
        if (abs(reading.amount.value) > one.value) is above:
            shown.append(one)
    return shown


def outside_facts(reading: ChargeReading) -> list[Fact]:
    """The facts of the prices :func:`named_outside` states, for the 出典 under it (57c, 4 and 8),
    and of the plans whose fee on the date is not confirmed or that did not exist yet (「…Prime
    Student 月間プランはまだありませんでした」: review 58c, B 2)."""
    said = reading.text_recognized is False and reading.names_amazon
    plans = list(dict.fromkeys(x.fact for x in reading.fee_unknown_plans))
    return [*([p.fact for p in _outside(reading)] if said and reading.named_range else []), *plans]


def named_outside(reading: ChargeReading, lang: Lang) -> str:
    """「明細の表記にPrime Videoの名前がありますが、金額はPrime Videoチャンネルの料金の範囲（…）や、
    広告なしで見るためのオプション（月額390円）より高額です。」: the name said as for an amount
    inside (never 「情報源にありません」 beside 「表記からは…と考えられます」), with every service
    the text names in force that day (review 57c, item 8)."""
    from primehelp.content.subscriptions import load
    from primehelp.output.prices import charge_ui, price_text

    assert reading.named_range is not None
    name, price = reading.named_range
    names = {p.fact: s.name for s in load()[0] for p in s.prices}
    shared = first_named(reading, lang)
    range_of = charge_ui("named_range_of")(lang)
    said = range_of.format(name=name(lang), range=price_text(price, lang))
    for other in _outside(reading)[1:]:
        called = names[other.fact](lang).removeprefix(f"{shared}を")
        said += charge_ui("named_price_of")(lang).format(name=called, price=price_text(other, lang))
    above = abs(reading.amount.value) > price.value
    key = "statement_named_above" if above else "statement_named_below"
    return charge_ui(key)(lang).format(name=shared, prices=said)
