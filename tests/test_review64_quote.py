"""Review 63m (fix round 64, msgquote): R-minor 12, the part still open.

When Amazon's own phrase (「カードの有効期限が切れています」) is a sign only because another
sentence sets a deadline or asks to sign in, the sign quotes that sentence first
(「12月10日23時59分までに更新してください」) with a gloss after it naming Amazon's phrase as the
note below does (「（「カードの有効期限が切れています」に続けて、期限を切っています）」), not
Amazon's harmless sentence; 「一致した語句」 no longer points to the sentence quoted above it.
"""

from __future__ import annotations

import pytest

from tests.support.clihelp import joined, lang_run

CARD = "カードの有効期限が切れています"
DEADLINE = "12月10日23時59分までに更新してください"
MEMBER = "会員情報の確認をお願いします"
SIGN_IN = "サインインしてご確認ください"
PAYMENT = "お支払い情報をご確認ください"

# (text, the sentence quoted first, Amazon's phrase, the gloss in ja, the gloss in en)
CASES = [
    (
        f"{CARD}。{DEADLINE}",
        DEADLINE,
        CARD,
        f"「{DEADLINE}」（「{CARD}」に続けて、期限を切っています）",
        f"“{DEADLINE}” (after '{CARD}', it sets a deadline)",
    ),
    (
        f"{MEMBER}。{SIGN_IN}。",
        SIGN_IN,
        MEMBER,
        f"「{SIGN_IN}」（「{MEMBER}」に続けて、サインインを求めています）",
        f"“{SIGN_IN}” (after '{MEMBER}', it asks you to sign in from the message)",
    ),
    (
        f"{PAYMENT}。本日まで",
        "本日まで",
        PAYMENT,
        f"「本日まで」（「{PAYMENT}」に続けて、期限を切っています）",
        f"“本日まで” (after '{PAYMENT}', it sets a deadline)",
    ),
]


def _screen(text: str, lang: str, columns: int = 1000) -> str:
    done = lang_run("check-message", "--text", text, lang=lang, columns=columns)
    assert done.exit_code == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


def _scam_sign(out: str, lang: str) -> list[str]:
    """The lines of the scam-subject sign, from its title to the next section."""
    title = "詐欺でよく使われる件名・文面" if lang == "ja" else "Subject or wording common in scams"
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if title in line)
    end = next(i for i, line in enumerate(lines[start:], start) if not line.strip())
    return lines[start + 1 : end]


@pytest.mark.parametrize(("text", "first", "own", "ja", "en"), CASES)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_12_the_sentence_that_makes_the_sign_is_quoted_first(
    text: str, first: str, own: str, ja: str, en: str, lang: str
) -> None:
    sign = _scam_sign(_screen(text, lang), lang)
    quote = f"「{first}」" if lang == "ja" else f"“{first}”"
    assert sign[0].strip().startswith(quote), sign  # first, not Amazon's harmless sentence
    flat = joined("\n".join(sign), lang)
    assert (ja if lang == "ja" else en) in flat
    harmless = f"「{own}」" if lang == "ja" else f"“{own}”"
    assert all(line.strip() != harmless for line in sign)  # never quoted as the evidence
    # the note below names Amazon's phrase exactly as the gloss does
    named = f"「{own}」自体はAmazonも使う言い方です。" if lang == "ja" else f"'{own}' itself is"
    assert named in flat


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_12_the_matched_words_no_longer_point_to_the_quoted_sentence(lang: str) -> None:
    flat = joined("\n".join(_scam_sign(_screen(CASES[0][0], lang), lang)), lang)
    assert ("本文の" if lang == "ja" else "in the body") not in flat
    assert (
        "一致した語句：「12月10日23時59分までに」" if lang == "ja" else "'12月10日23時59分までに'"
    ) in flat


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_12_two_of_amazons_phrases_before_one_deadline_are_named_together(lang: str) -> None:
    text = f"{CARD}。{PAYMENT}。本日中に更新してください"
    flat = joined("\n".join(_scam_sign(_screen(text, lang), lang)), lang)
    if lang == "ja":
        assert f"「本日中に更新してください」（「{CARD}」や「{PAYMENT}」に続けて、" in flat
    else:
        assert f"(after '{CARD}' and '{PAYMENT}', it sets a deadline)" in flat


def test_12_a_deadline_in_the_own_sentence_keeps_that_sentence() -> None:
    """A sentence that makes the sign itself is quoted as before, with no gloss."""
    text = f"本日中に{PAYMENT}。"
    flat = joined("\n".join(_scam_sign(_screen(text, "ja"), "ja")), "ja")
    assert f"「本日中に{PAYMENT}」" in flat
    assert "に続けて、" not in flat


@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_12_the_gloss_wraps_cleanly(columns: int, lang: str) -> None:
    for text, *_ in CASES:
        for line in _scam_sign(_screen(text, lang, columns), lang):
            assert line == line.rstrip()
            assert not line.startswith("    "), line  # no space before 「(after」 on its own line
    out = _scam_sign(_screen(CASES[0][0], "ja", columns), "ja")
    assert not any(line.strip().startswith(("て", "ます")) for line in out), out


def test_12_json_gives_the_sentence_quoted_and_no_new_field() -> None:
    done = lang_run("check-message", "--text", CASES[0][0], "--json")
    assert done.exit_code == 1
    flags = done.json()["data"]["red_flags"]
    scam = [f for f in flags if f["kind"] == "scam_subject"]
    assert scam and scam[0]["evidence"] == DEADLINE
    assert "glossed" not in scam[0]
