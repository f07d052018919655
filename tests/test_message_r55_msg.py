"""Fix round 55 (helper r55-msg), check-message: review 46a's R-majors 1–3 (aboutamazon.jp, a
site primehelp cites, called a look-alike; a second From header not checked; an authentication
pass for another domain shown as the sender's)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run

GUIDE = "https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails"


def _json(*args: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = run("--lang", lang, "check-message", "--json", *args).json()
    return data["data"]


# ----------------------------- item 1: aboutamazon.jp is a source primehelp prints, no look-alike


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_the_guide_primehelp_cites_is_unconfirmed_never_a_lookalike(lang: str) -> None:
    text = (
        f"Amazonからのお知らせ：フィッシング詐欺にご注意ください。詳しくは {GUIDE} をご覧ください。"
    )
    flags = _json("--text", text, lang=lang)["red_flags"]
    assert flags  # FACTS does not list it as Amazon's: still not called Amazon's
    for one in flags:
        assert one["kind"] != "lookalike_domain", one
        assert "Amazonのドメインではありません" not in one["reason"], one
        assert "is not Amazon's domain" not in one["reason"], one
    assert any("誰のもの" in f["reason"] or "whose" in f["reason"] for f in flags), flags


def test_1_a_real_lookalike_is_still_one() -> None:
    for url in ("https://amazon-jp.top/x", "https://www.amazon.co.jp.evil.info/"):
        kinds = {f["kind"] for f in _json("--text", f"Amazon {url}")["red_flags"]}
        assert "lookalike_domain" in kinds, url


def _source_domains() -> frozenset[str]:
    """The registrable domains of the URL sources primehelp prints (aboutamazon.jp, caa.go.jp)."""
    from urllib.parse import urlsplit

    from primehelp.facts import all_facts, split_source
    from primehelp.message_links import registrable_domain

    urls = (split_source(source)[0] for fact in all_facts() for source in fact.sources)
    hosts = (urlsplit(url).hostname for url in urls if url.startswith("http"))
    return frozenset(filter(None, (registrable_domain(host) for host in hosts if host)))


def test_1_every_source_with_amazon_in_its_name_is_an_unconfirmed_site() -> None:
    """The data carries the sources' own amazon-named domains (aboutamazon.jp), so no run loads
    every fact to find them (round 55's first fix did: check-message 1.8× → 2.0× start-up)."""
    from primehelp.facts import document

    listed = document("message_unchecked").node("unchecked").strings("unconfirmed_sites")
    from primehelp.content.message import load

    amazons = set(load().amazon_domains)  # Amazon's own (amazon.co.jp): never a site to confirm
    named = {domain for domain in _source_domains() if "amazon" in domain} - amazons
    assert "aboutamazon.jp" in named
    assert named <= set(listed), named - set(listed)


# ----------------------------- item 2: every From header is checked, not the first only

_BODY = (
    "To: user@example.jp\nSubject: Amazonプライム\nDate: Sat, 05 Dec 2026 10:00:00 +0900\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
    "会員資格の更新に関するお知らせです。詳しくはアカウントサービスでご確認ください。\n"
)


def _mail(tmp_path: Path, headers: str, name: str = "m.eml") -> str:
    path = tmp_path / name
    path.write_text(headers + _BODY, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_a_second_from_outside_amazon_is_the_sign_it_would_be_alone(
    lang: str, tmp_path: Path
) -> None:
    heads = (
        'From: "Amazon.co.jp" <order-update@amazon.co.jp>\nFrom: "Amazon" <info@evil-sender.top>\n'
    )
    result = run("--lang", lang, "check-message", _mail(tmp_path, heads))
    assert result.exit_code == 1, result.stdout
    data = _json(_mail(tmp_path, heads), lang=lang)
    signs = [f for f in data["red_flags"] if f["kind"] == "display_name_mismatch"]
    assert signs and "info@evil-sender.top" in signs[0]["evidence"], data["red_flags"]
    said = " ".join(n["text"] for n in data["unchecked"]) if "unchecked" in data else result.stdout
    assert "first sender only" not in result.stdout and "最初の差出人だけ" not in result.stdout
    assert "evil-sender.top" in said or "evil-sender.top" in result.stdout


def test_2_a_second_from_with_a_lookalike_domain_is_flagged(tmp_path: Path) -> None:
    heads = "From: order-update@amazon.co.jp\nFrom: info@amazon-secure.top\n"
    kinds = {f["kind"] for f in _json(_mail(tmp_path, heads))["red_flags"]}
    assert kinds, kinds


def test_2_one_from_at_amazon_gets_no_sender_sign(tmp_path: Path) -> None:
    heads = 'From: "Amazon.co.jp" <order-update@amazon.co.jp>\n'
    assert not _json(_mail(tmp_path, heads))["red_flags"]


# ----------------------------- item 3: a pass for another domain is not the sender's

_AMAZON_FROM = 'From: "Amazon.co.jp" <order-update@amazon.co.jp>\n'
_OTHER = (
    "dkim=pass header.d=evil-mailer.example header.s=s1 header.b=abc",
    "dkim=pass header.i=@evil-mailer.example header.s=s1",
    "dmarc=pass (p=REJECT) header.from=evil-mailer.example",
)


@pytest.mark.parametrize("result", _OTHER)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_a_pass_for_another_domain_is_named_and_not_the_senders(
    result: str, lang: str, tmp_path: Path
) -> None:
    heads = (
        "Authentication-Results: mx.google.com; "
        f"{result}; spf=pass smtp.mailfrom=order-update@amazon.co.jp\n{_AMAZON_FROM}"
    )
    path = _mail(tmp_path, heads)
    screen = " ".join(run("--lang", lang, "check-message", path).stdout.split())
    method = result.split("=")[0].upper()
    assert f"{method}=pass（認証に成功）" not in screen
    assert f"{method}=pass (passed)" not in screen
    assert "いずれも pass" not in screen and "all pass" not in screen
    assert "evil-mailer.example" in screen
    assert ("差出人のドメイン" in screen) if lang == "ja" else ("not" in screen), screen
    checks = _json(path, lang=lang)["authentication"]
    found = next(c for c in checks if c["method"] == method.lower())
    assert found["domain"] == "evil-mailer.example" and found["for_sender"] is False


def test_3_amazons_own_pass_is_still_a_pass(tmp_path: Path) -> None:
    heads = (
        "Authentication-Results: mx.google.com; dkim=pass header.i=@amazon.co.jp; "
        "spf=pass smtp.mailfrom=bounces@m.amazon.co.jp; dmarc=pass header.from=amazon.co.jp\n"
        + _AMAZON_FROM
    )
    path = _mail(tmp_path, heads)
    screen = " ".join(run("check-message", path).stdout.split())
    assert "SPF・DKIM・DMARC がいずれも pass（認証に成功）" in screen
    assert all(c["for_sender"] for c in _json(path)["authentication"])
