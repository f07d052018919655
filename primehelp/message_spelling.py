"""How a look-alike name is spelt out in a sign's reason (moved out of
:mod:`primehelp.message_check` to keep it under 400 lines): each look-alike letter of a name
(「1文字目の「а」は、ラテン文字の「a」ではなくキリル文字です。」) and each zero read as 「o」."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import VALUE_CLOSE, VALUE_OPEN, Text
from primehelp.message_letters import read_aloud
from primehelp.message_links import confusable_letters

if TYPE_CHECKING:
    from primehelp.message import MessageContent

_LETTERS_NAMED = 3  # a name with more look-alike letters is not spelt out letter by letter


def letters_named(reason: Text, name: str, content: MessageContent) -> Text:
    """``reason`` naming each look-alike letter of ``name`` when there are at most three
    (review 26a, S 21): 「1文字目の「а」は、ラテン文字の「a」ではなくキリル文字です。」, in place
    of its general sentence about such letters (review 28a, 5), then the trick."""
    letters = confusable_letters(name)
    if not 0 < len(letters) <= _LETTERS_NAMED:
        return reason
    said, reason = content.confusable_letter, Text("", "")
    for at, letter, latin, script in letters:
        quoted = {
            k: f"{VALUE_OPEN}{v}{VALUE_CLOSE}"
            for k, v in (("letter", letter), ("latin", latin), ("latin_read", read_aloud(latin)))
        }
        named = content.scripts.get(script, Text(script.title(), script.title()))
        this = ui("flag.confusable_latin", "ui_message") if script == "LATIN" else said
        one = Text(
            this.ja.format(position=at, script=named.ja, **quoted),
            this.en.format(position=at, script=named.en, **quoted),
        )
        reason = Text(reason.ja + one.ja, f"{reason.en} {one.en}".lstrip())
    trick = content.confusable_trick
    return Text(reason.ja + trick.ja, f"{reason.en} {trick.en}")


def digits_named(
    reason: Text, domain: str, brands: Sequence[str], content: MessageContent | None = None
) -> Text:
    """``reason``, then 「5文字目の「0」は、ラテン文字の「o」ではなく数字のゼロです。」 for each zero of
    ``domain`` that makes it read as Amazon's name (review 33a, S 10: amaz0n-jp.top)."""
    # content None: a From's sign joined after reading (review 59m, item 7)
    said = ui("flag.zero_for_o", "ui_message") if content is None else content.zero_for_o
    for at, char in enumerate(domain):
        window = domain[max(0, at - 5) : at + 6]
        if char != "0" or any(b in window for b in brands):
            continue
        if any(b in window.replace("0", "o") for b in brands):
            one = {k: f"{VALUE_OPEN}{v}{VALUE_CLOSE}" for k, v in (("digit", "0"), ("letter", "o"))}
            reason = Text(
                reason.ja + said.ja.format(position=at + 1, **one),
                f"{reason.en} {said.en.format(position=at + 1, **one)}",
            )
    return rn_named(reason, domain, brands)


def rn_named(reason: Text, name: str, brands: Sequence[str]) -> Text:
    """``reason``, then 「「rn」は、並べると「m」に見える2文字です。」 when ``name`` reads as one of
    ``brands`` only with 「rn」 read as 「m」 (arnazon, rnazon; review 62m, item 14)."""
    folded = name.casefold()
    read = folded.replace("rn", "m")
    if "rn" not in folded or any(b in folded for b in brands):
        return reason
    if not any(b in read or b[1:] in read for b in brands if b.isascii() and len(b) >= 5):
        return reason
    said = ui("flag.rn_for_m", "ui_message")
    one = {k: f"{VALUE_OPEN}{v}{VALUE_CLOSE}" for k, v in (("rn", "rn"), ("m", "m"))}
    return Text(reason.ja + said.ja.format(**one), f"{reason.en} {said.en.format(**one)}")


def start_said(start: str, domain: str, whose: str = "address") -> Text:
    """「{whose}は {start} で始まりますが、実際のドメインは {domain} です。」 for a name whose start
    imitates Amazon's; when one of Amazon's domains stands in that start with more after it
    (www.amazon.co.jp.evil of www.amazon.co.jp.evil.example.com), that domain is named: 「名前に
    amazon.co.jp が含まれていますが、…」, or 「名前は amazon.co.jp で始まりますが、…」 when the
    name begins with it (amazon.co.jp.evil.example.com; review 61m, item 6). ``whose``: what the
    name is, 「アドレスのドメイン名」 of an address or 「このアドレス」 of a link (62m, item 10)."""
    from primehelp.facts import document

    labels = start.casefold().split(".")
    amazon = document("message").node("domains").strings("registrable")
    key = "flag_domain_start"
    for own in sorted(amazon, key=len, reverse=True):
        parts = own.split(".")
        at = next(
            (at for at in range(len(labels) - len(parts)) if labels[at : at + len(parts)] == parts),
            -1,
        )
        if at >= 0:  # something follows it in the start: not the start the member reads
            key, start = ("flag_domain_start" if at == 0 else "flag_domain_contains"), own
            break
    said, named = ui(key, "ui_message"), ui(f"flag_whose.{whose}", "ui_message")
    return Text(
        said.ja.format(whose=named.ja, start=start, domain=domain),
        said.en.format(whose=named.en, start=start, domain=domain),
    )
