"""What check-number reads before a number: a word a phone shows instead of one (「非通知」), a
「#」 before a public-service number that has none (「#188」), and the 186 or 184 dialled before a
number (「186-0120-999-373」)."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from primehelp.errors import shown
from primehelp.i18n import Text
from primehelp.phone import NotANumber

# What a phone shows for a call without a number: no number to check (review 28a, S 11).
_WITHHELD = frozenset(
    [
        "非通知",
        "番号非通知",
        "非通知設定",
        "通知不可能",
        "通知不可",
        "公衆電話",  # the third word a phone shows instead of a number (review 52a, item 37)
        "payphone",
        "anonymous",
        "withheld",
        "private",
    ]
)


def _typed(raw: str) -> str:
    """``raw`` NFKC-normalized, without invisible characters, 「tel:」 and outer spaces."""
    import unicodedata

    from primehelp.invisible import without_invisible
    from primehelp.phone import copied, without_label

    return without_label(copied(unicodedata.normalize("NFKC", without_invisible(raw)))).strip()


def refuse_withheld(raw: str) -> None:
    """「非通知」 typed as the number: 「「非通知」の電話は番号が分からないため、確認できません。…」."""
    import unicodedata

    from primehelp.facts import ui

    if unicodedata.normalize("NFKC", raw).strip().lower() in _WITHHELD:
        said = ui("number.withheld")
        raise NotANumber(Text(said.ja.format(typed=shown(raw)), said.en.format(typed=shown(raw))))


def refuse_needless_hash(raw: str, public: Mapping[str, Text]) -> None:
    """「#188」: a public-service number written without 「#」, typed with one. Said as the 「#」
    being not needed, with the form to give (review 59a, item 7: was 「電話番号のほかに文字が
    含まれています」 and a hint about check-message)."""
    from primehelp.facts import ui

    typed = _typed(raw)
    number = typed[1:].strip()
    if not (typed.startswith("#") and number in public):
        return
    hashed = "・".join(sorted(n for n in public if n.startswith("#")))
    said = ui("number.needless_hash")
    raise NotANumber(
        Text(
            said.ja.format(typed=shown(raw), number=number, hashed=hashed),
            said.en.format(typed=shown(raw), number=number, hashed=hashed.replace("・", ", ")),
        )
    )


_CALLER_ID = ("186", "184")
_AFTER_PREFIX = " -‐‑‒–—―−ーｰ"


def caller_prefix(raw: str, public: Collection[str] = ()) -> tuple[str, str]:
    """``raw`` without a 186 or 184 dialled before a number in Japan, and that prefix:
    「186-0120-999-373」 → (「0120-999-373」, 「186」); anything else → (raw, "") (review 59a,
    S 13). A public-service number of ``public`` after a space or dash is one too: 「186 110」
    → (「110」, 「186」) (review 61a, B1; 「186110」 and 「184#9110」 stay refused). What 186 and
    184 do is not in the fact sheet and is not said (review 57a, S 15)."""
    typed = _typed(raw)
    for prefix in _CALLER_ID:
        rest = typed.removeprefix(prefix).lstrip(_AFTER_PREFIX)
        if not typed.startswith(prefix):
            continue
        apart = len(rest) < len(typed) - len(prefix)  # a space or dash after the prefix
        if rest.startswith(("0", "(0")) or (apart and rest in public):
            return rest, prefix
    return raw, ""


def prefix_joined(raws: list[str], public: Collection[str] = ()) -> list[str]:
    """A 186 or 184 the shell split from its number (「186 0120-999-373」 unquoted) joined to
    it again: one number, not a 3-digit one refused."""
    out: list[str] = []
    for raw in raws:
        if out and _typed(out[-1]) in _CALLER_ID and caller_prefix(f"{out[-1]} {raw}", public)[1]:
            out[-1] = f"{out[-1]} {raw}"
        else:
            out.append(raw)
    return out


def as_typed(error: NotANumber, typed: Mapping[str, tuple[str, str]]) -> NotANumber:
    """``error`` quoting each number as typed, with the 186 or 184 before it that was left out
    to check it: 「186-0120-999-373 x」, not 「0120-999-373 x」 (review 61a, B3)."""
    from primehelp.i18n import quoted_values

    ja, en = error.message.ja, error.message.en
    for rest, (raw, prefix) in typed.items():
        if prefix:
            ja = ja.replace(quoted_values(shown(rest), "ja"), quoted_values(shown(raw), "ja"))
            en = en.replace(quoted_values(shown(rest), "en"), quoted_values(shown(raw), "en"))
    return NotANumber(Text(ja, en), error.too_short)


# What a line break or a tab inside one argument is read as: a space, like the spaces of
# 「0120 999 373」 (review 62a, B 2: a number copied from a call log over three lines).
_BREAKS = frozenset("\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def as_arguments(raws: list[str]) -> list[str]:
    """The arguments as numbers: a line break or tab inside one read as a space, and a label
    typed as its own argument (「電話」, 「TEL:」, 「電話番号：」) skipped when a number follows
    it, else refused in words (review 62a, B 1: it was 「電話番号が空です」)."""
    from primehelp.facts import ui

    flat = [_flat(raw) for raw in raws]
    labels = [bool(_seen(raw)) and not _typed(raw) for raw in flat]
    for at, raw in enumerate(flat):
        if labels[at] and all(labels[at + 1 :]):
            said = ui("number.label_only")
            raise NotANumber(
                Text(said.ja.format(typed=shown(raw)), said.en.format(typed=shown(raw)))
            )
    return [raw for at, raw in enumerate(flat) if not labels[at]]


def _flat(raw: str) -> str:
    """``raw`` with each run of spaces holding a line break or tab inside it as one space; its
    ends as typed (an error quotes them)."""
    core = raw.strip()
    if not _BREAKS.intersection(core):
        return raw
    start = raw.index(core[0])
    return raw[:start] + " ".join(core.split()) + raw[start + len(core) :]


def _seen(raw: str) -> str:
    """``raw`` as it shows: NFKC, without invisible characters and outer spaces (「\u200b」 alone
    is an empty number, not a label)."""
    import unicodedata

    from primehelp.invisible import without_invisible

    return unicodedata.normalize("NFKC", without_invisible(raw)).strip()
