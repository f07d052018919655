"""What complain's TOPIC and --plan values mean: one text for the errors (:mod:`primehelp.complaint`)
and the Japanese help (:mod:`primehelp.cli.help_ja`). A module of its own, light: help for any
command loads it without the complaint model."""

from primehelp.i18n import Text

# What each TOPIC means, as help says it (review 9a, S33: the bare values had no Japanese meaning).
TOPIC_VALUES = Text(
    "renewal（自動更新で請求された）、refund（返金）、cancel（解約が済んでいない）、other（その他）",
    "renewal (charged by a renewal you did not intend), refund, "
    "cancel (could not cancel / not taken), other",
)


# What each --plan value means, in the plans' own names (review 10a, S 29).
PLAN_VALUES = Text(
    "annual（年間プラン）、monthly（月間プラン）、student-annual（Prime Student 年間プラン）、"
    "student-monthly（Prime Student 月間プラン）",
    "annual (Annual plan), monthly (Monthly plan), student-annual (Prime Student annual plan), "
    "student-monthly (Prime Student monthly plan)",
)
