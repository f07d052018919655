"""Links that open an app, not a web page: 「line://ti/p/@…」, 「market://details?id=…」,
「intent://scan/#Intent;…」. Their part after "//" is no domain (no dot in it): the app's own
word. They were read as a link to the domain 「ti」 or 「details」, or the package name in them
(「com.example.app」) as a website (review 48a, item 2); now each is a link to no web page,
as an HTML ``data:`` link is. A scheme before a domain (「intent://evil.top#Intent;…」, or
「ttps://evil.top」 with its 「h」 lost) is still read as a link to that domain (46a, item 11)."""

from __future__ import annotations

import re

from primehelp.lazy_pattern import LazyPattern

_WEB = ("http", "https", "hxxp", "hxxps", "ftp")
_NO_APP = ("javascript", "vbscript", "data", "file")  # a page's own kinds: flag.not_web_link
_START = r"([A-Za-z][A-Za-z0-9+.\-]{0,31})://([^/?#\\\s]*)"
_IN_TEXT = LazyPattern(
    r"(?<![A-Za-z0-9_+.\-])[A-Za-z][A-Za-z0-9+.\-]{0,31}://[^\s<>\"'「」『』（）、。]*",
    needs=lambda text: "://" in text,
)


def is_app_link(target: str) -> bool:
    """Whether ``target`` opens an app: a scheme no web page's, "//" and no domain after it."""
    found = re.match(_START, re.sub(r"[\x00-\x20]", "", target))
    scheme = found.group(1).lower() if found is not None else "http"
    return scheme not in (*_WEB, *_NO_APP) and found is not None and "." not in found.group(2)


def app_links(text: str) -> list[str]:
    """The app links written in ``text``, in order, once each."""
    found = [m.group(0).rstrip(".,;:!?]}>") for m in _IN_TEXT.finditer(text)]
    found = [x[:-1] if x.endswith(")") and x.count(")") > x.count("(") else x for x in found]
    return list(dict.fromkeys(link for link in found if is_app_link(link)))


def without_app_links(text: str) -> str:
    """``text`` with its app links blanked (positions kept): the package name in
    「market://details?id=com.example.app」 is no domain written in the text."""
    if "://" not in text:
        return text
    return _IN_TEXT.compiled.sub(
        lambda m: " " * len(m.group(0)) if is_app_link(m.group(0)) else m.group(0), text
    )
