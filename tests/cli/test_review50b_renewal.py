"""Review 50b items 12, 13 and S 17: renewal --plan's list (today's cancel-by, 「上の」), a --plan
other than the saved one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.clihelp import run, saved_profile

ENV = {"PRIMEHELP_TODAY": "2026-12-06"}
TODAY_MARK = {"ja": "2026-12-06（今日）", "en": "2026-12-06 (today)"}


@pytest.mark.parametrize("columns", ["40", "60", "80", "120"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item12_a_cancel_by_date_of_today_in_the_list_is_marked(lang: str, columns: str) -> None:
    env = {**ENV, "COLUMNS": columns}
    args = ("renewal", "2026-12-07", "--plan", "annual", "--count", "2")
    done = run("--lang", lang, *args, env=env)
    assert done.exit_code == 0, done.stderr
    listed = done.stdout[done.stdout.index("2026-12-07", done.stdout.index("2026-12-04")) :]
    squeezed = "".join(listed.split()).replace("(today)", " (today)")
    assert TODAY_MARK[lang].replace(" ", "") in squeezed.replace(" ", ""), done.stdout


@pytest.mark.parametrize("columns", ["40", "60", "80", "120"])
def test_item13_the_student_notes_say_above_not_this_table(columns: str) -> None:
    env = {**ENV, "COLUMNS": columns}
    args = ("renewal", "2026-12-06", "--plan", "student-annual", "--count", "2")
    done = run("--lang", "ja", *args, env=env)
    assert done.exit_code == 0, done.stderr
    flat = "".join(done.stdout.split())
    assert "この表" not in flat, done.stdout
    assert "一覧の会費は、PrimeStudentのままの場合の金額です。" in flat, done.stdout  # 53b 10
    assert "2026年12月6日を有料期間の最初の請求日として、そこから4年間はPrimeStudentの会費" in flat
    en = run("--lang", "en", *args, env=env)
    assert "This table" not in " ".join(en.stdout.split()), en.stdout


OTHER = {
    "ja": "保存したプランは月間プランですが、指定された年間プランで計算しています。",
    "en": "the saved plan is the monthly plan; this counts with the annual plan given",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s17_a_plan_other_than_the_saved_one_is_said(tmp_path: Path, lang: str) -> None:
    env = {**saved_profile(tmp_path, "2026-12-20", "monthly", False), **ENV}
    done = run("--lang", lang, "renewal", "--plan", "annual", env=env)
    assert done.exit_code == 0, done.stderr
    assert OTHER[lang] in " ".join(done.stderr.split()).replace("、 ", "、"), done.stderr
    same = run("--lang", lang, "renewal", "--plan", "monthly", env=env)
    assert same.exit_code == 0 and OTHER[lang][:8] not in same.stderr, same.stderr
    plain = run("--lang", lang, "renewal", env=env)
    assert plain.exit_code == 0 and OTHER[lang][:8] not in plain.stderr, plain.stderr
    data = run("--lang", lang, "renewal", "--plan", "annual", "--json", env=env)
    assert data.exit_code == 0, data.stderr
    warnings = json.loads(data.stdout)["data"]["warnings"]
    assert any(OTHER[lang] in w for w in warnings), warnings


def test_s17_the_saved_date_sentence_names_no_option(tmp_path: Path) -> None:
    env = {**saved_profile(tmp_path, "2026-12-20", "monthly", False), **ENV}
    done = run("--lang", "ja", "renewal", env=env)
    assert done.exit_code == 0, done.stderr
    assert "更新日は保存した日付（2026年12月20日）です。" in done.stdout, done.stdout
    assert "--save で保存した" not in done.stdout, done.stdout
