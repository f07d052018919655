"""Review 37a items 13-15 and review 37b items 7 and 10: how sources and their check dates are
cited, on screen and in JSON."""

from __future__ import annotations

import json
import re

import pytest

from tests.support.clihelp import screen

# The screens of this area with a check date in the title or a sources list.
SCREENS = [("contact",), ("subscriptions",), ("fees",), ("complain", "renewal")]
_JA_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日に確認しました")
_EN_DATE = re.compile(r"\(checked \d{4}-\d{2}-\d{2}\)|Checked \d{4}-\d{2}-\d{2}\.")


@pytest.mark.parametrize("args", SCREENS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_check_date_is_said_once_per_screen(args: tuple[str, ...], lang: str) -> None:
    """37a item 13: the date was in the title and again under every block (8 times on
    subscriptions); now a block says its date only when it differs from the screen's."""
    title, _, shown = screen(*args, lang=lang, columns=80).partition("\n")
    dates = (_JA_DATE if lang == "ja" else _EN_DATE).findall(shown)
    assert len(set(dates)) == len(dates), shown
    if "確認）" in title or "(checked" in title:  # the title states it: no block repeats it
        assert dates == [], shown


@pytest.mark.parametrize("args", SCREENS)
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 60, 80, 200])
def test_every_sources_block_is_a_list(args: tuple[str, ...], lang: str, columns: int) -> None:
    """37a item 14: one block's source stayed on the 出典 line with 「。」 glued to the URL
    (Amazon Photos), while the others were lists; now every block is a list, at every width,
    and no URL is followed by 「。」."""
    shown = screen(*args, lang=lang, columns=columns)
    head = "出典：" if lang == "ja" else "Sources:"
    cited = [line for line in shown.splitlines() if line.strip().startswith(head)]
    assert cited, shown
    assert all(line.strip() == head.strip() for line in cited), cited
    assert not re.search(r"https?://\S*。", shown), shown


def _sourced(node: object) -> list[dict[str, object]]:
    """Every JSON object with a ``sources`` list."""
    if isinstance(node, dict):
        found = [node] if isinstance(node.get("sources"), list) else []
        return found + [o for value in node.values() for o in _sourced(value)]
    if isinstance(node, list):
        return [o for value in node for o in _sourced(value)]
    return []


JSON_CALLS = [
    ("sources",),
    ("contact",),
    ("fees",),
    ("subscriptions",),
    ("check-number", "188", "0120-999-373", "110", "03-5757-5252"),
    ("renewal", "2026-12-24", "--plan", "annual", "--today", "2026-12-05"),
    ("cancel", "--today", "2026-12-05"),
    ("check-message", "--text", "Amazonです 0120-999-373 https://amaz0n-prime.top/"),
]


@pytest.mark.parametrize("args", JSON_CALLS)
def test_json_sources_are_plain_urls_with_their_dates_beside(args: tuple[str, ...]) -> None:
    """37a item 15, 37b item 10: 「https://komitsu.org (2021-01-26)」 was a `sources` entry;
    now every entry is a URL and a known date is in `source_dates` ({url, date})."""
    from primehelp.facts import all_facts, split_source
    from tests.support.clihelp import run

    done = run(*args, "--json")
    assert done.exit_code in (0, 1), done.stderr
    dated: dict[str, set[str]] = {}
    for fact in all_facts():
        for url, date in map(split_source, fact.sources):
            if date:
                dated.setdefault(url, set()).add(date)
    objects = _sourced(json.loads(done.stdout))
    assert objects
    for item in objects:
        sources = item["sources"]
        assert isinstance(sources, list)
        assert all(re.fullmatch(r"https?://\S+", url) for url in sources), sources
        refs = item["source_dates"]
        assert isinstance(refs, list)
        assert [ref["url"] for ref in refs] == [u for u in sources if u in {r["url"] for r in refs}]
        assert all(ref["date"] in dated[ref["url"]] for ref in refs), refs


def test_a_former_amazon_number_cites_its_page_in_json() -> None:
    """37a item 15: the defunct number's `sources` were empty while the text cites komitsu.org."""
    from tests.support.clihelp import run

    data = json.loads(run("check-number", "0120-999-373", "--json").stdout)["data"]
    result = data["results"][0]
    assert result["verdict"] == "defunct"
    assert result["sources"] == ["https://komitsu.org"]
    assert result["source_dates"] == [{"url": "https://komitsu.org", "date": "2021-01-26"}]


@pytest.mark.parametrize("args", [("fees",), ("sources", "fees")])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_confidence_legend_stands_apart_under_a_plain_heading(
    args: tuple[str, ...], lang: str
) -> None:
    """37a, S 7: 「確度」 followed the notes with no blank line, and read stiff."""
    lines = screen(*args, lang=lang, columns=80).splitlines()
    title = "確度（情報の確かさ）" if lang == "ja" else "Confidence (how sure the information is)"
    at = lines.index(title)
    assert lines[at - 1] == ""
    assert lines[at + 1].startswith(("高：", "中：", "high:", "medium:"))


NARROW_SCREENS = [
    *SCREENS,
    ("sources", "fees"),
    ("renewal", "2026-12-24", "--plan", "annual", "--explain", "--today", "2026-12-05"),
    ("trial", "2026-11-25", "--student", "--today", "2026-12-05"),
]


@pytest.mark.parametrize("args", NARROW_SCREENS)
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 50])
def test_only_an_unbreakable_url_runs_past_the_line(
    args: tuple[str, ...], lang: str, columns: int
) -> None:
    """37b item 7: a date glued to a URL ran past the line. Review 42a item 22 / 41a item 21,
    decided in round 50: a URL is never wrapped and never outdented, so one that does not fit
    after its indent runs past the line (37b item 7 had put every row at the margin under 60
    columns); nothing else does: the row past the line is its indent and the URL alone."""
    from primehelp.output.linebreak import unicode_text_width

    # complain's message between its two rules is not wrapped on purpose (to paste it whole)
    shown = re.sub(r"\n─+\n.*?\n─+\n", "\n", screen(*args, lang=lang, columns=columns), flags=re.S)
    for line in shown.splitlines():
        if unicode_text_width(line) <= columns:
            continue
        url = re.search(r"https?://\S+", line)
        assert url is not None and line.strip() == url.group(), line
