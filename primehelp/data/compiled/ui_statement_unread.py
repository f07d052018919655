"""Generated from primehelp/data/ui_statement_unread.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'unread_cell': {'ja': '読み取れません（「{cell}」）', 'en': 'cannot be read (“{cell}”)'},
 'unread_cell_dollars': {'ja': '{usd}米ドル（合計には含めていません）',
                         'en': 'US${usd} (not included in the totals)'},
 'unread_cell_split': {'ja': '読み取れません（列が分かれています：{cells}）',
                       'en': 'cannot be read (split into columns: {cells})'},
 'unread_cell_empty': {'ja': '読み取れません（空欄）', 'en': 'cannot be read (empty)'},
 'unread_note': {'no_year': {'ja': '日付が月と日だけです。', 'en': 'The date has only a month and a day.'},
                 'no_day': {'ja': '日付が年と月だけです。', 'en': 'The date has only a year and a month.'},
                 'no_day_month': {'ja': '日付が年と月だけです（{year}年{month}月）。',
                                  'en': 'The date has only a year and a month '
                                        '({year}-{month:02d}).'},
                 'no_such_day': {'ja': '存在しない日付です。', 'en': 'No such day exists.'},
                 'unknown_date': {'ja': '形式の分からない日付です（読める形式の例：2026/11/01、2026-11-01、2026年11月1日）。',
                                  'en': 'A date in a form primehelp does not know (forms read '
                                        'include 2026/11/01, 2026-11-01 and 20261101).'},
                 'blank_date': {'ja': '日付が空欄です。', 'en': 'The date is blank.'},
                 'blank_amount': {'ja': '金額が空欄です。', 'en': 'The amount is blank.'},
                 'no_amount': {'ja': '金額を読み取れません。', 'en': 'The amount cannot be read.'},
                 'too_large': {'ja': '金額が大きすぎます（受け付けるのは1,000万円までです）。',
                               'en': 'The amount is too large (up to ¥10,000,000).'},
                 'decimal': {'ja': '小数の金額は円として読み取れません。',
                             'en': 'An amount with decimals is not read as yen.'},
                 'dollars': {'ja': '米ドルの金額は読み取りません。', 'en': 'Amounts in dollars are not read.'},
                 'columns': {'ja': '列の数が見出しと合いません。', 'en': 'Not as many columns as the header.'},
                 'comma': {'ja': '列の数が見出しやほかの行と合いません（金額の「,」で列が分かれている可能性があります）。',
                           'en': 'Not as many columns as the header or the other lines (a “,” in '
                                 'the amount may have split it).'},
                 'count': {'ja': '列の数が見出しやほかの行より少なくなっています。',
                           'en': 'Fewer columns than the header or the other lines.'}},
 'flagged_more': {'ja': 'ほかに、※の付いた行が{count}件あります。理由は下の「確認が必要な行について」に書いています。',
                  'en': 'Also, {count} line(s) are marked ! (see “About the lines to check” '
                        'below).'},
 'undated_left_out': {'ja': '日付を読み取れない行（ファイルの{rows}行目）は、月ごとの合計に含めていません。',
                      'en': 'Lines whose date cannot be read (line(s) {rows} of the file) are left '
                            'out of the totals per month.'},
 'file_total_split': {'ja': 'ファイルの合計の行（{row}行目）は{total}円ですが、primehelpが読み込んだ行の合計は{read}円（請求{charged}円−返金{refunded}円）です。読み込めなかった行があるか、分割払いなどで支払金額が利用金額と違う可能性があります。明細で確認してください。',
                      'en': "The file's total line (line {row}) says {total} yen, but the lines "
                            'primehelp read add up to {read} yen ({charged} yen charged less '
                            '{refunded} yen refunded): a line may not have been read, or an '
                            'instalment may make a payment differ from the amount used; check the '
                            'statement.'},
 'dollars_prime': {'ja': 'ファイルの{rows}行目にある米ドルの「AMAZON '
                         'PRIME」の請求は、amazon.co.jpとは別のamazon.comアカウントのプライム会費の可能性があります。',
                   'en': 'A dollar “AMAZON PRIME” line (line(s) {rows} of the file) may be the '
                         'Prime fee of an amazon.com account, separate from amazon.co.jp.'},
 'dollars_all_prime': {'ja': 'ファイルの{rows}行目は米ドルの「AMAZON '
                             'PRIME」の請求で、amazon.co.jpとは別のamazon.comアカウントのプライム会費の可能性があります。米ドルの請求は合計に含めていません。何の請求かは、`primehelp '
                             "charge '{example}'` のように入力すると確認できます。",
                       'en': 'Line(s) {rows} of the file are “AMAZON PRIME” charges in dollars, '
                             'which may be the Prime fee of an amazon.com account, separate from '
                             'amazon.co.jp. Charges in dollars are not included in the totals; '
                             'check what a charge in dollars is with `primehelp charge '
                             "'{example}'`, one charge at a time."}}
