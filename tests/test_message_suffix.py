"""Registrable domains: primehelp's lookup over the bundled Public Suffix List agrees with
``publicsuffixlist``'s own parser (the reference) on the list's official test cases."""

from __future__ import annotations

import re
from pathlib import Path

import publicsuffixlist
import pytest
from publicsuffixlist import PublicSuffixList

from primehelp.message_links import SuffixRules, decode_punycode, public_suffix, registrable_domain
from tests.support.message_corpus import CORPUS

OFFICIAL = Path(publicsuffixlist.__file__).parent / "test_psl.txt"
CASE = re.compile(r"checkPublicSuffix\('([^']*)', (?:'([^']*)'|null)\);")


def _official_hosts() -> list[str]:
    text = OFFICIAL.read_text(encoding="utf-8")
    return [m.group(1).lower() for m in CASE.finditer(text) if not m.group(0).startswith("//")]


HOSTS = sorted(
    {
        *_official_hosts(),
        "www.amazon.co.jp.evil.info",
        "amazon-xxx.jp",
        "x.s3.amazonaws.com",
        "ec2-1-2-3-4.compute-1.amazonaws.com",
        "bucket.s3.ap-northeast-1.amazonaws.com",
        "shop.web.app",
        "a.b.example.co.uk",
        "www.city.kawasaki.jp",
        "foo.kawasaki.jp",
        "readme.txt",
        "amazon.jp-signin.xyz",
        "xn--mazon-3ve.com",
        "例え.テスト",
        "u1234.ct.sendgrid.net",
    }
)


@pytest.fixture(scope="module")
def reference() -> PublicSuffixList:
    return PublicSuffixList(accept_unknown=False)


def test_the_official_cases_are_read() -> None:
    assert len(_official_hosts()) > 50


@pytest.mark.parametrize("host", HOSTS)
def test_registrable_domain_agrees_with_the_library(host: str, reference: PublicSuffixList) -> None:
    if not host or host.startswith("."):
        assert registrable_domain(host) is None or reference.privatesuffix(host) is None
        return
    decoded = decode_punycode(host)
    assert public_suffix(decoded) == reference.publicsuffix(decoded)
    assert registrable_domain(decoded) == reference.privatesuffix(decoded)


def test_known_answers() -> None:
    assert registrable_domain("www.amazon.co.jp.evil.info") == "evil.info"
    assert registrable_domain("www.city.kawasaki.jp") == "city.kawasaki.jp"
    assert public_suffix("foo.kawasaki.jp") == "foo.kawasaki.jp"  # *.kawasaki.jp
    assert registrable_domain("bucket.s3.amazonaws.com") == "bucket.s3.amazonaws.com"
    assert public_suffix("readme.txt") is None
    assert registrable_domain("co.jp") is None


def test_every_corpus_message_host_agrees(reference: PublicSuffixList) -> None:
    from primehelp.content.message import load as load_content
    from primehelp.message import check_message

    content = load_content()
    hosts = {
        link.host_decoded
        for sample in CORPUS
        for link in check_message(sample.message, content).links
        if not link.is_amazon
    }
    assert len(hosts) > 30
    for host in hosts:
        if re.fullmatch(r"[\d.]+|[0-9a-f:]+", host):
            continue  # IP addresses have no registrable domain
        assert registrable_domain(host) == reference.privatesuffix(host), host


def test_searching_the_list_and_the_set_of_rules_agree() -> None:
    """The first lookups search the list's text, later ones a set: both give the same answers."""
    data = Path(publicsuffixlist.PSLFILE).read_bytes()
    searching, from_set = SuffixRules(data), SuffixRules(data)
    searching.searches, from_set.searches = 10**9, 0
    candidates = {"", "\n", "//", "// ===BEGIN ICANN DOMAINS===", "*.ck", "!www.ck", "co.jp"}
    for host in HOSTS:
        labels = host.split(".")
        for i in range(len(labels)):
            rule = ".".join(labels[i:])
            candidates.update((rule, "*." + rule, "!" + rule))
    answers = {rule: rule in searching for rule in candidates}
    assert answers == {rule: rule in from_set for rule in candidates}
    assert answers["co.jp"] and answers["*.ck"] and answers["!www.ck"]
    assert not any(answers[rule] for rule in ("", "\n", "//", "// ===BEGIN ICANN DOMAINS==="))


def test_a_host_s_suffix_is_looked_up_in_the_list_once() -> None:
    """Round 53 (start-up): check-message looks at a link's host for its link, then for its
    signs; the second answer is remembered, not searched for again (0.8 ms a host)."""
    public_suffix.cache_clear()
    assert public_suffix("amazon-co-jp.top") == "top"
    assert registrable_domain("amazon-co-jp.top") == "amazon-co-jp.top"
    assert public_suffix.cache_info().hits == 1
