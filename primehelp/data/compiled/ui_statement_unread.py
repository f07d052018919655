"""Generated from primehelp/data/ui_statement_unread.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'unread_cell': {'ja': '読み取れません（「{cell}」）', 'en': 'cannot be read (“{cell}”)'},
 'unread_cell_dollars': {'ja': '{usd}米ドル（合計には含めていません）',
                         'en': 'US${usd} (not included in the totals)'},
 'unread_cell_split': {'ja': '読み取れません（列が分かれています：{cells}）',
                       'en': 'cannot be read (split into columns: {cells})'},
 'unread_cell_empty': {'ja': '読み取れません（空欄）', 'en': 'cannot be read (empty)'},
 'unread_note': {'no_year': {'ja': '日付に年がありません', 'en': 'The date has no year'},
                 'no_day': {'ja': '日付に日がありません', 'en': 'The date has no day'},
                 'no_day_month': {'ja': '日付に日がありません（{year}年{month}月）',
                                  'en': 'The date has no day ({year}-{month:02d})'},
                 'no_such_day': {'ja': '存在しない日付です', 'en': 'No such day exists'},
                 'unknown_date': {'ja': '形式の分からない日付です',
                                  'en': 'A date in a form primehelp does not know'},
                 'blank_date': {'ja': '日付が空欄です', 'en': 'The date is blank'},
                 'blank_amount': {'ja': '金額が空欄です', 'en': 'The amount is blank'},
                 'no_amount': {'ja': '金額を読み取れません', 'en': 'The amount cannot be read'},
                 'too_large': {'ja': '金額が大きすぎます（受け付けるのは1,000万円までです）',
                               'en': 'The amount is too large (up to ¥10,000,000)'},
                 'decimal': {'ja': '小数の金額は円として読み取れません',
                             'en': 'An amount with decimals is not read as yen'},
                 'dollars': {'ja': '米ドルの金額は読み取りません', 'en': 'Amounts in dollars are not read'},
                 'columns': {'ja': '列の数が見出しと合いません', 'en': 'Not as many columns as the header'},
                 'comma': {'ja': '列の数が見出しやほかの行と合いません（金額の「,」で列が分かれている可能性があります）',
                           'en': 'Not as many columns as the header or the other lines (a “,” in '
                                 'the amount may have split it)'},
                 'count': {'ja': '列の数が見出しやほかの行より少なくなっています',
                           'en': 'Fewer columns than the header or the other lines'}}}
