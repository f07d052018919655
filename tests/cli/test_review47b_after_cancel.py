"""Review 47b item 7: after a member cancels, nothing said to clear the saved date, and the daily
check went on announcing, flatly, renewals counted on from it (「Amazonプライムは…に自動で更新
されます」) that no longer come: cancel now ends, where a date is saved, with how to delete it and
stop the daily check, and due's lines before a renewal counted on from the saved date begin
「解約していなければ、」, as its line after one does."""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.facts import labels
from tests.support.clihelp import run


def _saved(tmp_path: Path) -> dict[str, str]:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "1000"}
    done = run(
        "renewal", "2026-12-20", "--plan", "monthly", "--save", "--today", "2026-12-06", env=env
    )
    assert done.exit_code == 0, done.stderr
    return env


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_7a_cancel_says_to_clear_the_saved_date(tmp_path: Path, lang: str) -> None:
    env = _saved(tmp_path)
    said = labels("ui_cancel")["clear_saved_date"](lang)  # type: ignore[arg-type]
    done = run("cancel", "--no-interactive", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    assert said in done.stdout, done.stdout
    assert "primehelp profile --clear" in said and "primehelp remind uninstall" in said
    data = run("cancel", "--no-interactive", "--lang", lang, "--json", env=env).json()["data"]
    assert data["date_saved"] is True
    # a date typed, with one saved: the saved one still announces renewals
    typed = run("cancel", "--no-interactive", "--renewal", "2026-12-25", "--lang", lang, env=env)
    assert said in typed.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_7a_nothing_saved_nothing_to_clear(tmp_path: Path, lang: str) -> None:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "1000"}
    done = run("cancel", "--no-interactive", "--lang", lang, env=env)
    assert "profile --clear" not in done.stdout
    assert (
        run("cancel", "--no-interactive", "--json", env=env).json()["data"]["date_saved"] is False
    )


UNLESS = {"ja": "解約していなければ、", "en": "nless you cancelled, "}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("today", ["2027-01-17", "2027-01-19", "2027-01-20"])
def test_7b_due_before_a_counted_renewal_says_unless_you_cancelled(
    tmp_path: Path, lang: str, today: str
) -> None:
    env = _saved(tmp_path)
    done = run("due", "--today", today, "--lang", lang, "--json", env=env)
    assert done.exit_code == 1, done.stderr  # due: something to report
    message = done.json()["data"]["message"]
    assert UNLESS[lang] in message, message


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_7b_the_saved_date_itself_is_said_as_before(tmp_path: Path, lang: str) -> None:
    env = _saved(tmp_path)
    done = run("due", "--today", "2026-12-17", "--lang", lang, "--json", env=env)
    message = done.json()["data"]["message"]
    assert UNLESS[lang] not in message, message  # the date the member saved, not counted on
