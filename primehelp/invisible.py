"""Characters that come along when text is pasted but show nothing on screen.

Zero-width spaces and joiners, the byte order mark, the soft hyphen, and the bidirectional
marks, embeddings and isolates (LRM, RLM, ALM, LRE…PDF, LRI…PDI). Web pages and chat apps
insert them around numbers and dates; NFKC normalization leaves them in place.
"""

from __future__ import annotations

INVISIBLE = (
    "\u00ad"  # soft hyphen
    "\u061c"  # arabic letter mark
    "\u180e"  # mongolian vowel separator (zero-width since Unicode 6.3)
    "\u200b\u200c\u200d"  # zero-width space, non-joiner, joiner
    "\u200e\u200f"  # left-to-right and right-to-left marks
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings, overrides, pop directional formatting
    "\u2060\u2061\u2062\u2063\u2064"  # word joiner, invisible operators
    "\u2066\u2067\u2068\u2069"  # isolates
    "\ufeff"  # byte order mark, zero-width no-break space
)
_DELETED = str.maketrans(dict.fromkeys(INVISIBLE))


def without_invisible(text: str) -> str:
    """Remove the characters of :data:`INVISIBLE` from ``text``."""
    return text.translate(_DELETED)
