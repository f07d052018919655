"""Review 54a (contact, check-number, sources, subscriptions, profile, help texts).

1. 「年末年始の│12月29日〜1月3日」: the modifier was left at a line end, apart from its dates.
2. (and review 54b item 18) --today help: 「（指定しない場合は」 stood alone on a line.
10. `profile --clear` said 「保存した更新日を削除しました。」 where the help says 「更新日とプラン」.
3. `check-number 110` ended with 「2026年12月2日に確認しました。」 alone: what was checked was not said.
6. `sources Prime` gave every fact under the plain title, without saying how 「Prime」 was read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.i18n import Lang
from tests.support.clihelp import run, saved_profile, screen


@pytest.mark.parametrize("columns", (40, 60, 80, 120))
def test_the_new_year_holidays_are_not_parted_from_their_dates(columns: int) -> None:
    lines = [line.strip() for line in screen("contact", lang="ja", columns=columns).splitlines()]
    assert not any(line.endswith("年末年始の") for line in lines)
    assert "12月29日〜1月3日は年末年始のため休みです。" in "".join(lines)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("word", ["Prime", "プライム", "全部"])
def test_another_word_for_every_fact_says_how_it_was_read(lang: Lang, word: str) -> None:
    title = screen("sources", word, "--no-pager", lang=lang).splitlines()[0]
    # review 59a item 10: that the word stands for every fact, not 「「すべて」（…）に関する…」
    if lang == "ja":
        assert title.startswith(f"「{word}」はすべての情報に当てはまるため、すべての情報と出典を")
    else:
        assert title.startswith(f"“{word}” covers everything primehelp states: all of it")


@pytest.mark.parametrize("columns", (40, 60, 80))
@pytest.mark.parametrize("command", ["due", "renewal", "trial", "cancel", "profile"])
def test_the_today_help_has_no_short_bracket_opening_alone(command: str, columns: int) -> None:
    lines = [
        line.strip() for line in screen(command, "--help", lang="ja", columns=columns).splitlines()
    ]
    assert "（指定しない場合は" not in lines and "（省略時は" not in lines  # alone on a line
    assert not any(line.endswith("（省略時") for line in lines)  # 「省略時│は」
    assert "（省略時は環境変数 PRIMEHELP_TODAY、それもなければ日本時間の今日）。" in "".join(lines)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_profile_clear_says_the_plan_went_too(lang: Lang, tmp_path: Path) -> None:
    env = saved_profile(tmp_path, "2026-12-20", "monthly", False)
    cleared = run("--lang", lang, "profile", "--clear", env=env)
    assert cleared.exit_code == 0, cleared.stderr
    said = (
        "保存した更新日とプランを削除しました。"
        if lang == "ja"
        else "Deleted the saved renewal date and plan."
    )
    assert cleared.stdout.startswith(said)
    assert not (tmp_path / "profile.json").exists()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_public_number_ends_with_its_sources_and_date(lang: Lang) -> None:
    """Item 3: 110 cites no page (none names it: review 32a S 20, restored after 59a item 1),
    and ends with the date as every check-number screen does; 188 ends with its page, then it."""
    lines = screen("check-number", "110", lang=lang).rstrip("\n").splitlines()
    assert all(not line.startswith(("出典", "Sources")) for line in lines)
    hotline = screen("check-number", "188", lang=lang).rstrip("\n").splitlines()
    assert hotline[-3] == ("出典：" if lang == "ja" else "Sources:")
    assert lines[-1] == (
        "2026年12月2日に確認しました。" if lang == "ja" else "(checked 2026-12-02)"
    )
