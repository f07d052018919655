"""Review 37b (renewal, trial, cancel, due, remind, .ics, profiles), round 43 fixes."""

from __future__ import annotations

import pytest

from tests.support.clihelp import cancel_screen
from tests.support.profiles import STUDENT_TRIAL, TRIAL


@pytest.mark.parametrize("profile", [TRIAL, STUDENT_TRIAL])
@pytest.mark.parametrize("today", ["2026-12-05", "2026-12-30"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_a_saved_trial_end_is_no_definite_paid_renewal(
    profile: dict[str, str], today: str, lang: str
) -> None:
    """37b item 3: answered 「有料会員」 over a saved trial's end, the first line gave a definite
    deadline and 「更新日は…です」 for a date the screen then says may be wrong for a paid member.
    The first line now says the date is the saved trial's, and that a paid one may differ."""
    env = {**profile, "COLUMNS": "1000"}
    first = cancel_screen(env, "--paid", "--today", today, lang=lang).splitlines()[0]
    if lang == "ja":
        assert "保存した無料体験の自動更新日" in first
        assert "違うことがある" in first  # 「…違うことがあるため、…確認してください」 (50b 10)
        assert "更新日は2026年12月31日です" not in first
        assert "更新日は明日" not in first
    else:
        assert "saved free-trial renewal date" in first
        assert "may differ" in first
        assert "The renewal date is" not in first
        assert "The renewal is tomorrow" not in first


def _japanese_strings(node: object) -> list[str]:
    if isinstance(node, dict):
        return [s for key, value in node.items() for s in _japanese_strings(value)] + (
            [node["ja"]] if isinstance(node.get("ja"), str) else []
        )
    if isinstance(node, list):
        return [s for value in node for s in _japanese_strings(value)]
    return []


def test_11_prime_student_is_written_one_way_before_a_particle() -> None:
    """37b item 11: 「Prime Student の無料体験」 (a space) beside 「Prime Studentの無料体験」: the
    name runs straight into the Japanese particle in every data file."""
    import re
    import tomllib
    from pathlib import Path

    spaced = re.compile(r"Prime Student [のをはでにがと]")
    data = Path(__file__).resolve().parents[2] / "primehelp" / "data"
    found = [
        (path.name, text)
        for path in sorted(data.glob("*.toml"))
        for text in _japanese_strings(tomllib.loads(path.read_text(encoding="utf-8")))
        if spaced.search(text)
    ]
    assert found == []


@pytest.mark.parametrize("start", ["2026-11-04", "2025-01-01"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s2_an_ended_trial_has_no_trial_only_comfort(start: str, lang: str) -> None:
    """37b S 2: after the trial's end the screen still said 「無料体験中に解約すれば費用は
    かかりません」 and dated the reminder mail by the trial's (past) automatic renewal; a running
    trial keeps both."""
    from tests.support.clihelp import run

    def screen(day: str) -> str:
        done = run("trial", day, "--today", "2026-12-05", "--lang", lang, env={"COLUMNS": "1000"})
        assert done.exit_code == 0, done.stderr
        return done.stdout

    free = "無料体験中に解約すれば" if lang == "ja" else "Cancelling during the trial costs nothing"
    trial_mail = "自動更新日の3日ほど前" if lang == "ja" else "3 days before the automatic renewal"
    running = screen("2026-11-25")
    assert free in running
    assert trial_mail in running
    ended = screen(start)
    assert free not in ended
    assert trial_mail not in ended
    assert ("更新日の3日ほど前" if lang == "ja" else "3 days before") in ended


SCREENS = [
    ("trial", "2026-11-25"),
    ("trial", "2026-11-04"),
    ("trial", "2026-11-25", "--student"),
    ("renewal", "2026-12-04"),
    ("renewal", "2026-12-05"),
    ("renewal", "2026-12-24", "--plan", "annual"),
    ("renewal", "2026-11-20", "--plan", "monthly"),
    ("cancel", "--no-interactive", "--renewal", "2026-12-04"),
    ("cancel", "--no-interactive", "--trial", "--renewal", "2026-12-05"),
    ("cancel", "--no-interactive", "--via", "app"),
]


@pytest.mark.parametrize("args", SCREENS)
def test_s3_english_lists_use_one_bullet(args: tuple[str, ...]) -> None:
    """37b S 3: English `trial`/`renewal` listed items after the Japanese 「・」 while `cancel`
    used "- ": every English screen of the area uses "- "."""
    from tests.support.clihelp import run

    done = run(*args, "--today", "2026-12-05", "--lang", "en", env={"COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    assert "・" not in done.stdout


@pytest.mark.parametrize("width", ["40", "80"])
@pytest.mark.parametrize("plan", ["annual", "monthly", "student-annual"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s4_a_blank_line_before_the_notes_under_the_renewals(
    width: str, plan: str, lang: str
) -> None:
    """37b S 4: 「primehelpが計算した日付は目安です。」 ran straight on from the last 「会費：」
    block (the table at 80 columns): a blank line before the notes."""
    from tests.support.clihelp import run

    args = ("renewal", "2026-12-24", "--plan", plan, "--today", "2026-12-05", "--lang", lang)
    lines = run(*args, env={"COLUMNS": width}).stdout.splitlines()
    note = "2回目以降の更新日は計算による" if lang == "ja" else "The renewal dates after the"
    # not "The renewal date is …", the lead's last line at 40 columns (review 63b S 9)
    starts = [n for n, line in enumerate(lines) if line.startswith(note[: 12 + 8 * (lang == "en")])]
    assert starts, lines
    above = lines[starts[0] - 1]
    assert above == "", lines[starts[0] - 3 : starts[0] + 1]


@pytest.mark.parametrize("within", [None, "0", "1", "3", "10", "365"])
@pytest.mark.parametrize("today", ["2026-12-05", "2026-12-29", "2026-12-31"])
def test_s5_due_json_gives_the_window_in_force(within: str | None, today: str) -> None:
    """37b S 5 / 36b S 19: `due --json` gave "within_days": null with the default window in
    force, while the text said 「2026年12月28日からお知らせします」: now the days in force, the
    same span as window_start to renewal_date."""
    import datetime as dt

    from tests.support.clihelp import run
    from tests.support.profiles import ANNUAL

    more = () if within is None else ("--within", within)
    done = run("due", "--today", today, *more, "--json", env=ANNUAL)
    data = done.json()["data"]
    span = dt.date.fromisoformat(data["renewal_date"]) - dt.date.fromisoformat(data["window_start"])
    assert data["within_days"] == span.days
    assert data["within_days"] >= max(3, int(within or 0))


@pytest.mark.parametrize("width", [40, 60, 80])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s7_the_profile_path_runs_past_the_width_only_if_it_must(
    tmp_path: object, width: int, lang: str
) -> None:
    """37b S 7: 「保存場所：/tmp/…/profile.json」 ran past 40 columns: wider than the screen, the
    path is on a line of its own, whole, and no line is wider than the screen unless it is the
    path alone (too long to fit anyway)."""
    from pathlib import Path

    from primehelp.output.linebreak import unicode_text_width
    from tests.support.clihelp import run, saved_profile

    folder = Path(str(tmp_path)) / "a-rather-long-folder-name"
    folder.mkdir()
    env = {**saved_profile(folder, "2026-12-31", "annual", False), "COLUMNS": str(width)}
    done = run("profile", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    path = str(folder / "profile.json")
    lines = done.stdout.splitlines()
    assert any(line.strip() == path or line.endswith(path) for line in lines)
    for line in lines:
        assert unicode_text_width(line) <= width or line == path, line


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_36b_s17_a_saved_trial_is_shown_by_the_trial_screens_name(lang: str) -> None:
    """36b S 17: `profile` gave a saved trial's date as 「更新日」, which every other screen
    calls 「有料会員への自動更新日」."""
    from tests.support.clihelp import run

    done = run("profile", "--lang", lang, env={**TRIAL, "COLUMNS": "1000"})
    first = done.stdout.splitlines()[1]
    # the estimate after the date, in the house term (review 59a item 3)
    assert first.startswith(
        "有料会員への自動更新日：" if lang == "ja" else "Automatic paid renewal:"
    )
    assert ("計算による目安）" if lang == "ja" else "an estimate)") in first


@pytest.mark.parametrize(
    "args",
    [
        ("trial", "2026-11-05"),
        ("trial", "2026-06-05", "--student"),
        ("renewal", "2026-12-05"),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s9_the_renewal_day_dates_the_next_renewal_as_the_day_after(
    args: tuple[str, ...], lang: str
) -> None:
    """37b S 9: on the renewal day (no plan known) 「次の更新日（年間プランなら1年後、月間プランなら
    1か月後）」; the day after, 「2026年12月4日の1年後」: both dated now."""
    from tests.support.clihelp import run

    done = run(*args, "--today", "2026-12-05", "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    # review 49b item 14: the date itself
    dated = "年間プランなら2027年12月5日" if lang == "ja" else "2027-12-05 on the annual plan"
    assert dated in done.stdout
    assert ("年間プランなら1年後" if lang == "ja" else "a year from now on") not in done.stdout


@pytest.mark.parametrize("flags", [("--regular",), ("--trial", "--regular")])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_36b_s16_a_saved_student_trial_end_is_not_a_regular_trials(
    flags: tuple[str, ...], lang: str
) -> None:
    """36b S 16: `cancel --regular` over a saved Prime Student trial applied its 6-month date
    (a regular trial lasts 30 days) without comment: not used now, and said so; without
    --regular the saved Student trial's date is used as before."""
    env = {**STUDENT_TRIAL, "COLUMNS": "1000"}
    screen = cancel_screen(env, *flags, "--today", "2026-12-05", lang=lang)
    date = "2026年12月31日" if lang == "ja" else "2026-12-31"
    said = (
        "通常のプライムの無料体験の自動更新日としては使っていません"
        if lang == "ja"
        else ("not used for a regular Prime free trial")
    )
    assert said in screen
    assert "2026年12月30日（あと25日）" not in screen and "2026-12-30 (in 25 days)" not in screen
    assert date in screen  # named in the note
    kept = cancel_screen(env, "--today", "2026-12-05", lang=lang)
    assert said not in kept
    assert ("2026年12月30日（あと25日）" if lang == "ja" else "2026-12-30 (in 25 days)") in kept


@pytest.mark.parametrize(("today", "lately"), [("2027-01-01", True), ("2027-01-03", True),
                                               ("2027-01-04", False), ("2027-03-01", False)])  # fmt: skip
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_36b_s18_a_renewal_just_past_without_a_plan_says_a_refund_may_come(
    tmp_path: object, today: str, lately: bool, lang: str
) -> None:
    """36b S 18: the first days after a renewal saved without a plan, `due` gave only the error
    (save the next date); the fee just charged may come back if the membership ends now, as the
    planned case says: said in the same line, for as many days as the planned case."""
    from pathlib import Path

    from tests.support.clihelp import run, saved_profile

    env = saved_profile(Path(str(tmp_path)), "2026-12-31", None, False)
    done = run("due", "--today", today, "--lang", lang, env=env)
    assert done.exit_code == 2
    assert done.stderr.count("\n") == 1
    # Review 53b (commit 9172ebe8): the condition first, 「…更新されている場合は、今すぐ終了すると、…」
    ja = "今すぐ終了すると、2026年12月31日に請求された会費が返金されることがあります"  # 62b 8
    refund = ja if lang == "ja" else "may be refunded"
    assert (refund in done.stderr) is lately
    assert "--save --force" in done.stderr
