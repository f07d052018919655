"""Review 38b (renewal, trial, cancel and its walkthrough), round 45 fixes."""

from __future__ import annotations

import pytest

from tests.cli.test_review33b_cancel import _intro


@pytest.mark.parametrize(
    ("profile", "student", "kind"),
    [("trial", "1", "通常のプライム"), ("student_trial", "2", "Prime Student")],
)
@pytest.mark.parametrize("today", ["2027-01-01", "2027-01-20"])
def test_4_a_trial_answered_after_the_saved_estimate_is_kept(
    profile: str, student: str, kind: str, today: str
) -> None:
    """38b item 4: 「はい、無料体験中です」 after a saved trial's (estimated) end was overridden by
    the paid screen, with no benefits question; now the answer is kept and a line says what to
    check on the Prime page, and how to go back if it shows a paid membership."""
    page = _intro(profile, today, ["1", "1", student])
    assert f"・会員：無料体験中（{kind}）" in page, page
    assert "保存した自動更新日（2026年12月31日、目安）は過ぎています。" in page, page
    assert "b で戻って「いいえ、有料会員です」を選んでください。" in page, page
    assert "有料会員に更新された場合を表示しています" not in page, page
    assert "会費が請求されています" not in page, page


def test_4_the_renewal_day_itself_is_not_said_past() -> None:
    """38b item 4: on the saved end's day the line said 「…は過ぎているため」; the day is not past
    (both cases are shown that day)."""
    page = _intro("trial", "2026-12-31", ["1", "1", "1"])
    assert "過ぎて" not in page, page
    assert "今日は有料会員への自動更新日（目安）です。" in page, page


def test_4_with_trial_typed_the_line_names_paid_not_b() -> None:
    """38b item 4: --trial typed, no question to go back to: the line names --paid."""
    import re
    import sys

    import pexpect

    from tests.cli.test_cancel_e2e import HANG_GUARD, ROOT, env
    from tests.support.profiles import PROFILES

    child = pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", "cancel", "--lang", "ja", "--today", "2027-01-03", "--trial"],
        cwd=str(ROOT),
        env=env(COLUMNS="300", TERM="xterm", PRIMEHELP_CONFIG_DIR=str(PROFILES / "trial")),
        encoding="utf-8",
        timeout=HANG_GUARD,
        dimensions=(60, 300),
    )
    for answer in ("1", "1"):
        child.expect("> ")
        child.sendline(answer)
    child.expect("> ")
    page = re.sub(r"\x1b\[[0-9;]*m", "", child.before)
    child.sendline("q")
    child.expect(pexpect.EOF)
    assert "`--trial` の代わりに `--paid` を付けて実行し直してください。" in page, page
    assert "b で戻って" not in page


def _walk(args: list[str], answers: list[str]) -> tuple[str, str]:
    """The walkthrough with ``args`` and no profile: the text before the first prompt, and
    everything up to the first page after ``answers`` (stderr included: one terminal)."""
    import re
    import sys
    import tempfile

    import pexpect

    from tests.cli.test_cancel_e2e import HANG_GUARD, ROOT, env

    with tempfile.TemporaryDirectory() as empty:
        child = pexpect.spawn(
            sys.executable,
            ["-m", "primehelp", "cancel", "--lang", "ja", *args],
            cwd=str(ROOT),
            env=env(COLUMNS="300", TERM="xterm", PRIMEHELP_CONFIG_DIR=empty),
            encoding="utf-8",
            timeout=HANG_GUARD,
            dimensions=(60, 300),
        )
        seen = []
        for answer in answers:
            child.expect("> ")
            seen.append(child.before)
            child.sendline(answer)
        child.expect("> ")
        seen.append(child.before)
        child.sendline("q")
        child.expect(pexpect.EOF)
    clean = [re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", part).replace("\r", "") for part in seen]
    return clean[0], "".join(clean)


_TRIAL_FAR = "自動更新日（2027年3月1日）が今日から30日より先です。"
_STUDENT_FAR = "自動更新日（2028年12月31日）が今日から6か月より先です。"
_PAID_FAR = "年間プランでも、次の更新日は今日から1年以内のはずです。"


@pytest.mark.parametrize(
    ("renewal", "answers", "said", "not_said"),
    [
        ("2027-03-01", ["1", "1", "1"], _TRIAL_FAR, _PAID_FAR),  # regular trial: 30 days
        ("2027-03-01", ["1", "1", "2"], None, _TRIAL_FAR),  # Student: 6 months, fits
        ("2028-12-31", ["1", "1", "2"], _STUDENT_FAR, _PAID_FAR),
        ("2028-12-31", ["1", "2", "1", "1"], _PAID_FAR, _TRIAL_FAR),  # paid
        ("2027-03-01", ["1", "2", "1", "1"], None, _TRIAL_FAR),  # paid: within a year
    ],
)
def test_5_the_walkthrough_warns_of_a_date_too_far_for_the_answers(
    renewal: str, answers: list[str], said: str | None, not_said: str
) -> None:
    """38b item 5: `cancel --renewal` in the walkthrough warned before the first question as of
    a paid date (or not at all), and a 30-day trial answered later was told 「あと85日」 with no
    word; now the warning for the answers comes with the first page, none before the
    questions."""
    before, seen = _walk(["--today", "2026-12-05", "--renewal", renewal], answers)
    assert "警告" not in before, before
    if said is not None:
        assert said in seen, seen
    else:
        assert "警告" not in seen, seen
    assert not_said not in seen, seen


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("first", "then"),
    [
        (("trial", "2026-11-25"), ("renewal", "2026-12-25")),
        (("trial", "2026-11-25"), ("renewal", "2026-12-25", "--plan", "monthly")),
        (("trial", "2026-11-25", "--student"), ("renewal", "2027-05-25")),
        (("renewal", "2026-12-25"), ("trial", "2026-11-25")),
        (("renewal", "2026-12-25", "--plan", "annual"), ("trial", "2026-11-25")),
        (("renewal", "2027-05-25"), ("trial", "2026-11-25", "--student")),
    ],
)
def test_10_a_save_over_another_kind_names_each_kind_once(
    first: tuple[str, ...], then: tuple[str, ...], lang: str
) -> None:
    """38b item 10: the refusal contrasted 「有料会員への自動更新日」 with 「有料会員の更新日の」 and
    said the date twice; now the date once, the saved kind and the kind typed named plainly."""
    from tests.support.clihelp import WIDE, run

    today = ("--today", "2026-12-05", "--save", "--lang", lang)
    assert run(*first, *today, env=WIDE).exit_code == 0
    done = run(*then, *today, env=WIDE)
    assert done.exit_code == 2, done.stderr
    said = done.stderr
    date = first[1] if first[0] == "renewal" else then[1]
    if lang == "ja":
        year, month, mday = (int(part) for part in date.split("-"))
        day = f"{year}年{month}月{mday}日"
        assert said.count(day) == 1, said
        # review 40b item 3: the trial's day by its one name (was 「無料体験の終了日」), which
        # 「無料体験から」 keeps apart from the paid renewal (38b item 10)
        trial_as = "無料体験から有料会員への自動更新日（目安）"
        saved_as = trial_as if first[0] == "trial" else "有料会員の更新日"
        again_as = "有料会員の更新日" if first[0] == "trial" else trial_as
        assert said.index(saved_as) < said.index("保存されています") < said.index(again_as), said
        assert "として保存し直すには `--force` を付けてください。" in said
        assert said.count("有料会員への自動更新日") == 1 and "置き換える" not in said
    else:
        assert said.count(date) == 1, said
        assert "instead, add `--force`" in said


@pytest.mark.parametrize("plan", ["student-annual", "student-monthly"])
@pytest.mark.parametrize("count", ["2", "6", "60"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_11_a_saved_student_trial_counts_from_its_end_not_a_date_entered(
    plan: str, count: str, lang: str
) -> None:
    """38b item 11: with a saved Prime Student trial and no DATE, the Student note said the 4
    years count from 「入力した更新日」 and that a paid period begun before it switches earlier;
    now it names the saved trial's end (an estimate), and not the case that cannot apply.
    With a DATE typed the note is as before."""
    from tests.support.clihelp import run
    from tests.support.profiles import STUDENT_TRIAL

    args = ("renewal", "--plan", plan, "--count", count, "--today", "2026-12-05", "--lang", lang)
    done = run(*args, env={**STUDENT_TRIAL, "COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    if lang == "ja":
        assert (
            # review 40b item 3: the day's one name (was 「無料体験の終了日」)
            # 「…の最初の請求日」 in the ※ note (review 52b item 2), 「…の最初の更新日」 above it
            "保存した有料会員への自動更新日（2026年12月31日、目安）を有料期間の最初の"
            in done.stdout
        )
        assert "入力した" not in done.stdout and "より前に始まって" not in done.stdout
    else:
        assert "the saved automatic paid renewal date (2026-12-31, an estimate)" in done.stdout
        assert "you entered" not in done.stdout and "already started" not in done.stdout
    typed = run("renewal", "2026-12-31", *args[1:], env={"COLUMNS": "1000"})
    # review 49b item 11: the typed date named, with the case of a paid period begun before it
    said = (
        ("2026年12月31日を有料期間",)
        if lang == "ja"
        else ("They take 2026-12-31", "Here 2026-12-31")
    )
    assert any(words in typed.stdout for words in said), typed.stdout  # 52b item 2: the ※ note
    assert ("より前に始まって" if lang == "ja" else "started before") in typed.stdout


def _ja_day(iso: str) -> str:
    year, month, mday = (int(part) for part in iso.split("-"))
    return f"{year}年{month}月{mday}日"


@pytest.mark.parametrize("profile", [None, "annual", "trial", "student_trial"])
@pytest.mark.parametrize("membership", ["--paid", "--trial", None])
@pytest.mark.parametrize("today", ["2026-12-05", "2026-12-29", "2026-12-30"])
def test_12_the_first_screen_says_each_date_once(
    profile: str | None, membership: str | None, today: str
) -> None:
    """38b item 12: the cancel screen named the renewal date three times and the cancel-by
    date twice above the steps (the first sentence, 「解約の目安日：…（更新日である…の前日）」,
    「更新日は --save で保存した日付（…）です。」); where the first sentence names them, once
    each, from a saved profile or --renewal, trial or paid."""
    from tests.support.clihelp import cancel_screen
    from tests.support.profiles import PROFILES

    env = {"COLUMNS": "1000"}
    args = ["--today", today, "--no-interactive", *([membership] if membership else [])]
    if profile is None:
        args += ["--renewal", "2026-12-31"]
        env["PRIMEHELP_CONFIG_DIR"] = "/nonexistent-primehelp-profile"
    else:
        env["PRIMEHELP_CONFIG_DIR"] = str(PROFILES / profile)
    if membership == "--trial" and profile == "annual":
        return  # a saved paid date is not a trial's end: no date on the screen
    screen = cancel_screen(env, *args)
    top = screen.split("\n手順\n")[0]
    # the cancel-by day (on the day itself 「今日中に」)
    assert top.count(_ja_day("2026-12-30")) == (today != "2026-12-30"), top
    assert top.count(_ja_day("2026-12-31")) == 1, top  # the renewal date
    assert "解約の目安日：" not in top, top


@pytest.mark.parametrize("width", range(24, 61, 2))
def test_15_a_bracketed_command_is_never_continued_inside_its_brackets(width: int) -> None:
    """38b item 15: at 40 columns 「（`primehelp cancel --trial \\」 / 「  --student`）。」: the
    shell's backslash inside a Japanese sentence. At every width a command that does not fit
    with its brackets stands on lines of its own after the sentence (continued there when it
    must be), on stdout and stderr alike; pasted, its lines run the command."""
    from primehelp.output.stderr_lines import laid_out
    from tests.cli.test_review36b_width40 import _continued_in_brackets
    from tests.support.clihelp import run

    out = run("trial", "2026-11-25", "--student", "--today", "2026-12-05", "--lang", "ja",
              env={"COLUMNS": str(width)}).stdout  # fmt: skip
    error = laid_out(
        "primehelp: エラー: 更新日を指定してください（例：primehelp renewal 2026-12-31 --plan "
        "annual --save）。更新日は「Amazonプライム会員情報」のページに表示されます。",
        width,
    )
    from rich.cells import cell_len

    for text, command, glued in (
        # review 52b item 12: a sentence of its own, 「解約の手順は `…` で確認できます。」
        (out, "primehelp cancel --trial --student", "`primehelp cancel --trial --student` で"),
        (
            error,
            "例：primehelp renewal 2026-12-31 --plan annual --save",
            # after 「（例：」 a line may break: the command and 「）。」 must fit
            "primehelp renewal 2026-12-31 --plan annual --save）。",
        ),
    ):
        lines = text.split("\n")
        assert not any(_continued_in_brackets(line) for line in lines), text
        if cell_len(glued) > width:  # not with its brackets: on lines of its own
            starts = ("primehelp ", "例：primehelp ", "`primehelp ")  # 51b item 5: 「`」
            at = next(i for i, line in enumerate(lines) if line.startswith(starts))
            pasted = ""
            for line in lines[at:]:
                pasted += line.strip().removesuffix("\\")
                if not line.endswith("\\"):
                    break
            core = command.removeprefix("例：")
            pasted = (
                pasted.removeprefix("例：").removeprefix("`").removesuffix(" で").removesuffix("`")
            )
            assert " ".join(pasted.split()) == core, text
            assert lines[at - 1].endswith(("。", "例：", "手順は")), text


@pytest.mark.parametrize(
    ("args", "by_date"),
    [
        (("2023-09-23", "--plan", "annual", "--today", "2023-09-01", "--count", "2"), True),
        (("2019-05-10", "--plan", "monthly", "--today", "2019-04-20", "--count", "3"), True),
        (("2026-12-23", "--plan", "annual", "--today", "2026-12-01", "--count", "3"), False),
        (
            ("2027-05-25", "--plan", "student-annual", "--today", "2026-12-05", "--count", "6"),
            False,
        ),  # Student rows then regular ones: the ※ note says why (fmt: skip)
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_17_rows_at_two_fees_are_not_called_todays_fee(
    args: tuple[str, ...], by_date: bool, lang: str
) -> None:
    """38b item 17: with a past --today the rows spanned a fee change (4,900 then 5,900), under
    「会費は現在の料金です」; now such rows are said to have each date's fee."""
    from tests.support.clihelp import run

    out = run("renewal", *args, "--lang", lang, env={"COLUMNS": "1000"}).stdout
    now = "会費は現在の料金です。" if lang == "ja" else "The fees shown are today's fees."
    each = "それぞれの更新日に適用される料金です" if lang == "ja" else "in effect on its renewal"
    assert (each in out) is by_date, out
    assert (now in out) is not by_date, out
