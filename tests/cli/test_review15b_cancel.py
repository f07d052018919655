"""Review 15b (a Japanese reader): cancel texts and the walkthrough, item 4 and S 8, 10, 13, 14."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Sequence

import pytest

from primehelp.i18n import Lang
from tests.support.clihelp import run

TODAY = ("--today", "2026-12-04")


def _out(*args: str, lang: Lang = "ja") -> str:
    result = run(*args, *TODAY, "--lang", lang, env={"COLUMNS": "1000"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 4: 自動更新日 on trial screens


def test_4_the_trial_cancel_by_line_and_note_say_the_automatic_renewal_date() -> None:
    screen = _out("cancel", "--no-interactive", "--trial", "--renewal", "2026-12-24")
    # review 38b item 12: the first sentence names the day; no 「解約の目安日：」 line again
    assert "解約の目安日：" not in screen
    assert "Amazonが示しているのは自動更新日より前という期限だけです" in screen  # 64b R-minor 1
    assert "更新日である" not in screen
    assert "は更新日より前" not in screen and "余裕をみて更新日" not in screen
    en = _out("cancel", "--no-interactive", "--trial", "--renewal", "2026-12-24", lang="en")
    assert "only says to cancel before the automatic renewal date." in en


def test_4_the_paid_screen_keeps_the_renewal_date() -> None:
    screen = _out("cancel", "--no-interactive", "--paid", "--renewal", "2026-12-24")
    # review 38b item 12: named in the first sentence, not again in a 「解約の目安日：」 line
    assert "更新日は2026年12月24日です。" in screen and "解約の目安日：" not in screen
    assert "Amazonが示しているのは更新日より前という期限だけです" in screen  # 64b R-minor 1
    assert "自動更新日" not in screen


# ---------------------------------------------------------------- S 8: one verb, 終了


def test_s8_the_trial_timing_step_and_its_source_say_shuuryou() -> None:
    screen = _out("cancel", "--no-interactive", "--trial")
    assert "使ってから終了するか、今すぐ終了するかを選びます" in screen
    assert "無料体験を今すぐ終了する場合" in screen
    assert "終えるか" not in screen
    sources = run("sources", "--lang", "ja", env={"COLUMNS": "1000"}).stdout
    assert "今すぐ終了するほうを選ぶと" in sources
    assert "終えるか" not in sources and "終えるほう" not in sources


# ---------------------------------------------------------------- S 10: cancel --help


def test_s10_cancel_help_lists_evenly_and_says_what_happens_without_a_terminal() -> None:
    shown = run("cancel", "--help", "--lang", "ja", env={"COLUMNS": "1000"}).stdout
    text = "".join(line.strip() for line in shown.split("\n"))  # the help wraps its lines
    assert "日本語のボタン名、返金、解約後に起きることとあわせて" in text
    assert "（ターミナルでない場合は、指定しなくてもこの表示になります）" in text
    assert "常にこうなります" not in text and "ボタン名や" not in text


# ---------------------------------------------------------------- S 13: the walkthrough's summary


def _walk(answers: Sequence[str], lang: Lang) -> str:
    import datetime as dt

    from primehelp import walkthrough
    from primehelp.content.cancel import bundled_plan
    from primehelp.output.walkthrough import cancel_screen

    script = iter([*answers, *[""] * 12])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        walkthrough.run(
            {},
            lambda branch: bundled_plan(branch, today=dt.date(2026, 12, 4), walkthrough=True),
            lambda _prompt: next(script),
            lambda screen: cancel_screen(screen, lang),
        )
    return out.getvalue()


@pytest.mark.parametrize(
    ("answers", "example"),
    [
        (("1", "2", "1", "3"), "primehelp cancel --renewal 2026-12-31"),
        (("1", "1", "2"), "primehelp cancel --trial --student --renewal 2026-12-31"),
    ],
)
def test_s13_the_walkthrough_offers_the_date_to_a_member_who_knows_it(
    answers: Sequence[str], example: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")
    text = _walk(answers, "ja")
    assert "が分かっている場合は、日付を指定すると、残りの日数を表示します。\n" in text
    assert "更新日を指定すると" not in text
    assert f"\n例：`{example}`（日付は" in text  # whole; the date to replace (56b item 7)
    en = _walk(answers, "en")
    assert "If you know" in en and f"\nFor example: `{example}` (replace" in en


def test_s13_the_whole_procedure_keeps_its_example() -> None:
    assert "例：`primehelp cancel --renewal 2026-12-31`（日付は" in _out(
        "cancel", "--no-interactive"
    )


# ---------------------------------------------------------------- S 14: 明日（日付）


def test_s14_tomorrow_comes_before_the_date() -> None:
    screen = _out("cancel", "--no-interactive", "--trial", "--renewal", "2026-12-05")
    assert "明日（2026年12月5日）に有料会員へ自動で更新されます" in screen
    assert "（明日）" not in screen
