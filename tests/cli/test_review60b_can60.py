"""Review 60b items 2, 3, 4 and S 6 (cancel, renewal and .ics).

- 2: ``cancel --via carrier --trial`` with a saved paid renewal date gave that date as the
  campaign's deadline, where the web and app trial screens set it aside. Now it is set aside on
  the carrier screen too (piped, in the walkthrough and in --json), with the web screen's sentence.
- 3: options in prose are backticked; where the member has to run something, the whole command.
- 4: ``cancel --help``: a saved plan answers the trial question (it is not asked).
- S 6: a calendar of past events only says that no reminder is set, and gives the command.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pexpect
import pytest

from tests.cli.test_cancel_e2e import HANG_GUARD, ROOT, SCREENS, env, words
from tests.support.clihelp import run

TODAY = "2026-12-08"

SET_ASIDE = {
    "ja": "保存した更新日の2026年12月31日（月間プラン）は有料会員の更新日のため、"
    "無料体験の自動更新日としては使っていません。",
    "en": "The saved renewal date, 2026-12-31 (monthly plan), is a paid membership's renewal, "
    "so it is not used as the free trial's automatic renewal date.",
}
NO_DATE = {
    "ja": "キャンペーンで付いたプライムなら、「Amazonプライム会員情報」のページに表示される"
    "自動更新日の前日までに、そのページで解約してください。",
    "en": "For Prime from a carrier campaign, cancel on the Prime membership page by the day "
    "before the automatic renewal date that page shows.",
}


def _env(folder: Path) -> dict[str, str]:
    return {"HOME": str(folder), "PRIMEHELP_CONFIG_DIR": str(folder), "COLUMNS": "80"}


def _save_monthly(folder: Path) -> None:
    saved = run("renewal", "2026-12-31", "--plan", "monthly", "--save", "--today", TODAY,
                env=_env(folder))  # fmt: skip
    assert saved.exit_code == 0, saved.stderr


def _flat(text: str) -> str:
    """The screen's text without its line breaks (Japanese wraps between any two characters;
    English at spaces)."""
    joined = re.sub(r"(?<=[^\x00-\x7f]) *\n *| *\n *(?=[^\x00-\x7f])", "", text)
    return re.sub(r"\s+", " ", joined)


def _cancel(folder: Path, lang: str, *args: str) -> str:
    result = run("cancel", "--no-interactive", "--today", TODAY, "--lang", lang, *args,
                 env=_env(folder))  # fmt: skip
    assert result.exit_code == 0, result.stderr
    return _flat(result.stdout)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_carrier_trial_sets_a_saved_paid_date_aside(tmp_path: Path, lang: str) -> None:
    _save_monthly(tmp_path)
    web = _cancel(tmp_path, lang, "--via", "web", "--trial")
    carrier = _cancel(tmp_path, lang, "--via", "carrier", "--trial")
    assert _flat(SET_ASIDE[lang]) in web
    assert _flat(SET_ASIDE[lang]) in carrier  # the same sentence on both screens
    assert carrier.startswith(("携帯電話会社の料金プラン", "For Prime that is part"))
    assert _flat(NO_DATE[lang]) in carrier
    for gone in ("2026年12月30日", "2026-12-30", "あと22日", "22 days", "--save"):
        assert gone not in carrier, gone


def test_2_carrier_trial_json_agrees_with_the_web_screen(tmp_path: Path) -> None:
    _save_monthly(tmp_path)
    args = ("cancel", "--no-interactive", "--trial", "--today", TODAY, "--json")
    web = run(*args, "--via", "web", env=_env(tmp_path)).json()["data"]
    carrier = run(*args, "--via", "carrier", env=_env(tmp_path)).json()["data"]
    expected = {"renewal_date": "2026-12-31", "plan": "monthly", "reason": "paid_date_for_trial"}
    assert web["renewal_set_aside"] == expected
    assert carrier["renewal_set_aside"] == expected
    assert carrier["renewal"] is None
    action = carrier["action"]
    assert action["cancel_by"] is None and action["renewal_date"] is None
    assert NO_DATE["ja"] in action["text"]


def test_2_carrier_paid_and_a_saved_trial_are_as_before(tmp_path: Path) -> None:
    """--paid at a carrier keeps the saved date; a saved trial's end is a trial's end."""
    _save_monthly(tmp_path)
    paid = _cancel(tmp_path, "ja", "--via", "carrier", "--paid")
    assert "2026年12月30日（あと22日）までに" in paid
    other = tmp_path / "trial"
    other.mkdir()
    saved = run("trial", "2026-11-25", "--save", "--today", TODAY, env=_env(other))
    assert saved.exit_code == 0, saved.stderr
    trial = _cancel(other, "ja", "--via", "carrier", "--trial")
    assert "2026年12月24日（あと16日）までに" in trial
    assert "有料会員の更新日のため" not in trial


def test_2_the_walkthrough_sets_it_aside_too(tmp_path: Path) -> None:
    _save_monthly(tmp_path)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", "--lang", "ja", "cancel", "--trial"],
        cwd=str(ROOT),
        env=env(PRIMEHELP_CONFIG_DIR=str(tmp_path), HOME=str(tmp_path), PRIMEHELP_TODAY=TODAY),
        encoding="utf-8",
        timeout=HANG_GUARD,
        dimensions=(40, 100),
    )
    child.expect(words(SCREENS["ja"]["q_via"]))
    child.sendline("3")
    child.expect(words(NO_DATE["ja"]))
    child.expect(words(SET_ASIDE["ja"]))
    assert "2026年12月30日" not in child.before
    child.sendline("q")
    child.expect(pexpect.EOF)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_cancel_options_in_backticks(tmp_path: Path, lang: str) -> None:
    plain = _cancel(tmp_path, lang)
    assert "`--via`" in plain and "`--trial`" in plain and "`--student`" in plain
    _save_monthly(tmp_path)
    saved = _cancel(tmp_path, lang)
    assert "`--save`" in saved and "`--trial`" in saved
    assert not re.search(r"(?<!`)--(save|trial|via)\b(?![^`]*`)", saved.split("出典")[0])


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_the_walkthrough_gives_the_whole_command(tmp_path: Path, lang: str) -> None:
    _save_monthly(tmp_path)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", "--lang", lang, "cancel"],
        cwd=str(ROOT),
        env=env(PRIMEHELP_CONFIG_DIR=str(tmp_path), HOME=str(tmp_path), PRIMEHELP_TODAY=TODAY),
        encoding="utf-8",
        timeout=HANG_GUARD,
        dimensions=(40, 100),
    )
    said = {
        "ja": "無料体験中の場合は、`primehelp cancel --trial` を実行してください。",  # 62b item 4
        "en": "If you are in a free trial, run `primehelp cancel --trial` instead.",
    }
    child.expect(words(said[lang]))
    child.expect(words(SCREENS[lang]["q_via"]))
    child.sendline("q")
    child.expect(pexpect.EOF)


def test_3_the_ics_notes_give_the_whole_command(tmp_path: Path) -> None:
    one = run("renewal", "2026-12-31", "--ics", str(tmp_path / "n.ics"), "--today", TODAY,
              "--lang", "ja", env=_env(tmp_path))  # fmt: skip
    assert one.exit_code == 0, one.stderr
    path = str(tmp_path / "n.ics")
    assert f"`primehelp renewal 2026-12-31 --plan annual --ics {path} --force`" in one.stderr
    assert (
        f"`primehelp renewal 2026-12-31 --plan monthly --count 12 --ics {path} --force`"
        in one.stderr
    )
    assert "`--plan` を付けてください" in one.stderr
    again = run("renewal", "2026-12-31", "--ics", path, "--today", TODAY, "--lang", "en",
                env=_env(tmp_path))  # fmt: skip
    assert again.exit_code == 2
    assert "use `--force` to overwrite it" in again.stderr
    late = run("renewal", "2026-12-31", "--plan", "annual", "--count", "1", "--events",
               "notice", "--ics", "-", "--today", TODAY, "--lang", "ja",
               env=_env(tmp_path))  # fmt: skip
    assert "付けるには `--events` に renewal を加えてください。" in late.stderr


def test_3_renewal_save_over_a_saved_date(tmp_path: Path) -> None:
    _save_monthly(tmp_path)
    again = run("renewal", "2026-12-25", "--plan", "monthly", "--save", "--today", TODAY,
                "--lang", "ja", env=_env(tmp_path))  # fmt: skip
    assert again.exit_code != 0
    assert "置き換えるには `--force` を付けてください" in again.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s6_past_events_say_no_reminder_is_set(tmp_path: Path, lang: str) -> None:
    result = run("renewal", "2026-11-01", "--ics", "-", "--today", TODAY, "--lang", lang,
                 env=_env(tmp_path))  # fmt: skip
    assert result.exit_code == 0, result.stderr
    said = {
        "ja": "このファイルを取り込んでも、これからの更新日の通知は設定されません。",
        "en": "importing this file sets no reminder for a renewal to come",
    }
    assert said[lang] in result.stderr
    assert "`primehelp renewal 2026-11-01 --plan annual --ics -`" in result.stderr
    assert "`primehelp renewal 2026-11-01 --plan monthly --count 12 --ics -`" in result.stderr


def test_4_cancel_help_names_the_saved_plan() -> None:
    ja = _flat(run("cancel", "--help", "--lang", "ja", env={"COLUMNS": "200"}).stdout)
    assert "指定しない場合、保存したプランがあれば有料会員とします。" in ja
    assert "なければ、対話形式（ターミナル）では質問します。" in ja  # review 61a R5
    en = _flat(run("cancel", "--help", "--lang", "en", env={"COLUMNS": "200"}).stdout)
    assert "Not given: paid with a saved plan" in en
