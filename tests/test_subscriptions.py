"""Amazon's other subscriptions (issue 15, fact sheet §9), and the list `cancel` ends with."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from primehelp.content import cancel, subscriptions
from primehelp.services import AfterPrime, Per
from primehelp.subscriptions import subscriptions as listed

SERVICES, OVERVIEW = subscriptions.load()
BY_ID = {service.id: service for service in SERVICES}


def test_every_service_of_the_fact_sheet_is_listed() -> None:
    assert list(BY_ID) == [
        "kindle_unlimited",
        "audible",
        "music_unlimited",
        "prime_video_ad_free",
        "prime_video_channel",
        "kids_plus",
        "amazon_photos",
    ]
    assert OVERVIEW.id == "statement.where.memberships"  # one fact, shared with --statement
    assert "「メンバーシップおよび購読」" in OVERVIEW.text.ja


def test_prices_needs_prime_and_what_happens_after_prime() -> None:
    def prices(service_id: str) -> list[tuple[Decimal, Per | None]]:
        return [(p.value, p.per) for p in BY_ID[service_id].prices]

    assert prices("kindle_unlimited") == [(980, Per.MONTH)]
    assert BY_ID["kindle_unlimited"].prices[0].since == dt.date(2016, 8, 3)
    assert prices("audible") == [(1500, Per.MONTH)]
    assert BY_ID["audible"].prices[0].since == dt.date(2022, 1, 27)
    assert (Decimal(880), Per.MONTH) in prices("music_unlimited")
    assert (Decimal(8800), Per.YEAR) in prices("music_unlimited")
    assert prices("prime_video_ad_free") == [(390, Per.MONTH)]
    channel = BY_ID["prime_video_channel"].prices[0]
    assert (channel.value, channel.up_to) == (300, 4000)
    assert prices("kids_plus") == [(980, Per.MONTH), (480, Per.MONTH)]
    assert prices("amazon_photos") == []
    needs = {s.id: s.needs_prime for s in SERVICES}
    assert needs == {
        "kindle_unlimited": False,
        "audible": False,
        "music_unlimited": False,
        "prime_video_ad_free": True,
        "prime_video_channel": True,
        "kids_plus": False,
        "amazon_photos": None,
    }
    assert BY_ID["prime_video_channel"].after_prime is AfterPrime.REPORTED_TO_STOP
    assert BY_ID["amazon_photos"].cancel is None


def test_every_price_is_stated_by_a_sourced_fact() -> None:
    for service in SERVICES:
        for price in service.prices:
            assert price.fact.id == f"subscriptions.{service.id}.price"
            assert price.fact.sources and price.fact.checked == dt.date(2026, 12, 2)


def test_a_reported_price_change_says_reportedly() -> None:
    [note] = BY_ID["music_unlimited"].notes
    assert note.confidence == "L"
    assert "報告によれば" in note.text.ja and "Reportedly" in note.text.en


def test_kindle_unlimited_audible_and_music_unlimited_keep_billing_after_prime() -> None:
    report = listed(SERVICES, OVERVIEW)
    assert report.keeps_billing == ("kindle_unlimited", "audible", "music_unlimited")
    assert report.checked == dt.date(2026, 12, 2)


def test_cancel_lists_the_same_services_as_the_subscriptions_file() -> None:
    """`cancel` reads only cancel.toml (start-up time): its list must not drift from §9's data."""
    outliving = [s for s in SERVICES if s.after_prime is AfterPrime.KEEPS_BILLING]
    facts = cancel.load().keeps_billing
    assert [f.id.removeprefix("cancel.keeps_billing.") for f in facts] == [s.id for s in outliving]
    for fact, service in zip(facts, outliving, strict=True):
        assert service.cancel is not None
        assert set(fact.sources) <= {*service.cancel.sources, *service.billing.sources}
        for lang in ("ja", "en"):
            assert fact.text(lang).startswith(service.name(lang).split("（")[0].split(" (")[0])
        for label in service.cancel_path_ja:  # the same labels, in both languages
            assert f"「{label}」" in fact.text.ja and f"「{label}」" in fact.text.en
