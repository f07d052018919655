"""The reason of a scam-subject sign: "the same as" a reported scam subject when each sentence
quoted holds one in full, else "similar to" one, naming the words (FACTS §11).

A word of the scam-subject lists may be loose (review 36a, item 6): 「未納…本日中|至急」 is
found in a sentence holding 「未納」 of a message that also holds 「本日中」 or 「至急」, the
parts split by 「…」 and the alternatives of a part by 「|」 (:func:`loosely`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from primehelp.i18n import VALUE_CLOSE, VALUE_OPEN, Text
from primehelp.lazy_pattern import LazyPattern
from primehelp.message_follows import maker
from primehelp.message_loose import LOOSE, amount_placed, own_words
from primehelp.message_loose import loose_held as _loose_held
from primehelp.message_loose import named as _named
from primehelp.message_loose import parts as _parts
from primehelp.message_loose import words_held as words_held  # its place before (tests)
from primehelp.message_own_kinds import kind_of as _kind
from primehelp.message_own_kinds import note_key as _key
from primehelp.message_words import Words, as_written, compact, words_of

if TYPE_CHECKING:
    from primehelp.message import MessageContent

FLAGS_PER_TEXT_KIND = 5  # quotes kept of one kind (message_sentences.text_flags)


def own_said(
    reason: Text,
    sentences: Sequence[str],
    owns: Sequence[str],
    others: Sequence[str],
    given: Callable[[str], str],
) -> Text:
    """``reason`` and, when a sentence quoted holds the sign's words only as Amazon's own words
    (``owns``, not ``others``), 「「お支払い方法をご確認ください」自体はAmazonも使う言い方です。」
    (review 61m, item 4)."""
    from primehelp.facts import ui

    for sentence in sentences:
        one = _forms(sentence)[1]
        held = [w for entry in owns for w in _parts(entry)[0] if w in one]
        if held and not any(words_held(entry, one) for entry in others):
            note = ui("scam_own.said", "ui_message_read")
            word = f"{VALUE_OPEN}{whole_word(given(sentence), held[0])}{VALUE_CLOSE}"
            return Text(  # on a line of its own, as the notes of :func:`_noted`
                f"{reason.ja}\n{note.ja.format(word=word)}",
                f"{reason.en}\n{note.en.format(word=word)}",
            )
    return reason


def loosely(found: Words, listed: Sequence[str], whole: str) -> Words:
    """``found`` with the first part of each loose word of ``listed`` whose other parts are
    all in the message (``whole``, compacted): a sentence holding that first part matches."""
    firsts = [
        one
        for entry in listed
        if LOOSE in entry and _loose_held(entry, whole, whole)
        for one in _parts(entry)[0]
        if one in whole
    ]
    if not firsts:
        return found
    ascii_words = tuple(dict.fromkeys((*found.ascii, *(w for w in firsts if w.isascii()))))
    other = tuple(dict.fromkeys((*found.other, *(w for w in firsts if not w.isascii()))))
    return Words(ascii_words, other)


def all_reported(all_sentences: Sequence[str], scam: Words, reported: Words) -> bool:
    """Each sentence that will be quoted as a scam subject holds a reported subject in full."""
    quoted = []
    for sentence in all_sentences:
        spaced = " ".join(sentence.casefold().split())
        if scam.found_in(spaced, spaced.replace(" ", "")):
            quoted.append((spaced, spaced.replace(" ", "")))
    quoted = quoted[:FLAGS_PER_TEXT_KIND]
    return bool(quoted) and all(reported.found_in(*forms) for forms in quoted)


def similar_reason(
    all_sentences: Sequence[str],
    scam: Words,
    listed: Sequence[str],
    content: MessageContent,
    subject: bool = False,
    given: Callable[[str], str] = str,
) -> Text:
    """ "Similar to" the reported scam subjects, naming the words: one per sentence quoted,
    the first of ``listed`` it holds (review 32a, S 12: two quotes, one named). A word of a
    loose entry found outside the quoted sentence is named with the place it was found
    (review 39a, item 14: 「注文」 of the subject 「ご注文の確認」): the subject when ``subject``
    (the first sentence is it), else the body, quoted as ``given`` gives a sentence."""
    found: list[tuple[str, tuple[str, str] | None]] = []
    said: set[str] = set()  # words that are the whole quoted sentence but Amazon's name
    whole = compact("".join(all_sentences))
    reported = words_of(content.vocabulary.scam_subject_reported)
    same = [  # which quotes hold a reported subject in full (review 42a, item 20)
        reported.found_in(*_forms(s)) for s in all_sentences if scam.found_in(*_forms(s))
    ][:FLAGS_PER_TEXT_KIND]
    which = which_same(same)
    at = -1  # the quote's place among those of the sign
    for sentence in all_sentences:
        spaced = " ".join(sentence.casefold().split())
        forms = (spaced, spaced.replace(" ", ""))
        if not scam.found_in(*forms):
            continue
        at += 1
        if which and at < len(same) and same[at]:  # said the same: its words not listed (56a, 1)
            continue
        held = [
            [w]
            for w in listed
            if " ".join(w.casefold().split()) in spaced or compact(w) in forms[1]
        ]
        # a loose word names the words it found: 「更新手続き」「ログインしてください」
        held += [words for w in listed if LOOSE in w if (words := _named(w, forms[1], whole))]
        placed = [_placed(w, sentence, all_sentences, subject, given) for w in (held or [[]])[0]]
        # a word found in another quote of the sign is named there (review 61m, item 4)
        placed = [(w, p) for w, p in placed if not (p and scam.found_in(*_forms(p[1])))]
        if made := maker(sentence, all_sentences, listed, whole):  # quoted itself (63m, 12)
            placed = [
                (w, None if p and compact(p[1]) in compact(made[0]) else p) for w, p in placed
            ]
        amounts = (amount_placed(w, p, given(sentence)) for w, p in placed)  # not 「円」 (63m, 9)
        found += [one for one in amounts if one]
        shown = [w for w, _ in placed]  # as quoted, whole words (60m, 6): may be all of it
        if held and (all_of(held[0], forms[1]) or all_of(shown, forms[1])) and not which:
            said.update(w for w, _ in placed)
        if len(found) >= FLAGS_PER_TEXT_KIND:
            break
    named = [w for w in dict.fromkeys(found[:3]) if w[0] not in said or w[1]]
    named = [w for w in named if not any(w[0] != o and w[0] in o for o, _ in named)]  # 61m, 4
    similar = _noted(content.similar_subject.text, all_sentences, scam, listed, whole, given)
    if not named:  # 「一致した語句」 would repeat the quoted line
        return similar
    marked = [(f"{VALUE_OPEN}{w}{VALUE_CLOSE}", place) for w, place in named]
    quoted = Text(  # 「「…」、「…」」: the second never looks like a line of its own (52a, 8)
        "、".join(_in_place(w, place, "ja") for w, place in marked),
        ", ".join(_in_place(w, place, "en") for w, place in marked),
    )
    if which:  # and Amazon's own words' notes, on lines of their own (review 61m, item 4)
        mixed = mixed_note(which, quoted, same, [not one for one in same])
        ja, en = similar.ja.split("\n")[1:], similar.en.split("\n")[1:]
        return Text("\n".join((mixed.ja, *ja)), "\n".join((mixed.en, *en)))
    matched = Text(
        content.matched_words.ja.format(words=quoted.ja),
        content.matched_words.en.format(words=quoted.en),
    )
    # On a line of its own: the label starts it, so a line is never broken inside 「一致した語句」.
    ja, en = similar.ja.split("\n"), similar.en.split("\n")  # the notes after the words
    return Text(
        "\n".join((ja[0], matched.ja, *ja[1:])), "\n".join((en[0], f"{matched.en}.", *en[1:]))
    )


def _noted(
    reason: Text,
    all_sentences: Sequence[str],
    scam: Words,
    listed: Sequence[str],
    whole: str,
    given: Callable[[str], str],
) -> Text:
    """``reason`` and, on lines of their own, what makes Amazon's own words a sign (review
    60m, item 3: 「「会員情報の確認」自体はAmazonも使う言い方です。…」) and that a message
    sending the member to アカウントサービス to update may be Amazon's (item 2)."""
    from primehelp.facts import ui

    notes: list[Text] = []
    quoted = [s for s in all_sentences if scam.found_in(*_forms(s))][:FLAGS_PER_TEXT_KIND]
    said: list[str] = []  # each of Amazon's own words quoted, named once (review 61m, item 4)
    kinds: set[str] = set()  # what made them a sign: every kind named (review 62m, item 12)
    for sentence in quoted:  # an entry of Amazon's own words: counted for a threat or sign-in
        one = _forms(sentence)[1]
        own = [e for e in listed if own_words(e) and _loose_held(e, one, whole)]
        if own:
            kinds.update(_kind(w) for w in _named(own[0], one, whole))
            held = _loose_held(own[0], one, whole)[0]
            shown = as_quoted(given(sentence), held, bool(_loose_held(own[0], one, one)))
            said.append(f"{VALUE_OPEN}{shown}{VALUE_CLOSE}")
    if said:
        key = _key(kinds)
        note, said = ui(f"scam_own.{key}", "ui_message_read"), list(dict.fromkeys(said))
        words = Text("や".join(said), " and ".join(said))
        en = note.en.format(word=words.en)
        en = en.replace(" itself is ", " themselves are ", 1) if len(said) > 1 else en
        notes.append(Text(note.ja.format(word=words.ja), en))
    if any("アカウントサービス" in f and "更新" in f for s in quoted for f in _forms(s)[1:]):
        notes.append(ui("scam_own.account_service", "ui_message_read"))
    if any("定期更新" in _forms(s)[1] for s in quoted):  # a reminder may be the real one (S 14)
        notes.append(ui("scam_own.reminder", "ui_message_read"))
    return Text(
        "\n".join((reason.ja, *(n.ja for n in notes))),
        "\n".join((reason.en, *(n.en for n in notes))),
    )


def as_quoted(text: str, word: str, made_here: bool) -> str:
    """Amazon's own ``word`` as the note names it: the sentence ``text`` as the sign quotes it when
    what makes it a sign is in another sentence (review 63m, item 12: 「カードの有効期限が切れて
    います」 quoted, the note named 「有効期限が切れています」), else the word (:func:`whole_word`):
    a sentence that makes the sign itself (``made_here``), or one quoted cut, is no own wording."""
    from primehelp.message_window import around

    sentence = text.strip()
    if made_here or around(sentence, [compact(word)]) != sentence:
        return whole_word(text, word)
    return sentence


# The endings a listed stem is quoted with (review 60m, item 6: 「有効期限が切れ」 read as a
# program's internals): 「有効期限が切れています」「お支払い情報をご確認ください」.
_ENDING = LazyPattern(
    r"(?:し|さ)?(?:れ)?(?:ていません|ています|ておりま(?:す|せん)|ていました|てください|て下さい"
    r"|ました|ます|ません|ください|下さい)"
)


_DATE_MARKS = "年月日時間分週ヶか/:：／"


def whole_word(text: str, word: str) -> str:
    """``word`` as ``text`` writes it (:func:`as_written`), with the honorific 「お」「ご」
    before it and a polite ending after a verb's stem: whole words, not a pattern's stem."""
    shown = as_written(text, word)
    at = text.find(shown)
    if at < 0:
        return shown
    start, end = at, at + len(shown)
    if start and text[start - 1] in "おご" and shown[0] not in "おご":
        start -= 1
    if shown[0] in "日時" or shown.startswith("以内"):  # a deadline's date, time or span:
        # 「12月10日までに」「24時間以内」 (review 61m, item 4)
        begin = start
        while begin and (text[begin - 1].isdigit() or text[begin - 1] in _DATE_MARKS):
            begin -= 1
        while begin < start and not text[begin].isdigit():  # not 「本日18時」's 「日」
            begin += 1
        start = (
            begin
            if begin < start or not start or text[start - 1] not in "翌明本当同"
            else start - 1
        )
    ending = _ENDING.match(text, end)
    return text[start : ending.end() if ending else end]


# The real monthly and annual fees (FACTS §1) as a message writes them, not inside 「1,600円」.
_FEE = LazyPattern(r"(?<![\d,.])(600|5,900|5900)円")


def fee_named(reason: Text, whole: str) -> Text:
    """The payment-failed ``reason`` and, when the message (``whole``, compact) names the real
    fee, that the right amount proves nothing (review 60m, S 16; FACTS §7)."""
    from primehelp.facts import ui

    fee = _FEE.search(whole)
    if not fee:
        return reason
    note, amount = ui("scam_own.amount", "ui_message_read"), fee.group(1).replace("5900", "5,900")
    return Text(
        f"{reason.ja}{note.ja.format(amount=amount)}",
        f"{reason.en} {note.en.format(amount=amount)}",
    )


def which_same(same: Sequence[bool]) -> Text | None:
    """「1つ目」「1つ目と3つ目」: the quotes of one sign that hold a reported subject in full
    (``same``, in the order quoted) when the others hold only words of one, else None."""
    if all(same) or not any(same):
        return None
    return places(same)


def places(at: Sequence[bool]) -> Text:
    """「1つ目」「1つ目と3つ目」, "1", "1 and 3": the places of the quotes marked in ``at``."""
    from primehelp.facts import ui

    one, both = ui("scam_note.which", "ui_message"), ui("scam_note.which_and", "ui_message")
    marked = [n for n, held in enumerate(at, 1) if held]
    return Text(
        both.ja.join(one.ja.format(at=n) for n in marked),
        both.en.join(one.en.format(at=n) for n in marked),
    )


def mixed_note(which: Text, words: Text, same: Sequence[bool], similar: Sequence[bool]) -> Text:
    """「1つ目の文面は、…と同じです。2つ目の文面も、…に似ています。」 and the words matched in
    the similar ones, named by place: 「2つ目の文面の一致した語句：「…」」 (review 56a, item 1:
    a quote said the same needs no words, and a quote that holds none is not named)."""
    from primehelp.facts import ui

    if not any(similar):
        return matched_note("same_which", which, Text("", ""))
    others = places(similar)
    if not any(same):
        return matched_note("similar_which", others, words)
    note, label = ui("scam_note.mixed", "ui_message"), ui("flag.matched_which", "ui_message")
    matched = Text(
        label.ja.format(which=others.ja, words=words.ja),
        label.en.format(which=others.en, words=words.en),
    )
    return Text(
        note.ja.format(which=which.ja, others=others.ja, matched=matched.ja),
        note.en.format(which=which.en, others=others.en, matched=matched.en),
    )


def matched_note(key: str, which: Text, words: Text) -> Text:
    """scam_note.same_which or .similar_which: 「2つ目の文面は、…と同じです。」 for the quotes
    at ``which`` only, the others of the sign holding no such words (review 56a, item 1)."""
    from primehelp.facts import ui

    note, label = ui(f"scam_note.{key}", "ui_message"), ui("flag.matched", "ui_message")
    return Text(
        note.ja.format(which=which.ja, matched=label.ja.format(words=words.ja)),
        note.en.format(which=which.en, matched=label.en.format(words=words.en)),
    )


def _placed(
    word: str,
    sentence: str,
    all_sentences: Sequence[str],
    subject: bool,
    given: Callable[[str], str],
) -> tuple[str, tuple[str, str] | None]:
    """``word`` as the message writes it (:func:`as_written`: 「ＡＣＣＯＵＮＴ」, not 「account」)
    and, when the quoted ``sentence`` does not hold it, where it is: the place (``subject`` or
    ``body``) and the words around it there, as given."""
    key = compact(word)
    if key in compact(sentence):
        return whole_word(given(sentence), word), None
    for at, other in enumerate(all_sentences):
        if key in compact(other):
            from primehelp.message_window import around

            place = "subject" if at == 0 and subject else "body"
            return whole_word(given(other), word), (place, around(given(other), [key], 80))
    return word, None


def _in_place(word: str, place: tuple[str, str] | None, lang: str) -> str:
    """「「注文」（件名の「ご注文の確認」の部分）」: a word and the place it was found."""
    if place is None:
        return word
    from primehelp.facts import ui

    where, around = place
    if where == "amount":  # 「金額の記載（「プライム会費600円」）」 (review 63m, item 9)
        said = getattr(ui("scam_own.amount_word", "ui_message_read"), lang)
        return str(said).format(words=f"{VALUE_OPEN}{around}{VALUE_CLOSE}")
    if compact(around) == compact(word.strip(VALUE_OPEN + VALUE_CLOSE)):  # the word alone
        return word
    said = getattr(ui("flag.matched_in", "ui_message"), lang)
    name = getattr(ui(f"flag.matched_place.{where}", "ui_message"), lang)
    return str(said).format(word=word, place=name, words=f"{VALUE_OPEN}{around}{VALUE_CLOSE}")


_NAME = ("【amazon】", "[amazon]", "amazon", "アマゾン", "【", "】", ":", "：", "。", "!", "！")


def all_of(words: Sequence[str], sentence: str) -> bool:
    """Whether ``words`` are the whole ``sentence`` (compact, folded) but Amazon's name and
    its brackets: 「Amazonプライム会費の…」 quoted, 「プライム会費の…」 matched."""
    rest = sentence
    for word in words:
        rest = rest.replace(compact(word), "", 1)
    for name in _NAME:
        rest = rest.replace(name, "")
    return not rest


def same_kind(all_sentences: Sequence[str], scam: Words, content: MessageContent) -> Text | None:
    """The 「…と同じです」 reason naming only the other kinds when each quoted sentence holds a
    reported subject of one kind."""
    quoted = [s for s in all_sentences if scam.found_in(*_forms(s))][:FLAGS_PER_TEXT_KIND]
    for subjects, fact in content.same_subjects:
        held = words_of(list(subjects))
        if all(held.present(*_forms(s)).found_in(*_forms(s)) for s in quoted):
            return fact.text
    return None


def _forms(sentence: str) -> tuple[str, str]:
    spaced = " ".join(sentence.casefold().split())
    return spaced, spaced.replace(" ", "")
