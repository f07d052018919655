"""``data/contact.toml``: the routes that work today and the numbers that do not."""

from typing import NamedTuple

from primehelp.facts import Fact, Node, document
from primehelp.i18n import Text
from primehelp.phone import normalize


class PathStep(NamedTuple):
    """A step of a path of labels that has no label of its own: 「A」→pick the topic→「B」."""

    after: int  # how many of the path's labels come before it
    text: Text


class Route(NamedTuple):
    """A contact route that works today, in the order to try it."""

    id: str
    order: int
    name: Text
    hours: Text
    path_ja: tuple[str, ...]
    path_steps: tuple[PathStep, ...]
    how: Fact
    notes: tuple[Fact, ...]


class ListedNumber(NamedTuple):
    """A phone number named by the facts, as printed and as digits."""

    number: str
    normalized: str


class PublicNumber(NamedTuple):
    """A public-service number (police, fire, the consumer hotline …): not Amazon, not a scam."""

    number: str
    normalized: str
    name: Text
    sources: tuple[str, ...] = ()  # the fact's pages that name it (review 32a S 20, 60a S 4)


class ContactData(NamedTuple):
    """The contact data file, typed."""

    routes: tuple[Route, ...]
    page: Fact
    page_url: str
    no_number: Fact
    no_number_rule: Text  # no_number without its verdict on claimed numbers (check-number)
    defunct: Fact
    defunct_numbers: tuple[ListedNumber, ...]
    circulating: Fact
    circulating_numbers: tuple[ListedNumber, ...]
    public_services: Fact
    public_numbers: tuple[PublicNumber, ...]
    advice: tuple[Fact, ...]  # the screen's closing caveat about labels


def _listed(node: Node) -> tuple[ListedNumber, ...]:
    return tuple(ListedNumber(number=n, normalized=normalize(n)) for n in node.strings("numbers"))


def _path_steps(route: Node) -> tuple[PathStep, ...]:
    steps = []
    for step in route.nodes("path_steps", optional=True):
        after = step.integer("after")
        if not 1 <= after < len(route.strings("path_ja")):
            raise step.broken("after", "must fall between two labels of path_ja")
        steps.append(PathStep(after=after, text=step.text()))
    return tuple(steps)


def load() -> ContactData:
    """The bundled contact routes and numbers."""
    data = document("contact")
    routes = tuple(
        Route(
            id=route.string("route"),
            order=order,
            name=route.text("name"),
            hours=route.text("hours"),
            path_ja=route.strings("path_ja"),
            path_steps=_path_steps(route),
            how=route.fact(),
            notes=route.facts("notes", optional=True),
        )
        for order, route in enumerate(data.nodes("routes"), start=1)
    )
    page, defunct, circulating = data.node("page"), data.node("defunct"), data.node("circulating")
    public = data.node("public_services")
    return ContactData(
        routes=routes,
        page=page.fact(),
        page_url=page.string("url"),
        no_number=data.fact("no_number"),
        no_number_rule=data.node("no_number").text("rule"),
        defunct=defunct.fact(),
        defunct_numbers=_listed(defunct),
        circulating=circulating.fact(),
        circulating_numbers=_listed(circulating),
        public_services=public.fact(),
        public_numbers=tuple(
            PublicNumber(
                number=item.string("number"),
                normalized=normalize(item.string("number")),
                name=item.text(),
                sources=item.strings("sources") if item.has("sources") else (),
            )
            for item in public.nodes("numbers")
        ),
        advice=data.facts("advice"),
    )
