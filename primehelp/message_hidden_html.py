"""Text an HTML mail holds but does not show (review 40a, item 3).

Phishing mail hides letters inside a keyword (「カード<span style="display:none">ー案内ー</span>
番号」, 「パス<span style="font-size:0">xyz</span>ワード」, a class of a ``<style>`` rule) so that a
filter reads no 「カード番号」 while the member sees one. check-message reads what the member
sees: an element styled ``display:none``, ``visibility:hidden``, ``font-size:0``,
``opacity:0``, a zero height or width with ``overflow:hidden``, or with the ``hidden``
attribute, or with a class or id a ``<style>`` rule hides so, is left out with all it holds;
so is one whose text is too small to read (≤ 2 px), off the screen (「left:-9999px」), clipped
to nothing, transparent, or of its background's colour (white on the white page, not white on
a coloured button: review 41a, item 2).
Whether hidden text stood inside a line of shown text (between two shown letters, no space and
no block between) is noted, and whether the part hides any text at all, so that 「確認できなかった
こと」 can say which (review 61m, item 5: a hidden block between two links is no word split).
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
    r"|opacity\s*:\s*0*\.?0+\s*(?:!important\s*)?(?:;|$)"
    # off the screen, clipped to nothing, or transparent (review 41a, item 2)
    r"|(?:left|top|text-indent|margin-left|margin-top)\s*:\s*-\s*\d{3,}"
    r"|clip\s*:\s*rect\(\s*0[^)]*\)|clip-path\s*:\s*inset\(\s*(?:[5-9]\d(?:\.\d+)?|100)%"
    # scaled to nothing (review 42a, item 5)
    r"|transform\s*:\s*(?:[^;]*\s)?scale[xy]?\(\s*[+-]?0*\.?0+\s*[,)]"
    r"|color\s*:\s*(?:transparent|rgba\([^)]*[,/]\s*0*\.?0+%?\s*\)|#[0-9a-f]{6}00\b|#[0-9a-f]{3}0\b))"
)
_ZERO_BOX = LazyPattern(
    r"(?i)(?:max-)?(?:height|width)\s*:\s*(?:0+(?:\.0+)?(?:px|pt|em|rem|%)?|0?\.\d+px|1px)\s*(?:;|$|!)"
)
# A size too small to read (review 41a, item 2: 「font-size:1px」, 「0.1px」): at most 2 px or 2 pt,
# 0.2 em, 20 %.
_SIZE = LazyPattern(r"(?i)(?:^|[;\s{])font-size\s*:\s*(\d*\.?\d+)\s*(px|pt|em|rem|%)")
_SMALLEST = {"px": 2.0, "pt": 2.0, "em": 0.2, "rem": 0.2, "%": 20.0}
# The colour of the text and of the background (review 41a, item 2: text of the background's
# colour is not seen; white on a coloured button is).
_COLOUR = LazyPattern(r"(?i)(?:^|[;\s{])color\s*:\s*([^;!]+)")
_BACKGROUND = LazyPattern(r"(?i)(?:^|[;\s{])background(?:-color)?\s*:\s*([^;!]+)")
_HEX = LazyPattern(r"#([0-9a-f]{3,8})\b")
_RGB = LazyPattern(
    r"rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)(?:[\s,/]+([\d.]+%?))?\s*\)"
)
_HSL = LazyPattern(
    r"hsla?\(\s*([\d.]+)(?:deg)?[\s,]+([\d.]+)%[\s,]+([\d.]+)%(?:[\s,/]+([\d.]+%?))?\s*\)"
)
_NAMED = {"white": "#ffffff", "black": "#000000", "transparent": "transparent"}
# Text this close to its background in every channel is not seen (review 42a, item 5: #fefefe,
# #f5f5f5 on the white page); white on a dark button is far from it.
_NEAR = 0x0F
_WHITE = "#ffffff"  # a mail's page, unless a background says otherwise
_OVERFLOW = LazyPattern(r"(?i)overflow\s*:\s*hidden")
_RULE = LazyPattern(r"([^{}]+)\{([^{}]*)\}")
_NAME = LazyPattern(r"([.#])([A-Za-z0-9_-]+)\s*$")


def hides(style: str) -> bool:
    """Whether a CSS declaration block leaves its element unseen."""
    if not style:
        return False
    if _HIDES.search(style):
        return True
    size = _SIZE.search(style)
    if size and float(size[1]) <= _SMALLEST[size[2].casefold()]:
        return True
    return bool(_ZERO_BOX.search(style) and _OVERFLOW.search(style))


def colour(value: str) -> str:
    """A CSS or HTML colour as 「#rrggbb」 or 「transparent」 (another value as written, folded)."""
    value = " ".join(value.casefold().split())
    if value in _NAMED:
        return _NAMED[value]
    if (found := _HEX.compiled.fullmatch(value)) and len(found[1]) in (3, 4, 6, 8):
        digits = found[1] if len(found[1]) > 4 else "".join(c * 2 for c in found[1])
        return "transparent" if digits[6:] == "00" else "#" + digits[:6]
    if found := _RGB.compiled.fullmatch(value):
        if found[4] is not None and float(found[4].rstrip("%")) == 0:
            return "transparent"
        channels = (
            float(c[:-1]) * 2.55 if c.endswith("%") else float(c) for c in found.groups()[:3]
        )
        return "#" + "".join(f"{min(255, round(c)):02x}" for c in channels)
    if found := _HSL.compiled.fullmatch(value):
        if found[4] is not None and float(found[4].rstrip("%")) == 0:
            return "transparent"
        from colorsys import hls_to_rgb

        hue, saturation, lightness = (float(found[n]) for n in (1, 2, 3))
        rgb = hls_to_rgb(hue % 360 / 360, min(lightness, 100) / 100, min(saturation, 100) / 100)
        return "#" + "".join(f"{round(c * 255):02x}" for c in rgb)
    return value


def alike(seen: str, under: str) -> bool:
    """Whether text of colour ``seen`` on ``under`` cannot be told from it: the same colour, or
    two colours within :data:`_NEAR` in each channel (review 42a, item 5)."""
    if seen == under:
        return True
    if not (seen.startswith("#") and under.startswith("#") and len(seen) == len(under) == 7):
        return False
    try:
        return all(
            abs(int(seen[at : at + 2], 16) - int(under[at : at + 2], 16)) <= _NEAR
            for at in (1, 3, 5)
        )
    except ValueError:
        return False


def _background(values: dict[str, str]) -> str | None:
    """The background an element sets (its colour, 「?」 for a picture or a colour not read), or
    ``None``."""
    if found := _BACKGROUND.search(values.get("style", "")):
        said = found[1].casefold()
        if rgb := _RGB.search(said):
            return colour(rgb[0])
        for word in said.split():
            if word in _NAMED or _HEX.compiled.fullmatch(word):
                return colour(word)
        return "?"
    return colour(values["bgcolor"]) if values.get("bgcolor") else None


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

    __slots__ = (
        *("_backgrounds", "_css", "_names", "_stack", "_unseen"),
        *("any", "inside", "seen_before", "was_hidden"),
    )

    def __init__(self) -> None:
        self._css: list[str] = []
        self._names: frozenset[str] | None = frozenset()
        self._stack: list[tuple[str, bool]] = []
        self._backgrounds: list[tuple[int, str]] = []  # (depth, colour) of the open elements'
        self._unseen = 0  # hiding elements open
        self.was_hidden = False  # text was hidden since the last shown letter
        self.seen_before = False  # …and a shown letter came just before it, on its line
        self.inside = False  # hidden text between two shown letters of one line
        self.any = False  # hidden text anywhere (review 61m, item 5)

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
        if (back := _background(values)) is not None:
            self._backgrounds.append((len(self._stack), back))
        found = _COLOUR.search(values.get("style", ""))
        said = found[1] if found else values.get("color", "") if tag == "font" else ""
        if said and not concealed:  # text of the background's colour (review 41a, item 2)
            seen = colour(said)
            under = self._backgrounds[-1][1] if self._backgrounds else _WHITE
            concealed = seen == "transparent" or alike(seen, under)
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
            while self._backgrounds and self._backgrounds[-1][0] >= len(self._stack):
                self._backgrounds.pop()
            if open_tag == tag:
                return

    def text(self, data: str) -> None:
        """Text met in the part: hidden or shown, for :attr:`inside` and :attr:`any`."""
        if not data.strip():  # shown white space parts two words (review 61m, item 5)
            self.seen_before = self.seen_before and self.hidden
            return
        if self.hidden:
            self.was_hidden = self.any = True
            return
        if self.was_hidden and self.seen_before and not data[0].isspace():
            self.inside = True
        self.was_hidden = False
        self.seen_before = not data[-1].isspace()

    def line(self) -> None:
        """A block's boundary: hidden text before it is inside no line."""
        self.was_hidden = self.seen_before = False
