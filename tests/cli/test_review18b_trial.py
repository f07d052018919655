"""Review 18b (a Japanese reader): the texts of renewal, trial, cancel and due — items 3, 4 and
S 5, S 6, S 7, S 8, S 9, S 11."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from primehelp.i18n import Lang
from tests.support.clihelp import run


def _out(*args: str, lang: Lang = "ja", env: dict[str, str] | None = None) -> str:
    result = run(*args, "--lang", lang, env={"COLUMNS": "1000", **(env or {})})
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ------------------------------------------- item 3: a saved trial's screen, every line


@pytest.mark.parametrize("today", ["2026-12-04", "2027-01-03"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_renewal_of_a_saved_trial_names_the_mail_day_as_trial_does(
    today: str, lang: Lang
) -> None:
    """The table says 有料会員への自動更新日; the mail section said 「更新日の3日ほど前」."""
    from tests.support.profiles import TRIAL

    screen = _out("renewal", "--today", today, lang=lang, env=TRIAL)
    mail = {
        "ja": ("自動更新日の3日ほど前", "、更新日の3日ほど前"),
        "en": ("3 days before the automatic renewal date", "3 days before the renewal date"),
    }[lang]
    if today > "2026-12-31":  # the saved trial has ended: the next mail is the paid renewal's,
        mail = (mail[1], mail[0])  # on `trial`'s screen too (review 37b S 2)
    assert mail[0] in screen and mail[1] not in screen
    # the same sentence as `trial` itself prints
    trial = _out("trial", "2026-12-01", "--today", today, lang=lang)
    line = next(x for x in trial.splitlines() if mail[0] in x)
    assert line in screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_a_saved_trial_past_asks_for_the_paid_renewals(lang: Lang) -> None:
    """Past its day, the --plan hint names the renewals from the next one (the paid membership's,
    whose date the screen gives above), not 「次回以降の更新日」 (the day before was the automatic
    renewal date). Review 52b item 5 made it one sentence on every today/past screen, the paid
    one's too."""
    from tests.support.profiles import TRIAL

    screen = _out("renewal", "--today", "2027-01-03", lang=lang, env=TRIAL)
    hint = {
        "ja": "次の更新日からの一覧は、`--plan` を付けると表示できます（例：`--plan annual`）。",
        "en": "To list the renewals from the next one, add `--plan` (e.g. `--plan annual`).",
    }[lang]
    assert hint in screen
    assert {"ja": "次回以降の更新日", "en": "the next renewals"}[lang] not in screen
    # the next renewal it lists from is the paid membership's, named on the same screen
    assert {
        "ja": "次の更新日（年間プランなら2027年12月31日",
        "en": "next renewal date (2027-12-31",
    }[lang] in screen
    paid = _out("renewal", "2026-12-31", "--today", "2027-01-03", lang=lang)  # nothing saved
    assert hint in paid  # one wording (review 52b item 5)


# ------------------------------------------- item 4: 「目安」 on the date, never after a verb

# (trial START [--student], today) → the date with its estimate, ja and en
TRIAL_DAYS = {
    ("2026-05-25", "--student"): (
        "2026年11月25日（10日前、目安）に",
        "2026-11-25 (10 days ago, an estimate)",
    ),
    ("2026-10-01",): ("2026年10月31日（35日前、目安）に", "2026-10-31 (35 days ago, an estimate)"),
    ("2019-05-01",): ("2019年5月31日（目安）に", "2019-05-31 (estimate)"),
    ("2026-11-06",): ("明日（2026年12月6日、目安）に", "tomorrow, 2026-12-06 (estimate)"),
    ("2026-12-01",): ("2026年12月31日（目安）に", "2026-12-31 (estimate)"),
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("given", list(TRIAL_DAYS))
def test_4_the_estimate_is_on_the_trials_day(given: tuple[str, ...], lang: Lang) -> None:
    first = _out("trial", *given, "--today", "2026-12-05", lang=lang).split("\n")[0]
    assert TRIAL_DAYS[given][0 if lang == "ja" else 1] in first
    # once, on the date: never after a verb (「…請求されています（目安）。」); the sentence that
    # sends a past estimate to the page says it too (review 56b item 2)
    check = "日付は目安なので" if lang == "ja" else "The date is an estimate"
    assert first.replace(check, "").count("目安" if lang == "ja" else "estimate") == 1
    if lang == "ja":  # (in English the date, with its estimate, ends the sentence)
        assert "（目安）。" not in first


@pytest.mark.parametrize("renewal", ["2026-11-25", "2026-10-01", "2026-12-06"])
def test_4_a_typed_trial_date_has_no_estimate(renewal: str) -> None:
    """cancel --trial --renewal: the member's date, no 「目安」 and no empty 「（10日前、）」."""
    first = _out(
        "cancel", "--no-interactive", "--trial", "--renewal", renewal, "--today", "2026-12-05"
    ).split("\n")[0]
    assert "目安" not in first and "、）" not in first


# ------------------------------------------- S 5, S 6: the far-ahead warnings


def _warning(*args: str, lang: Lang = "ja") -> str:
    done = run(*args, "--today", "2026-12-05", "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 0  # a warning: the screen follows
    assert done.stderr.count("\n") == 1  # one line
    return done.stderr


def test_s5_a_paid_date_years_ahead_reads_naturally() -> None:
    said = _warning("renewal", "2030-06-01")
    assert "年間プランでも、次の更新日は今日から1年以内のはずです。" in said
    assert "までは1年以内" not in said and "来ます" not in said  # review 18b S 5; review 12b


@pytest.mark.parametrize(
    ("args", "length"),
    [(("--renewal", "2027-06-01"), "30日"), (("--student", "--renewal", "2027-06-06"), "6か月")],
)
def test_s6_a_trial_date_beyond_the_trial_says_the_length_once(
    args: tuple[str, ...], length: str
) -> None:
    said = _warning("cancel", "--no-interactive", "--trial", *args)
    assert f"が今日から{length}より先です。" in said  # review 22b item 2: not 以上
    assert "自動更新日は今日からその期間内のはずです。日付を確認してください。" in said
    assert "以上先" not in said and "以内（" not in said and "有料会員への自動更新日" not in said
    # the length itself is said once (and 30 days not at all for a Prime Student)
    assert said.count(f"{length}間") == 1
    en = _warning("cancel", "--no-interactive", "--trial", *args, lang="en")
    assert "renews as paid within that time from today; check the date" in en


# ------------------------------------------- S 9: after a saved date, an example still ahead


@pytest.mark.parametrize(
    ("today", "ahead"), [("2027-01-03", "2027-12-31"), ("2028-01-03", "2028-12-31")]
)
@pytest.mark.parametrize("trial", [True, False])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s9_the_example_saves_a_date_still_ahead(
    today: str, ahead: str, trial: bool, lang: Lang
) -> None:
    """Not the saved date that has passed (2026-12-31): the next one the page shows, and an
    example date after today; one line, exit 2 (due's contract)."""
    from tests.support.profiles import TRIAL

    env: dict[str, str] = TRIAL
    if not trial:  # a paid date, no plan saved (conftest: a fresh PRIMEHELP_CONFIG_DIR)
        import os

        from primehelp.profile import Profile, profile_path, save_profile

        save_profile(profile_path(os.environ), Profile(renewal_date=dt.date(2026, 12, 31)))
        env = {}
    done = run("due", "--today", today, "--lang", lang, env={"COLUMNS": "1000", **env})
    assert (done.exit_code, done.stdout) == (2, "")
    assert done.stderr.count("\n") == 1
    assert f"primehelp renewal {ahead} --plan annual --save --force" in done.stderr
    assert "renewal 2026-12-31 --plan" not in done.stderr
    # the page and the date it shows (a trial end just past names the page once, to check the
    # estimate, and then 「ページに表示される」: review 56b item 2)
    page = {
        "ja": ("「Amazonプライム会員情報」のページ", "ページに表示される"),
        "en": ("the Prime membership page", "next renewal date the"),
    }[lang]
    assert page[0] in done.stderr and page[1] in done.stderr


# ------------------------------------------- S 11: the carrier note in words, what was given

WORDS = {
    "--paid": "有料会員か無料体験中か",
    "--trial": "有料会員か無料体験中か",
    "--regular": "通常のプライムかPrime Studentか",
    "--student": "通常のプライムかPrime Studentか",
    "--benefits-used": "前回の支払い以降に特典を使ったかどうか",
}


@pytest.mark.parametrize(
    "flags", [("--paid", "--regular"), ("--student",), ("--trial", "--benefits-used")]
)
def test_s11_the_carrier_note_names_what_was_given_in_words(flags: tuple[str, ...]) -> None:
    screen = _out("cancel", "--no-interactive", "--via", "carrier", *flags)
    note = next(line for line in screen.splitlines() if "携帯電話会社で解約する場合" in line)
    assert "--" not in note and "指定" not in note
    for flag, words in WORDS.items():
        assert (words in note) == any(WORDS[given] == words for given in flags), (flag, note)


# ------------------------------------------- S 8: trial --help names trial's day


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s8_trial_help_names_the_automatic_renewal(lang: Lang) -> None:
    env = {"COLUMNS": "1000", "PRIMEHELP_LANG": lang}
    done = [run(command, "--help", env=env) for command in ("trial", "renewal")]
    assert [one.exit_code for one in done] == [0, 0]
    # the help wraps at its own width: one paragraph a line
    trial, renewal = (re.sub(r"\s*\n\s*", "" if lang == "ja" else " ", one.stdout) for one in done)
    ours = {
        "ja": ("renewal：有料会員への自動更新日", "自動更新日の前日", "自動更新日の何日前に通知"),
        "en": ("renewal (the automatic paid renewal", "days before the automatic paid renewal"),
    }[lang]
    theirs = {
        "ja": ("renewal：更新日（会費の請求日）", "更新日の何日前に通知"),  # 49a item 3
        "en": ("renewal (the charge)", "days before the renewal,"),
    }[lang]
    for words in ours:
        assert words in trial and words not in renewal
    for words in theirs:
        assert words in renewal and words not in trial.replace("自動更新日", "")


# ------------------------------------------- S 7: a paid renewal's event has the screen's name


def _summaries(*args: str, lang: Lang, env: dict[str, str] | None = None) -> list[str]:
    import icalendar

    calendar = icalendar.Calendar.from_ical(_out(*args, "--ics", "-", lang=lang, env=env))
    return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s7_a_paid_renewal_event_is_named_as_the_screen_names_it(lang: Lang) -> None:
    from primehelp.output.key_dates import renewal_ui

    today = ("--today", "2026-12-05")
    bare = _summaries("renewal", "2026-12-20", *today, lang=lang)
    row = renewal_ui("row_renewal")(lang)  # 「更新日（会費の請求日）」
    prime = {"ja": "Amazonプライムの", "en": "Amazon Prime "}[lang]
    assert prime + (row if lang == "ja" else row.lower()) in bare
    planned = _summaries("renewal", "2026-12-20", "--plan", "monthly", *today, lang=lang)
    name = {
        "ja": "Amazonプライムの更新日（月間プラン・600円）",
        "en": "Amazon Prime renewal (monthly plan, ¥600)",
    }
    assert name[lang] in planned
    assert not any("自動更新日" in summary or "renews" in summary for summary in bare + planned)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s7_a_trial_calendar_keeps_the_automatic_renewal(lang: Lang) -> None:
    from tests.support.profiles import TRIAL

    name = {"ja": "無料体験から有料会員への自動更新日", "en": "free trial renews as paid"}[lang]
    for summaries in (
        _summaries("trial", "2026-12-01", "--today", "2026-12-05", lang=lang),
        _summaries("renewal", "--today", "2026-12-05", lang=lang, env=TRIAL),
    ):
        assert any(name in summary for summary in summaries), summaries
