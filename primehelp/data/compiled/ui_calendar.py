"""Generated from primehelp/data/ui_calendar.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'calendar_name': {'ja': 'Amazonプライムの更新日', 'en': 'Amazon Prime renewals'},
 'calendar_name_trial': {'ja': '{service}の無料体験と更新日', 'en': '{service} free trial and renewals'},
 'event_summary': {'ja': 'Amazonプライムの更新日（{mark}会費の請求日）',
                   'en': 'Amazon Prime renewal ({mark}the fee is charged)'},
 'event_summary_plan': {'ja': 'Amazonプライムの更新日（{mark}{plan}）',
                        'en': 'Amazon Prime renewal ({mark}{plan})'},
 'event_summary_plan_fee': {'ja': 'Amazonプライムの更新日（{mark}{plan}・{fee}円）',
                            'en': 'Amazon Prime renewal ({mark}{plan}, ¥{fee})'},
 'summary_estimate': {'ja': '目安・', 'en': 'estimate, '},
 'event_description': {'ja': 'この日にAmazonプライムが自動で更新され、会費が請求されます。{fee_note}{cancel_sentence}{notice_sentence}この日付は計算による目安です。正確な日付は「Amazonプライム会員情報」のページに表示されます：https://www.amazon.co.jp/gp/primecentral',
                       'en': 'Amazon Prime renews automatically on this day and the fee is '
                             'charged.{fee_note} {cancel_sentence}{notice_sentence} This date is '
                             'an estimate computed by primehelp; the Prime membership page shows '
                             'the exact date: https://www.amazon.co.jp/gp/primecentral'},
 'student_over': {'ja': 'Prime Studentの有料期間は最長4年間のため、この更新からは通常のプライムの会費で表示しています。',
                  'en': 'Paid Prime Student lasts at most 4 years, so from this renewal on the '
                        'regular Prime fee is shown.'},
 'student_fee_shown': {'ja': 'この会費は、Prime Studentのままの場合の会費です（有料期間は最長4年間）。',
                       'en': 'The fee shown assumes the membership is still Prime Student (paid '
                             'Prime Student lasts at most 4 years).'},
 'fee_checked': {'ja': '会費は{checked}に確認した料金です。今後変わることがあります。',
                 'en': 'The fee shown is the one checked on {checked}. It may change.'},
 'fee_checked_stale': {'ja': '会費は{checked}に確認した料金です。',
                       'en': 'The fee shown is the one checked on {checked}.'},
 'facts_old': {'ja': 'このカレンダーを作った{today}には確認から{days}日たっていたため、料金が変わっている可能性があります。primehelpのフォルダーで '
                     '`git pull` を実行してから、カレンダーを作り直してください。',
               'en': 'When this calendar was made ({today}), that check was {days} days old, so '
                     "the fee may have changed: run git pull in primehelp's folder and make the "
                     'calendar again.'},
 'event_cancel_sentence': {'ja': '解約する場合は、余裕をみて{cancel_by}までに済ませてください（Amazonが示しているのは、更新日より前という期限だけです）。',
                           'en': 'If you mean to cancel, do it by the cancel-by date, {cancel_by} '
                                 '(Amazon only says to cancel before the renewal date).'},
 'event_notice_sentence': {'ja': '更新前のお知らせメールは{notice_date}ごろに届きます。ただし、「Amazonプライム会員情報」のページで「更新前にお知らせを受ける」（表示は少し異なる場合があります）をオンにした場合だけです（初期設定では届きません）。',
                           'en': 'The reminder mail comes around {notice_date}, but only if you '
                                 'switched on 「更新前にお知らせを受ける」 on the Prime membership page (it is '
                                 'off by default; the wording of the switch may differ).'},
 'event_cancel_sentence_passed': {'ja': '解約の目安日（{cancel_by}）は過ぎています。',
                                  'en': "This renewal's cancel-by date ({cancel_by}) has passed."},
 'event_description_given': {'ja': 'この日にAmazonプライムが自動で更新され、会費が請求されます。{fee_note}{cancel_sentence}{notice_sentence}更新日は「Amazonプライム会員情報」のページで確認できます：https://www.amazon.co.jp/gp/primecentral',
                             'en': 'Amazon Prime renews automatically on this day and the fee is '
                                   'charged.{fee_note} {cancel_sentence}{notice_sentence} The '
                                   'Prime membership page shows the renewal date: '
                                   'https://www.amazon.co.jp/gp/primecentral'},
 'trial_summary': {'ja': '{service}の無料体験から有料会員への自動更新日（目安）',
                   'en': '{service} free trial renews as paid (estimate)'},
 'trial_description': {'ja': 'この日に、{service}の無料体験が終わり、有料会員に自動で更新されて最初の会費が請求されます。費用をかけずに無料体験を終えるには、余裕をみて前日（{cancel_by}、解約の目安日）までに解約してください（Amazonが示しているのは、自動更新日より前という期限だけです）。この日付は開始日から計算した目安です。正確な日付は「Amazonプライム会員情報」のページに表示されます：https://www.amazon.co.jp/gp/primecentral',
                       'en': 'On this day the {service} free trial ends: the membership renews '
                             'automatically as paid and the first fee is charged. To end the trial '
                             'without paying, cancel by the day before ({cancel_by}, the cancel-by '
                             'date), to leave a margin (Amazon only says to cancel before the '
                             'automatic renewal date). This date is computed from the start date, '
                             'an estimate: the Prime membership page shows the exact date: '
                             'https://www.amazon.co.jp/gp/primecentral'},
 'cancel_by_summary': {'ja': 'Amazonプライムの解約の目安日（更新日の前日）',
                       'en': 'Amazon Prime cancel-by date (the day before the renewal)'},
 'cancel_by_summary_trial': {'ja': '{service}の無料体験の解約の目安日（自動更新日の前日）',
                             'en': '{service} free trial cancel-by date (the day before the paid '
                                   'renewal)'},
 'cancel_by_description': {'ja': 'Amazonプライムは{renewal_date}{estimate}に自動で更新され、会費が請求されます。Amazonが示しているのは、更新日より前という解約の期限だけです。この日（更新日の前日）は、余裕をみてprimehelpが決めた目安で、Amazonの決まりではありません。解約の手順は「{command}」で確認できます。正確な更新日は「Amazonプライム会員情報」のページに表示されます：https://www.amazon.co.jp/gp/primecentral',
                           'en': 'Amazon Prime renews automatically on {renewal_date}{estimate} '
                                 'and the fee is charged. Amazon only says to cancel before the '
                                 'renewal date: this day (the day before the renewal) is a safety '
                                 "margin primehelp chose, not Amazon's rule. For the steps, run "
                                 '"{command}". The Prime membership page shows the exact renewal '
                                 'date: https://www.amazon.co.jp/gp/primecentral'},
 'cancel_by_description_trial': {'ja': '{service}の無料体験から有料会員への自動更新日は{renewal_date}（計算による目安）で、この日に会費が請求されます。Amazonが示しているのは、自動更新日より前という解約の期限だけです。この日（自動更新日の前日）は、余裕をみてprimehelpが決めた目安で、Amazonの決まりではありません。無料体験中に解約すれば費用はかかりません。解約の手順は「{command}」で確認できます。正確な自動更新日は「Amazonプライム会員情報」のページに表示されます：https://www.amazon.co.jp/gp/primecentral',
                                 'en': 'The {service} free trial renews automatically as paid on '
                                       '{renewal_date} (an estimate), and the fee is charged that '
                                       'day. Amazon only says to cancel before the automatic '
                                       'renewal date: this day (the day before it) is a safety '
                                       "margin primehelp chose, not Amazon's rule. Cancelling "
                                       'during the trial costs nothing. For the steps, run '
                                       '"{command}". The Prime membership page shows the exact '
                                       'date: https://www.amazon.co.jp/gp/primecentral'},
 'notice_summary': {'ja': 'Amazonプライムの更新前のお知らせメール（オンの場合）',
                    'en': 'Amazon Prime reminder mail (if switched on)'},
 'notice_summary_trial': {'ja': '{service}の更新前のお知らせメール（オンの場合）',
                          'en': '{service} reminder mail (if switched on)'},
 'notice_description_trial': {'ja': '{service}の無料体験から有料会員への自動更新日（{renewal_date}、計算による目安）の3日ほど前に、更新前のお知らせメールが届きます。ただし、「Amazonプライム会員情報」のページで「更新前にお知らせを受ける」をオンにした場合だけです（初期設定では届きません）。この設定の表示は、少し異なる場合があります。このメールを装った詐欺メールもあります。本物のお知らせメールが、リンク先でカード情報の入力を求めることはありません。費用をかけずに無料体験を終えるには、余裕をみて{cancel_by}（解約の目安日）までに解約してください。',
                              'en': 'The reminder mail comes about 3 days before the {service} '
                                    'free trial renews automatically as paid ({renewal_date}, an '
                                    'estimate), but only if you switched on 「更新前にお知らせを受ける」 on the '
                                    'Prime membership page (it is off by default; the wording of '
                                    'the switch may differ). Scam mails pose as this mail; the '
                                    'real mail never asks you to enter card details through a '
                                    'link. To end the free trial without paying, cancel by '
                                    '{cancel_by} (the cancel-by date).'},
 'notice_description': {'ja': 'Amazonプライムの更新日（{renewal_date}{estimate_inner}）の3日ほど前に、更新前のお知らせメールが届きます。ただし、「Amazonプライム会員情報」のページで「更新前にお知らせを受ける」をオンにした場合だけです（初期設定では届きません）。この設定の表示は、少し異なる場合があります。このメールを装った詐欺メールもあります。本物のお知らせメールが、リンク先でカード情報の入力を求めることはありません。解約する場合は、余裕をみて{cancel_by}までに済ませてください。',
                        'en': 'The reminder mail comes about 3 days before the Amazon Prime '
                              'renewal ({renewal_date}{estimate_inner}), but only if you switched '
                              'on 「更新前にお知らせを受ける」 on the Prime membership page (it is off by '
                              'default; the wording of the switch may differ). Scam mails pose as '
                              'this mail; the real mail never asks you to enter card details '
                              'through a link. If you mean to cancel, do it by the cancel-by date, '
                              '{cancel_by}.'},
 'student_end_summary': {'ja': 'Prime Studentから通常のプライムに切り替わる更新日の目安',
                         'en': 'Estimated renewal date when Prime Student becomes regular Prime'},
 'student_end_description': {'ja': 'Prime '
                                   'Studentの有料期間は、無料体験の終了後、最長4年間です。この日付は、有料会員への自動更新日の4年後にあたる更新日の目安です。この日からは通常のプライムの会費が請求されます（{checked}に確認した料金は年間プラン{annual}円、月間プラン{monthly}円で、今後変わることがあります）。卒業した場合は、それより早く、卒業後の次の更新日に通常のプライムに切り替わります。{facts_old}正確な更新日は、「Amazonプライム会員情報」のページで確認してください：https://www.amazon.co.jp/gp/primecentral',
                             'en': "After the free trial, Prime Student's paid period lasts at "
                                   'most 4 years. This date is the renewal 4 years after the trial '
                                   'renews as paid (an estimate); from this renewal on, the '
                                   'regular Prime fee is charged (as checked on {checked}, '
                                   '{annual} yen on the annual plan, {monthly} yen on the monthly '
                                   'plan; it may change). After graduation it becomes regular '
                                   'Prime earlier, at the next renewal after graduating. '
                                   '{facts_old}Check the exact renewal date on the Prime '
                                   'membership page: https://www.amazon.co.jp/gp/primecentral'},
 'alarm_days': {'ja': 'Amazonプライムは{n}日後（{renewal_date}{estimate_inner}）に自動で更新され、会費が請求されます。解約する場合は、余裕をみて{cancel_by}までに済ませてください。',
                'en': 'Amazon Prime renews in {n} days ({renewal_date}{estimate_inner}) and the '
                      'fee is charged. If you mean to cancel, do it by the cancel-by date, '
                      '{cancel_by}.'},
 'alarm_cancel_by': {'ja': 'Amazonプライムは明日（{renewal_date}{estimate_inner}）に自動で更新され、会費が請求されます。解約する場合は、今日中に済ませてください。',
                     'en': 'Amazon Prime renews tomorrow ({renewal_date}{estimate_inner}) and the '
                           'fee is charged. If you mean to cancel, do it today.'},
 'alarm_renewal_day': {'ja': '今日（{renewal_date}{estimate_inner}）はAmazonプライムの更新日です。解約していなければ、会費がすでに請求されている可能性があります。今すぐ終了した場合の返金は「{renewal_command}」で確認できます。',
                       'en': "Today ({renewal_date}{estimate_inner}) is Amazon Prime's renewal "
                             'date. Unless you have cancelled, the fee may already have been '
                             'charged. If you end it now, "{renewal_command}" explains what may be '
                             'refunded.'},
 'computed_estimate': {'ja': '（計算による目安）', 'en': ' (an estimate)'},
 'computed_estimate_inner': {'ja': '、計算による目安', 'en': ', an estimate'},
 'alarm_days_trial': {'ja': '{service}の無料体験から有料会員への自動更新日は{n}日後（{renewal_date}、計算による目安）です。費用をかけずに無料体験を終えるには、余裕をみて{cancel_by}までに解約してください。',
                      'en': 'The {service} free trial renews as paid in {n} days ({renewal_date}, '
                            'an estimate). To end it without paying, cancel by {cancel_by} (the '
                            'cancel-by date).'},
 'alarm_cancel_by_trial': {'ja': '{service}の無料体験から有料会員への自動更新日は明日（{renewal_date}、計算による目安）です。費用をかけずに無料体験を終えるには、今日中に解約してください。',
                           'en': 'The {service} free trial renews as paid tomorrow '
                                 '({renewal_date}, an estimate). To end it without paying, cancel '
                                 'today.'},
 'alarm_renewal_day_trial': {'ja': '今日（{renewal_date}、計算による目安）は{service}の無料体験から有料会員への自動更新日です。解約していなければ、会費がすでに請求されている可能性があります。これから解約する場合の扱いは「{renewal_command}」で確認できます。',
                             'en': 'Today ({renewal_date}, an estimate) the {service} free trial '
                                   'renews as paid: unless you have cancelled, the fee may already '
                                   'have been charged. If you cancel now, "{renewal_command}" '
                                   'explains what happens.'},
 'service_prime': {'ja': 'Amazonプライム', 'en': 'Amazon Prime'},
 'service_student': {'ja': 'Prime Student', 'en': 'Prime Student'},
 'plan_annual': {'ja': '年間プラン', 'en': 'annual plan'},
 'plan_monthly': {'ja': '月間プラン', 'en': 'monthly plan'},
 'plan_student-annual': {'ja': 'Prime Student 年間プラン', 'en': 'Prime Student annual plan'},
 'plan_student-monthly': {'ja': 'Prime Student 月間プラン', 'en': 'Prime Student monthly plan'},
 'no_events': {'ja': '`--events {events}` '
                     'の予定はこの日付に当てはまらず、カレンダーが空になるため書き出しませんでした。renewal、cancel-by、notice '
                     'から選んでカンマ区切りで指定してください（例：renewal,cancel-by）。student-end は Prime '
                     'Studentの無料体験にだけ当てはまります',
               'en': '`--events {events}` gives no event for this date, so no calendar was written '
                     '(it would be empty); choose from renewal, cancel-by and notice, separated by '
                     'commas (e.g. renewal,cancel-by; student-end applies only to a Prime Student '
                     'free trial)'},
 'student_end_trial': {'ja': 'student-end は、`--student`（Prime Studentの無料体験）のときだけ使えます。`--student` '
                             'を付けるか、renewal、cancel-by、notice '
                             'から選んでカンマ区切りで指定してください（例：renewal,cancel-by）',
                       'en': 'student-end is only for a Prime Student free trial (`--student`): '
                             'add `--student`, or choose from renewal, cancel-by and notice, '
                             'separated by commas (e.g. renewal,cancel-by)'},
 'student_end': {'ja': 'student-end は、Prime Studentの無料体験（`primehelp trial '
                       '--student`）のときだけ使えます。`primehelp renewal` の `--events` '
                       'には、renewal、cancel-by、notice から選んでカンマ区切りで指定してください（例：renewal,cancel-by）',
                 'en': 'student-end is only for a Prime Student free trial (`primehelp trial '
                       '--student`); for `--events` of `primehelp renewal`, choose from renewal, '
                       'cancel-by and notice, separated by commas (e.g. renewal,cancel-by)'},
 'past_events': {'ja': '書き出した予定はすべて過去の日付のため、このファイルを取り込んでも、これからの更新日の通知は設定されません。次回以降の更新日を書き出すには、`--plan` '
                       'を付けて書き出し直してください（例：年間プランなら `{annual_example}`、月間プランなら `{monthly_example}`）。',
                 'en': 'every event written is in the past, so importing this file sets no '
                       'reminder for a renewal to come; to write the next renewals, write it again '
                       'with `--plan` (e.g. `{annual_example}` for the annual plan, '
                       '`{monthly_example}` for the monthly plan)'},
 'one_renewal': {'ja': 'カレンダーファイルに入れた予定は、{date}の更新1回分だけです。次回以降の分も入れるには、`--plan` を付けてください（例：年間プランなら '
                       '`{annual_example}`、月間プランなら `{monthly_example}`）。',
                 'en': 'the calendar file holds the events of only one renewal, on {date}; to add '
                       'the next ones too, add `--plan` (e.g. `{annual_example}` for the annual '
                       'plan, `{monthly_example}` for the monthly plan)'},
 'monthly_count': {'ja': 'カレンダーファイルに入れた予定は、{date}の更新までの{n}回分です。もっと先の分も入れるには、`--count` '
                         'を指定してください（例：`--count 12`）。',
                   'en': 'the calendar file holds the events of {n} renewals, up to {date}; to add '
                         'later ones, use `--count` (e.g. `--count 12`)'},
 'past_events_trial': {'ja': '書き出した予定はすべて過去の日付です。有料会員の次回以降の更新日は、更新日と `--plan` を付けた `primehelp '
                             'renewal` で書き出せます（例：`primehelp renewal {renewal_iso} --plan {annual} '
                             '--ics prime.ics`）。',
                       'en': 'every event written is in the past; write the next paid renewals '
                             'with `primehelp renewal`, a renewal date and `--plan` (e.g. '
                             '`primehelp renewal {renewal_iso} --plan {annual} --ics prime.ics`)'},
 'wrote_file': {'ja': '{file} に書き出しました。', 'en': 'wrote {file}'},
 'overwrote_file': {'ja': '{file} を上書きしました。', 'en': 'overwrote {file}'},
 'not_ics_name': {'ja': 'ファイル名が .ics で終わっていないため、カレンダーアプリによっては読み込めないことがあります。',
                  'en': 'the file name does not end in .ics, so some calendar apps may not import '
                        'it'},
 'saved_profile': {'ja': '{saved}を更新日として保存しました（保存場所：{file}）。',
                   'en': 'saved the renewal date {saved} to {file}'},
 'saved_without_plan': {'ja': 'プランを保存していないため、この日を過ぎると `primehelp due` は次の更新日を計算できません。`--plan '
                              'annual` か `--plan monthly` を付けて保存し直すことをおすすめします（例：`primehelp renewal '
                              '{iso} --plan monthly --save --force`）。',
                        'en': '; no plan is saved, so once this date has passed `primehelp due` '
                              'cannot count the next renewal: saving it again with `--plan annual` '
                              'or `--plan monthly` is recommended (e.g. `primehelp renewal {iso} '
                              '--plan monthly --save --force`)'},
 'already_saved': {'ja': '{saved}は、更新日としてすでに保存されています（保存場所：{file}）。',
                   'en': 'the renewal date {saved} is already saved in {file}'},
 'replaced_profile': {'ja': '保存した更新日を、{before}から{saved}に置き換えました（保存場所：{file}）。',
                      'en': 'replaced the renewal date {before} in {file} with {saved}'},
 'rolled_profile': {'ja': '保存した更新日を、次の更新日の{saved}に更新しました（保存場所：{file}）。',
                    'en': 'updated the saved renewal date in {file} to the next one, {saved}'},
 'replaced_unreadable': {'ja': '読み込めなかった保存ファイルを置き換え、{saved}を更新日として保存しました（保存場所：{file}）。',
                         'en': 'replaced the unreadable {file} and saved the renewal date {saved}'},
 'profile_exists': {'ja': '更新日として{before}がすでに保存されています（保存場所：{file}）。{saved}に置き換えるには `--force` '
                          'を付けてください',
                    'en': '{file} already holds the renewal date {before}; to replace it with '
                          '{saved}, add `--force`'},
 'profile_trial': {'ja': '有料会員への自動更新日の目安', 'en': 'estimated automatic paid renewal'},
 'profile_student': {'ja': 'Prime Student', 'en': 'Prime Student'},
 'profile_exists_kind': {'ja': '更新日として{before}が保存されています（保存場所：{file}）。{kind}{saved}に置き換えるには '
                               '`--force` を付けてください',
                         'en': '{file} holds the renewal date {before}; to replace it with '
                               '{kind}{saved}, add `--force`'},
 'kind_paid': {'ja': '有料会員の更新日の', 'en': 'the paid renewal '},
 'kind_trial': {'ja': '無料体験の', 'en': "the free trial's "},
 'plan_added': {'ja': '保存した更新日にプランを追加し、{saved}として保存しました（保存場所：{file}）。',
                'en': 'added the plan to the saved renewal date, saved as {saved} in {file}'},
 'student_end_listed': {'ja': 'student-end は Prime Studentの無料体験（`primehelp trial '
                              '--student`）にだけ使えるため、カレンダーを書き出していません。student-end '
                              'を外して指定してください（`--events {others}`）',
                        'en': 'student-end is only for a Prime Student free trial (`primehelp '
                              'trial --student`), so no calendar was written; leave it out '
                              '(`--events {others}`)'},
 'student_end_listed_trial': {'ja': 'student-end は Prime '
                                    'Studentの無料体験（`--student`）にだけ使えるため、カレンダーを書き出していません。`--student` '
                                    'を付けるか、student-end を外して指定してください（`--events {others}`）',
                              'en': 'student-end is only for a Prime Student free trial '
                                    '(`--student`), so no calendar was written; add `--student`, '
                                    'or leave it out (`--events {others}`)'},
 'alarms_after_event': {'ja': '`--events {events}` '
                              'だけのときは、通知を{carrier}の予定（{day}の{offset}日前）に付けます。`--alarms '
                              '{late}`（{day}の{late_days}）の通知は、この予定の日より後になるため付けられません（カレンダーによっては違う日に鳴ります）。`--alarms` '
                              'を{offset}以上にするか、`--events` に renewal を加えてください（例：`--alarms '
                              '{example}`）',
                        'en': 'with `--events {events}` only, the alarms go on the {carrier} event '
                              '({offset} before {day}); the alarms of `--alarms {late}` would come '
                              "after that event's day, so they cannot be added (some calendars "
                              'would ring them on a different day): give `--alarms` of {offset} or '
                              'more, or add renewal to `--events` (e.g. `--alarms {example}`)'},
 'alarms_left_out': {'ja': '通知は{carrier}の予定（{day}の{offset}日前）に付けたため、その予定より後になる通知（{day}の{late_days}）は付けていません。付けるには '
                           '`--events` に renewal を加えてください。',
                     'en': 'the alarms are on the {carrier} event ({offset} before {day}), so the '
                           'alarms of `--alarms {late}`, after that event, were left out; add '
                           'renewal to `--events` to have them'},
 'save_kind_trial_saved': {'ja': '{date}は、{student}無料体験から有料会員への自動更新日（目安）として保存されています（保存場所：{file}）。有料会員の更新日{plan}として保存し直すには '
                                 '`--force` を付けてください',
                           'en': "{file} holds {date} as {student}free trial's automatic paid "
                                 'renewal date (an estimate); to save it as the paid renewal '
                                 'date{plan} instead, add `--force`'},
 'save_kind_paid_saved': {'ja': '{date}は、有料会員の更新日{plan}として保存されています（保存場所：{file}）。{student}無料体験から有料会員への自動更新日（目安）として保存し直すには '
                                '`--force` を付けてください',
                          'en': '{file} holds {date} as the paid renewal date{plan}; to save it as '
                                "{student}free trial's automatic paid renewal date (an estimate) "
                                'instead, add `--force`'},
 'past_alarms': {'ja': '{day}の{late}の通知は、すでに過ぎているため付けていません。',
                 'en': 'the alarms {late} days before {day} are already past, so they were left '
                       'out'},
 'early_alarms': {'ja': '月間プランでは、前の更新日より前になる通知（{early}）は付けていません。',
                  'en': 'on a monthly plan, the alarms {early} days before a renewal were left out '
                        'where they would ring before the previous renewal'},
 'past_alarms_of': {'ja': '{which}の通知は、すでに過ぎているため付けていません。',
                    'en': 'the alarms {which} are already past, so they were left out'},
 'past_some_events': {'ja': '書き出した予定のうち、{events}は、すでに過ぎています。',
                      'en': 'of the events written, these have already passed: {events}'},
 'kind_renewal': {'ja': '更新日', 'en': 'the renewal'},
 'kind_cancel-by': {'ja': '解約の目安日', 'en': 'the cancel-by date'},
 'kind_notice': {'ja': '更新前のお知らせメール', 'en': 'the renewal reminder mail'},
 'kind_student-end': {'ja': '通常のプライムへの切り替え', 'en': 'the switch to regular Prime'},
 'own_day_alarm': {'ja': '{carrier}の当日{time}に通知を設定しました。Outlookでは、この通知が前日の{before}に鳴ることがあります。Outlookで使う場合は、`--alarms '
                         '{alarms}` のように {example} を加えてください（Outlookは1つ目の通知だけを使うため、前日の{time}に鳴ります）。',
                   'en': 'the alarms are on the day of the {carrier} event itself, at {time}; '
                         'Outlook may ring them the day before, at {before}. For Outlook, add '
                         '{example} to `--alarms`, as in `--alarms {alarms}`: Outlook uses only '
                         'the first alarm, which then rings the day before at {time}'},
 'kind_renewal_trial': {'ja': '有料会員への自動更新日', 'en': 'the automatic paid renewal'},
 'carrier_renewal': {'ja': '更新日', 'en': 'renewal'},
 'carrier_renewal_trial': {'ja': '有料会員への自動更新日', 'en': 'renewal'},
 'carrier_cancel-by': {'ja': '解約の目安日', 'en': 'cancel-by'},
 'carrier_notice': {'ja': '更新前のお知らせメール', 'en': 'notice'},
 'force_alone': {'ja': '`--force` は `--ics`（ファイルに書き出すとき）か `--save` と一緒に指定してください（例：`--ics prime.ics '
                       '--force`）',
                 'en': '`--force` needs something to overwrite: use it with `--ics FILE` or '
                       '`--save` (e.g. `--ics prime.ics --force`)'},
 'stdout_twice': {'ja': '`--ics -` と `--json` はどちらも標準出力に書くため、一緒に指定できません。`--json` と一緒に使う場合は、`--ics` '
                        'にファイル名を指定してください（例：`--ics prime.ics --json`）',
                  'en': '`--ics -` and `--json` both write to stdout; to use `--json`, give '
                        '`--ics` a file name (e.g. `--ics prime.ics --json`)'}}
