"""``data/statement.toml``: the statement texts of Amazon's charges, and where to check them."""

from __future__ import annotations

from primehelp.content.spellings import katakana, spelled
from primehelp.facts import Fact, Node, document
from primehelp.statement import StatementContent, StatementText, TextRule
from primehelp.statement_csv import Layout
from primehelp.statement_values import compared


def _words(node: Node) -> tuple[str, ...]:
    words = tuple(compared(word) for word in node.strings("match"))
    if not words or not all(words):
        raise node.broken("match", "must list words that are not blank")
    return words


def read(data: Node) -> StatementContent:
    """The statement content in ``data`` (the top table of a statement file)."""
    rules = [
        TextRule(item.choice("kind", StatementText), _words(item), item.fact())
        for item in data.nodes("texts")
    ]
    other = data.node("other")
    words = spelled(_words(other), katakana(data))  # 「ｵｰﾃﾞｨﾌﾞﾙ」 too (review 38c, item 13)
    rules.append(TextRule(other.choice("kind", StatementText), words, None))
    layouts = data.node("layouts")
    abroad = data.node("abroad")
    return StatementContent(
        rules=tuple(rules),
        abroad_words=_words(abroad),
        abroad=abroad.fact(),
        where_to_check=tuple(node.fact() for _, node in data.node("where").children()),
        amazon_pay_label=data.text("amazon_pay_label"),
        unknown_text_label=data.text("unknown_text_label"),
        layout_names={layout: layouts.text(layout.value) for layout in Layout},
        not_fee_words=_words(data.node("not_fee")),
        not_fee_label=data.node("not_fee").text("label"),
        imitated=_imitated(data, words),
    )


def _imitated(data: Node, amazon: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The service names a look-alike line may imitate (「PRIME VIDE0」: review 44c, R-minor 11)."""
    from primehelp.content import subscriptions
    from primehelp.content.service_words import imitated_names, service_words

    services = subscriptions.load()[0]
    own = {k: spelled(w, katakana(data)) for k, w in service_words(services).items()}
    return imitated_names(services, own, amazon)


def none_fits() -> Fact:
    """What to do with a line found nowhere (review 59c, item 2), under 「確認する場所」."""
    return document("statement").fact("none_fits")


def load() -> StatementContent:
    """The bundled statement content."""
    return read(document("statement"))
