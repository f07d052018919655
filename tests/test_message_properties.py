"""check-message never crashes: any bytes, any text → a verdict, or BadInput."""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from primehelp.content.message import load as load_content
from primehelp.errors import BadInput
from primehelp.message import MessageCheck, MessageContent, Verdict, check_message
from tests.support.message_corpus import CORPUS, eml

CONTENT: MessageContent = load_content()
# body_not_read: part of a mail's body could not be decoded (review 36a, item 5)
VERDICTS = {"red_flags_found", "no_red_flags_found", "body_not_read"}
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(data: bytes | str) -> MessageCheck | None:
    """The result, or None when the input is refused (the CLI's exit 2)."""
    try:
        return check_message(data, CONTENT)
    except BadInput as refused:
        assert refused.message.ja and refused.message.en
        return None


def _assert_well_formed(result: MessageCheck | None) -> None:
    if result is None:
        return
    assert result.verdict.value in VERDICTS
    assert (result.verdict is Verdict.RED_FLAGS_FOUND) is bool(result.red_flags)
    assert int(result.exit_code) in (0, 1)
    assert not re.search(r"\bsafe\b", result.verdict_text.en, re.IGNORECASE)
    assert "安全" not in result.verdict_text.ja
    assert result.could_not_know
    for flag in result.red_flags:
        assert flag.evidence and "\n" not in flag.evidence
        assert flag.sources
    # The JSON view walks the same fields, and stdout must be able to carry every string.
    from primehelp.output.envelope import jsonable

    for lang in ("ja", "en"):
        json.dumps(jsonable(result, lang), ensure_ascii=False).encode("utf-8")


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes(data: bytes) -> None:
    _assert_well_formed(_check(data))


@SETTINGS
@given(st.text(max_size=3000))
def test_any_text(text: str) -> None:
    _assert_well_formed(_check(text))


_HEADER_NAMES = st.sampled_from(
    [
        "From",
        "Reply-To",
        "Return-Path",
        "Subject",
        "Authentication-Results",
        "Content-Type",
        "Content-Transfer-Encoding",
        "MIME-Version",
        "To",
    ]
)


@SETTINGS
@given(
    st.lists(st.tuples(_HEADER_NAMES, st.binary(max_size=120)), min_size=1, max_size=8),
    st.binary(max_size=2000),
)
def test_any_headers_and_body_as_an_email(headers: list[tuple[str, bytes]], body: bytes) -> None:
    """Hostile header values and bodies go through the e-mail path, not around it."""
    head = b"Subject: x\r\n" + b"".join(
        name.encode() + b": " + value.replace(b"\n", b" ") + b"\r\n" for name, value in headers
    )
    _assert_well_formed(_check(head + b"\r\n" + body))


_MARKUP = st.sampled_from(
    [
        "<a href='",
        "'>",
        "</a>",
        "<form action=",
        "<area href=x alt=",
        "<!--",
        "-->",
        "<![CDATA[",
        "<!DOCTYPE",
        "<script>",
        "</script>",
        "&#x",
        "&amp;",
        "<p>",
        "https://",
        "xn--",
        "amazon.co.jp",
        "bit.ly/",
        "@",
        "0120-",
        "<",
        ">",
        '"',
        "]]>",
        "<?",
        "<a href=https://evil.example>",
    ]
)


@SETTINGS
@given(st.lists(st.one_of(_MARKUP, st.text(max_size=20)), max_size=60))
def test_any_html_part(pieces: list[str]) -> None:
    mail = eml(subject="s", sender="a@amazon.co.jp", html="".join(pieces))
    _assert_well_formed(_check(mail))


@SETTINGS
@given(st.sampled_from(CORPUS), st.integers(min_value=0, max_value=4000), st.binary(max_size=8))
def test_corrupted_corpus_messages(sample: object, position: int, junk: bytes) -> None:
    """A real message with bytes replaced somewhere: still a verdict or a refusal."""
    message = sample.message  # type: ignore[attr-defined]
    data = message.encode() if isinstance(message, str) else message
    cut = position % (len(data) + 1)
    _assert_well_formed(_check(data[:cut] + junk + data[cut + len(junk) :]))
