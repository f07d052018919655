"""Review 52b (a Japanese reader): renewal, trial and .ics wording — items 2, 4, 5, 6, 11, 22,
23, 24, 27, 28, 34, 35, 38."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

TODAY = ("--today", "2026-12-07")


def _flat(text: str) -> str:
    return "".join(line.strip() for line in text.splitlines())


# ---------------------------------------------------------------- item 2: 主述のねじれ


STUDENT_NOTE = {
    "ja": (
        "2030年12月31日以降の更新では、通常のプライム（年間プラン・5,900円）の会費がかかります。"
        "ここでは2026年12月31日を有料期間の最初の請求日として数えています。"
    ),
    "en": "Here 2026-12-31 is counted as the first charge of the paid period.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_student_note_says_the_fee_applies_and_counts_from_the_first_charge(lang: str) -> None:
    args = ("renewal", "2026-12-31", "--plan", "student-annual", "--count", "5", *TODAY)
    done = run("--lang", lang, *args, env={"COLUMNS": "80"})
    assert done.exit_code == 0, done.stderr
    flat = _flat(done.stdout) if lang == "ja" else " ".join(done.stdout.split())
    assert STUDENT_NOTE[lang] in flat, done.stdout
    assert "以降の更新は通常のプライム" not in flat


# ---------------------------------------------------------------- item 11: 「正確な」 by its noun


EXACT = {
    "ja": "有料会員への自動更新日の正確な日付は、「Amazonプライム会員情報」のページで確認できます。",
    "en": "The exact date of the automatic paid renewal is on the",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("student", [(), ("--student",)])
def test_11_exact_date_qualifies_the_date(lang: str, student: tuple[str, ...]) -> None:
    done = run("--lang", lang, "trial", "2026-11-25", *student, *TODAY, env={"COLUMNS": "80"})
    assert done.exit_code == 0, done.stderr
    if lang == "ja":
        flat = _flat(done.stdout).replace("│", "").replace(" ", "")
    else:
        flat = " ".join(done.stdout.replace("│", " ").split())
    assert EXACT[lang] in flat, flat
    assert "正確な有料会員" not in flat


# ---------------------------------------------------------------- items 6 and 22: errors


FORCE = {
    "ja": "primehelp: エラー: `--force` は `--ics`（ファイルに書き出すとき）か `--save` と一緒に指定して"
    "ください（例：`--ics prime.ics --force`）。\n",
    "en": "primehelp: error: `--force` needs something to overwrite: use it with `--ics FILE` or `--save`"
    " (e.g. `--ics prime.ics --force`)\n",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("command", [("renewal", "2026-12-31"), ("trial", "2026-11-25")])
def test_6_force_alone_names_its_partners(lang: str, command: tuple[str, ...]) -> None:
    refused = run("--lang", lang, *command, "--force", *TODAY)
    assert refused.exit_code == 2
    assert refused.stderr == FORCE[lang]


STDOUT = {
    "ja": "`--json` と一緒に使う場合は、`--ics` にファイル名を指定してください（例：`--ics prime.ics --json`）。",
    "en": "to use `--json`, give `--ics` a file name (e.g. `--ics prime.ics --json`)",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_22_ics_stdout_with_json_says_what_to_do(lang: str) -> None:
    refused = run("--lang", lang, "renewal", "2026-12-31", "--ics", "-", "--json", *TODAY)
    assert refused.exit_code == 2
    assert STDOUT[lang] in refused.stderr, refused.stderr


# ---------------------------------------------------------------- item 5: one --plan hint


HINT = {
    "ja": "次の更新日からの一覧は、`--plan` を付けると表示できます（例：`--plan annual`）。",
    "en": "To list the renewals from the next one, add `--plan` (e.g. `--plan annual`).",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("date", ["2026-12-07", "2026-12-06", "2026-11-01"])
def test_5_one_plan_hint_on_today_and_past_screens(lang: str, date: str) -> None:
    done = run("--lang", lang, "renewal", date, *TODAY, env={"COLUMNS": "200"})
    assert done.exit_code == 0, done.stderr
    flat = _flat(done.stdout) if lang == "ja" else " ".join(done.stdout.split())
    assert flat.count(HINT[lang]) == 1, flat
    assert "を表示するには" not in flat and "次の更新日を計算します" not in flat


# ---------------------------------------------------------------- items 23, 24, 35: the calendar


def _ics(*args: str, lang: str = "ja") -> str:
    done = run("--lang", lang, *args, "--ics", "-", *TODAY)
    assert done.exit_code == 0, done.stderr
    text = done.stdout.replace("\r\n", "\n").replace("\n ", "")
    return text.replace("\\,", ",").replace("\\;", ";")


SCAM = {
    "ja": "少し異なる場合があります。このメールを装った詐欺メールもあります。本物のお知らせメールが、",
    "en": "the wording of the switch may differ). Scam mails pose as this mail; the real mail never",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("command", [("renewal", "2026-12-31"), ("trial", "2026-11-25")])
def test_23_the_notice_event_says_why_it_mentions_the_real_mail(
    lang: str, command: tuple[str, ...]
) -> None:
    text = _ics(*command, "--events", "renewal,cancel-by,notice", lang=lang)
    assert SCAM[lang] in text, text


def test_24_student_end_is_four_years_after() -> None:
    args = ("trial", "2026-11-25", "--student", "--events", "renewal,student-end")
    text = _ics(*args)
    assert "有料会員への自動更新日の4年後にあたる更新日の目安です。この日からは通常の" in text, text
    assert "4年間を数えた" not in text
    en = _ics(*args, lang="en")
    assert "This date is the renewal 4 years after the trial renews as paid" in en


OUTLOOK = {
    "ja": (
        "primehelp: 有料会員への自動更新日の当日9:00に通知を設定しました。Outlookでは、この通知が"
        "前日の15:00に鳴ることがあります。Outlookで使う場合は、`--alarms 1,0` のように 1 を加えて"
        "ください（Outlookは1つ目の通知だけを使うため、前日の9:00に鳴ります）。"
    ),
    "en": "For Outlook, add 1 to `--alarms`, as in `--alarms 1,0`: Outlook uses only the first alarm",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_35_outlook_note_gives_the_value_to_type(lang: str) -> None:
    done = run("--lang", lang, "trial", "2026-11-25", "--ics", "-", "--alarms", "0", *TODAY)
    assert done.exit_code == 0, done.stderr
    said = " ".join(done.stderr.split()) if lang == "en" else done.stderr
    assert OUTLOOK[lang] in said, said


# ---------------------------------------------------------------- item 27: carrier at 60 columns


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_27_no_line_holds_only_prime(columns: str) -> None:
    args = ("cancel", "--no-interactive", "--via", "carrier", "--renewal", "2026-12-20", *TODAY)
    done = run("--lang", "ja", *args, env={"COLUMNS": columns})
    assert done.exit_code == 0, done.stderr
    assert all(line.strip() != "プライム" for line in done.stdout.splitlines()), done.stdout
    assert "セットになったプライムもあります（auの料金プランとセットになった" in _flat(  # 53b 2
        done.stdout
    )
    en = run("--lang", "en", *args, env={"COLUMNS": columns})
    assert "part of a carrier's own plan" in " ".join(en.stdout.split())


# ---------------------------------------------------------------- item 38: --ics help


@pytest.mark.parametrize("command", ["renewal", "trial"])
def test_38_ics_help_says_what_the_file_is_for(command: str) -> None:
    shown = run("--lang", "ja", command, "--help", env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    flat = "".join(shown.stdout.split())
    assert "日付を、カレンダーアプリに読み込めるファイル（.ics形式）にも書き出します。" in flat, (
        flat
    )
    assert "RFC 5545" not in flat
    en = run("--lang", "en", command, "--help", env={"COLUMNS": "200"})
    assert ".ics" in en.stdout


# ---------------------------------------------------------------- item 4: the monthly rule


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_4_monthly_rule_in_short_sentences(columns: str) -> None:
    args = ("renewal", "2026-12-31", "--plan", "monthly", "--explain", *TODAY)
    done = run("--lang", "ja", *args, env={"COLUMNS": columns})
    assert done.exit_code == 0, done.stderr
    flat = _flat(done.stdout)
    assert "常に最初の日付から数えます。前回の結果に1か月ずつ足すのではありません。" in flat, flat
    lines = done.stdout.splitlines()
    if columns == "80":  # the half-empty line the reviewer saw
        assert all(not line.rstrip().endswith("1か月ずつ") for line in lines), done.stdout
    en = run("--lang", "en", *args, env={"COLUMNS": columns})
    assert "never +1 month from the previous result" in " ".join(en.stdout.split())


# ---------------------------------------------------------------- item 34: the deadline first


@pytest.mark.parametrize(("date", "plan"), [("2024-05-01", "annual"), ("2026-01-31", "monthly")])
def test_34_past_date_with_plan_leads_with_the_deadline(date: str, plan: str) -> None:
    args = ("renewal", date, "--plan", plan, *TODAY)
    lines = run("--lang", "ja", *args, env={"COLUMNS": "1000"}).stdout.splitlines()
    assert lines[0].startswith("次の自動更新を止めるには、"), lines
    assert lines[1].startswith("なお、") and "に更新されていれば、会費はすでに請求" in lines[1]
    assert lines[2].startswith("・"), lines
    en = run("--lang", "en", *args, env={"COLUMNS": "1000"}).stdout.splitlines()
    assert en[1].startswith("Also: if the membership renewed on "), en


# ---------------------------------------------------------------- item 28: help at 40 columns


@pytest.mark.parametrize(
    ("command", "said"),
    [
        # due --within: reworded by review 52a item 43 (what the value does, no parenthesis)
        ("due", "（指定しない場合は3。3より小さい値は3と同じです）。"),  # review 59a item 12
        ("renewal", "0〜60のカンマ区切りで指定します。指定しない場合は 7,3,1 です。"),
    ],
)
def test_28_help_parentheses_read_whole(command: str, said: str) -> None:
    shown = run("--lang", "ja", command, "--help", env={"COLUMNS": "40"})
    assert shown.exit_code == 0
    flat = "".join(line.strip() for line in shown.stdout.splitlines())
    assert said.replace(" ", "") in flat.replace(" ", ""), shown.stdout
    lines = [line.strip() for line in shown.stdout.splitlines()]
    assert "していれば、" not in lines, shown.stdout
