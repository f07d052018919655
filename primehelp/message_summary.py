"""Gmail's 「元のメッセージを表示」 summary pasted on its own (review 48a, item 1).

The page's table (「メッセージ ID」「作成日:」「送信者:」「宛先:」「件名:」「SPF:」「DKIM:」「DMARC:」, the
English page's "Message ID", "From:", "Subject:"…, label and value tab separated) is what a
Gmail user copies first. Its SPF, DKIM and DMARC lines are the results Gmail's receiving server
wrote, as in the Authentication-Results header of the raw mail below it on the page: read as that
header. The summary is written as the headers of a mail (From, To, Subject, Message-ID and one
Authentication-Results), whatever follows it as the body, and read as the mail is when the raw
mail follows the summary (message_saved). Imported only when a text's first lines name a
Message ID (start-up). Pure: bytes in, the mail's bytes out.
"""

from __future__ import annotations

import re

from primehelp.message_saved import MARK

# The summary's labels, in Japanese and English (the page's own words, not Amazon's labels), and
# the header each is written as; the date (「2026年12月6日 10:00（配信までの時間: 1 秒）」) is no
# mail date and is left out.
_FIELDS = {
    "メッセージ id": "Message-ID",
    "message id": "Message-ID",
    "送信者": "From",
    "from": "From",
    "宛先": "To",
    "to": "To",
    "件名": "Subject",
    "subject": "Subject",
    "作成日": "",
    "created at": "",
    "created on": "",
}
_CHECKS = ("spf", "dkim", "dmarc")
_TITLES = frozenset(("元のメッセージ", "original message", ""))
_ENDS = ("元のメッセージをダウンロード", "download original")
_LINE = re.compile(r"^[ \t]*([^\t:：]{1,20}?)[ \t]*(?:[:：][ \t]*|\t[ \t]*)(.*?)[ \t\r]*$")
_ID = re.compile(r"(?i)^[ \t]*(メッセージ ID|message id) +(?=<)")
_RESULT = re.compile(r"^[\W_]*([A-Za-z]+)")
_RESULTS = ("pass", "fail", "softfail", "neutral", "none", "temperror", "permerror")
_DOMAIN = re.compile(r"(?i)(?:ドメイン|domain)[ \t:：]*([a-z0-9-]+(?:\.[a-z0-9-]+)+)")
_LINES = 40  # the summary is about a dozen lines


def summary_mail(lines: list[str]) -> bytes | None:
    """The mail (headers, a blank line, the rest of ``lines``) that Gmail's summary at the top
    of ``lines`` describes; None when they do not start with one (a Message ID line and a From
    line with an address, and a line of the checks)."""
    headers: dict[str, str] = {}
    checks: list[str] = []
    at = 0
    while at < min(len(lines), _LINES):
        line = lines[at].strip()
        if line.casefold().startswith(_ENDS):
            at += 1
            break
        found = _LINE.match(_ID.sub(r"\1\t", line, count=1))  # 「メッセージ ID <…>」: a space
        label = found[1].strip().casefold() if found else ""
        if found and label in _CHECKS:
            checks.extend(_check(label, found[2]))
        elif found and label in _FIELDS:
            if _FIELDS[label]:
                headers.setdefault(_FIELDS[label], found[2])
        elif headers or line.casefold() not in _TITLES:
            break
        at += 1
    if "Message-ID" not in headers or "@" not in headers.get("From", "") or not checks:
        return None
    written = [f"{MARK}: 1", *(f"{name}: {value}" for name, value in headers.items())]
    written.append("Authentication-Results: mx.google.com; " + "; ".join(checks))
    text = "\n".join((*written, "Content-Type: text/plain; charset=UTF-8", "", *lines[at:]))
    return text.encode("utf-8", "surrogateescape")


def _check(method: str, value: str) -> list[str]:
    """``spf=fail`` (with DKIM's ``header.d=`` when the summary names the domain) for one line
    of the checks, e.g. 「'FAIL'（ドメイン amazon.co.jp）詳細」; [] when it names no result."""
    found = _RESULT.match(value)
    result = found[1].lower() if found else ""
    if result not in _RESULTS:
        return []
    domain = _DOMAIN.search(value) if method == "dkim" else None
    return [f"{method}={result}" + (f" header.d={domain[1].lower()}" if domain else "")]
