"""BudouX as the reference for Japanese phrases, and the writer of ``primehelp/data/phrases.txt``.

``uv run python -m tests.support.phrases`` renders every Japanese screen (the golden list of
commands and branches, the help, and the interactive ``cancel`` walkthrough), asks BudouX (its
default Japanese model) about each break the kinsoku rules allow, and rewrites the file (see :mod:`primehelp.output.phrases`). Run it
after changing any Japanese text; ``tests/output/test_phrases.py`` says when it is due.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import io
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

import budoux

from primehelp import walkthrough
from primehelp.cancellation import renewal_deadline
from primehelp.cli.help import breaker as help_breaker
from primehelp.content.cancel import bundled_plan
from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.output.console import japanese_breaker
from primehelp.output.linebreak import URL, LineBreaker, units
from primehelp.output.phrases import DATA_DIR, FILES, RADIUS, UNKNOWN, Phrases, is_kanji
from primehelp.output.phrases import _kana_or_kanji as _is_kana_or_kanji
from tests.support import golden
from tests.support.kinsoku import PLAIN, char_width, text_width

WIDTHS = (40, 60, 80, 120)
CLOSING = "、。，．）」』】・："  # a break after one of these is between words


@functools.cache
def _parser() -> budoux.Parser:
    return budoux.load_default_japanese_parser()


def _latin(char: str) -> bool:
    return char.isascii() and not char.isspace()


# Where BudouX's default model errs on primehelp's text (review 4, items 5 and 6; review 5,
# items 5 and 32), the reference is corrected: a word it cuts in two is kept whole
# (「報告に│よれば」, 「と│いう」, 「ほの│めかして」, 「届く│日」, 「支払い│以降」, 「払い│戻し」), and 「|」 marks a phrase that starts where the model does not
# start one (「失敗した」と│いう」 is 「失敗した」│という」: a line does not start with 「いう」).
# Each change lies within three characters of both ends of its pattern, so a window
# (:mod:`primehelp.output.phrases`) that holds the change holds the whole pattern: the decision
# stays exact, wherever the pattern is.
CORRECTIONS = (
    *("報告によれば", "という", "ほのめかし", "届く日", "」|という"),  # review 4
    *("支払い以降", "払い戻し"),  # review 5
    *("か月", "無料体験", "による", "解約の目安日"),  # review 9: 「10か│月」「無料体│験中」…
    *(
        "として",
        "更新日−今日",
        "急がせ",
    ),  # review 9: 「と│して」「（更新日−│今日）」「急が│せよう」
    # Review 9a, item 6: 「第12条の6に│より」「画面に│よって」 (「によっ」 holds 「によって」 whole:
    # each change stays within three characters of both ends).
    *("により", "によっ", "条の6", "条の4"),  # and an article's number: 「第12条の│6」
    # Review 10a: 「当ては│まらない」 (item 4), a plan's name 「Prime Student│年間プラン」 (item 5),
    # the formal name 「和解の│仲介・仲裁」 (item 16), 「返金に│ついて」 (S 32).
    *("当てはま", "t 年間", "t 月間", "解の仲介", "介・仲裁", "について"),
    "ド（V",  # S 35: 「三井住友カード│（Vpass）」 (help)
    # Review 10b, item 8: 「（料金プランとセットに│なったプライム）」 keeps 「セットになった」 whole.
    "トになった",
    "その他",  # review 12a, item 2: 「（その│他の相談）」 in complain other's heading
    "海外の番号",  # review 12a, item 7: 「（+1 855 370 0151、海外の│番号）」 in check-number
    "明細では全角",  # fix round 13: 「「AMAZON.CO.JP」（明細では│全角）」 in charge --statement
    "人の形",  # review 13b, item 4: 「人の│形のアイコン」 in cancel --via app
    "それ以降",  # 「それ│以降の会費」 (cancel, the timing bullets)
    "通常のプライム",  # the plan's name: 「（通常の│プライム、今日が自動更新日）」
    "計算による目安",  # review 17b item 3: 「（計算による│目安）」 (renewal, a past date, 40)
    "設定できます",  # review 17b item 1: 「systemd で設定で│きます：」 (remind status, 40)
    # review 17a item 2: 「…Unlimitedの可│能性）」 (charge --statement, 60); a phrase starts at
    # 「可能性」 (review 43c, item 11: 「amazon.com（米国）の│プライム会費の可能性（…から│推定）」 at 40
    # broke early, the model keeping 「会費の可能性」 whole)
    "の|可能性",
    "多くの場合",  # review 14a, S 14: the set phrase 「多くの│場合」 (statement, charge)
    "現在の期間",  # review 28a, S 26: 「…請求は現在の│期間の会費では…」 (complain, stderr 40)
    "よくある",  # review 18a, item 4: 「詐欺によく│ある手口」 (check-message, 40)
    "います：|金額は",  # review 33c, S 10: a ※ label kept whole, the break after its 「：」
    "ります：|金額は",  # review 34c, item 1: 「…ほかにもあります：│金額は」, as above
    "返金は、2~3",  # review 33c, S 14: Amazon's quoted 「この返金は、2~3営業日以内に…」 whole
    # …and with 「student-monthly（Prime Student 月間プラン）」 now whole (the bracket rule
    # below), complain --help breaks after it: 「…プラン）│のいずれか。」 starts a phrase there.
    "）|のいずれか",
    "余裕をみて",  # review 19b S 17: the set phrase 「余裕を│みて」 (cancel walkthrough, 40)
    "次の行",  # review 19b item 2: 「次│の行を crontab に」 (remind install, cron chosen, 70)
    # review 19b S 18: 「Amazonの│ヘルプページには│「この返金は…」」 left 「ヘルプページには」
    # alone at 60; the name of the page is one phrase, 「Amazonのヘルプページには」
    "のヘルプ",
    # Review 19b item 3 (cancel, a renewal long past): 「更新│されていれば」 (60), 「余裕をみ│て」
    # (100); the set phrase whole (review 19b S 17 too).
    "更新されて",
    # review 32b item 2: a unit's state under its path, 「変更さ│れています」 (remind, 40)
    "変更されて",
    # review 32b S 6: 「…目安日、今後│の更新日と会費を」 (renewal --help, 60)
    "今後の更新日",
    # review 32b S 10: 「…。明日│（2026年11月26日、目安）に」 (trial, 40): a day word and its gloss
    *("明日（", "今日（"),
    "日（目安）",  # review 19b S 16: 「今日は有料会員への自動更新日│（目安）です。」 (trial, 40)
    "届くころ",  # due --help at 60: 「お知らせメールが届く│ころ）」 (round 20's --within help)
    "次の更新日",  # review 20b S 13: 「Amazonプライムの次の│更新日は…」 (due on a terminal, 40)
    "有料会員",  # round 23: 「指定がないため、有料│会員・通常のプライムの」 (cancel --via web, 40)
    # review 22b item 1: 「クレジットカードなどで支払った│分が先に返金され」 (the gift-card
    # refund bullet, 80): 分 is a dependent noun, 「支払った分」 one phrase.
    "払った分",
    "幅のある",  # review 22a, S 10: 「料金に幅の│あるサービス」 (charge, charge --statement, 40)
    # review 25a, items 2 and 5: 「オプショ│ン」「月│額」「利用│日」 (charge, 40 and 60)
    *("オプション", "月額", "利用日"),
    "既存会員",  # review 25a, item 3: 「既存会│員が400円で」 (charge --statement, 80)
    # review 23b item 2: 「有効に│なっていません」「有効になって│いません」 (remind status, a timer
    # not enabled, 40): 「ファイルはありますが、│有効になっていません。」
    *("効にな", "なっていま"),
    "関係なく",  # review 23b item 1: 「…使ったかどうかに関係│なく同じです。」 (cancel --via carrier)
    "通話料無料の番号",  # review 26a, S 24: 「（0120-999-373、通話料無料の│番号）」 (check-number, 40)
    "過ぎたため",  # round 30: 「更新日（…）は542日前に過ぎた│ため、」 (renewal --explain, 40)
    "ないとき",  # review 27a, S 30: 「解決しない│ときの相談先」 (complain --help, 60): 「とき」 depends
    # review 27a, item 11: 「以前│のPrime Student 年間プラン」 (charge --statement, 60); round 30's
    # note of two annual fees: 「二重に請求されている場合│は、」 (the same, 60)
    *("以前の", "場合は"),
    "存在しない",  # review 27a, S 26: 「4行目は存│在しない日付です」 (charge --statement, 80)
    # review 28c, items 3 and 4 (charge --statement): 「同じ時期に請│求されています」 (60), a line
    # starting 「が同じ時期に」 (40), 「オプションまた│は」 (the month table, 80): a break before it
    *("請求されて", "会費が", "|または"),
    # review 31b S 5: 「（このコンピューターの│時計、UTC）」 (remind status at 60, install --scheduler
    # cron at 80): the clock and its zone whole, as at 40
    *("ーの時計", "時計、U"),
    # review 33b S 11: 「…3日前として│計算しています：」 (renewal --explain, 40): the model keeps
    # 「計算しています：2027-03-01−3日＝…」 as one phrase; the formula after the 「：」 starts one
    "す：|2",
    "止・制限",  # review 33a item 3: 「1. 停止・│制限を知らせて急がせる文面（2件）」 (40)
    # review 44c R-minor 12 (round 53): 「…金額とも考えに│くいです」 (charge, 80); a 〜にくい or
    # 〜やすい word is one phrase with its verb's stem (each such word of the data)
    *("考えにくい", "付けやすい"),
    "請求された",  # review 44c R-minor 10 (round 53): 「2回請求さ│れた月会費」 (charge --statement, 80)
    # review 47c item 8: 「金額が会費や料金と同じ│でも、Amazonの請求とは限りません」 (80, piped):
    # 「同じでも」 is one phrase; a line starting 「でも、」 reads as the conjunction "but"
    "同じでも、",
    "共の電",  # review 50a item 19: the term 「公共の│電話番号」 (check-number help, 40)
    # review 51a items 20 and 24: 「可能性の│高い順に」「使わない│列は」 (charge --help, 60),
    # 「途中で│改行していません」 (complain, 60): each one unit
    *("性の高い", "わない列", "途中で改行"),
    "ない行",  # review 52c, item 15: 「…Amazonのものと分からない│行（そのほかの行）」 (statement)
    # review 52c items 1 and 5: 「…などを置き│換えることがあります」 (charge 600.5 on a terminal,
    # 40 and 60), 「…年間プランと同じ│日と考えられます」 (charge, 40)
    *("置き換え", "同じ日"),
    # review 52b item 3: 「Amazonが示しているのは更新日より│前という期限だけなので」 (renewal,
    # trial, cancel --trial at 80 and 60): 「更新日より前」 is one deadline, never cut after 「より」
    "日より前",
    # review 52c item 5: 「既存会員は2023年9月24日以降の請求│から）」 (charge, 40): 「以降の請求から」
    # whole, so the line breaks before the date (each pattern within three characters of its ends)
    *("降の請", "請求から"),
    "見当たり",  # review 54c item 11: 「（元の請求は見当た│りません）」 (statement, 40)
    # review 57a item 6: 「カードを止めて│もらってください」 (check-message, 80 and 40): one verb
    # phrase with its object (「カードを│止めて…」 at 80), the line breaking after 「電話して、」
    # as the reply version of the step does
    *("止めてもら", "ドを止め"),
)
# Review 13b, item 4: a demonstrative stays with its noun (「その│日に」「その│画面」): no phrase
# starts after 「その」「この」 when a kanji or katakana follows (the window of that break holds
# both and the noun's first character, so the decision stays exact).
DEMONSTRATIVE = re.compile(r"(?<=その|この)(?=[\u4e00-\u9fff々\u30a1-\u30fa])")
# Review 52c, items 6 and 25: 「どの」「同じ」「ほかの」 stay with their noun as 「その」「この」 do
# (「どの│行も」, 「同じ│サービス」「同じ│金額です」, 「ほかの│会社」「ほかの│時期」, charge --statement
# at 40 and 80): no phrase starts after them when a kanji or katakana follows, nor after
# 「ほかの」 when a hiragana does (「ほかの│お店」; 「同じ│か」 is no noun). The window of that
# break holds them and the noun's first character, so the decision stays exact.
DETERMINER = re.compile(
    r"(?:(?<=どの)|(?<=同じ)|(?<=ほかの))(?=[\u4e00-\u9fff々\u30a1-\u30fa])"
    r"|(?<=ほかの)(?=[\u3041-\u3096])"
)
# Review 49a, item 6: the model does not know 「払」 and starts a phrase after 「支払い」 when a
# kanji follows (「電話で支払い│情報を」, 80 columns): a noun of 「払い」 and a kanji word is one
# word (「支払い情報」, 「支払い方法」, 「払い戻し」), as 「支払い以降」 above (the window of that
# break holds 「払い」 and the kanji, so the decision stays exact).
PAID = re.compile(r"(?<=払い)(?=[\u4e00-\u9fff々])")
# Review 50a, item 13: a formal noun stays with the word it follows (「聞く│ことはありません」,
# 「偽装できる│ため」, 「年間プランの│ほうが」): no phrase starts at こと・ため・ほう・もの・とき
# after a hiragana (a verb's ending or 「の」). The window of that break holds the hiragana and
# the noun's two characters, so the decision stays exact.
# Review 51b item 7: 「前に」「後に」 after a verb stay with it as well (「確定する│前に」).
# Review 51b item 25: so does 「場合」 (「解約する│場合は、」, 「使っている│場合、」 at 40 columns).
FORMAL_NOUN = re.compile(r"(?<=[\u3041-\u3096])(?=こと|ため|ほう|もの|とき|前に|後に|場合)")
# The model also starts a phrase with a mark that cannot start a line (「（表示しません）│・日付と」,
# 「行（見出しなど）│：1件」): that phrase starts after the mark, where a line can break.
MARK_FIRST = "・："
# Review 14a, S 14: a name stays with its bracket, 「Audible│（audible.co.jp）」 (as 「ド（V」
# above). Where the three characters before 「（」 and the two after it are all outside the
# model's alphabet (Latin letters, digits, many kanji), the model has nothing to go on and the
# phrase data sees one window: the rule holds for every such bracket, or the data could not tell
# them apart (「pass（認証に成功）」, 「0120-999-373（…）」 stay whole too).


def _corrected(line: str, offsets: set[int]) -> set[int]:
    """BudouX's phrase starts ``offsets`` in ``line``, with :data:`CORRECTIONS` and
    :data:`MARK_FIRST` applied."""
    offsets = {at + 1 if line[at] in MARK_FIRST else at for at in offsets}
    for pattern in CORRECTIONS:
        word = pattern.replace("|", "")
        at = line.find(word)
        while at != -1:
            offsets -= set(range(at + 1, at + len(word)))
            offsets |= {at + piece for piece in accumulate(map(len, pattern.split("|")[:-1]))}
            at = line.find(word, at + 1)
    if "の" in line:
        offsets -= {found.start() for found in DEMONSTRATIVE.finditer(line)}
    if "払い" in line:
        offsets -= {found.start() for found in PAID.finditer(line)}
    if "の" in line or "同じ" in line:
        offsets -= {found.start() for found in DETERMINER.finditer(line)}
    offsets -= {found.start() for found in FORMAL_NOUN.finditer(line)}
    if "（" in line:
        offsets -= {at for at in offsets if _blind_bracket(line, at)}
    return offsets


def _blind_bracket(line: str, at: int) -> bool:
    """Whether a phrase starting at ``at`` starts with a 「（」 between characters the model does
    not know (beyond the line's ends counts as unknown, as in the phrase data's windows)."""
    if not 0 < at < len(line) or line[at] != "（" or line[at - 1].isspace():
        return False
    known = _alphabet()
    return not any(char in known for char in line[max(0, at - 3) : at] + line[at + 1 : at + 3])


@functools.cache
def _alphabet() -> frozenset[str]:
    return frozenset(model_alphabet())


def boundaries(line: str) -> frozenset[int]:
    """The offsets in ``line`` at which BudouX starts a new phrase.

    Not inside a run of ASCII (a word, a number, a URL): BudouX's model is for Japanese and
    cuts such runs where its few ASCII characters are (「202│6年」, before a URL's 「?」);
    the kinsoku rules keep a run whole and fold it only when it is longer than a line.
    Corrected where the model errs (:data:`CORRECTIONS`).
    """
    offsets, at = set(), 0
    for chunk in _parser().parse(line)[:-1]:
        at += len(chunk)
        if not (_latin(line[at - 1]) and _latin(line[at])):
            offsets.add(at)
    return frozenset(_corrected(line, offsets))


def _gap(line: str, at: int) -> int:
    """Where the spaces just before ``at`` start (``at`` when there are none)."""
    while at > 0 and line[at - 1].isspace() and char_width(line[at - 1]) == 1:
        at -= 1
    return at


def inside_phrase(line: str, at: int, phrase_starts: frozenset[int] | None = None) -> bool:
    """Whether a break before ``at`` (and the spaces before it) cuts a BudouX phrase.

    A break after spaces is between phrases when BudouX starts one anywhere from the first space
    to ``at``: it puts spaces at either end of a phrase (「表示：」「 → 」「「カスタマー…」).
    """
    starts = boundaries(line) if phrase_starts is None else phrase_starts
    return not any(offset in starts for offset in range(_gap(line, at), at + 1))


def _phrase_around(line: str, at: int, starts: frozenset[int]) -> str:
    """The BudouX phrase that a break before ``at`` falls in."""
    first = max((offset for offset in starts if offset <= at), default=0)
    last = min((offset for offset in starts if offset > at), default=len(line))
    return line[first:last].strip()


def cut_phrases(wrapped: Wrapped, room: int) -> list[str]:
    """The breaks of ``wrapped`` that cut a Japanese phrase, shown as 「…│…」.

    Not counted: a break just after a quotation or label that fits on a line
    (:func:`primehelp.output.linebreak.units`: kept whole, 「…」│など), a fold inside a run of ASCII (a URL or a word longer than its line, which
    the kinsoku rules keep whole otherwise), and a break at a space, after a closing mark or at
    the edge of such a run inside a phrase wider than ``room`` (the widest line a terminal can
    give a paragraph: 「出典：https://…」 must break after the colon), nor a break after a
    full-width colon before a Japanese word: a heading ends there (review 41c, item 5: BudouX keeps
    「ます：月間」 in one phrase; the breaker, :mod:`primehelp.output.phrases`, does not).
    """
    line, starts = wrapped.line, boundaries(wrapped.line)
    cut = []
    for at in wrapped.offsets or ():
        gap = _gap(line, at)
        if (_latin(line[at - 1]) and _latin(line[at])) or not inside_phrase(line, at, starts):
            continue
        if line[at - 1] == "：" and (URL.match(line, at) or _is_kana_or_kanji(line[at])):
            continue  # 「出典：」 then a URL; a heading then its words (review 41c, item 5)
        if at in _after_units(line, wrapped.width):
            continue
        if text_width(_phrase_around(line, at, starts)) > room and (
            gap < at or _latin(line[gap - 1]) or _latin(line[at]) or line[at - 1] in CLOSING
        ):
            continue
        cut.append(f"{line[max(0, at - 12) : at]}│{line[at : at + 8]}")
    return cut


def glued(line: str, start: int, end: int) -> tuple[int, int]:
    """``line[start:end]`` widened by what the kinsoku rules never separate from it (「（」
    before, 「）。」 after): the bounds of what must fit for the breaker to keep it whole."""
    analysed = PLAIN._analysed(line, True)
    if analysed is None:  # no CJK (a command on a line of its own, review 38b item 15)
        return start, end
    kinds = analysed[1]  # the kinsoku rules alone
    first, last = start, end
    while first > 0 and not kinds[first]:
        first -= 1
    while last < len(line) and not kinds[last]:
        last += 1
    return first, last


def _after_units(line: str, width: int) -> set[int]:
    """Just after each unit of ``line`` that fits in ``width`` with what is glued to it."""
    ends = set()
    for start, end, _ in units(line):
        first, last = glued(line, start, end)
        if text_width(line[first:last]) <= width:
            ends.add(last)
    return ends


def model_alphabet() -> str:
    """Every character in BudouX's Japanese model, sorted."""
    features = _parser().model.values()
    return "".join(sorted({char for table in features for key in table for char in key}))


def windows_of_phrases(lines: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The windows (:mod:`primehelp.output.phrases`) of every break the kinsoku rules allow in
    ``lines`` that BudouX keeps inside a phrase, and of those between two kanji where it starts
    one after a kanji its model knows (review 40c item 4: 「2回以上│請求されています」; not
    「計│算」, 計 unknown: review 39b item 5; the breaker asks for a word of two kanji too)."""
    table = Phrases(model_alphabet(), frozenset())
    inside: set[str] = set()
    between: set[str] = set()
    kanji_starts: set[str] = set()
    for line in lines:
        analysed = PLAIN._analysed(line, True)  # the kinsoku rules alone
        if analysed is None:
            continue
        padded, starts = table.windows_of(line), boundaries(line)
        for at, kind in enumerate(analysed[1]):
            if kind == 2:
                window = table.window(padded, _gap(line, at), at)
                if inside_phrase(line, at, starts):
                    inside.add(window)
                    continue
                between.add(window)
                if (
                    at > 0
                    and is_kanji(line[at - 1])
                    and is_kanji(line[at])
                    and window[RADIUS - 1] != UNKNOWN
                ):
                    kanji_starts.add(window)
    # A window decides BudouX's answer; the same window both ways would mean it does not.
    assert not inside & between, sorted(inside & between)[:5]
    # primehelp.output.phrases.parse reads each line with str.rstrip: none may end in a space.
    assert not [w for w in inside if w != w.rstrip()], "a window ends in a space"
    assert not [w for w in inside | kanji_starts if "\t" in w], "a window holds a tab"
    return frozenset(inside), frozenset(kanji_starts)


def render(phrases: Phrases) -> str:
    between = sorted(phrases.between)  # type: ignore[call-overload]
    inside = sorted(phrases.inside)  # type: ignore[call-overload]
    first = "\t".join([phrases.alphabet, *between])
    return first + "\n" + "".join(f"{window}\n" for window in inside)


# ---------------------------------------------------------------- every Japanese screen


def japanese_calls() -> Iterator[golden.Call]:
    """Every command and branch in Japanese as text, the Japanese help, and ``remind`` with
    cron."""
    for call in golden.command_calls():
        if "--json" not in call.args and call.args[-2:] == ("--lang", "ja"):
            yield call
    for call in golden.help_calls():
        if call.env.get("PRIMEHELP_LANG") == "ja":
            yield call
    # Branches the goldens do not print in Japanese (review 5, items 5–10): a refund without a
    # date, a +81 number, a trial that ended long ago, a monthly renewal three days from the
    # cancel-by day; their text breaks between phrases like any other. Review 6, item 5: the
    # explanation of a past date with a plan (「…から表示│します」 before it was listed here).
    for args in (
        ("charge", "-600"),
        ("check-number", "0120999373", "+81-3-5757-5252"),
        ("trial", "2025-03-01", *golden.TODAY),
        ("renewal", "2026-10-29", *golden.TODAY, "--plan", "monthly"),
        ("renewal", "2026-10-29", *golden.TODAY, "--plan", "monthly", "--explain"),
        # Review 9b, item 3: a date more than one period past, without a plan (its paragraph
        # was broken by the kinsoku rules alone: 「過ぎ│ています」「確認でき│ます」).
        ("renewal", "2026-10-15", *golden.TODAY),
        # Review 10a, item 1: a former fee without a date (「現在の会│費」 before it was listed
        # here), and item 13: a Student fee that is not confirmed on the date.
        ("charge", "4900"),
        ("charge", "2450", "--date", "2018-01-01"),
        # Review 51b item 23: the monthly plan's next renewal about now, without a plan (its
        # 「（今日）です（primehelp renewal …」 broke as 「で│す」 at 80 columns).
        ("renewal", "2026-10-26", *golden.TODAY),
        ("renewal", "2026-10-25", *golden.TODAY),
        # Review15a item 5: a link on a hosting service (「…ホスティングサービスのドメイン│です」).
        ("check-message", "--text", "Amazon: http://abc.s3.amazonaws.com/x でログイン"),
        # Review 59m, item 8: 「この文面は、兆候1の2つ目の文面と同じく、カード情報やお│支払い…」
        (
            "check-message",
            "--text",
            # under 255 bytes: test_every_url_is_printed_whole asks whether an argument is a file
            "プライムの使用が一時的にできません。お支払い情報を更新しないと、アカウントは停止"
            "されます。カード番号を入力してください。",
        ),
        # …and item 4: 「兆候1の文面は、…詐欺の件名・文面にも似│ています。」 at 40
        (
            "check-message",
            "--text",
            "24時間以内にお支払い情報を更新しない場合、アカウントは停止されます。",
        ),
    ):
        yield golden.Call((*args, "--lang", "ja"))
    # remind with cron: what it prints depends on the clock and the paths, so the goldens do
    # not keep it; its sentences are Japanese text like any other (nothing is written).
    nowhere = {"XDG_CONFIG_HOME": "/nonexistent/primehelp-xdg", "PATH": "/nonexistent/bin"}
    for action in ("install", "status", "uninstall"):
        yield golden.Call(("remind", action, "--scheduler", "cron", "--lang", "ja"), nowhere)
    # …and chosen because systemd is not running here (a crontab, no systemctl on PATH): its own
    # first sentence, 「…動いていないため、cron を使います。」 (review 19b item 2: 「使│います」)
    crontab_only = {**nowhere, "PATH": str(golden.REPO / "tests" / "fixtures" / "crontab-only")}
    yield golden.Call(("remind", "install", "--lang", "ja"), crontab_only)
    # …the crontab read (review 24b): without the line, status says what to do with the line
    # install prints (item 3); with it, install says it is there (item 2) and status when it
    # runs next (item 4)
    yield golden.Call(("remind", "status", "--scheduler", "cron", "--lang", "ja"), crontab_only)
    # …where no cron daemon runs, or that cannot be told (review 43b item 1)
    from tests.support.cron_roots import CRON_STOPPED, CRON_UNKNOWN

    for root in (CRON_STOPPED, CRON_UNKNOWN):
        yield golden.Call(("remind", "install", "--lang", "ja"), crontab_only, cron=root)
    with_line = {
        **nowhere,
        "PATH": str(golden.REPO / "tests" / "fixtures" / "crontab-with-line"),
        "PRIMEHELP_TEST_PYTHON": sys.executable,  # the line runs this primehelp (38b item 1)
    }
    for action in ("install", "status"):
        yield golden.Call(("remind", action, "--scheduler", "cron", "--lang", "ja"), with_line)
        for root in (CRON_STOPPED, CRON_UNKNOWN):  # review 43b item 1
            yield golden.Call(("remind", action, "--lang", "ja"), with_line, cron=root)
    # …and systemd asked for, the line there: 「（primehelp は crontab を│変更しません）」 (review
    # 33b item 4: 「変更し│ません」 at 40)
    yield golden.Call(("remind", "uninstall", "--scheduler", "systemd", "--lang", "ja"), with_line)
    # due as a terminal lays it out (review 13b item 2): a trial on its renewal day too.
    from tests.support.profiles import TRIAL

    yield golden.Call(("due", "--today", "2026-12-31", "--lang", "ja"), TRIAL)
    # A saved trial that has ended, with a plan: its first fee (review 51b item 18).
    yield golden.Call(
        ("renewal", "--plan", "monthly", "--today", "2027-01-10", "--lang", "ja"), TRIAL
    )


@dataclass(frozen=True)
class Wrapped:
    """One line of text as the breaker saw it, and where it was broken (``None``: measured)."""

    line: str
    width: int
    offsets: tuple[int, ...] | None
    kind: str = "output"  # which breaker: "output" or "help" (primehelp.output.phrases.FILES)


@dataclass(frozen=True)
class Screen:
    """One run at one terminal width: its transcript and the lines it broke."""

    call: golden.Call
    columns: int
    stdout: str
    wrapped: tuple[Wrapped, ...]


def _recording(record: list[Wrapped]) -> Callable[[], None]:
    """Record the Japanese lines the breakers (the terminal's and help's) see; returns the undo."""
    breakers = {"output": japanese_breaker(), "help": help_breaker()}
    undo = [_record(breaker, record, kind) for kind, breaker in breakers.items()]
    return lambda: [each() for each in undo] and None


def _record(breaker: LineBreaker, record: list[Wrapped], kind: str) -> Callable[[], None]:
    offsets, min_width = breaker.offsets, breaker.min_width

    def recorded_offsets(line: str, width: int, fold: bool = True, japanese: bool = True) -> Any:
        found = offsets(line, width, fold, japanese)
        if japanese:
            record.append(Wrapped(line, width, tuple(found), kind))
        return found

    def recorded_min_width(line: str, japanese: bool) -> int:
        if japanese:
            record.append(Wrapped(line, 0, None, kind))
        return min_width(line, japanese)

    breaker.offsets = recorded_offsets  # type: ignore[method-assign]
    breaker.min_width = recorded_min_width

    def undo() -> None:
        del breaker.offsets
        breaker.min_width = min_width

    return undo


def screens(widths: Iterable[int] = WIDTHS) -> Iterator[Screen]:
    """Every Japanese screen at each of ``widths`` columns, piped; ``remind install`` with cron
    shows its next run as on 2026-12-05 in UTC (「2026年12月5日 9:00（…、UTC）」), so that the data
    does not depend on the day or the zone it is written in (review 23b S 11)."""
    import primehelp.cli.remind as remind_command

    computed = remind_command.next_daily_run
    remind_command.next_daily_run = lambda now: dt.datetime(2026, 12, 5, 9, 0, tzinfo=dt.UTC)
    try:
        yield from _screens(widths)
    finally:
        remind_command.next_daily_run = computed


def _screens(widths: Iterable[int]) -> Iterator[Screen]:
    for columns in widths:
        for call in japanese_calls():
            record: list[Wrapped] = []
            undo = _recording(record)
            try:
                env = {**call.env, "COLUMNS": str(columns)}
                shown = golden.transcript(dataclasses.replace(call, env=env))
                # stderr's messages too: on a terminal they are broken the same way (review
                # 10b item 9; piped, as here, they stay one line each).
                for line in shown.rsplit("\n--- stderr\n", 1)[1].splitlines():
                    if not line.isascii():
                        japanese_breaker().offsets(line, columns)
                stdout = shown.split("\n--- stdout\n", 1)[1].rsplit("\n--- stderr\n", 1)[0]
                if call.args[:1] == ("due",):  # one line piped, broken on a terminal (13b item 2)
                    for line in stdout.splitlines():
                        japanese_breaker().offsets(line, columns)
            finally:
                undo()
            yield Screen(call, columns, stdout, tuple(record))
        yield _stale_footer_screen(columns)
        for answers in WALKTHROUGH_PATHS:
            yield walkthrough_screen(columns, answers)
        for answers in WALKTHROUGH_PAST_PATHS:
            yield walkthrough_screen(columns, answers, PAST_RENEWAL)


def _stale_footer_screen(columns: int) -> Screen:
    """The facts-are-old footer as a checkout prints it (review 37b item 5: 「最│新版」 at 40;
    the transcripts show an installed tool's, see ``golden.UV_TOOL``)."""
    record: list[Wrapped] = []
    undo = _recording(record)
    try:
        for days in (368, 1000):
            how = ui("update_checkout").ja.format(command="git pull")
            text = ui("facts_stale").ja.format(days=days, update=how)
            japanese_breaker().offsets(text, columns)
    finally:
        undo()
    return Screen(golden.Call(("renewal", "--lang", "ja")), columns, "", tuple(record))


# The answers to the walkthrough's questions along each path, so that every question and
# screen is drawn: a wrong answer and ``b`` first; web, a wrong answer to a two-choice
# question (「1か2を…」), trial; app, paid, Prime Student, benefits used; web, paid, regular,
# not used; not sure; carrier.
WALKTHROUGH_PATHS = (
    ("x", "b", "1", "x", "1", "1"),
    ("2", "2", "2", "1"),
    ("1", "2", "1", "2"),
    ("1", "2", "1", "3"),
    ("3",),
)
# The same with `--renewal` 2 days past (review 33b, items 1 and 2: 「…、タイ│ミングを選ぶ手順」,
# 「会員資│格を今すぐ終了する」 at 40): web, trial, regular, not used; app, paid, Prime Student.
TODAY = dt.date(2026, 12, 2)
PAST_RENEWAL = dt.date(2026, 11, 30)
WALKTHROUGH_PAST_PATHS = (("1", "1", "1", "2"), ("2", "2", "2", "2"))


def walkthrough_call(answers: tuple[str, ...], renewal: dt.date | None = None) -> golden.Call:
    dated = () if renewal is None else ("--renewal", renewal.isoformat())
    return golden.Call(("cancel", f"<walkthrough {' '.join(answers)}>", *dated, "--lang", "ja"))


class _Scripted:
    """Answers to the walkthrough's prompts: ``answers`` to its questions, a wrong answer at the
    first step, then Enter to the end; each prompt is shown as the terminal shows it."""

    def __init__(self, answers: tuple[str, ...]) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, prompt: Text) -> str:
        from primehelp.output.walkthrough import show_prompt

        with contextlib.redirect_stdout(io.StringIO()):  # a prompt ends in 「> 」: not piped
            show_prompt(prompt, "ja")
        self.asked.append(prompt.ja)
        if len(self.asked) > 200:
            raise AssertionError("the scripted walkthrough does not end")
        if prompt.ja in (
            ui(k, walkthrough.UI).ja for k in ("answer_prompt", "answer_prompt_first")
        ):
            return self.answers.pop(0) if self.answers else "1"
        return "zz" if self.asked.count(prompt.ja) == 1 else ""


def walkthrough_screen(
    columns: int, answers: tuple[str, ...] = WALKTHROUGH_PATHS[0], renewal: dt.date | None = None
) -> Screen:
    """The interactive ``cancel`` walkthrough in Japanese at ``columns`` along one path, in
    process (its prompts wait for a terminal, so the golden list cannot run it)."""
    from primehelp.output.walkthrough import cancel_screen

    record: list[Wrapped] = []
    out = io.StringIO()
    deadline = None if renewal is None else renewal_deadline(renewal, TODAY, origin="option")
    saved = {key: os.environ.get(key) for key in golden.BASE_ENV}
    os.environ.update({**golden.BASE_ENV, "COLUMNS": str(columns)})
    undo = _recording(record)
    try:
        with contextlib.redirect_stdout(out):
            walkthrough.run(
                {},
                lambda branch: bundled_plan(
                    branch, today=TODAY, renewal=deadline, walkthrough=True
                ),
                _Scripted(answers),
                lambda screen: cancel_screen(screen, "ja"),
            )
    finally:
        undo()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return Screen(walkthrough_call(answers, renewal), columns, out.getvalue(), tuple(record))


def bundled_lines(all_screens: Iterable[Screen], kind: str) -> list[str]:
    return sorted({w.line for screen in all_screens for w in screen.wrapped if w.kind == kind})


# A {placeholder} of a data text, and its line breaks: the fixed pieces between them are text
# primehelp prints whatever fills them.
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|\n")


def data_pieces() -> list[str]:
    """The Japanese of every bundled data text, cut at its placeholders: the screens' branches
    the rendered screens do not reach (a mail's attachments, review 39a item 5: 「開│かず」 at
    80 columns) have their phrases too. A window is exact (BudouX reads three characters either
    side, a line's end as unknown ones), so a piece's windows hold in any text around it."""
    from primehelp.facts import data_names, load

    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "ja" and isinstance(value, str):
                    found.update(p for p in _PLACEHOLDER.split(value) if p.strip())
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for name in data_names():
        walk(load(name))
    return sorted(found)


def phrases_of(all_screens: Iterable[Screen], kind: str) -> Phrases:
    """What ``data/phrases.txt`` (``kind`` "output") or ``phrases_help.txt`` must hold."""
    lines = bundled_lines(all_screens, kind)
    if kind == "output":
        lines = sorted({*lines, *data_pieces()})
    return Phrases(model_alphabet(), *windows_of_phrases(lines))


def write_once() -> bool:
    """Write the files for the screens as they are now; whether one changed."""
    all_screens = list(screens())
    changed = False
    for kind, name in FILES.items():
        text = render(phrases_of(all_screens, kind))
        path = DATA_DIR / name
        if not path.exists() or text != path.read_text("utf-8"):
            path.write_text(text, "utf-8")
            changed = True
    return changed


def main(argv: list[str]) -> int:
    if argv == ["--once"]:
        return 3 if write_once() else 0
    # The phrases decide the layout (a table too narrow for them becomes lines of
    # 「見出し：内容」), and the layout which lines there are: write until nothing changes,
    # each time in a new process (the breaker caches what it measured).
    for _ in range(5):
        once = subprocess.run(
            [sys.executable, "-m", "tests.support.phrases", "--once"], check=False
        )
        if once.returncode == 0:
            for name in FILES.values():
                count = (DATA_DIR / name).read_text("utf-8").count("\n") - 1
                sys.stdout.write(f"{name}: {count} windows\n")
            return 0
        if once.returncode != 3:
            return once.returncode
    sys.stdout.write("the phrases files do not settle\n")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
