"""The bullet before an item of a list: 「・」 in Japanese, "- " in English (review 36a, S 27:
English screens used the Japanese bullet). ASCII in English: English is also what primehelp
shows on an output that cannot show Japanese, where "•" might not be shown either."""

from __future__ import annotations

from primehelp.i18n import Lang


def bullet(lang: Lang) -> str:
    return "・" if lang == "ja" else "- "
