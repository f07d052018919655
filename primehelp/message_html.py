"""Reduce an HTML mail part to its visible text and its links (shown text and real target).

Only ``<a href>``, ``<area href>``, ``<form action>`` (a button's ``formaction``), the address
a ``<meta http-equiv="refresh">`` opens by itself, a frame's or an embedded object's address and
the web addresses in an ``on…`` attribute (review 48a, item 2) count as links: images load from
Amazon's media servers in genuine mail, and what a member can click is what matters.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser

from primehelp.lazy_pattern import LazyPattern
from primehelp.message_hidden_html import Concealment
from primehelp.message_read import RawLink

# Elements a browser shows apart from the text around them: a line each, so that words of two
# of them are never quoted as one (review 38a, S 38: 「<label>カード番号</label>…<button>送信
# </button>」 was quoted 「カード番号送信」), form controls and their labels among them.
_BLOCK = frozenset(
    (
        *("br", "p", "div", "tr", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "td"),
        *("th", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "center", "section"),
        *("article", "header", "footer", "nav", "main", "aside", "address", "caption"),
        *("figure", "figcaption", "form", "fieldset"),
    )
)
# A form's controls and their labels: apart, but in one sentence, as a form reads (「カード番号 ／
# 送信」: a request for the card number, not 「カード番号」 and 「送信」 unrelated).
_CONTROLS = frozenset(("legend", "label", "input", "button", "select", "option", "textarea"))
_APART = " ／ "
# Elements that hold a paragraph of their own: a blank line before and after, which ends a
# sentence (review 40a, item 7: 「<p>…更新してください</p><a>こちら</a>」 was quoted 「…更新して
# くださいこちら」). A line break, a <div> or a table cell is one line end: a sentence a mail
# breaks there goes on unless its line ends as a sentence does (message_clauses).
_PARAGRAPHS = frozenset(
    (
        *("p", "li", "tr", "table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "hr"),
        *("blockquote", "pre", "section", "article", "header", "footer", "caption"),
    )
)
_HIDDEN = frozenset(("script", "style", "head", "title"))
_MAX_SHOWN = 300


class TextAndLinks(HTMLParser):
    """Collect visible text and each link with the text shown on it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._hidden = 0
        self._open: list[tuple[str, list[str]]] = []  # (target, shown text so far)
        self.links: list[RawLink] = []
        self.base = ""  # <base href>: what relative links lead to (review 39a, item 8)
        self.unseen = Concealment()  # text styled not to show (review 40a, item 3)
        self._style = False
        self.styles_read = False  # every <style> read before the rest (review 42a, item 5)
        self.images = False  # a picture shown: its content is not read (review 47a, item 5)
        self.scripts = False  # a <script> or an on* handler, not run (review 48a, item 2)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = first_values(attrs)
        self.unseen.start(tag, values)
        self._style = self._style or tag == "style"
        if tag in _HIDDEN:
            self._hidden += 1
        elif self.unseen.hidden:
            pass  # an element inside a hidden one makes no line of its own
        elif tag in _BLOCK:
            self._line(tag in _PARAGRAPHS)
        elif tag in _CONTROLS:
            self._apart()
        # an inline SVG's link: xlink:href (SVG 1.1), href (SVG 2) (review 45a, item 3)
        href = (values.get("href") or values.get("xlink:href") or "").strip()
        self.images = self.images or _image(tag, values, href)
        if tag == "a" and href:
            if self._open:  # <a> cannot nest: a new one closes the last, as browsers do
                self.handle_endtag("a")
            self._open.append((href, []))
        elif tag in _SHAPES and href:  # Outlook's VML button (review 47a, item 3)
            self.links.append(RawLink(None, href))
        elif tag == "area" and values.get("href", "").strip():
            self.links.append(RawLink(values.get("alt") or None, values["href"].strip()))
        elif tag == "form" and values.get("action", "").strip():
            self.links.append(RawLink(None, values["action"].strip(), form=True))
        _base_or_formaction(self, tag, values)  # review 39a, item 8
        _frames_and_handlers(self, tag, values)  # review 48a, item 2

    def handle_endtag(self, tag: str) -> None:
        seen = not self.unseen.hidden
        self.unseen.end(tag)
        self._style = self._style and tag != "style"
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif not seen:
            pass
        elif tag in _BLOCK:
            self._line(tag in _PARAGRAPHS)
        elif tag in _CONTROLS:
            self._apart()
        if tag == "a" and self._open:
            target, shown = self._open.pop()
            text = " ".join("".join(shown).split())[:_MAX_SHOWN]
            self.links.append(RawLink(text or None, target))

    def _line(self, paragraph: bool = False) -> None:
        """A line's end (a blank line after a paragraph), without a 「／」 left before it."""
        while self._parts and self._parts[-1] == _APART:
            self._parts.pop()
        if not paragraph:
            self._parts.append("\n")
        elif self._parts and self._parts[-1] != "\n\n":
            self._parts.append("\n\n")
        self.unseen.line()

    def _apart(self) -> None:
        """One 「／」 between two controls' words (none at a line's start, none twice)."""
        before = "".join(self._parts[-3:]).rstrip(" ")
        if before and not before.endswith(("\n", _APART.strip())):
            self._parts.append(_APART)

    def handle_data(self, data: str) -> None:
        if self._style and not self.styles_read:
            self.unseen.style_text(data)
        if self._style and "url(" in data.casefold():  # a background picture (47a, item 5)
            self.images = True
        if self._hidden:
            return
        self.unseen.text(data)
        if self.unseen.hidden:
            return
        self._parts.append(data)
        for _, shown in self._open:
            shown.append(data)

    def close(self) -> None:
        super().close()
        while self._open:  # an <a> never closed still counts
            self.handle_endtag("a")

    def text(self) -> str:
        """The visible text, one line per block."""
        return "".join(self._parts).removesuffix(_APART)


def first_values(attrs: list[tuple[str, str | None]]) -> dict[str, str]:
    """Each attribute's FIRST value (names folded by the parser): the HTML tokenizer drops a
    repeated attribute, so browsers open 「<a href="https://evil.top/" href="https://www.amazon
    .co.jp/">」 at evil.top; ``dict(attrs)`` kept the last, the decoy (review 47a, item 1)."""
    values: dict[str, str] = {}
    for name, value in attrs:
        values.setdefault(name, value or "")
    return values


def reduce_html_seen(html: str) -> tuple[str, list[RawLink], bool]:
    """The visible text of an HTML part, each link's shown text and real target, and whether
    text was hidden inside a shown line (40a, item 3)."""
    text, links, hidden = read_html(html)[:3]
    return text, links, hidden == "inside"


def read_html(html: str) -> tuple[str, list[RawLink], str, bool, bool]:
    """:func:`reduce_html_seen`'s three, the third 「inside」 (text hidden inside a shown line),
    「apart」 (text hidden elsewhere: review 61m, item 5) or "", then whether the part shows a
    picture (an ``<img>``, a CSS or ``background`` picture), whose content primehelp does not
    read (review 47a, item 5).
    The links only Outlook shows (inside ``<!--[if mso]>…<![endif]-->``) come after the others
    (review 47a, item 3). Last, whether it holds a script, not run (review 48a, item 2)."""
    parser = TextAndLinks()
    outlook, pictured = outlook_view(html)
    html = html5_comments(html)
    try:
        _style_first(parser, html)
        parser.feed(html)
        # What the parser holds back is an unfinished tag, comment or declaration. Closing
        # retries it at every "<" up to the end (quadratic: 170 KB of '<a href="http://x' took
        # over a minute), so outside <script> and <style> it is handed back as text, escaped.
        if "<" in parser.rawdata and not parser.cdata_elem:
            pending, parser.rawdata = parser.rawdata, ""
            parser.feed(pending.replace("<", "&lt;"))
        parser.close()
    except Exception:  # html.parser can still raise on hostile markup: strip the tags instead
        folded = html.casefold()
        return re.sub(r"<[^>]*>", " ", html), [], "", "<img" in folded, "<script" in folded
    seen = {link.target for link in parser.links}
    links = [*parser.links, *(one for one in outlook if one.target not in seen)]
    images = parser.images or pictured
    links = [_as_browsers_read(one) for one in _resolved(links, parser.base)]
    hidden = "inside" if parser.unseen.inside else "apart" if parser.unseen.any else ""
    return parser.text(), links, hidden, images, parser.scripts


def _as_browsers_read(link: RawLink) -> RawLink:
    """「https:evil.top/login」, 「https:/\\evil.top/」 as browsers open them (WHATWG URL: after
    http: or https:, any slashes and backslashes, or none, come before the host): a web link to
    evil.top, named and judged so (review 47a, item 12: it was called no web page at all)."""
    target = link.target
    start = target[:8].casefold()
    if not start.startswith(("http:", "https:")) or start.startswith(("http://", "https://")):
        return link
    scheme, _, rest = target.partition(":")
    if not rest.strip("/\\ "):  # 「https:」 alone: no host to name
        return link
    return link._replace(target=scheme + "://" + rest.lstrip("/\\"))


# Outlook's own elements with a link: VML shapes (the "bulletproof button", 「<v:roundrect
# href=…>」), shown by classic Outlook for Windows only (review 47a, item 3).
_SHAPES = frozenset(("v:roundrect", "v:rect", "v:shape", "v:oval", "v:image"))


def _image(tag: str, values: dict[str, str], href: str) -> bool:
    """Whether an element shows a picture: 「<img src>」, SVG's 「<image href>」, VML's
    「<v:imagedata src>」, 「<input type=image>」, a ``background`` attribute or a CSS ``url(``."""
    if tag in ("img", "image", "v:imagedata", "v:fill", "input") and (values.get("src") or href):
        return tag != "input" or values.get("type", "").casefold() == "image"
    return bool(values.get("background")) or "url(" in values.get("style", "").casefold()


# Outlook's conditional comments: 「<!--[if mso]>…<![endif]-->」. Classic Outlook for Windows
# shows what they hold (and hides 「<!--[if !mso]><!-->…<!--<![endif]-->」); browsers and
# webmail read them as comments. A link there is one the Outlook user clicks (review 47a,
# item 3): read as a second view, its links counted like the others.
_CONDITION = LazyPattern(r"(?i)<!--\[if\b([^\]>]{0,200})\]>")
_MAX_CONDITIONS = 200


def outlook_view(html: str) -> tuple[list[RawLink], bool]:
    """The links of what ``html``'s conditional comments show Outlook, each block read on its
    own, and whether they show a picture; none without one (no pattern compiled)."""
    if "[if" not in html and "[IF" not in html and "[If" not in html:
        return [], False
    found: list[RawLink] = []
    at, pictured = 0, False
    for _ in range(_MAX_CONDITIONS):  # one search from each block's end: linear
        start = _CONDITION.compiled.search(html, at)
        if start is None:
            break
        end = html.find("<![endif]", start.end())
        end = len(html) if end < 0 else end
        if "!" not in start[1]:  # 「[if !mso]」: what Outlook does not show (read as HTML)
            parser = TextAndLinks()
            try:
                parser.feed(html5_comments(html[start.end() : end]))
                parser.close()
            except Exception:  # hostile markup: its links are not read
                parser.links = []
            found.extend(parser.links)
            pictured = pictured or parser.images
        at = end + 1
    return found, pictured


# Comments a browser ends at once (HTML5 parsing, which mail apps use): 「<!-->」 and 「<!--->」
# are empty comments, 「--!>」 ends one, and 「<![CDATA[…」 or 「<![if …]>」 outside SVG is a
# bogus comment that ends at the first 「>」. Python's html.parser read on to the next 「-->」
# (or 「]]>」), so a link between them was never seen (review 45a, item 3). Written as the
# comments html.parser reads the same way; a comment inside another, or these characters in an
# attribute, end or read as before.
_EMPTY_COMMENT = LazyPattern(r"<!---?>")
_BOGUS_SECTION = LazyPattern(r"<!\[[^>]*>")


def html5_comments(html: str) -> str:
    """``html`` with the comments HTML5 ends early written as html.parser ends them too."""
    if "<!" not in html and "--!>" not in html:
        return html
    html = _EMPTY_COMMENT.compiled.sub("<!---->", html).replace("--!>", "-->")
    return _BOGUS_SECTION.compiled.sub("<!---->", html)


def _style_first(parser: TextAndLinks, html: str) -> None:
    """The ``<style>`` rules of the part, wherever they are: a browser applies a rule to the
    elements before it too (review 42a, item 5: 「<span class="h">x</span>…<style>.h{display:
    none}</style>」 was read)."""
    opening = re.compile(r"(?i)<style\b[^<>]{0,2000}>")  # bounded: no quadratic scan
    closing = re.compile(r"(?i)</style")
    found = opening.search(html)
    parser.styles_read = True
    while found:
        end = closing.search(html, found.end())
        parser.unseen.style_text(html[found.end() : end.start() if end else len(html)])
        found = opening.search(html, end.end()) if end else None


def _base_or_formaction(parser: TextAndLinks, tag: str, values: dict[str, str]) -> None:
    """``<base href>`` (the first one, as browsers take it), and a button's ``formaction``,
    which sends the form there as ``<form action>`` does (review 39a, item 8)."""
    if tag == "base" and values.get("href", "").strip() and not parser.base:
        parser.base = values["href"].strip()
    elif tag in ("button", "input") and values.get("formaction", "").strip():
        parser.links.append(RawLink(None, values["formaction"].strip(), form=True))
    elif tag == "meta" and values.get("http-equiv", "").strip().lower() == "refresh":
        # 「0;url=https://…」: the page opens that address by itself (review 39a, S 26)
        target = refresh_target(values.get("content", ""))
        if target:
            parser.links.append(RawLink(None, target))


_SPACE = " \t\n\f\r"


def refresh_target(content: str) -> str:
    """The address a refresh ``content`` opens, read as browsers do (the HTML standard's
    "shared declarative refresh steps"): a delay, then 「;」, 「,」 or a space, then the address
    with or without 「url=」 and quotes (review 48a, item 3: 「0;https://evil.top/」, 「0
    https://…」, 「0,https://…」, 「0; 'https://…'」 open it too); "" when there is none."""
    rest = content.lstrip(_SPACE)
    delay = len(rest) - len(rest.lstrip("0123456789"))
    if not delay and not rest.startswith("."):
        return ""
    rest = rest.lstrip("0123456789.")
    if not rest or rest[0] not in _SPACE + ";,":
        return ""
    rest = rest.lstrip(_SPACE)
    rest = (rest[1:] if rest[:1] in (";", ",") else rest).lstrip(_SPACE)
    if rest[:3].lower() == "url" and rest[3:].lstrip(_SPACE).startswith("="):
        rest = rest[3:].lstrip(_SPACE)[1:].lstrip(_SPACE)
    if rest[:1] in ("'", '"'):
        rest = rest[1:].split(rest[0], 1)[0]
    return rest.strip(_SPACE)


# What a page shows or opens besides its links (review 48a, item 2): a frame's page, an embedded
# object's, and the addresses a button's handler (「onclick="location.href='https://…'"」) opens.
_FRAMES = {"iframe": "src", "frame": "src", "embed": "src", "object": "data"}
_HANDLER_URL = LazyPattern(r"(?i)https?://[^\s'\"<>()`\\]+")


def _frames_and_handlers(parser: TextAndLinks, tag: str, values: dict[str, str]) -> None:
    """A frame's or an embedded object's address as a link, and each web address written in an
    ``on…`` attribute; ``parser.scripts`` set by a ``<script>`` or such an attribute, which
    primehelp does not run (where it leads is not known)."""
    handlers = [value for name, value in values.items() if name.startswith("on") and value]
    parser.scripts = parser.scripts or tag == "script" or bool(handlers)
    target = values.get(_FRAMES.get(tag, ""), "").strip()
    if target and not target.casefold().startswith("about:"):
        parser.links.append(RawLink(None, target))
    for value in handlers:
        if "http" in value.casefold():
            for found in _HANDLER_URL.compiled.finditer(value.replace("\\/", "/")):
                parser.links.append(RawLink(None, found[0]))


def _resolved(links: list[RawLink], base: str) -> list[RawLink]:
    """Each relative link read against ``<base href>``: 「/ap/signin」 under
    ``<base href="https://amaz0n-login.top/">`` leads to that site, as a mail program opens it.
    A base without a scheme (「//evil.top/」) is read as https, which mail apps use for a mail
    shown without a page's scheme (review 47a, item 13: 「ap/signin」 was named 「ap」)."""
    if base.startswith("//"):
        base = "https:" + base
    if not base or not re.match(r"(?i)[a-z][a-z0-9+.-]*://", base):
        return links
    from urllib.parse import urljoin

    relative = re.compile(r"(?i)^(?![a-z][a-z0-9+.-]*:)")
    resolved = []
    for link in links:
        target = link.target
        if relative.match(target) and not target.startswith("#"):
            target = _joined(urljoin, base, target)
        resolved.append(link._replace(target=target))
    return resolved


def _joined(urljoin: Callable[[str, str], str], base: str, target: str) -> str:
    try:
        return urljoin(base, target)
    except ValueError:  # a malformed target (an unbalanced IPv6 bracket): kept as written
        return target
