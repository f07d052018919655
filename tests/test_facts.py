"""The bundled facts: every entry complete, and the loader refuses broken data."""

from __future__ import annotations

import datetime as dt

import pytest

from primehelp import data_check, facts
from primehelp.errors import DataError, ExitCode

GOOD_FACT = """
[item]
id = "x.one"
ja = "日本語の文です。"
en = "An English sentence."
confidence = "H"
checked = 2026-11-25
sources = ["https://example.org/page"]
"""


def test_every_bundled_file_loads() -> None:
    names = facts.data_names()
    assert {"contact", "escalation", "scams", "ui"} <= set(names)
    for name in names:
        assert isinstance(facts.load(name), dict)


def test_every_fact_is_complete() -> None:
    all_facts = facts.all_facts()
    assert len(all_facts) >= 15
    for item in all_facts:
        assert item.text.ja.strip(), item.id
        assert item.text.en.strip(), item.id
        assert item.sources, item.id
        assert all(source.strip() for source in item.sources), item.id
        assert isinstance(item.checked, dt.date), item.id
        assert item.confidence in facts.CONFIDENCES, item.id
        if "L" in item.confidence:
            assert "報告によれば" in item.text.ja, item.id
            assert "eportedly" in item.text.en, item.id


def test_fact_ids_are_unique_across_files() -> None:
    ids = [item.id for item in facts.all_facts()]
    assert len(ids) == len(set(ids))


def test_a_good_fact_parses() -> None:
    data = data_check.parse_data("x.toml", GOOD_FACT)
    assert facts.fact(data["item"]).sources == ("https://example.org/page",)


@pytest.mark.parametrize(
    ("broken", "problem"),
    [
        (GOOD_FACT.replace('en = "An English sentence."\n', ""), "'en' text is missing"),
        (GOOD_FACT.replace('ja = "日本語の文です。"\n', ""), "'ja' text is missing"),
        (GOOD_FACT.replace('en = "An English sentence."', 'en = "  "'), "'en' text is missing"),
        (GOOD_FACT.replace('sources = ["https://example.org/page"]\n', ""), "'sources' must be"),
        (
            GOOD_FACT.replace('sources = ["https://example.org/page"]', "sources = []"),
            "'sources' must be",
        ),
        (GOOD_FACT.replace("checked = 2026-11-25\n", ""), "'checked' must be a date"),
        (GOOD_FACT.replace("checked = 2026-11-25", 'checked = "soon"'), "'checked' must be"),
        (GOOD_FACT.replace('confidence = "H"', 'confidence = "X"'), "confidence must be"),
        (GOOD_FACT.replace('id = "x.one"\n', ""), "needs an 'id'"),
        (GOOD_FACT.replace('confidence = "H"', 'confidence = "L"'), "must say 'reportedly'"),
        (GOOD_FACT + GOOD_FACT.replace("[item]", "[other]"), "duplicate id 'x.one'"),
        ("[label]\nja = 'だけ'\n", "'en' text is missing"),
        ("this is = = not toml", "(syntax)"),
    ],
)
def test_the_loader_rejects_broken_data_with_a_clear_error(broken: str, problem: str) -> None:
    with pytest.raises(DataError) as caught:
        data_check.parse_data("broken.toml", broken)
    message = caught.value.message.en
    assert "broken.toml" in message
    assert problem in message
    assert "broken.toml" in caught.value.message.ja
    assert caught.value.exit_code == ExitCode.BROKEN_INSTALL


def test_low_confidence_with_the_qualifier_is_accepted() -> None:
    text = GOOD_FACT.replace('confidence = "H"', 'confidence = "L"')
    text = text.replace("日本語の文です。", "報告によれば、日本語の文です。")
    text = text.replace("An English sentence.", "Reportedly, an English sentence.")
    assert facts.fact(data_check.parse_data("x.toml", text)["item"]).confidence == "L"


def test_ui_labels_exist_in_both_languages() -> None:
    label = facts.ui("contact_title")
    assert label.ja and label.en
    with pytest.raises(DataError):
        facts.ui("no_such_label")


@pytest.mark.parametrize(
    "source",
    [
        "shared/FACTS.md §4",  # a path of this project's workspace, with a section sign
        "shared/FACTS.md",  # a repository path (no site)
        "FACTS.md",
        "example.org/page §6",  # a section sign
        "original brief",  # a name only the project understands
        "brief",
        "Amazon mail of 2023-11",  # a private e-mail
        "komitsu.org",  # a bare site name, without the page
        "komitsu.org (2021-01-26)",
        "amazon.co.jp help nodeId=G4YFYCCNUSENA23B",  # words, not a URL
        "example.org/page",  # no scheme (review 37a item 14: every source has its scheme)
        "sasanquanofudeyasumi.com/2023/08/18/amazon-prime (2023-08-18)",
        "ftp://example.org/page",  # not a web page
        "https://example.org/page (soon)",  # a date that is not a date
        "https://example.org/page (2021-13-01)",
        "https://lifestyle.assist-all.co.jp/prime",  # a site marked unreliable
    ],
)
def test_the_loader_refuses_a_source_a_member_cannot_open(source: str) -> None:
    broken = GOOD_FACT.replace('sources = ["https://example.org/page"]', f"sources = [{source!r}]")
    with pytest.raises(DataError) as caught:
        data_check.parse_data("broken.toml", broken)
    assert "source" in caught.value.message.en
    assert "broken.toml" in caught.value.message.en


@pytest.mark.parametrize(
    ("source", "ja"),
    [
        ("https://www.kokusen.go.jp/adr/", "https://www.kokusen.go.jp/adr/"),
        ("https://komitsu.org (2021-01-26)", "https://komitsu.org（2021年1月26日）"),
        ("https://sbapp.net/?p=178551 (2026-01)", "https://sbapp.net/?p=178551（2026年1月）"),
        # review 37a item 14: http:// where the facts give it so
        (
            "http://sasanquanofudeyasumi.com/2023/08/18/amazon-prime (2023-08-18)",
            "http://sasanquanofudeyasumi.com/2023/08/18/amazon-prime（2023年8月18日）",
        ),
    ],
)
def test_a_followable_source_is_accepted_and_cited_with_a_japanese_date(
    source: str, ja: str
) -> None:
    broken = GOOD_FACT.replace('sources = ["https://example.org/page"]', f"sources = [{source!r}]")
    assert facts.fact(data_check.parse_data("x.toml", broken)["item"]).sources == (source,)
    assert facts.cite(source, "ja") == ja
    assert facts.cite(source, "en") == source


def test_every_bundled_source_is_followable() -> None:
    for item in facts.all_facts():
        for source in item.sources:
            assert data_check.source_problem(source) == "", (item.id, source)


def test_version_names_the_oldest_and_newest_check_date_of_the_data() -> None:
    """``primehelp --version`` reads no data: primehelp.FACTS_CHECKED must follow the data."""
    import primehelp

    dates = [item.checked for item in facts.all_facts()]
    expected = (min(dates).isoformat(), max(dates).isoformat())
    assert expected == primehelp.FACTS_CHECKED, (
        f"write FACTS_CHECKED = {expected!r} in primehelp/__init__.py"
    )


def test_the_chat_path_has_the_confidence_of_the_fact_sheet() -> None:
    # Review 10a, item 14: FACTS §6 gives the chat's path (カスタマーサービス → topic →
    # 「カスタマーサービスへ連絡」) with M; only the chat itself (24 h, after sign-in) is H.
    chat = next(item for item in facts.all_facts() if item.id == "contact.route.chat")
    assert "カスタマーサービスへ連絡" in chat.text.ja
    assert chat.confidence == "M"
