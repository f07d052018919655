"""What a statement line's text says of whose charge it is, beside what the amount says.

A name of Amazon's after another name or in another's domain (review 41c, item 3), a look-alike of
a text the facts list (review 43c, item 2), and a domain the facts neither list as Amazon's nor call
another's (「amzn.com」, said neutrally: review 43c, item 4). Pure; used by `charge --statement`'s
classifier only.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from primehelp.content.statement_match import joined_texts
from primehelp.facts import ui
from primehelp.i18n import Text

if TYPE_CHECKING:
    from primehelp.content.charges import ChargeBook
    from primehelp.statement import Classification


def named_as(found: Classification, book: ChargeBook, description: str) -> Classification:
    """``found`` with what ``description`` itself says of whose charge it is."""
    if "\ufffd" in description:  # characters the file lost: no word, no impostor (52c, 26)
        return _said(found, ui("unreadable_text", "ui_charge_text"))
    form = None if book.statement_for(description) else book.borrows_amazon(description)
    if form is not None:
        found = replace(found, borrowed=True, facts=(*found.facts, book.borrowed))  # 41c, 3
    if form in ("before", "spaced", "domain"):  # the form this row has (review 56c, S 14)
        said, named = (
            ui("borrowed_row", "ui_charge_text"),
            ui(f"borrowed_form.{form}", "ui_charge_text"),
        )
        en = named.en[:1].lower() + named.en[1:]
        found = _said(found, Text(said.ja.format(form=named.ja), said.en.format(form=en)))
    if book.imitates_listed(description):  # 「AMAZONE PRIME」 (review 43c, item 2)
        found = replace(found, lookalike=True)
    from primehelp.statement_lookalike import near_service

    imitated = None if book.statement_for(description) else near_service(description, book.imitated)
    if imitated is not None:  # the service's name it imitates (44c, R-minor 11)
        from primehelp.content.service_words import imitated_name

        said, name = ui("imitated_service", "ui_charge_text"), imitated_name(imitated)  # 52c, 28
        found = replace(found, lookalike=True)
        found = _said(found, Text(said.ja.format(name=name.ja), said.en.format(name=name.en)))
    domain = book.unconfirmed_domain(description)  # 「amzn.com」 (review 43c, item 4)
    if domain is not None:
        found = _said(found, ui("unconfirmed_domain", "ui_charge_text").format(domain=domain))
    extra = book.extra_words(description) if found.borrowed else ()  # review 44c, item 1
    joined = joined_texts(description, (t.label for t in book.texts)) if extra else ()
    if joined:  # two listed texts run on: none is a word no text has (review 46c, item 2)
        said = ui("joined_texts", "ui_charge_text")
        ja, en = "と".join(f"「{t}」" for t in joined), " and ".join(f"“{t}”" for t in joined)
        found = _said(found, Text(said.ja.format(texts=ja), said.en.format(texts=en)))
    elif extra:
        from primehelp.charge_text_detail import extra_words_said

        found = _said(found, extra_words_said(description, extra))  # letters too (52c, 28)
    return found


def _said(found: Classification, said: Text) -> Classification:
    """``found`` with ``said`` after its detail."""
    if found.detail is None:
        return replace(found, detail=said)
    # A detail that is no sentence (「料金の範囲：月額300〜4,000円ほど（チャンネルごと）」): the note
    # on its own line, never run on into it (review 45c, item 12)
    ja = "" if found.detail.ja.endswith("。") else "\n"
    en = " " if found.detail.en.endswith(".") else "\n"
    joined = Text(f"{found.detail.ja}{ja}{said.ja}", f"{found.detail.en}{en}{said.en}")
    return replace(found, detail=joined)
