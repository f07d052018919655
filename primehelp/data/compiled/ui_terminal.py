"""Generated from primehelp/data/ui_terminal.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'no_japanese': {'ja': '注意：この出力先（文字コード {encoding}）は日本語を表示できないため、英語で表示します。日本語で表示するには --lang ja '
                       'を指定してください（表示できない文字は ? になります）。',
                 'en': 'note: this output ({encoding}) cannot show Japanese, so primehelp shows '
                       'English. Use --lang ja to insist (characters it cannot show become ?), or '
                       'set PYTHONIOENCODING=utf-8.'}}
