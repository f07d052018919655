"""Pieces of wording every view uses, pure text (moved out of console.py, over 400 lines after
round 42): a sources line, a date as a sentence writes it, 「（…確認）」, Amazon's labels as a path.
Re-exported by :mod:`primehelp.output.console`, where the views import them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from primehelp.facts import Fact, cite, japanese_date, ui
from primehelp.i18n import Lang

if TYPE_CHECKING:
    from primehelp.content.contact import PathStep


def sources_line(facts: Iterable[Fact], lang: Lang, said: dt.date | None = None) -> str:
    """One line naming the sources of ``facts`` and the latest check date, unless that is
    ``said``: the date the screen already states (its title's 「（…確認）」; review 37a item 13,
    one date repeated under every block)."""
    facts = list(facts)
    sources = (source for item in facts for source in item.sources)
    return sources_text(sources, max(item.checked for item in facts), lang, said)


def sources_text(
    sources: Iterable[str], checked: dt.date, lang: Lang, said: dt.date | None = None
) -> str:
    """One line naming ``sources`` (each once, in order) and the date they were checked (left
    out when it is ``said``, the date the screen already states)."""
    seen = dict.fromkeys(sources)
    separator = "、" if lang == "ja" else "; "
    cited = separator.join(cite(source, lang) for source in seen)
    when = ""
    if checked != said:
        when = ui("sources_checked")(lang).format(date=sentence_date(checked, lang))
    return f"{ui('sources')(lang)}{ui('colon')(lang)}{cited}{when}"


def sentence_date(day: dt.date, lang: Lang) -> str:
    """A date as a sentence in each language writes it: 「2026年12月5日」, 2026-12-05."""
    return japanese_date(day.isoformat()) if lang == "ja" else day.isoformat()


def checked_on(checked: dt.date, lang: Lang) -> str:
    """「（2026年12月2日確認）」 / "(checked 2026-12-02)"."""
    return ui("checked_on")(lang).format(date=sentence_date(checked, lang))


def quoted_labels(labels: Iterable[str], lang: Lang = "en", steps: Iterable[PathStep] = ()) -> str:
    """Amazon's labels as a path: 「A」→「B」 in Japanese (full-width brackets need no spaces),
    「A」 → 「B」 in English; a step without a label stands between them unquoted, in ``lang``
    (「A」→お問い合わせの内容を選ぶ→「B」)."""
    arrow = "→" if lang == "ja" else " → "
    parts = [f"「{label}」" for label in labels]
    for step in sorted(steps, key=lambda step: step.after, reverse=True):
        parts.insert(step.after, step.text(lang))
    return arrow.join(parts)


def says_the_path(text: str, labels: Iterable[str]) -> bool:
    """Whether ``text`` already names every label of a path in 「」: then a 「選ぶ項目：」 line
    would say the same path twice."""
    return all(f"「{label}」" in text for label in labels)
