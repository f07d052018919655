"""Review 47b item 4: the JSON of renewal, trial and cancel gave the cancel-by date alone, and
its schemas and docs called it "the last day to cancel without being charged", Amazon's deadline
(FACTS §4: Amazon publishes none besides "before the renewal date"; primehelp's day before is a
safety margin and must say so). The JSON now carries the screen's note, ``cancel_by_note``."""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.facts import ui
from tests.support.clihelp import run

ROOT = Path(__file__).resolve().parents[2]


def _data(*args: str, lang: str) -> dict[str, object]:
    done = run(*args, "--today", "2026-12-06", "--lang", lang, "--json")
    assert done.exit_code == 0, done.stderr
    data: dict[str, object] = done.json()["data"]
    return data


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_renewal_json_says_the_cancel_by_date_is_a_safety_margin(lang: str) -> None:
    data = _data("renewal", "2026-12-20", lang=lang)
    assert data["cancel_by"] == "2026-12-19"
    assert data["cancel_by_note"] == ui("cancel_by_margin")(lang)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_trial_json_says_it_with_the_trials_word(lang: str) -> None:
    data = _data("trial", "2026-11-20", lang=lang)
    assert data["cancel_by_note"] == ui("cancel_by_margin_trial")(lang)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("trial", [False, True])
def test_4_cancel_json_says_it_as_its_screen(lang: str, trial: bool) -> None:
    flags = ["--trial"] if trial else []
    data = _data("cancel", "--no-interactive", *flags, "--renewal", "2026-12-20", lang=lang)
    renewal = data["renewal"]
    assert isinstance(renewal, dict)
    # the first sentence names the day: the note says what it is (review 64b R-minor 1)
    key = "cancel_by_margin_trial_date" if trial else "cancel_by_margin_date"
    day = "2026年12月19日" if lang == "ja" else "2026-12-19"
    said = ui(key)(lang).format(date=day)  # type: ignore[arg-type]
    assert renewal["cancel_by_note"] == said
    shown = run(
        "cancel",
        "--no-interactive",
        *flags,
        "--renewal",
        "2026-12-20",
        "--lang",
        lang,
        env={"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"},
    )
    assert said in shown.stdout  # the same words


@pytest.mark.parametrize(
    "path",
    [
        "schemas/renewal.schema.json",
        "schemas/trial.schema.json",
        "schemas/cancel.schema.json",
        "docs/cancel.md",
        "docs/renewal.md",
        "docs/trial.md",
    ],
)
def test_4_no_schema_or_page_calls_it_amazons_last_day(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8").lower()
    assert "without being charged" not in text
    assert "the last day to cancel" not in text.replace("not amazon's last day to cancel", "")
