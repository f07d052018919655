"""Review 17b (a Japanese reader): renewal, trial, cancel — items 2, 4 and S 6, S 7, S 8."""

from __future__ import annotations

import datetime as dt

import pytest

from primehelp.i18n import Lang
from tests.support.clihelp import run

TODAY = dt.date(2026, 12, 4)


def _out(
    *args: str, lang: Lang = "ja", columns: int = 1000, env: dict[str, str] | None = None
) -> str:
    result = run(
        *args,
        "--today",
        TODAY.isoformat(),
        "--lang",
        lang,
        env={"COLUMNS": str(columns), **(env or {})},
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ------------------------------------------- item 2: a carrier's first line, for each timing

CARRIER = ("cancel", "--no-interactive", "--via", "carrier", "--paid", "--regular", "--renewal")
# renewal → (ja, en): the words that date the action relative to today, in the first line
CARRIER_LEADS = {
    "2026-12-20": (
        "キャンペーンで付いたプライムなら、2026年12月19日（あと15日）までに",
        "For Prime from a carrier campaign, cancel on the Prime membership page by 2026-12-19",
    ),
    "2026-12-05": (
        "キャンペーンで付いたプライムなら、更新日は明日（2026年12月5日）なので、今日中に",
        "For Prime from a carrier campaign, the renewal is tomorrow, 2026-12-05",
    ),
    "2026-12-04": ("今日が更新日です。", "Today is the renewal day."),
    "2026-12-01": (
        "更新日の2026年12月1日（3日前）は過ぎています。",
        "The renewal date, 2026-12-01 (3 days ago), has passed.",
    ),
    "2026-10-01": (
        "更新日の2026年10月1日（64日前）は過ぎています。次の更新日は「Amazonプライム会員情報」の",
        "The renewal date, 2026-10-01 (64 days ago), has passed. The Prime membership page",
    ),
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("renewal", list(CARRIER_LEADS))
def test_2_a_carrier_opens_with_what_to_do_today(renewal: str, lang: Lang) -> None:
    """As the web route does: the first line, before the heading, dated relative to today."""
    screen = _out(*CARRIER, renewal, lang=lang)
    first, _, rest = screen.partition("\n\n")
    assert CARRIER_LEADS[renewal][0 if lang == "ja" else 1] in first
    heading = {
        "ja": "プライム会員の解約（携帯電話会社",
        "en": "Cancelling Prime (mobile carrier",
    }[lang]
    assert rest.startswith(heading) or heading in rest.split("\n", 1)[0]
    # only what the fact sheet supports at a carrier: no Amazon timing choice, no refund rules
    assert "今すぐ終了" not in first and "end it now" not in first
    assert "返金されます" not in first and "refunded" not in first


def test_2_a_carrier_lead_has_no_refund_rules_in_json() -> None:
    result = run(*CARRIER, "2026-12-04", "--today", TODAY.isoformat(), "--json")
    assert result.exit_code == 0, result.stderr
    action = result.json()["data"]["action"]
    assert action["act"] == "end_now"
    assert action["refund_rules"] == [] and action["refund_rule"] is None


# ------------------------------------------- item 4: a saved trial's table has trial's names


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_renewal_of_a_saved_trial_names_the_day_as_trial_does(lang: Lang) -> None:
    from tests.support.profiles import TRIAL

    renewal = _out("renewal", lang=lang, env=TRIAL)
    trial = _out("trial", "2026-12-01", lang=lang, env=TRIAL)  # the same end: 2026-12-31
    names = {
        "ja": (
            "無料体験の終了と有料会員への自動更新",
            "有料会員への自動更新日（計算による目安）",
            "解約の目安日（自動更新日の前日）",
        ),
        "en": (
            "The free trial and its automatic paid renewal",
            "Automatic paid renewal (estimate)",
            "Cancel by (the day before)",
        ),
    }[lang]
    for name in names:
        assert name in renewal and name in trial
    paid = {
        "ja": ("Amazonプライムの更新日", "更新日（会費の請求日）"),
        "en": ("Renewal (the fee is charged)",),
    }
    for name in paid[lang]:
        assert name not in renewal


def test_4_the_json_says_trial_and_keeps_its_keys() -> None:
    """Additive only: the keys of schema 1 stay; ``trial`` is new (true for a saved trial)."""
    from tests.support.profiles import ANNUAL, TRIAL

    saved = run("renewal", "--today", TODAY.isoformat(), "--json", env=TRIAL).json()
    given = run("renewal", "2026-12-31", "--today", TODAY.isoformat(), "--json", env=ANNUAL).json()
    assert saved["schema_version"] == 1
    assert saved["data"]["trial"] is True and given["data"]["trial"] is False
    assert set(given["data"]) == set(saved["data"])
    assert saved["data"]["renewal_date"] == "2026-12-31"


# ------------------------------------------- item 1: remind status with systemd and no cron


@pytest.mark.parametrize("columns", [40, 60])
def test_1_remind_status_keeps_settei_dekimasu_whole(
    columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """「systemd で設定で│きます：」 at 40: the screen is in the golden list (a fake systemctl on
    PATH, no crontab; systemd offered only where it runs, review 23b item 4), so the phrase
    data keeps 「設定できます」 on one line."""
    from pathlib import Path

    import primehelp.cli.remind as command
    from tests.support.golden import REPO

    monkeypatch.setattr(command, "SYSTEMD_RUNNING", Path(REPO))  # a folder that is there

    env = {
        "COLUMNS": str(columns),
        "PATH": str(REPO / "tests" / "fixtures" / "systemctl-only"),
        "XDG_CONFIG_HOME": "/nonexistent/primehelp-xdg",
    }
    done = run("remind", "status", "--scheduler", "cron", "--lang", "ja", env=env)
    assert done.exit_code == 0, done.stderr
    assert "primehelp remind install" in done.stdout  # systemd is offered
    lines = done.stdout.splitlines()
    assert any("設定できます" in line for line in lines)


# ------------------------------------------- S 7: the cancel-by explanation, only while it helps

MARGIN = {
    "ja": "解約の目安日はAmazonの決まりではありません",
    "en": "The cancel-by date is not Amazon's rule",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (("renewal", "2026-12-04"), False),  # renewal today: its cancel-by day was yesterday
        (("renewal", "2026-12-01"), False),
        (("renewal", "2026-12-05"), True),  # the cancel-by day is today
        (("renewal", "2026-12-31"), True),
        (("renewal", "2026-11-01", "--plan", "monthly"), True),  # the next renewal's day
        (("trial", "2026-11-04"), False),  # the trial's renewal day
        (("trial", "2026-11-05"), True),
    ],
)
def test_s7_the_margin_note_is_left_out_once_its_day_has_passed(
    args: tuple[str, ...], shown: bool, lang: Lang
) -> None:
    assert (MARGIN[lang] in _out(*args, lang=lang)) is shown


# ------------------------------------------- S 6: the fee note in two sentences


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s6_the_fee_note_is_two_sentences(lang: Lang) -> None:
    screen = _out("renewal", "2026-12-31", "--plan", "monthly", lang=lang)
    note = {
        "ja": "会費は現在の料金です。今後変わることがあります。",
        "en": "fees. They may change.",
    }
    assert note[lang] in screen
    assert "（今後" not in screen and "; they may change" not in screen


# ------------------------------------------- S 8: the row where the fee changes is marked


@pytest.mark.parametrize("columns", [40, 100])
def test_s8_the_first_regular_fee_row_is_marked_and_the_note_starts_with_the_mark(
    columns: int,
) -> None:
    args = ("renewal", "2026-12-31", "--plan", "student-annual", "--count", "7")
    lines = _out(*args, columns=columns).splitlines()
    marked = [line for line in lines if "2030-12-31※" in line]
    assert len(marked) == 1  # the first renewal with the regular fee (4 years on), only
    assert sum("※" in line for line in lines) == 2  # the row and the note
    # 「最長4年間のため」 is one phrase (review 50a item 13): at 40 columns it opens the next line
    assert any(line.startswith("※Prime Studentの有料期間は") for line in lines)
    en = _out(*args, lang="en").splitlines()
    assert any("2030-12-31*" in line for line in en)
    assert any(line.startswith("*Paid Prime Student lasts at most 4 years") for line in en)


@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2026-12-31", "--plan", "student-annual", "--count", "3"),  # all Student
        ("renewal", "2026-12-31", "--plan", "annual", "--count", "7"),
    ],
)
def test_s8_no_mark_where_the_fee_does_not_change(args: tuple[str, ...]) -> None:
    assert "※" not in _out(*args)
