"""Generated from primehelp/data/ui_renewal.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'renewal_title': {'ja': 'Amazonプライムの更新日', 'en': 'Your Prime renewal'},
 'trial_title': {'ja': '無料体験の終了と有料会員への自動更新', 'en': 'The free trial and its automatic paid renewal'},
 'fees_title': {'ja': 'Amazonプライムの会費（税込）', 'en': 'Amazon Prime fees (tax included)'},
 'col_what': {'ja': '項目', 'en': 'What'},
 'col_date': {'ja': '日付', 'en': 'Date'},
 'col_when': {'ja': '今日から見て', 'en': 'When'},
 'row_today': {'ja': '今日（日本時間）', 'en': 'Today (Japan time)'},
 'row_start': {'ja': '無料体験の開始日', 'en': 'Trial started'},
 'row_notice': {'ja': 'お知らせメールが届くころ（オンの場合）', 'en': 'Reminder mail (if switched on)'},
 'row_cancel_by': {'ja': '解約の目安日（更新日の前日）', 'en': 'Cancel by (the day before)'},
 'row_trial_cancel_by': {'ja': '解約の目安日（自動更新日の前日）', 'en': 'Cancel by (the day before)'},
 'row_renewal': {'ja': '更新日（会費の請求日）', 'en': 'Renewal (the fee is charged)'},
 'row_trial_renewal': {'ja': '有料会員への自動更新日（計算による目安）', 'en': 'Automatic paid renewal (estimate)'},
 'days_future': {'ja': 'あと{n}日', 'en': 'in {n} days'},
 'days_tomorrow': {'ja': '明日', 'en': 'tomorrow'},
 'days_yesterday': {'ja': '昨日', 'en': 'yesterday'},
 'days_today': {'ja': '今日', 'en': 'today'},
 'days_past': {'ja': '{n}日前', 'en': '{n} days ago'},
 'days_future_long': {'ja': '約{span}後', 'en': 'in about {span}'},
 'days_past_long': {'ja': '約{span}前', 'en': 'about {span} ago'},
 'saved_date': {'ja': '更新日は保存した日付（{date}）です。',
                'en': 'The renewal date is the one saved with `--save` ({date}).'},
 'saved_date_trial': {'ja': '自動更新日は保存した日付（{date}）です。',
                      'en': 'The automatic renewal date is the one saved with `--save` ({date}).'},
 'saved_date_counted': {'ja': '{date}は保存した日付です。', 'en': '{date} is the date saved with `--save`.'},
 'counted_from': {'ja': '上の更新日は、{date}（{when}）から{period}ごとに数えた次の更新日です。',
                  'en': 'The renewal date above is the next one, counting {period} from {date} '
                        '({when}).'},
 'counted_from_long_ago': {'ja': '上の更新日は、{date}から{period}ごとに数えた次の更新日です。',
                           'en': 'The renewal date above is the next one, counting {period} from '
                                 '{date}.'},
 'counted_period': {'12': {'ja': '1年', 'en': 'yearly'}, '1': {'ja': '1か月', 'en': 'monthly'}},
 'hint_plan': {'ja': '次の更新日からの一覧は、`--plan` を付けると表示できます（例：`--plan {plan}`）。',
               'en': 'To list the renewals from the next one, add `--plan` (e.g. `--plan '
                     '{plan}`).'},
 'hint_plan_trial': {'ja': '次の更新日からの一覧は、`--plan` を付けると表示できます（例：`--plan {plan}`）。',
                     'en': 'To list the renewals from the next one, add `--plan` (e.g. `--plan '
                           '{plan}`).'},
 'upcoming_title': {'ja': '今後の更新日（{plan}）', 'en': 'Upcoming renewals ({plan})'},
 'upcoming_title_regular': {'ja': '今後の更新日（通常のプライム・{plan}）',
                            'en': 'Upcoming renewals (regular Prime, {plan})'},
 'col_renewal': {'ja': '更新日', 'en': 'Renewal'},
 'col_notice': {'ja': 'お知らせメールが届くころ（オンの場合）', 'en': 'Reminder mail (if switched on)'},
 'col_cancel_by': {'ja': '解約の目安日', 'en': 'Cancel by'},
 'col_fee': {'ja': '会費', 'en': 'Fee'},
 'estimate_note': {'ja': '2回目以降の更新日は計算による目安です。正確な更新日は「Amazonプライム会員情報」のページで確認してください。',
                   'en': 'The renewal dates after the first are estimates computed by primehelp. '
                         'Check the exact renewal date on the Prime membership page.'},
 'estimate_note_all': {'ja': '一覧の更新日は計算による目安です。正確な更新日は「Amazonプライム会員情報」のページで確認してください。',
                       'en': 'The renewal dates in the list are estimates computed by primehelp. '
                             'Check the exact renewal date on the Prime membership page.'},
 'fee_unknown': {'ja': '不明', 'en': 'unknown'},
 'yen': {'ja': '{n}円', 'en': '{n} yen'},
 'fee_note': {'ja': '会費は現在の料金です。今後変わることがあります。',
              'en': "The fees shown are today's fees. They may change."},
 'student_fee_note': {'ja': '一覧の会費は、Prime Studentのままの場合の金額です。',
                      'en': 'The fees in the list above assume the membership is still Prime '
                            'Student.'},
 'fee_unknown_note': {'ja': '「不明」は、その日付の会費を確認できていないことを表します。',
                      'en': '"unknown": the fee on that date is not established.'},
 'reminder_title': {'ja': '更新前のお知らせメールについて', 'en': 'About the renewal reminder mail'},
 'reminder_mail_trial': {'ja': '更新前のお知らせメールは、自動更新日の3日ほど前に届きます。ただし、初期設定はオフになっていて、自分でオンにした場合だけ届きます。',
                         'en': 'The renewal reminder e-mail arrives about 3 days before the '
                               'automatic renewal date, but it is off by default: it comes only if '
                               'you switched it on.'},
 'prime_page': {'ja': '「Amazonプライム会員情報」のページ', 'en': 'Prime membership page'},
 'explain_title': {'ja': '計算のしかた', 'en': 'How these dates are computed'},
 'estimate_title': {'ja': 'この日付は計算による目安です', 'en': 'These dates are estimates'},
 'current_title': {'ja': '現在の会費', 'en': 'Current fees'},
 'history_title': {'ja': '会費の改定履歴', 'en': 'Fee history'},
 'col_plan': {'ja': 'プラン', 'en': 'Plan'},
 'col_period': {'ja': '期間', 'en': 'Period'},
 'period_year': {'ja': '1年', 'en': '1 year'},
 'period_month': {'ja': '1か月', 'en': '1 month'},
 'col_new_members': {'ja': '新規会員', 'en': 'New members'},
 'col_renewals': {'ja': '既存会員', 'en': 'Existing members'},
 'renewals_none': {'ja': 'いつからかは確認できていません', 'en': 'start date not confirmed'},
 'renewals_until_only': {'ja': '{until}までの更新時の請求（いつからかは確認できていません）',
                         'en': 'bills at renewals until {until} (start date not confirmed)'},
 'renewals_until_assumed': {'ja': '{until}ごろまでの更新時の請求（年間プランと同じと考えられます。いつからかは確認できていません）',
                            'en': 'bills at renewals until around {until} (thought to be the same '
                                  'as the annual plan; start date not confirmed)'},
 'col_confidence': {'ja': '確度', 'en': 'Conf.'},
 'comparison_title': {'ja': '年間プランと月間プランの比較', 'en': 'Annual plan against monthly plan'},
 'comparison_line': {'ja': '{lead}{monthly_name}を12か月続けると{twelve}円、{annual_name}は{annual}円で、{annual_name}のほうが{saving}円（{percent}%）安くなります。',
                     'en': '{lead}Twelve months of the {monthly_name} cost {twelve} yen; the '
                           '{annual_name} costs {annual} yen: the {annual_name} saves {saving} yen '
                           '({percent}%).'},
 'comparison_lead_student': {'ja': 'Prime Studentでは、', 'en': 'Prime Student: '},
 'break_even_line': {'ja': '{monthly_name}を{n}か月以上続ける場合は、{annual_name}を選ぶほうが得です（{n}×{monthly}円＝{n_total}円＞{annual}円）。',
                     'en': 'If you would keep the {monthly_name} for {n} months or more, the '
                           '{annual_name} is cheaper ({n} × {monthly} = {n_total} yen > {annual} '
                           'yen).'},
 'trial_days': {'ja': '{n}日間', 'en': '{n} days'},
 'trial_months': {'ja': '{n}か月間', 'en': '{n} months'},
 'start_in_future': {'ja': '開始日（{start}）は今日より後の日付です。以下は、その日に無料体験を始めた場合の目安です。すでに始めている場合は、始めた日を指定してください。',
                     'en': 'The start date ({start}) is after today: below is what to expect if '
                           'the trial starts that day. If it has started already, give the day it '
                           'started.'},
 'trial_length': {'ja': '無料体験の期間', 'en': 'Trial length'},
 'far_ahead': {'ja': '更新日（{date}）は、今日から1年を超えて先の日付です。年間プランでも、次の更新日は今日から1年以内のはずです。日付を確認してください。',
               'en': 'the renewal date {date} is more than a year ahead, but even the annual plan '
                     'renews within a year; check the date'},
 'far_ahead_trial': {'ja': '自動更新日（{date}）が今日から{days}日より先です。無料体験は{days}日間（Prime '
                           'Studentは{months}か月間）なので、自動更新日は今日からその期間内のはずです。日付を確認してください。',
                     'en': 'the automatic renewal date {date} is more than {days} days ahead, but '
                           'a free trial lasts {days} days ({months} months for Prime Student), so '
                           'it renews as paid within that time from today; check the date'},
 'start_before_prime': {'ja': '開始日（{date}）は、日本でAmazonプライムが始まった{year}年より前です。日付を確認してください。',
                        'en': 'the start date {date} is before Amazon Prime started in Japan '
                              '({year}); check the date'},
 'plan_not_saved': {'ja': '保存したプランは{saved}ですが、指定された{given}で計算しています。',
                    'en': 'the saved plan is the {saved}; this counts with the {given} given'},
 'renewal_before_prime': {'ja': '更新日（{date}）は、日本でAmazonプライムが始まった{year}年より前です。日付を確認してください。',
                          'en': 'the renewal date {date} is before Amazon Prime started in Japan '
                                '({year}); check the date'},
 'far_ahead_trial_add_student': {'ja': 'Prime Studentの無料体験なら `--student` を付けてください。',
                                 'en': '; for a Prime Student free trial, add `--student`'},
 'far_ahead_trial_student': {'ja': '自動更新日（{date}）が今日から{months}か月より先です。Prime '
                                   'Studentの無料体験は{months}か月間なので、自動更新日は今日からその期間内のはずです。日付を確認してください。',
                             'en': 'the automatic renewal date {date} is more than {months} months '
                                   'ahead, but the Prime Student free trial lasts {months} months, '
                                   'so it renews as paid within that time from today; check the '
                                   'date'},
 'missing_date': {'ja': '更新日が指定されておらず、保存した更新日もありません。更新日を指定してください（例：`primehelp renewal '
                        '2026-12-31`）。更新日は「Amazonプライム会員情報」のページに表示されます',
                  'en': 'no DATE given and nothing saved: give the renewal date (e.g. `primehelp '
                        'renewal 2026-12-31`); the Prime membership page shows it'},
 'explain': {'notice': {'ja': 'お知らせメール（オンの場合）の日付は、更新日の{notice_days}日前として計算しています：{renewal}−{notice_days}日＝{notice}。1日早く届く可能性もあります。',
                        'en': "The reminder mail's date (if switched on) is counted as "
                              '{notice_days} days before renewal: {renewal} − {notice_days} days = '
                              '{notice}; it may come a day earlier.'},
             'cancel_by': {'ja': '解約の目安日は更新日の前日です：{renewal}−{cancel_days}日＝{cancel_by}。これはAmazonの決まりではありません。Amazonが示しているのは更新日より前という期限だけなので、primehelpは余裕をみて前日にしています。',
                           'en': 'The cancel-by date is the day before renewal: {renewal} − '
                                 "{cancel_days} day = {cancel_by}. This is not Amazon's rule: "
                                 'Amazon only says to cancel before the renewal date, so the day '
                                 "before is primehelp's safety margin."},
             'today': {'ja': '「今日」は、このコンピューターのタイムゾーンに関係なく、日本時間（Asia/Tokyo）の日付（{today}）です。`--today` '
                             'で別の日付を指定できます。',
                       'en': '"Today" is the date in Japan (Asia/Tokyo), {today}, whatever this '
                             "machine's time zone (`--today` overrides it)."},
             'today_option': {'ja': '「今日」は `--today` で指定した日付（{today}）です。',
                              'en': '"Today" is the date given with `--today` ({today}).'},
             'today_env': {'ja': '「今日」は環境変数PRIMEHELP_TODAYで指定した日付（{today}）です。',
                           'en': '"Today" is the date set in the environment variable '
                                 'PRIMEHELP_TODAY ({today}).'},
             'until_renewal': {'future': {'ja': '更新日まであと{n}日です（更新日−今日）。',
                                          'en': 'The renewal is {n} days away (renewal − today).'},
                               'one': {'ja': '更新日は明日です（更新日−今日＝1日）。',
                                       'en': 'The renewal is tomorrow (renewal − today = 1 day).'},
                               'minus_one': {'ja': '更新日は昨日でした。',
                                             'en': 'The renewal date was yesterday.'},
                               'today': {'ja': '今日が更新日です。', 'en': 'Today is the renewal day.'},
                               'past': {'ja': '更新日は{n}日前に過ぎました。',
                                        'en': 'The renewal date passed {n} days ago.'}},
             'past_no_plan': {'minus_one': {'ja': '更新日（{renewal}）は昨日だったため、お知らせメールと解約の目安日は計算していません。',
                                            'en': 'The renewal date ({renewal}) was yesterday, so '
                                                  "the reminder mail's and the cancel-by dates are "
                                                  'not counted.'},
                              'past': {'ja': '更新日（{renewal}）は{n}日前に過ぎたため、お知らせメールと解約の目安日は計算していません。',
                                       'en': 'The renewal date ({renewal}) passed {n} days ago, so '
                                             "the reminder mail's and the cancel-by dates are not "
                                             'counted.'}},
             'anchored_monthly': {'ja': '毎月の更新日は、最初の日付（{anchor}）の1か月後、2か月後…として、常に最初の日付から数えます。前回の結果に1か月ずつ足すのではありません。その月に同じ日がなければ月末になり、翌月はまた元の日に戻ります（例：1月31日→2月28日→3月31日）。',
                                  'en': 'Each monthly renewal is 1, 2, 3… months after {anchor}, '
                                        'counted from that first date (never +1 month from the '
                                        'previous result). A month without that day gets its last '
                                        'day, and the next month returns to the original day (e.g. '
                                        'Jan 31 → Feb 28 → Mar 31).'},
             'anchored_annual': {'ja': '毎年の更新日は、最初の日付（{anchor}）の1年後、2年後…として、常に最初の日付から数えて求めます。',
                                 'en': 'Each annual renewal is {anchor} plus k years, counted from '
                                       'that first date.'},
             'leap_day': {'ja': '最初の日付が2月29日なので、うるう年でない年は2月28日になり、うるう年にはまた2月29日に戻ります。',
                          'en': '29 February becomes 28 February in years without it and returns '
                                'to 29 February in leap years.'},
             'past_anchor': {'months': {'ja': '{anchor}はすでに過ぎているため、次の更新日は{anchor}の{n}か月後の{first}です。お知らせメールと解約の目安日は、この更新日から数えています。',
                                        'en': '{anchor} is already past, so the next renewal is '
                                              '{n} months after it: {first}. The reminder-mail day '
                                              'and the cancel-by date are counted from that '
                                              'renewal.'},
                             'months_one': {'ja': '{anchor}はすでに過ぎているため、次の更新日は{anchor}の{n}か月後の{first}です。お知らせメールと解約の目安日は、この更新日から数えています。',
                                            'en': '{anchor} is already past, so the next renewal '
                                                  'is 1 month after it: {first}. The reminder-mail '
                                                  'day and the cancel-by date are counted from '
                                                  'that renewal.'},
                             'years': {'ja': '{anchor}はすでに過ぎているため、次の更新日は{anchor}の{n}年後の{first}です。お知らせメールと解約の目安日は、この更新日から数えています。',
                                       'en': '{anchor} is already past, so the next renewal is {n} '
                                             'years after it: {first}. The reminder-mail day and '
                                             'the cancel-by date are counted from that renewal.'},
                             'years_one': {'ja': '{anchor}はすでに過ぎているため、次の更新日は{anchor}の{n}年後の{first}です。お知らせメールと解約の目安日は、この更新日から数えています。',
                                           'en': '{anchor} is already past, so the next renewal is '
                                                 '1 year after it: {first}. The reminder-mail day '
                                                 'and the cancel-by date are counted from that '
                                                 'renewal.'}},
             'fee': {'ja': '会費は{plan_ja}の現在の料金で、今後変わることがあります（2023年の値上げは、既存会員には2023年9月24日以降の請求から適用されました）。',
                     'en': "The fees shown are today's fees for the {plan_en}; they may change "
                           '(existing members moved to the 2023 fees on bills dated 2023-09-24 or '
                           'later).'},
             'fee_student_rows': {'ja': 'Prime Studentの行の会費は、Prime '
                                        'Studentの{kind_ja}の現在の料金で、今後変わることがあります（2023年の値上げは、既存会員には2023年9月24日以降の請求から適用されました）。',
                                  'en': "The fees in the Prime Student rows are today's fees for "
                                        'the {plan_en}; they may change (existing members moved to '
                                        'the 2023 fees on bills dated 2023-09-24 or later).'},
             'student_all_regular': {'ja': '表の会費は、通常のプライムの{plan_ja}の現在の料金で、今後変わることがあります。',
                                     'en': "The fees shown are today's fees for the regular "
                                           '{plan_en}; they may change.'},
             'fee_by_date': {'ja': '会費は、それぞれの更新日に適用される料金で、今後変わることがあります（2023年の値上げは、既存会員には2023年9月24日以降の請求から適用されました）。',
                             'en': 'Each fee shown is the one in effect on its renewal date; fees '
                                   'may change (existing members moved to the 2023 fees on bills '
                                   'dated 2023-09-24 or later).'}},
 'student_monthly_before': {'ja': 'Prime Student '
                                  '月間プランは2019年より前にはなかったため、入力した更新日（{date}）とプランを確認してください。',
                            'en': 'there was no Prime Student monthly plan before 2019: check the '
                                  'renewal date you gave ({date}) and the plan'},
 'student_switched': {'ja': '入力した更新日（{date}）から4年以上たっています。Prime '
                            'Studentの有料期間は最長4年間なので、すでに通常のプライムに切り替わっている可能性があります。',
                      'en': 'the renewal date {date} is 4 or more years ago; paid Prime Student '
                            'lasts at most 4 years, so the membership may already have switched to '
                            'regular Prime'},
 'upcoming_today': {'ja': '（今日）', 'en': ' (today)'},
 'upcoming_passed': {'ja': '（過ぎました）', 'en': ' (passed)'},
 'regular_mark': {'ja': '※', 'en': '*'},
 'student_regular_note': {'ja': 'Prime '
                                'Studentの有料期間は最長4年間のため、{date}以降の更新は、通常のプライム（{plan}・{fee}）の会費で表示しています。',
                          'en': 'Paid Prime Student lasts at most 4 years, so renewals from {date} '
                                'on are shown with the regular Prime fee ({plan}, {fee}).'},
 'student_count_basis': {'ja': '{end}を有料期間の最初の請求日として、そこから4年間はPrime '
                               'Studentの会費、その後は通常のプライムの会費で計算しています。有料期間がこの日より前に始まっている場合は、通常のプライムの会費に切り替わる時期がこれより早くなります。',
                         'en': 'They take {end} as the first charge of the paid period: the Prime '
                               'Student fee for 4 years from then, the regular Prime fee after '
                               'that. If your paid period started before that day, the switch to '
                               'the regular Prime fee comes earlier than shown.'},
 'student_regular_marked': {'ja': 'Prime '
                                  'Studentの有料期間は最長4年間のため、{date}以降の更新では、通常のプライム（{plan}・{fee}）の会費がかかります。{caveat}',
                            'en': 'Paid Prime Student lasts at most 4 years, so renewals from '
                                  '{date} on are at the regular Prime fee ({plan}, {fee}). '
                                  '{caveat}'},
 'student_basis_caveat': {'ja': 'ここでは{end}を有料期間の最初の請求日として数えています。卒業した場合は次の更新日に通常のプライムに切り替わります。有料期間が{end}より前に始まっている場合は、切り替わりもそれだけ早くなります。',
                          'en': 'Here {end} is counted as the first charge of the paid period. '
                                'After graduation it becomes regular Prime at the next renewal. If '
                                'your paid period started before {end}, the switch comes that much '
                                'earlier.'},
 'student_basis_caveat_trial': {'ja': 'ここでは、保存した有料会員への自動更新日（{end}、目安）を有料期間の最初の請求日として数えています。卒業した場合は次の更新日に通常のプライムに切り替わります。',
                                'en': 'Here the saved automatic paid renewal date ({end}, an '
                                      'estimate) is counted as the first charge of the paid '
                                      'period. After graduation it becomes regular Prime at the '
                                      'next renewal.'},
 'far_ahead_monthly': {'ja': '更新日（{date}）は、今日から1か月を超えて先の日付です。{plan}なら、次の更新日は今日から1か月以内のはずです。日付を確認してください。',
                       'en': 'the renewal date {date} is more than a month ahead, but the {plan} '
                             'renews within a month; check the date'},
 'far_ahead_not_saved': {'ja': '更新日（{date}）は、今日から1年を超えて先の日付のため、保存していません。年間プランでも、次の更新日は今日から1年以内（{limit}まで）のはずです。「Amazonプライム会員情報」のページに表示される更新日を指定してください（例：更新日が{example}なら '
                               '`primehelp renewal {example_iso}{plan_option} '
                               '--save`）。この日付のまま保存するには `--force` を付けてください',
                         'en': 'not saved: the renewal date {date} is more than a year ahead, but '
                               'even the annual plan renews within a year (by {limit}); give the '
                               'date the Prime membership page shows (e.g. if it is {example}: '
                               '`primehelp renewal {example_iso}{plan_option} --save`), or add '
                               '`--force` to save this one'},
 'far_ahead_monthly_not_saved': {'ja': '更新日（{date}）は、今日から1か月を超えて先の日付のため、保存していません。{plan}なら、次の更新日は今日から1か月以内（{limit}まで）のはずです。「Amazonプライム会員情報」のページに表示される更新日を指定してください（例：更新日が{example}なら '
                                       '`primehelp renewal {example_iso}{plan_option} '
                                       '--save`）。この日付のまま保存するには `--force` を付けてください',
                                 'en': 'not saved: the renewal date {date} is more than a month '
                                       'ahead, but the {plan} renews within a month (by {limit}); '
                                       'give the date the Prime membership page shows (e.g. if it '
                                       'is {example}: `primehelp renewal '
                                       '{example_iso}{plan_option} --save`), or add `--force` to '
                                       'save this one'},
 'student_count_basis_trial': {'ja': '保存した有料会員への自動更新日（{end}、目安）を有料期間の最初の請求日として、そこから4年間はPrime '
                                     'Studentの会費、その後は通常のプライムの会費で計算しています。',
                               'en': 'They take the saved automatic paid renewal date ({end}, an '
                                     'estimate) as the first charge of the paid period: the Prime '
                                     'Student fee for 4 years from then, the regular Prime fee '
                                     'after that.'},
 'student_regular_marked_trial': {'ja': 'Prime '
                                        'Studentの有料期間は最長4年間のため、{date}以降の更新では、通常のプライム（{plan}・{fee}）の会費がかかります。{caveat}',
                                  'en': 'Paid Prime Student lasts at most 4 years, so renewals '
                                        'from {date} on are at the regular Prime fee ({plan}, '
                                        '{fee}). {caveat}'},
 'then_aside': {'ja': 'なお、{then}', 'en': 'Also: {then}'},
 'fee_note_by_date': {'ja': '会費は、それぞれの更新日に適用される料金です。今後変わることがあります。',
                      'en': 'Each fee shown is the one in effect on its renewal date. Fees may '
                            'change.'},
 'row_student_regular': {'ja': '通常のプライムに切り替わる更新日（最も遅い場合）',
                         'en': 'Renewal to regular Prime (latest, est.)'},
 'student_regular_past': {'ja': 'Prime '
                                'Studentの有料期間は最長4年間のため、解約していなければ、{date}（計算による目安）の更新日までに通常のプライムに切り替わっています。',
                          'en': 'Paid Prime Student lasts at most 4 years, so unless it was '
                                'cancelled, the membership became regular Prime by the renewal '
                                'around {date} (an estimate).'},
 'student_regular_fees': {'ja': '通常のプライムの会費は、年間プラン{annual}円、月間プラン{monthly}円です（{checked}に確認）。',
                          'en': 'Regular Prime costs {annual} yen on the annual plan and {monthly} '
                                'yen on the monthly plan (as checked on {checked}).'},
 'trial_renewal_fees': {'ja': '自動更新で請求される会費は、年間プランなら{annual}円、月間プランなら{monthly}円です（{checked}に確認）。',
                        'en': 'The automatic renewal charges {annual} yen on the annual plan, or '
                              '{monthly} yen on the monthly plan (as checked on {checked}).'},
 'trial_renewal_fees_student': {'ja': '自動更新で請求される会費は、Prime '
                                      'Studentの年間プランなら{annual}円、月間プランなら{monthly}円です（{checked}に確認）。',
                                'en': 'The automatic renewal charges {annual} yen on Prime '
                                      "Student's annual plan, or {monthly} yen on its monthly plan "
                                      '(as checked on {checked}).'},
 'trial_renewal_fees_done': {'ja': '{date}ごろの自動更新で請求された会費は、年間プランなら{annual}円、月間プランなら{monthly}円で、現在も同じです（{checked}に確認）。',
                             'en': 'The automatic renewal around {date} charged {annual} yen on '
                                   'the annual plan, or {monthly} yen on the monthly plan; the '
                                   'fees are the same now (as checked on {checked}).'},
 'trial_renewal_fees_student_done': {'ja': '{date}ごろの自動更新で請求された会費は、Prime '
                                           'Studentの年間プランなら{annual}円、月間プランなら{monthly}円で、現在も同じです（{checked}に確認）。',
                                     'en': 'The automatic renewal around {date} charged {annual} '
                                           "yen on Prime Student's annual plan, or {monthly} yen "
                                           'on its monthly plan; the fees are the same now (as '
                                           'checked on {checked}).'},
 'trial_renewal_fees_past': {'ja': '{date}ごろの自動更新で請求された会費は、年間プランなら{annual}円、月間プランなら{monthly}円でした。会費はその後変わり、現在は年間プラン{now_annual}円、月間プラン{now_monthly}円です（{checked}に確認）。',
                             'en': 'The automatic renewal around {date} charged {annual} yen on '
                                   'the annual plan, or {monthly} yen on the monthly plan. The '
                                   'fees have changed since: now {now_annual} yen on the annual '
                                   'plan and {now_monthly} yen on the monthly plan (as checked on '
                                   '{checked}).'},
 'trial_renewal_fees_student_past': {'ja': '{date}ごろの自動更新で請求された会費は、Prime '
                                           'Studentの年間プランなら{annual}円、月間プランなら{monthly}円でした。Prime '
                                           'Studentの会費はその後変わり、現在は年間プラン{now_annual}円、月間プラン{now_monthly}円です（{checked}に確認）。',
                                     'en': 'The automatic renewal around {date} charged {annual} '
                                           "yen on Prime Student's annual plan, or {monthly} yen "
                                           "on its monthly plan. Prime Student's fees have changed "
                                           'since: now {now_annual} yen on the annual plan and '
                                           '{now_monthly} yen on the monthly plan (as checked on '
                                           '{checked}).'}}
