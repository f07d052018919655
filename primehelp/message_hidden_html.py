"""Text an HTML mail holds but does not show (review 40a, item 3).

Phishing mail hides letters inside a keyword (「カード<span style="display:none">ー案内ー</span>
番号」, 「パス<span style="font-size:0">xyz</span>ワード」, a class of a ``<style>`` rule) so that a
filter reads no 「カード番号」 while the member sees one. check-message reads what the member
sees: an element styled ``display:none``, ``visibility:hidden``, ``font-size:0``,
``opacity:0``, a zero height or width with ``overflow:hidden``, or with the ``hidden``
attribute, or with a class or id a ``<style>`` rule hides so, is left out with all it holds.
Whether hidden text stood inside a line of shown text (between two shown letters, no block
between) is noted, so that 「確認できなかったこと」 can say so.
"""

from __future__ import annotations

from primehelp.lazy_pattern import LazyPattern

# Elements that hold no content and have no end tag.
VOID = frozenset(
    (
        *("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"),
        *("param", "source", "track", "wbr", "keygen"),
    )
)
# Elements a browser ends when the same one starts (「<p>…<p>…」, 「<li>…<li>」).
_SELF_ENDING = frozenset(("p", "li", "dt", "dd", "tr", "td", "th", "option"))
_HIDES = LazyPattern(
    r"(?i)(?:^|[;\s{])(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all"
    r"|font-size\s*:\s*0*\.?0+(?:px|pt|em|rem|%|vw|vh)?\s*(?:!important\s*)?(?:;|$)"
    r"|opacity\s*:\s*0*\.?0+\s*(?:!important\s*)?(?:;|$))"
)
_ZERO_BOX = LazyPattern(r"(?i)(?:max-)?(?:height|width)\s*:\s*0+(?:px|pt|em|rem|%)?\s*(?:;|$|!)")
_OVERFLOW = LazyPattern(r"(?i)overflow\s*:\s*hidden")
_RULE = LazyPattern(r"([^{}]+)\{([^{}]*)\}")
_NAME = LazyPattern(r"([.#])([A-Za-z0-9_-]+)\s*$")


def hides(style: str) -> bool:
    """Whether a CSS declaration block leaves its element unseen."""
    if not style:
        return False
    if _HIDES.search(style):
        return True
    return bool(_ZERO_BOX.search(style) and _OVERFLOW.search(style))


def hidden_names(css: str) -> frozenset[str]:
    """The classes (「.x」) and ids (「#x」) a style sheet hides: the last simple selector of
    each selector of a rule that :func:`hides` (「span.x」「.a .x」 hide ``.x``)."""
    names = set()
    for selectors, block in (m.groups() for m in _RULE.finditer(css)):
        if hides(block):
            for selector in selectors.split(","):
                if found := _NAME.compiled.search(selector.strip().split(":")[0]):
                    names.add(found[1] + found[2].casefold())
    return frozenset(names)


class Concealment:
    """Which elements of an HTML part are hidden, as a parser goes through its tags."""

    __slots__ = ("_css", "_names", "_stack", "_unseen", "inside", "seen_before", "was_hidden")

    def __init__(self) -> None:
        self._css: list[str] = []
        self._names: frozenset[str] | None = frozenset()
        self._stack: list[tuple[str, bool]] = []
        self._unseen = 0  # hiding elements open
        self.was_hidden = False  # text was hidden since the last shown letter
        self.seen_before = False  # …and a shown letter came just before it, on its line
        self.inside = False  # hidden text between two shown letters of one line

    @property
    def hidden(self) -> bool:
        return self._unseen > 0

    def style_text(self, data: str) -> None:
        """The text of a ``<style>`` element."""
        self._css.append(data)
        self._names = None

    def start(self, tag: str, values: dict[str, str]) -> None:
        if tag in VOID:
            return
        if tag in _SELF_ENDING and self._stack and self._stack[-1][0] == tag:
            self.end(tag)
        concealed = "hidden" in values or hides(values.get("style", ""))
        if not concealed and (values.get("class") or values.get("id")):
            if self._names is None:
                self._names = hidden_names("".join(self._css))
            if self._names:
                mine = {"." + c.casefold() for c in values.get("class", "").split()}
                mine.add("#" + values.get("id", "").strip().casefold())
                concealed = bool(mine & self._names)
        self._stack.append((tag, concealed))
        self._unseen += concealed

    def end(self, tag: str) -> None:
        if not any(open_tag == tag for open_tag, _ in self._stack):
            return
        while self._stack:
            open_tag, concealed = self._stack.pop()
            self._unseen -= concealed
            if open_tag == tag:
                return

    def text(self, data: str) -> None:
        """Text met in the part: hidden or shown, for :attr:`inside`."""
        if not data.strip():
            return
        if self.hidden:
            self.was_hidden = True
            return
        if self.was_hidden and self.seen_before and not data[0].isspace():
            self.inside = True
        self.was_hidden = False
        self.seen_before = not data[-1].isspace()

    def line(self) -> None:
        """A block's boundary: hidden text before it is inside no line."""
        self.was_hidden = self.seen_before = False
