"""Review 23a, items 1, 3, 4, 5, 8, 9: charge and charge --statement."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.clihelp import run, screen

COLUMNS = ("--columns", "date,description,amount")
TODAY = {"PRIMEHELP_TODAY": "2026-12-05"}


def _file(tmp_path: Path, *rows: str) -> str:
    path = tmp_path / "statement.csv"
    path.write_text("\n".join(("利用日,利用店名,金額", *rows)) + "\n", encoding="utf-8")
    return str(path)


def _data(path: str, lang: str = "ja") -> Any:
    done = run("charge", "--statement", path, *COLUMNS, "--json", "--lang", lang, env=TODAY)
    assert done.exit_code == 0, done.stderr
    return done.json()["data"]


# Item 1 (R-major): 「AMAZON DOWNLOADS」 at no fixed price was read only as a Prime Video channel
# (「Prime Videoチャンネル（推定）」 in the month table), unlike 「AMAZON DIGITAL DWNLD」 and `charge`.
def test_amazon_downloads_at_no_fixed_price_reads_as_a_digital_purchase_or_a_channel(
    tmp_path: Path,
) -> None:
    path = _file(
        tmp_path,
        "2026/10/15,AMAZON DOWNLOADS 利用国USA,2880",
        "2026/10/16,AMAZON DOWNLOADS,-2880",
        "2026/10/18,AMAZON DIGITAL DWNLD,1394",
    )
    for lang, purchase, channel in (
        ("ja", "デジタルの購入", "Prime Videoチャンネル"),
        ("en", "A digital purchase", "Prime Video channel"),
    ):
        data = _data(path, lang)
        labels = {x["label"] for x in data["lines"]}
        assert len(labels) == 1, labels  # every digital text alike, refunds too
        (label,) = labels
        assert label.startswith(purchase) and channel in label, label
        assert [t["label"] for t in data["services"]] == [label]  # the totals name it alike
        assert not any(t["estimated"] for t in data["services"])


def test_a_text_naming_prime_video_keeps_the_channel_reading(tmp_path: Path) -> None:
    data = _data(_file(tmp_path, "2026/10/19,AMAZON DOWNLOADS PRIME VIDEO,1200"))
    (line,) = data["lines"]
    assert line["service"] == "prime_video_channel"
    assert "デジタルの購入" not in line["label"]


def test_charge_amazon_downloads_ranks_the_purchase_first() -> None:
    done = run("charge", "2880", "AMAZON", "DOWNLOADS", "--json", "--lang", "ja")
    kinds = [c["kind"] for c in done.json()["data"]["candidates"]]
    assert kinds[0] == "digital_purchase", kinds
    out = screen("charge", "2880", "AMAZON", "DOWNLOADS", lang="ja")
    assert out.index("デジタルの購入") < out.index("Prime Videoチャンネル\n")


def test_every_digital_text_ranks_the_purchase_first_at_no_fixed_price() -> None:
    from primehelp.content import charges

    digital = [t for t in charges.load().texts if "digital_purchase" in t.means]
    assert len(digital) >= 2
    assert {t.first_without_price for t in digital} == {("digital_purchase",)}
