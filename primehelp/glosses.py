"""What complain's TOPIC and --plan values mean: one text for the errors (:mod:`primehelp.complaint`)
and the Japanese help (:mod:`primehelp.cli.help_ja`). A module of its own, light: help for any
command loads it without the complaint model."""

from primehelp.i18n import Text

# What each TOPIC means, as help says it (review 9a, S33: the bare values had no Japanese meaning).
TOPIC_VALUES = Text(
    "renewal（自動更新で請求された）、refund（返金）、cancel（解約が済んでいない）、other（その他）",
    "renewal (charged by a renewal you did not intend), refund, "
    "cancel (could not cancel / the cancellation did not go through), other",
)

# The Japanese word TOPIC takes for each value too, as help says it (review 24a, S 14); the same
# words the errors list from data/complaints.toml (tests/cli/test_review24a_misc.py checks it);
# named in English too, not left to the Japanese help (review 45a S 21), but for その他: the
# English help holds no kana (tests/cli/test_help.py), and an unknown TOPIC's error lists all four.
TOPIC_WORDS = Text(
    "「更新」「返金」「解約」「その他」でも指定できます。",
    "Their Japanese words (更新, 返金, 解約 and so on) are accepted too.",
)


# What each --plan value means, in the plans' own names (review 10a, S 29).
PLAN_VALUES = Text(
    "annual（年間プラン）、monthly（月間プラン）、student-annual（Prime Student 年間プラン）、"
    "student-monthly（Prime Student 月間プラン）",
    "annual (Annual plan), monthly (Monthly plan), student-annual (Prime Student annual plan), "
    "student-monthly (Prime Student monthly plan)",
)


# What each cancel --via value means, in the words of cancel's own help (review 40b S 8).
VIA_VALUES = Text(
    "web（ウェブサイト）、app（ショッピングアプリ）、carrier（携帯電話会社のプラン）",
    "web (the Amazon website), app (the Amazon shopping app), "
    "carrier (Prime as part of a mobile carrier's plan)",
)
