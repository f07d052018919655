"""Review 18a (round 19, r19-msg): fees, check-message, check-number, contact, complain, errors."""

from __future__ import annotations

import itertools

import pytest

from tests.support.clihelp import run


def _out(*args: str, lang: str = "ja", columns: str = "60") -> str:
    result = run(*args, "--lang", lang, env={"COLUMNS": columns})
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def _flat(text: str) -> str:
    """The screen's text with its line breaks taken out (Japanese has no spaces to lose)."""
    return "".join(line.strip() for line in text.splitlines())


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_3_the_student_monthly_row_says_whose_monthly_plan_did_not_exist(columns: str) -> None:
    """The regular monthly plan existed before 2019 (400円): only Prime Student's did not."""
    flat = _flat(_out("fees", columns=columns))
    assert "2019年より前は、Prime Student 月間プランはありませんでした" in flat
    assert "2019年より前は月間プランは" not in flat


def test_3_in_english_too() -> None:
    out = " ".join(_out("fees", lang="en", columns="1000").split())
    assert "there was no Prime Student monthly plan before 2019" in out
    assert "there was no monthly plan before 2019" not in out


SCAM_SUBJECT = "tests/cli/messages/scam-subject-utf8.eml"


@pytest.mark.parametrize(("columns", "most"), [("40", 4), ("60", 3)])
def test_4_the_suspension_sign_is_explained_in_one_paragraph(columns: str, most: int) -> None:
    """「ほのめかして、」 stood alone at 40 and 「詐欺によく│ある」 was cut: one flowing paragraph."""
    lines = [
        line.strip() for line in _out("check-message", SCAM_SUBJECT, columns=columns).splitlines()
    ]
    start = next(at for at, line in enumerate(lines) if line.startswith("アカウントや会員資格"))
    end = next(at for at in range(start, len(lines)) if lines[at].endswith("手口です。"))
    reason = lines[start : end + 1]
    # a sentence of the wording, then the rule (review 35a, item 5), without saying
    # 「停止・制限を知らせて急がせ」 twice (review 38a, item 15)
    # no urgency cue in this mail: 「急がせる」 only with one (review 43a, item 10; round 51)
    assert "".join(reason) == (
        "アカウントや会員資格の停止・制限を知らせています。"
        "このように知らせて手続きをさせようとするのは、詐欺によくある手口です。"
    )
    assert len(reason) <= most, reason
    assert not any(
        a.endswith("よく") and b.startswith("ある") for a, b in itertools.pairwise(reason)
    )


def test_4_in_english_too() -> None:
    out = " ".join(_out("check-message", SCAM_SUBJECT, lang="en", columns="1000").split())
    # no urgency cue: no "to hurry you into acting" (review 43a, item 10; round 51)
    assert "your account or membership is, or will be, suspended or restricted." in out
    assert "to hurry you into acting" not in out


@pytest.mark.parametrize("columns", ["40", "45", "50", "60"])
def test_5_a_column_name_and_its_gloss_share_a_line_on_a_terminal(columns: str) -> None:
    """「_」 and 「（使わない列）」 were on two lines at 40: each 「名前（説明）」 stays whole, and
    the skipped column is said in words (「使わない列は `_` で指定します」, backticks: 61c, item 4)."""
    from tests.support.clihelp import stderr_on_a_terminal

    args = ("--statement", "tests/fixtures/statements/generic-utf8.csv", "--columns", "foo,bar")
    err = stderr_on_a_terminal("charge", *args, "--lang", "ja", env={"COLUMNS": columns})
    lines = err.splitlines()
    glosses = (("date", "（利用日）"), ("description", "（明細の表記）"), ("amount", "（金額）"))
    for name, gloss in glosses:  # the screen's names (review 23a, S 13)
        assert any(name + gloss in line for line in lines), lines
    # (a line may end before 「_ で」 since review 21a, item 15 lengthened the message)
    assert "".join(lines).replace(" ", "").count("使わない列は`_`で指定します。") == 1, lines
    assert not any(line.rstrip().endswith("_") for line in lines), lines


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s16_no_existing_members_date_is_said_per_row_not_as_missing_data(lang: str) -> None:
    """「既存会員：記録なし」 read as missing data: the launch fee had no one to move over, the
    other rows have no separate date on the fact sheet."""
    out = _flat(_out("fees", lang=lang, columns="40" if lang == "ja" else "1000"))
    assert ("記録なし" if lang == "ja" else "no record") not in out
    launch = {
        "ja": "2019年5月16日までの更新",  # its end: review 25a S 16
        "en": "renewals until 2019-05-16",
    }
    assert launch[lang] in (
        out if lang == "ja" else " ".join(_out("fees", lang="en", columns="1000").split())
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ja",
            "primehelp: エラー: `--today` は `contact` では使えません"
            "（`renewal`、`due`、`trial` などのコマンドの後に指定します）。",
        ),
        (
            "en",
            "primehelp: error: `--today` cannot be used with `contact`; "
            "use it after a command such as `renewal`, `due` or `trial`",
        ),
    ],
)
def test_s17_an_option_the_typed_command_lacks_is_not_sent_after_it(
    lang: str, expected: str
) -> None:
    """`primehelp --today … contact` advised `primehelp renewal --today …`-style placement, and
    following it gave a second error: contact has no --today."""
    result = run("--today", "2026-12-01", "contact", env={"PRIMEHELP_LANG": lang})
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [expected]


@pytest.mark.parametrize(
    ("lang", "maybe"),
    [("ja", "`refund` のことですか？\u3000使える値："), ("en", "did you mean `refund`?")],
)
def test_s19_a_mistyped_topic_gets_the_close_match(lang: str, maybe: str) -> None:
    """A mistyped command got 「`contact` のことですか？」, a mistyped TOPIC did not."""
    result = run("complain", "refnd", env={"PRIMEHELP_LANG": lang})
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert maybe in line
    far = run("complain", "zzz", env={"PRIMEHELP_LANG": lang}).stderr
    assert "のことですか" not in far and "did you mean" not in far


@pytest.mark.parametrize(
    ("lang", "maybe"),
    [
        (
            "ja",
            '「#9110」のことなら、# を付けて引用符で囲んでください（例："#9110"）。',
        ),  # 32a S 18
        ("en", 'did you mean "#9110"? (add the # and quote it)'),
    ],
)
def test_s19_a_public_service_number_without_its_hash_is_asked_about(lang: str, maybe: str) -> None:
    """「9110」 is almost surely 「#9110」 (an unquoted # starts a shell comment)."""
    result = run("check-number", "9110", env={"PRIMEHELP_LANG": lang})
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert maybe in line
    # only the data's public-service numbers that start with #: not any 4 digits
    other = run("check-number", "9111", env={"PRIMEHELP_LANG": lang}).stderr
    assert "#" not in other.split("使える形式")[0].split("accepted forms")[0]


def test_s12_a_number_names_its_sign_as_the_list_above_titles_it() -> None:
    """「（見つかった│兆候1）」 at 40: the list is titled 「見つかった兆候」, so 「（兆候1）」."""
    text = "Amazonカスタマーサービスです。(03) 5757-5252 までお電話ください"
    out = _out("check-message", "--text", text, columns="40")
    assert any(line.startswith("見つかった兆候") for line in out.splitlines())
    # review 40a S 22 (round 48): the number is also shown in its usual hyphenated form; at 40
    # columns the longer entry moves under its label whole
    lines = out.splitlines()
    at = lines.index("・電話番号：")
    assert lines[at + 1].strip() == "(03) 5757-5252（03-5757-5252、兆候1）"
    assert "見つかった兆候1" not in _flat(out)


def test_s13_whose_domain_a_link_is_fits_its_line_at_60() -> None:
    """「（Amazonの│ドメインではありません）」 at 60 → a noun, as 「Amazonのドメイン」 is."""
    lines = _out("check-message", SCAM_SUBJECT, columns="60").splitlines()
    assert "・リンク：secure-login.info（Amazon以外のドメイン。兆候1）" in lines


@pytest.mark.parametrize(
    ("lang", "named"),
    [
        ("ja", "チャットかコールバック（「電話をリクエスト」）で問い合わせてください"),
        ("en", "use the chat or a call-back (the button 「電話をリクエスト」, request a call;"),
    ],
)
def test_s14_check_number_names_the_call_back_as_contact_does(lang: str, named: str) -> None:
    """「電話のリクエスト（コールバック）」 vs contact's 「電話（コールバック）」 and its button."""
    out = _out("check-number", "03-1234-5678", lang=lang, columns="1000")
    assert named in (_flat(out) if lang == "ja" else " ".join(out.split()))
    assert "電話のリクエスト" not in out
    assert "「電話をリクエスト」" in _out("contact", columns="1000")  # the button, as contact says


@pytest.mark.parametrize("columns", ["40", "80"])
def test_s20_the_call_back_advice_is_under_its_route_not_in_the_box(columns: str) -> None:
    """The payment-details advice sat in the box 「以下の番号には電話しないでください」."""
    out = _out("contact", columns=columns)
    table, box = out.split("以下の番号には電話しないでください", 1)
    route = table[table.index("コールバック）") :]
    assert "コールバックでも、支払い情報を聞かれたら応じないでください。" in _flat(
        route.replace("│", "")
    )
    # the box says it too now, as the caveat of its call-back sentence (review 52a, item 1)
    assert "その場合も、電話で支払い情報を聞かれたら" in _flat(
        box.split("出典")[0].replace("│", "")
    )
    # check-number keeps its own copy (its wording: review 43a, S 28)
    assert "自分でコールバックを依頼した後に" in _out(
        "check-number", "050-1234-5678", columns="1000"
    )
