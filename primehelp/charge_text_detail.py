"""What a charge's statement text itself says, sentence by sentence: a domain primehelp cannot
confirm (「amzn.com」, review 43c, item 4), another country of use (44c, item 5), the service name
it imitates (44c, R-minor 11) and the words cards do not print after a listed text (「TOP」, 44c,
item 1). Both the screen and ``--json``'s ``text_detail`` say them (review 45c, item 7). Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Text

if TYPE_CHECKING:
    from primehelp.charge_reading import ChargeReading


def text_detail(reading: ChargeReading) -> tuple[Text, ...]:
    """The sentences, in the screen's order."""
    said: list[Text] = []
    if reading.reworded:  # the listed words only: no other company's text (59c, R-major 1)
        said.append(ui("reworded_text", "ui_charge_text"))
    if reading.unconfirmed_domain is not None:  # neither Amazon's nor another's (43c, item 4)
        said.append(
            ui("unconfirmed_domain", "ui_charge_text").format(domain=reading.unconfirmed_domain)
        )
    if reading.other_country:  # why the text is suspect, as --statement says (44c, item 5)
        said.append(ui("other_country", "ui_charge_text"))
    if reading.imitated_service is not None:  # the name it imitates (44c, R-minor 11)
        from primehelp.content.service_words import imitated_name

        name, said_as = (
            imitated_name(reading.imitated_service),
            ui("imitated_service", "ui_charge_text"),
        )
        said.append(Text(said_as.ja.format(name=name.ja), said_as.en.format(name=name.en)))
    if reading.joined_texts:  # two listed texts: neither is a word no text has (46c, item 2)
        joined = ui("joined_texts", "ui_charge_text")
        ja = "と".join(f"「{t}」" for t in reading.joined_texts)
        en = " and ".join(f"“{t}”" for t in reading.joined_texts)
        said.append(Text(joined.ja.format(texts=ja), joined.en.format(texts=en)))
    elif reading.extra_words:
        said.append(extra_words_said(reading.typed_text or "", reading.extra_words))
    return tuple(said)


def extra_words_said(text: str, extra: tuple[str, ...]) -> Text:
    """What ``text`` has that no listed text has (``extra``): its words, or its letters, never
    called words (「S」 of 「KINDLE UNLIMITED S」, 「E」 of 「AMAZON PRIMEE」: review 52c item 28)."""
    from primehelp.errors import escaped

    # A host (「prime.top」 of 「amazon-prime.top」): the whole host, called a domain Amazon does
    # not use, never 「prime」 pointed at as the odd word (review 56c, item 9).
    hosts = [w for w in extra if any(w[at + 1 : at + 2].isalpha() for at in _dots(w))]
    if hosts:
        typed = [t.lstrip("*") for t in text.split()]
        whole = [next((t for t in typed if w.casefold() in t.casefold()), w) for w in hosts]
        named = [escaped(w) for w in dict.fromkeys(whole)]
        domain = ui("extra_domain", "ui_charge_text")
        said = Text(
            domain.ja.format(words="".join(f"「{w}」" for w in named)),
            domain.en.format(words=" and ".join(f"“{w}”" for w in named)),
        )
        rest = tuple(w for w in extra if w not in hosts)
        if not rest:
            return said
        more = extra_words_said(text, rest)
        return Text(said.ja + more.ja, f"{said.en} {more.en}")
    # the word without a sign before it: 「*AMAZON」 is 「AMAZON」 (review 46c, item 2)
    shown = [escaped(w.lstrip("*-") or w) for w in extra]
    words = Text("".join(f"「{w}」" for w in shown), "".join(f"“{w}”" for w in shown))
    key = "extra_words"
    if all(len(w) == 1 and w.isalpha() for w in shown):
        last = text.rstrip().casefold().endswith(shown[-1].casefold()) and len(shown) == 1
        key = "extra_letter_last" if last else "extra_letters"
    extra_said = ui(key, "ui_charge_text")
    return Text(extra_said.ja.format(words=words.ja), extra_said.en.format(words=words.en))


def names_domain(extra: tuple[str, ...]) -> bool:
    """Whether a word the listed texts lack is a host (「AMAZON.CO.JP.INFO」): a domain Amazon does
    not list, after which the candidates are said as Amazon's only if it is (review 60c, 10)."""
    return any(w[at + 1 : at + 2].isalpha() for w in extra for at in _dots(w))


def _dots(word: str) -> list[int]:
    return [at for at, ch in enumerate(word) if ch == "."]


def usd_fee_in_yen(reading: ChargeReading) -> tuple[Text, ...]:
    """What the screen says of a yen amount beside amazon.com's Prime fee: it may be that fee
    converted, checked with `charge 'US$14.99'` (its note, review 37c item 3; amazon.com's text,
    43c item 12): ``--json`` gives it too (review 46c, item 7)."""
    if reading.amount.currency != "JPY":
        return ()
    said: list[Text] = []
    if any(note.id == "charges.amazon_com.price" for note in reading.notes):
        said.append(ui("us_prime_in_yen", "ui_charge_text"))
    if reading.us_yen:  # near a converted fee (the screen says so; the other case it may not)
        said.append(ui("us_yen_fee", "ui_charge_text"))
    return tuple(said)
