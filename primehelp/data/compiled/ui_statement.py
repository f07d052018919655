"""Generated from primehelp/data/ui_statement.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'read_as': {'ja': '{layout}の明細として読み込みました（文字コード：{encoding}）',
             'en': 'Read as a {layout} statement (encoding: {encoding})'},
 'read_as_columns': {'ja': '`--columns` で指定した列の並びで明細を読み込みました（文字コード：{encoding}）',
                     'en': 'Read the statement in the column order given with `--columns` '
                           '(encoding: {encoding})'},
 'counts': {'amazon': {'ja': 'Amazonの行：{n}件', 'en': 'Amazon lines: {n}'},
            'of_them': {'ja': '（うち{parts}）', 'en': ' ({parts})'},
            'of': {'unread': {'ja': '金額を読み取れない行{n}件',
                              'en': '{n} with an amount primehelp cannot read'},
                   'dollars': {'ja': '米ドルの金額の行{n}件', 'en': '{n} in dollars'},
                   'undated': {'ja': '日付を読み取れない行{n}件',
                               'en': '{n} with a date primehelp cannot read'},
                   'alike': {'ja': 'Amazonに似た表記の行{n}件', 'en': "{n} with text like Amazon's"}},
            'other': {'ja': 'そのほかの行：{n}件（表示しません）', 'en': 'Other lines: {n} (not shown)'},
            'zero': {'ja': '金額が0円の行：{n}件（表示しません）', 'en': 'Lines of 0 yen: {n} (not shown)'},
            'skipped': {'ja': '日付か金額のない行：{n}件（見出しや合計の行など）',
                        'en': 'Lines without a date or an amount: {n} (headings, totals and '
                              'such)'}},
 'no_amazon_lines': {'ja': 'Amazonの行は見つかりませんでした。表記からAmazonのものと分からない行（そのほかの行）の内容は確認していません。',
                     'en': 'No Amazon line was found. Lines whose text primehelp does not know as '
                           "Amazon's (the other lines) were not checked."},
 'unreadable': {'ja': '金額を読み取れないAmazonの行があります（ファイルの{rows}行目）。明細とAmazonのアカウントで確認してください。',
                'en': 'primehelp cannot read the amount of Amazon lines at line(s) {rows} of the '
                      'file; check them on the statement and in your Amazon account.'},
 'dollars': {'ja': "米ドルの請求は合計に含めていません（ファイルの{rows}行目）。何の請求かは、`primehelp charge '{example}'` "
                   'のように入力すると確認できます。',
             'en': 'Charges in dollars are not included in the totals (line(s) {rows} of the '
                   "file); check what a charge in dollars is with `primehelp charge '{example}'`, "
                   'one charge at a time.'},
 'unreadable_decimal': {'ja': '金額を読み取れないAmazonの行があります（ファイルの{rows}行目）。小数の金額は円として読み取れません。米ドルの金額なら '
                              "`primehelp charge 'US$14.99'` のように、1件ずつ確認できます。",
                        'en': 'primehelp cannot read the amount of Amazon lines at line(s) {rows} '
                              'of the file: an amount with decimals is not read as yen. If it is '
                              "in dollars, check each one with `primehelp charge 'US$14.99'`, for "
                              'instance.'},
 'undated_no_year': {'ja': '日付を読み取れないAmazonの行があります（ファイルの{rows}行目は日付が月と日だけです）。明細とAmazonのアカウントで確認してください。',
                     'en': 'primehelp cannot read the date of Amazon lines at line(s) {rows} of '
                           'the file: the date has only a month and a day. Check them on the '
                           'statement and in your Amazon account.'},
 'undated_no_such_day': {'ja': '日付を読み取れないAmazonの行があります（ファイルの{rows}行目の日付は存在しません）。明細とAmazonのアカウントで確認してください。',
                         'en': 'primehelp cannot read the date of Amazon lines at line(s) {rows} '
                               'of the file: no such day exists. Check them on the statement and '
                               'in your Amazon account.'},
 'undated_no_day': {'ja': '日付を読み取れないAmazonの行があります（ファイルの{rows}行目は日付が年と月だけです）。明細とAmazonのアカウントで確認してください。',
                    'en': 'primehelp cannot read the date of Amazon lines at line(s) {rows} of the '
                          'file: the date has only a year and a month. Check them on the statement '
                          'and in your Amazon account.'},
 'undated_blank': {'ja': '日付を読み取れないAmazonの行があります（ファイルの{rows}行目は日付が空欄です）。明細とAmazonのアカウントで確認してください。',
                   'en': 'primehelp cannot read the date of Amazon lines at line(s) {rows} of the '
                         'file: the date is blank. Check them on the statement and in your Amazon '
                         'account.'},
 'undated': {'ja': '日付を読み取れないAmazonの行があります（ファイルの{rows}行目）。明細とAmazonのアカウントで確認してください。',
             'en': 'primehelp cannot read the date of Amazon lines at line(s) {rows} of the file; '
                   'check them on the statement and in your Amazon account.'},
 'undated_several': {'ja': '日付を読み取れないAmazonの行があります（ファイルの{why}です）。明細とAmazonのアカウントで確認してください。',
                     'en': 'primehelp cannot read the date of some Amazon lines of the file '
                           '({why}). Check them on the statement and in your Amazon account.'},
 'why': {'undated': {'ja': '{rows}行目は形式の分からない日付',
                     'en': 'line(s) {rows}: a date in a form primehelp does not know'},
         'undated_no_year': {'ja': '{rows}行目は日付が月と日だけ',
                             'en': 'line(s) {rows}: the date has only a month and a day'},
         'undated_no_such_day': {'ja': '{rows}行目は存在しない日付',
                                 'en': 'line(s) {rows}: no such day exists'},
         'undated_blank': {'ja': '{rows}行目は日付が空欄', 'en': 'line(s) {rows}: the date is blank'},
         'undated_no_day': {'ja': '{rows}行目は日付が年と月だけ',
                            'en': 'line(s) {rows}: the date has only a year and a month'}},
 'flagged': {'ja': '確認が必要な行（※の行）が{count}件あります。理由は下の「確認が必要な行について」に書いています。',
             'en': '{count} line(s) to check (marked !); see “About the lines to check” below.'},
 'none_flagged': {'ja': '決まった料金と一致しない請求や、同じ請求が同じ月のうちに、または25日未満の間隔で2回以上ある行は見つかりませんでした。請求がすべて正しいという意味ではありません。',
                  'en': 'No charge that matches no fixed price, and no same charge twice within '
                        'one month, or less than 25 days apart, was found. This does not mean '
                        'every charge is right.'},
 'estimate': {'ja': '考えられる内容は、金額と明細の表記から推定したものです。実際に何の請求かは、Amazonのアカウントで確認してください。',
              'en': 'What each line may be is estimated from the amount and the statement text; '
                    'what a charge really is shows in your Amazon account.'},
 'by_month': {'ja': '月ごとの合計（利用日の月）', 'en': 'Totals per month (by day of use)'},
 'after_today_left_out': {'ja': 'ファイルの{rows}行目は利用日が今日より後のため、月ごとの合計に含めていません。',
                          'en': 'Lines dated after today (line(s) {rows} of the file) are left out '
                                'of the totals per month.'},
 'lines_title': {'ja': 'Amazonの行', 'en': 'Amazon lines'},
 'col_month': {'ja': '月', 'en': 'Month'},
 'col_service': {'ja': '考えられる内容', 'en': 'What it may be'},
 'col_service_refund': {'ja': '考えられる返金の対象', 'en': 'Likely refund for'},
 'col_count': {'ja': '件数', 'en': 'Count'},
 'count_both': {'ja': '件数は請求と返金の行を合わせた数です。',
                'en': 'The count includes both the charges and the refunds.'},
 'col_charged': {'ja': '請求', 'en': 'Charged'},
 'col_refunded': {'ja': '返金', 'en': 'Refunded'},
 'col_date': {'ja': '利用日', 'en': 'Date'},
 'col_text': {'ja': '明細の表記', 'en': 'Statement text'},
 'col_text_full_width': {'ja': '{text}（明細では全角）', 'en': '{text} (full-width on the statement)'},
 'col_amount': {'ja': '金額', 'en': 'Amount'},
 'col_note': {'ja': '注意', 'en': 'Note'},
 'month_total': {'ja': '合計', 'en': 'Total'},
 'month_total_refunds_only': {'ja': '合計（返金のみ）', 'en': 'Total (refunds only)'},
 'month_total_charged': {'ja': '請求の合計', 'en': 'Total charged'},
 'month_total_refunded': {'ja': '返金の合計', 'en': 'Total refunded'},
 'flag': {'no_known_price': {'ja': '※決まった料金のどれとも一致しません',
                             'en': '! Matches none of the fixed prices'},
          'prime_text_no_fee': {'ja': '※表記はプライムですが、会費と一致しません',
                                'en': '! A Prime text, but not a Prime fee'},
          'outside_named_range': {'ja': '※表記にあるサービスの料金の範囲を超えています',
                                  'en': '! Outside the price range of the service the text names'},
          'not_the_fee_on_date': {'ja': '※この日付の会費と一致しません', 'en': '! Not the fee on this date'},
          'same_charge_twice': {'ja': '※同じ金額の請求が、同じ月のうちに、または25日未満の間隔で2回以上あります',
                                'en': '! The same amount charged twice or more within one month, '
                                      'or less than 25 days apart'},
          'both_prime_plans': {'ja': '※年会費と月会費の期間が重なっています',
                               'en': '! The periods of an annual fee and a monthly fee overlap'},
          'annual_guess_with_monthly': {'ja': '※年会費だとすると、月会費と期間が重なっています',
                                        'en': '! If this is an annual fee, its period overlaps a '
                                              "monthly fee's"},
          'monthly_guess_in_annual': {'ja': '※月会費だとすると、年会費と期間が重なっています',
                                      'en': '! If this is a monthly fee, its period overlaps an '
                                            "annual fee's"},
          'annual_twice': {'ja': '※1年以内に年会費が2回以上請求されています',
                           'en': '! Annual fees are charged twice or more within a year'},
          'annual_guess_twice': {'ja': '※年会費だとすると、1年以内に年会費が2回以上請求されています',
                                 'en': '! If this is an annual fee, annual fees are charged twice '
                                       'or more within a year'},
          'monthly_twice': {'ja': '※同じ月のうちに、または25日未満の間隔で月会費が2回以上請求されています',
                            'en': '! The monthly fee is charged twice or more within one month, or '
                                  'less than 25 days apart'},
          'monthly_guess_twice': {'ja': '※同じ月のうちに、または25日未満の間隔で、月会費と同じ金額の請求がほかにもあります',
                                  'en': '! Another charge in the same month, or less than 25 days '
                                        "apart, is the monthly fee's amount too"},
          'fee_refunded_before': {'ja': '※返金の元と考えられる会費は、この明細ではすでに全額返金されています',
                                  'en': '! The fee this refund may be for has already been '
                                        'refunded in full in this statement'},
          'partial_refund_again': {'ja': '※同じ会費への2回目以降の一部返金です',
                                   'en': '! A second or later partial refund of the same fee'},
          'refund_over_rest': {'ja': '※この時期の会費の残りより大きい返金です',
                               'en': '! This refund is more than what is left of the fee for this '
                                     'time'},
          'after_today': {'ja': '※利用日が今日より後です', 'en': '! The day of use is after today'},
          'before_launch': {'ja': '※利用日がプライム開始（{year}年）より前です',
                            'en': '! The day of use is before Prime started in Japan ({year})'},
          'student_fee_unknown': {'ja': '※この日付のPrime Studentの会費は確認できていません',
                                  'en': '! The Prime Student fee on this date is not confirmed'},
          'two_monthly_plans': {'ja': '※通常のプライムとPrime Studentの月会費が同じ時期に請求されています',
                                'en': '! Regular Prime and Prime Student monthly fees are charged '
                                      'for the same time'},
          'student_monthly_none': {'ja': '※この日付にはPrime Student 月間プランはありませんでした',
                                   'en': '! There was no Prime Student monthly plan on this date'},
          'fee_unconfirmed': {'ja': '※この日付の会費は確認できていません',
                              'en': '! The fee on this date is not confirmed'},
          'refund': {'ja': '返金', 'en': 'refund'},
          'us_prime_fee': {'ja': '※amazon.com（米国）のプライム会費の可能性があります',
                           'en': '! Possibly the amazon.com (US) Prime fee'},
          'us_account': {'ja': '※amazon.com（米国）での請求の可能性があります',
                         'en': '! Possibly a charge of an amazon.com (US) account'},
          'foreign_currency': {'ja': '※外国の通貨での請求です', 'en': '! Billed in a foreign currency'},
          'price_changed': {'ja': '※改定後の料金の可能性があります', 'en': '! Possibly a changed price'},
          'two_monthly_plans_guess': {'ja': '※月会費だとすると、通常のプライムとPrime Studentの月会費が同じ時期に請求されています',
                                      'en': '! If this is a monthly fee, regular Prime and Prime '
                                            'Student monthly fees are charged for the same time'},
          'borrowed_name': {'ja': '※Amazonやそのサービスの名前を含みますが、primehelpの情報源にあるAmazonの明細の表記ではありません',
                            'en': '! Contains the name of Amazon or one of its services, but is '
                                  "not a statement text primehelp knows as Amazon's"},
          'looks_like_amazon': {'ja': '※Amazonに似た、つづりの違う表記です',
                                'en': "! Looks like Amazon's, but is spelt differently"},
          'other_country': {'ja': '※利用国が米国（USA）以外です',
                            'en': '! A country of use other than the USA'}},
 'flag_in_dollars': {'same_charge_twice': {'ja': '※現地利用額（米ドル）が同じ請求が、同じ月のうちに、または25日未満の間隔で2回以上あります',
                                           'en': '! The same dollar amount charged twice or more '
                                                 'in a month, or under 25 days apart'}},
 'refund_amount': {'ja': '{amount}（返金）', 'en': '{amount} (refund)'},
 'partial_note_title': {'ja': '一部返金について', 'en': 'About partial refunds'},
 'same_price_as': {'ja': '{name}の料金とも同じ金額です。', 'en': 'The amount is also the price of {name}.'},
 'us_same_as': {'ja': '金額は{what}とも同じですが、表記はamazon.comです。まずamazon.comのアカウントを確認してください。',
                'en': 'The amount is also {what}, but the text is amazon.com: check your '
                      'amazon.com account first.'},
 'same_fee_as': {'ja': '{name}の会費とも同じ金額です。', 'en': 'The amount is also the fee of {name}.'},
 'same_price_priced': {'ja': '{name}の料金（{price}）とも同じ金額です。',
                       'en': 'The amount is also the price of {name} ({price}).'},
 'same_fee_priced': {'ja': '{name}の会費（{price}）とも同じ金額です。',
                     'en': 'The amount is also the fee of {name} ({price}).'},
 'same_price_who': {'ja': '{who}の場合', 'en': '{who}'},
 'named_not_price': {'ja': '{amount}は、primehelpの情報源にある{names}のどの料金とも違います',
                     'en': '{amount} is none of the prices primehelp knows for {names}'},
 'what_to_check': {'ja': '確認が必要な行について', 'en': 'About the lines to check'},
 'explain': {'after_today': {'ja': '列の並びや日付の読み取りが違っている（月と日が入れ替わっているなど）可能性があります。明細の日付と、`--columns` '
                                   'を指定した場合はその列の並びを確認してください。',
                             'en': 'the columns or the dates may have been read wrongly (the month '
                                   'and the day swapped, for instance). Check the dates on the '
                                   'statement and, if you gave `--columns`, the column order.'},
             'before_launch': {'ja': '日付（明細の利用日）や、`--columns` を指定した場合はその列の並びを確認してください。',
                               'en': 'check the date (the day of use on the statement) and, if you '
                                     'gave `--columns`, the column order.'},
             'no_known_price': {'ja': 'Amazonの会費にも、料金の決まったサービスにも当てはまらない金額です。まず注文履歴、「コンテンツライブラリ」、「メンバーシップおよび購読」を確認し、見当たらなければカード会社に問い合わせてください。カードが不正利用されている可能性があります。',
                                'en': 'the amount is no Amazon fee and no fixed subscription '
                                      'price. Check your order history, 「コンテンツライブラリ」 (content '
                                      'library) and 「メンバーシップおよび購読」 (memberships and subscriptions) '
                                      'first; if it is not there, ask your card company: someone '
                                      'else may be using your card.'},
             'no_known_price_in_range': {'ja': '{amounts}は、Prime '
                                               'Videoチャンネルなど、料金に幅のあるサービスの可能性があります。',
                                         'en': '{amounts} may be a service with a range of prices, '
                                               'such as Prime Video channels.'},
             'prime_text_no_fee': {'ja': '金額は、その行の注意に挙げたほかのサービスの料金と同じです。注文履歴と「メンバーシップおよび購読」で確認してください。',
                                   'en': 'the amount is the price of another service, named under '
                                         '"Note" on the line. Check your order history and '
                                         '「メンバーシップおよび購読」 (memberships and subscriptions).'},
             'outside_named_range': {'ja': '注文履歴と「Prime '
                                           'Videoチャンネルの管理」で確認し、見当たらなければカード会社に問い合わせてください。',
                                     'en': 'check your order history and 「Prime Videoチャンネルの管理」 '
                                           '(manage Prime Video channels); if it is not there, ask '
                                           'your card company.'},
             'not_the_fee_on_date': {'ja': 'ほかの時期のプライム会費と同額です。日付（明細の利用日）が正しいかを確かめ、領収書を確認してください。',
                                     'en': 'the amount is a Prime fee of another time. Check that '
                                           'the date is right (the day of use on the statement), '
                                           'and check the receipts.'},
             'student_fee_unknown': {'ja': '当時のPrime Studentの会費だった可能性があります。領収書を確認してください。',
                                     'en': 'the amount may have been the Prime Student fee of that '
                                           'time. Check the receipts.'},
             'student_monthly_none': {'ja': '金額は、その後のPrime Student 月間プランの会費と同額です。日付と領収書を確認してください。',
                                      'en': 'the amount is the same as a later Prime Student '
                                            'monthly plan fee. Check the date and the receipts.'},
             'fee_unconfirmed': {'ja': '金額はプライムの会費と同じですが、この日付にその会費のプランがあったかどうかは確認できていません（プランが始まった日は不明です）。日付と領収書を確認してください。',
                                 'en': 'the amount is a Prime fee, but whether its plan existed on '
                                       'this date is not confirmed (when the plan started is '
                                       'unknown). Check the date and the receipts.'},
             'fee_refunded_before': {'ja': '同じ会費が2回返金されたのか、この明細にない請求の返金なのかを、Amazonの注文履歴と領収書で確認してください。',
                                     'en': 'check whether the same fee was refunded twice, or '
                                           'whether this refund is for a charge not in this '
                                           'statement, in your Amazon order history and the '
                                           'receipts.'},
             'partial_refund_again': {'ja': '会費の一部返金は、プライムを解約するときに今すぐ終了するほうを選んだ場合に行われることがあります。同じ会費への一部返金が何回もある場合は、この明細にない請求の返金かもしれません。それぞれ、どの請求の返金なのかを、Amazonの注文履歴と領収書で確認してください。',
                                      'en': 'a partial refund of a fee may be made when, '
                                            'cancelling Prime, you choose to end it now. Several '
                                            'of them for one fee may be refunds of charges not in '
                                            'this statement: check the charge each refund is for '
                                            'in your Amazon order history and the receipts.'},
             'refund_over_rest': {'ja': 'この行より前に、同じ時期の会費の一部がすでに返金されていて、残りはこの返金より少なくなっています。この明細にない請求の返金かどうかを、Amazonの注文履歴と領収書で確認してください。',
                                  'en': 'part of the fee for the same time was already refunded '
                                        'before this line, and what is left is less than this '
                                        'refund. Check in your Amazon order history and the '
                                        'receipts whether this refund is for a charge not in this '
                                        'statement.'},
             'both_prime_plans': {'ja': '同じ期間の会費を二重に払っているかもしれません。プランを変更した場合にも、このように並ぶことがあります。どちらもご自身の会費かどうか、領収書で確認してください。',
                                  'en': 'you may be paying twice for the same time. A change of '
                                        'plan can also look like this. Check with the receipts '
                                        'whether both are your own fees.'},
             'two_monthly_plans': {'ja': '同じ期間の会費を二重に払っているかもしれません。プランを変更した場合にも、このように並ぶことがあります。どちらもご自身の会費かどうか、領収書で確認してください。',
                                   'en': 'you may be paying twice for the same time. A change of '
                                         'plan can also look like this. Check with the receipts '
                                         'whether both are your own fees.'},
             'annual_guess_with_monthly': {'ja': '金額は年間プランの会費と同じですが、表記からは会費かどうか分からず、注文などの可能性もあります。年会費と月会費を両方とも払っていないか、領収書で確認してください。',
                                           'en': "the amount is the annual plan's fee, but the "
                                                 'text does not say whether it is a fee; it may be '
                                                 'an order. Check with the receipts that you are '
                                                 'not paying both the annual and the monthly fee.'},
             'annual_twice': {'ja': '年会費は1つのアカウントで1年に1回の請求です。同じカードで別のAmazonアカウント（家族カードで払っている家族のアカウントなど）の会費を払っている場合も、このように並びます。どのアカウントの会費かは明細からは分からないため、それぞれのアカウントで領収書（「Amazonプライム会員情報」のページの「会員資格更新日」のところ）を確認してください。二重請求の場合は、カスタマーサービスに問い合わせてください。問い合わせ方は '
                                    '`primehelp complain refund` で確認できます。',
                              'en': 'the annual fee is charged once a year for each account. Two '
                                    'fees also show like this when the same card pays for another '
                                    "Amazon account (a family member's, paid with a family card, "
                                    'for example): the statement does not say which account a fee '
                                    'is for, so check the receipts in each account (on the '
                                    '「Amazonプライム会員情報」 page, next to 「会員資格更新日」). If you are charged '
                                    'twice, contact customer service; `primehelp complain refund` '
                                    'shows how.'},
             'monthly_twice': {'ja': '月間プランの会費は1つのアカウントで月に1回の請求です。明細の表記が違っても、同じ会費の二重請求かもしれません。同じカードで別のAmazonアカウント（家族カードで払っている家族のアカウントなど）の会費を払っている場合も、このように並びます。どのアカウントの会費かは明細からは分からないため、それぞれのアカウントで領収書（「Amazonプライム会員情報」のページの「会員資格更新日」のところ）を確認してください。二重請求の場合は、カスタマーサービスに問い合わせてください。問い合わせ方は '
                                     '`primehelp complain refund` で確認できます。',
                               'en': "the monthly plan's fee is charged once a month for each "
                                     'account. Even under different statement texts, the same fee '
                                     'may be charged twice. Two fees also show like this when the '
                                     'same card pays for another Amazon account (a family '
                                     "member's, paid with a family card, for example): the "
                                     'statement does not say which account a fee is for, so check '
                                     'the receipts in each account (on the 「Amazonプライム会員情報」 page, '
                                     'next to 「会員資格更新日」). If it is charged twice, contact customer '
                                     'service; `primehelp complain refund` shows how.'},
             'monthly_guess_twice': {'ja': '金額は月間プランの会費と同じですが、表記からは会費かどうか分からない行があり、注文などの可能性もあります。月間プランの会費は月に1回の請求です。二重に請求されていないか、領収書で確認してください。',
                                     'en': "the amount is the monthly plan's fee, but for one of "
                                           'the lines the text does not say whether it is a fee; '
                                           "it may be an order. The monthly plan's fee is charged "
                                           'once a month: check with the receipts that you are not '
                                           'charged twice.'},
             'annual_guess_twice': {'ja': '金額は年間プランの会費と同じですが、表記からは会費かどうか分からず、注文などの可能性もあります。年会費は1年に1回の請求です。二重に請求されていないか、領収書で確認してください。',
                                    'en': "the amount is the annual plan's fee, but the text does "
                                          'not say whether it is a fee; it may be an order. The '
                                          'annual fee is charged once a year: check with the '
                                          'receipts that you are not charged twice.'},
             'monthly_guess_in_annual': {'ja': '金額は月間プランの会費と同じですが、表記からは会費かどうか分からず、注文などの可能性もあります。年会費と月会費を両方とも払っていないか、領収書で確認してください。',
                                         'en': "the amount is the monthly plan's fee, but the text "
                                               'does not say whether it is a fee; it may be an '
                                               'order. Check with the receipts that you are not '
                                               'paying both the annual and the monthly fee.'},
             'same_charge_twice': {'ja': 'どの行も、明細の表記が同じか、同じサービスを指す表記です。どれもご自身の利用かどうか、注文履歴と「メンバーシップおよび購読」で確認してください。返金されていれば、マイナスの金額の行があります。',
                                   'en': "each row's text is the same, or names the same service. "
                                         'Check in your order history and in 「メンバーシップおよび購読」 that '
                                         'each one is yours; a refund shows as a line with a '
                                         'negative amount.'},
             'us_account': {'ja': '米国のamazon.comのアカウントは、amazon.co.jpとは別のアカウントです。amazon.comにサインインして、この請求があるか確認してください。心当たりがなければ、カード会社に問い合わせてください。カードが不正利用されている可能性があります。',
                            'en': 'an amazon.com account is separate from amazon.co.jp. Sign in to '
                                  'amazon.com to check this charge; if you do not know it, ask '
                                  'your card company: someone else may be using your card.'},
             'us_prime_fee': {'ja': '米国のamazon.comのアカウントは、amazon.co.jpとは別のアカウントです。その会費や請求は、amazon.co.jpで解約しても止まりません。amazon.comにサインインして確認してください。心当たりがなければ、カード会社に問い合わせてください。',
                              'en': 'the fee of an amazon.com account, separate from amazon.co.jp, '
                                    'does not stop when you cancel on amazon.co.jp. Sign in to '
                                    'amazon.com to check it; if you do not know the account, ask '
                                    'your card company.'},
             'foreign_currency': {'ja': '明細の現地利用額が米ドル以外の通貨です。外国の通貨での請求は、amazon.co.jpではなく、海外のサイトでの請求の可能性があります。primehelpの情報源には米ドル以外の通貨でのAmazonの料金がないため、金額からは何の請求か分かりません。利用している海外のサイトのアカウントで確認し、心当たりがなければ、カード会社に問い合わせてください。',
                                  'en': "the statement's foreign amount is in a currency other "
                                        'than US dollars. A charge in a foreign currency may be '
                                        'from a site abroad, not from amazon.co.jp. Amazon prices '
                                        "in such a currency are not in primehelp's sources, so the "
                                        'amount does not tell what the charge is. Check the '
                                        'accounts you use on sites abroad; if you do not recognise '
                                        'it, ask your card company.'},
             'price_changed': {'ja': '表記にあるサービスの料金は改定されたと報告されていますが、改定後の料金は確認できていません。「メンバーシップおよび購読」で、そのサービスの今の料金と、同じ日付と金額の請求を確認してください。見当たらなければ、カード会社に問い合わせてください。',
                               'en': 'the prices of the service the text names reportedly changed, '
                                     'and the new prices have not been confirmed. Check the '
                                     "service's current price and a charge of the same date and "
                                     'amount in 「メンバーシップおよび購読」 (memberships and subscriptions); if '
                                     'it is not there, ask your card company.'},
             'two_monthly_plans_guess': {'ja': '金額は月間プランの会費と同じですが、表記からは会費かどうか分からず、注文などの可能性もあります。通常のプライムとPrime '
                                               'Studentの月会費を両方とも払っていないか、領収書で確認してください。',
                                         'en': "the amount is a monthly plan's fee, but the text "
                                               'does not say whether it is a fee; it may be an '
                                               'order. Check with the receipts that you are not '
                                               'paying both the regular Prime and the Prime '
                                               'Student monthly fee.'},
             'borrowed_name': {'ja': 'Amazonの名前の前にほかの名前がある表記、Amazonの明細の表記やサービス名の後にほかの語が付いた表記（「AMAZON '
                                     'PRIME TOP」「PRIME VIDEO SHOP」）、途中に空白を入れた名前（「A M A Z O N」「AMA '
                                     'ZON」）、Amazonが案内していないドメイン（「.top」「.shop」など）を含む表記は、Amazonの名前を使ったほかの会社やサイトの請求かもしれません。金額が会費や料金と同じでも、Amazonの請求とは限りません。Amazonの注文履歴と「メンバーシップおよび購読」で確認し、心当たりがなければカード会社に問い合わせてください。',
                               'en': "a text with another name before Amazon's, a statement text "
                                     "or service name of Amazon's followed by another word "
                                     '(“AMAZON PRIME TOP”, “PRIME VIDEO SHOP”), a name with spaces '
                                     'inside it (“A M A Z O N”, “AMA ZON”), or a domain Amazon '
                                     'does not list as its own (“.top”, “.shop”…) may be a charge '
                                     "of another company or site using Amazon's name. An amount "
                                     "equal to a fee or a price does not make it Amazon's charge. "
                                     'Check your Amazon order history and 「メンバーシップおよび購読」 '
                                     '(memberships and subscriptions); if you do not recognise it, '
                                     'ask your card company.'},
             'looks_like_amazon': {'ja': 'この表記は、primehelpの情報源にあるAmazonの明細の表記のどれでもありません。Amazon以外の会社からの請求の可能性があります。表記にある会社やサービスの請求かどうかを確認し、心当たりがなければカード会社に問い合わせてください。考えられる内容は、Amazonの請求だとした場合に、金額だけで比べたものです。',
                                   'en': 'this text is none of the Amazon statement texts '
                                         'primehelp knows. It may be a charge of a company other '
                                         'than Amazon. Check whether it is a charge of the company '
                                         'or service the text names; if you do not recognise it, '
                                         'ask your card company. What it may be is compared by the '
                                         "amount alone, as if it were Amazon's charge."},
             'other_country': {'ja': 'Amazonの明細の表記に「利用国CN」など「利用国USA」以外の利用国が付くという情報は、primehelpの情報源にはありません。Amazonの名前を使ったほかの会社の請求かもしれません。心当たりがなければ、カード会社に問い合わせてください。',
                               'en': "primehelp's sources say nothing of an Amazon statement text "
                                     'with a country of use other than “利用国USA” (such as “利用国CN”). '
                                     "It may be a charge of another company using Amazon's name. "
                                     'If you do not recognise it, ask your card company.'}},
 'twice': {'switch': {'ja': '通常のプライムからPrime Studentに切り替えた場合は、年会費のうち使っていない期間の分が返金されます。',
                      'en': ' If you switched from regular Prime to Prime Student, the unused part '
                            'of the annual fee is refunded.'}},
 'texts_title': {'ja': '明細の表記について', 'en': 'About the statement texts'},
 'prices_title': {'ja': '料金について', 'en': 'About the prices'},
 'where_title': {'ja': '確認する場所', 'en': 'Where to check'},
 'encoding': {'utf-8': {'ja': 'UTF-8', 'en': 'UTF-8'},
              'utf-8-bom': {'ja': 'BOM付きUTF-8', 'en': 'UTF-8 with BOM'},
              'shift_jis': {'ja': 'Shift_JIS', 'en': 'Shift_JIS'},
              'utf-16': {'ja': 'UTF-16', 'en': 'UTF-16'}},
 'unreadable_columns': {'ja': '列の数が見出しと合わないAmazonの行があります（ファイルの{rows}行目）。引用符（"）の閉じ忘れで列がずれている可能性があります。明細とAmazonのアカウントで確認してください。',
                        'en': 'Amazon lines at line(s) {rows} of the file do not have as many '
                              'columns as the header (a quote (") left open may have moved them); '
                              'check them on the statement and in your Amazon account.'},
 'unreadable_comma': {'ja': 'ファイルの{rows}行目は、列の数が見出しやほかの行と合わないため、金額を読み取れず、合計に含めていません（金額の「,」で列が分かれている可能性があります）。明細で確認してください。',
                      'en': 'Line(s) {rows} of the file do not have as many columns as the header '
                            'or the other lines, so the amount cannot be read and is not included '
                            'in the totals (a “,” in the amount may have split it in two); check '
                            'them on the statement.'},
 'unreadable_count': {'ja': 'ファイルの{rows}行目は、列の数が見出しやほかの行より少ないため、金額を読み取れず、合計に含めていません。明細で確認してください。',
                      'en': 'Line(s) {rows} of the file have fewer columns than the header or the '
                            'other lines, so the amount cannot be read and is not included in the '
                            'totals; check them on the statement.'},
 'file_total': {'ja': 'ファイルの合計の行（{row}行目）は{total}円ですが、primehelpが読み込んだ行の合計は{read}円です。読み込めなかった行があるか、分割払いなどで支払金額が利用金額と違う可能性があります。明細で確認してください。',
                'en': "The file's total line (line {row}) says {total} yen, but the lines "
                      'primehelp read add up to {read} yen: a line may not have been read, or an '
                      'instalment may make a payment differ from the amount used; check the '
                      'statement.'},
 'read_as_header': {'ja': '見出しの列名（{names}）から列を読み取り、明細を読み込みました（文字コード：{encoding}）',
                    'en': 'Read the statement by the column names in its header ({names}; '
                          'encoding: {encoding})'},
 'unreadable_chars': {'ja': 'ファイルの{rows}行目に、UTF-8でもShift_JISでもない文字か制御文字があります。その文字は「�」に置き換えて読み込みました。',
                      'en': 'Line(s) {rows} of the file hold a character that is neither UTF-8 nor '
                            'Shift_JIS, or a control character; it was read as “�”.'},
 'twice_settled': {'ja': '同じ金額の請求が{day}にもありましたが、そちらは{back}に返金されたと考えられます。',
                   'en': 'The same amount was also charged on {day}; that charge was probably '
                         'refunded on {back}.'},
 'no_dated_rows': {'ja': 'このファイルには、利用日と金額のある行が1件もありません。カード会社のサイトで期間を確かめて、明細を保存し直してください。',
                   'en': 'This file has no row with a date of use and an amount. Check the period '
                         "on your card company's site and save the statement again."}}
