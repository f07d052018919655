"""A saved date in words, and why a date already past is not saved (``--save``): for
:mod:`primehelp.cli.schedule`."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Text

if TYPE_CHECKING:
    from primehelp.profile import Profile


def described(profile: Profile) -> Text:
    """A saved profile in a sentence: 「2026年12月20日（月間プラン）」, 2026-12-20 (monthly plan)."""
    day = profile.renewal_date
    parts = [ui(f"plan_{profile.plan}", "ui_calendar")] if profile.plan is not None else []
    parts += [ui("profile_student", "ui_calendar")] if profile.student else []
    parts += [ui("profile_trial", "ui_calendar")] if profile.trial else []
    ja = "、".join(part.ja for part in parts)
    en = ", ".join(part.en for part in parts)
    return Text(
        f"{day.year}年{day.month}月{day.day}日" + (f"（{ja}）" if ja else ""),
        day.isoformat() + (f" ({en})" if en else ""),
    )


def passed(
    profile: Profile, today: dt.date, saved: Profile | None = None, unreadable: bool = False
) -> Text:
    """Why a date already past, with no plan to count the next renewal from, is not saved;
    ``saved`` (or an ``unreadable`` file) is replaced by the example command only with --force,
    which it then carries, saying so (review 52b item 14)."""
    from primehelp.periods import Plan, next_renewal
    from primehelp.profile import Profile

    day = profile.renewal_date
    example = next_renewal(day, Plan.ANNUAL, today + dt.timedelta(days=1))
    said = ui("save_passed_trial" if profile.trial else "save_passed_no_plan", "ui_profile")
    values = {"date_iso": day.isoformat(), "example_iso": example.isoformat(),
              "annual": "student-annual" if profile.is_student else "annual",
              "force": " --force" * (saved is not None or unreadable)}  # fmt: skip
    replaces = Text("", "")
    if saved is not None:
        before, words = described(saved), ui("save_passed_replaces", "ui_profile")
        replaces = Text(words.ja.format(before=before.ja), words.en.format(before=before.en))
    elif unreadable:
        replaces = ui("save_passed_replaces_file", "ui_profile")
    name = ui(f"annual_name.{'student' if profile.is_student else 'regular'}", "ui_profile")
    ja = {"date": described(Profile(day)).ja, "example": described(Profile(example)).ja}
    ja["annual_name"] = name.ja  # 「Prime Student 年間プラン」 with student-annual (31b S 9)
    ja["replaces"] = replaces.ja
    en = {"date": day, "example": example, "annual_name": name.en, "replaces": replaces.en}
    return Text(said.ja.format(**ja, **values), said.en.format(**en, **values))


def other_kind(existing: Profile, profile: Profile, file: Text) -> Text:
    """Why ``profile`` is not saved over ``existing``, the same date as another kind (a free
    trial's end against a paid renewal): each kind named plainly, the date once (review 38b
    item 10: 「…（有料会員への自動更新日）が保存されています。有料会員の更新日の…に置き換える
    には」 contrasted two names a particle apart, and said the date twice)."""
    trial, paid = (existing, profile) if existing.trial else (profile, existing)
    said = ui("save_kind_trial_saved" if existing.trial else "save_kind_paid_saved", "ui_calendar")
    student = ui("profile_student", "ui_calendar") if trial.is_student else None
    names = [ui(f"plan_{paid.plan}", "ui_calendar")] if paid.plan is not None else []
    names += (
        [] if paid.plan is not None or not paid.student else [ui("profile_student", "ui_calendar")]
    )
    day = existing.renewal_date
    return Text(
        said.ja.format(
            date=f"{day.year}年{day.month}月{day.day}日",
            file=file.ja,
            student=f"{student.ja}の" if student else "",
            plan="".join(f"（{name.ja}）" for name in names),
        ),
        said.en.format(
            date=day.isoformat(),
            file=file.en,
            student=f"a {student.en} " if student else "a ",
            plan="".join(f" ({name.en})" for name in names),
        ),
    )
