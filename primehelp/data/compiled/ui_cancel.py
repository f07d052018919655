"""Generated from primehelp/data/ui_cancel.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'cancel_title': {'ja': 'プライム会員の解約手順', 'en': 'How to cancel Prime'},
 'cancel_title_carrier': {'ja': 'プライム会員の解約（携帯電話会社）', 'en': 'Cancelling Prime (mobile carrier)'},
 'situation': {'ja': 'ご利用の状況', 'en': 'Your situation'},
 'via_web': {'ja': 'Amazonのウェブサイト', 'en': 'Amazon website'},
 'via_app': {'ja': 'Amazonショッピングアプリ', 'en': 'Amazon shopping app'},
 'via_carrier': {'ja': '携帯電話会社（料金プランとセットになったプライム）',
                 'en': 'A mobile carrier (Prime as part of its plan)'},
 'situation_where': {'ja': '手続き', 'en': 'Where'},
 'situation_member': {'ja': '会員', 'en': 'Membership'},
 'situation_benefits': {'ja': '前回の支払い以降の特典の利用', 'en': 'Benefits used since the last charge'},
 'member_kind': {'ja': '{kind}（{plan}）', 'en': '{kind} ({plan})'},
 'member_kind_renewal_day': {'ja': '{plan}（今日が自動更新日のため、有料会員になっている可能性があります）',
                             'en': '{plan} (today is the automatic renewal day, so it may already '
                                   'be a paid membership)'},
 'trial': {'ja': '無料体験中', 'en': 'Free trial'},
 'paid': {'ja': '有料会員', 'en': 'Paid membership'},
 'regular': {'ja': '通常のプライム', 'en': 'Regular Prime'},
 'student': {'ja': 'Prime Student', 'en': 'Prime Student'},
 'benefits_used': {'ja': 'あり', 'en': 'yes'},
 'benefits_not_used': {'ja': 'なし', 'en': 'none'},
 'benefits_unknown': {'ja': '不明', 'en': 'not known'},
 'carrier_trial_no_date': {'ja': '携帯電話会社の料金プランとセットになったプライムの場合、いつまでに解約すれば次の料金がかからないかは、携帯電話会社の決まりによります。ご契約の携帯電話会社で確認してください。キャンペーンで付いたプライムなら、「Amazonプライム会員情報」のページに表示される自動更新日の前日までに、そのページで解約してください。',
                           'en': "For Prime that is part of a mobile carrier's plan, when to "
                                 "cancel to avoid the next charge is the carrier's rule: check "
                                 'with your carrier. For Prime from a carrier campaign, cancel on '
                                 'the Prime membership page by the day before the automatic '
                                 'renewal date that page shows.'},
 'profile_paid_not_trial': {'ja': '保存した更新日の{date}は有料会員の更新日のため、無料体験の自動更新日としては使っていません。',
                            'en': "The saved renewal date, {date}, is a paid membership's renewal, "
                                  "so it is not used as the free trial's automatic renewal date."},
 'urgent_saved': {'ja': '保存した更新日から数えると、次の更新日は明日（{date}{estimate}）です。自動更新を止めるには、今日中に解約してください。',
                  'en': 'Counted from your saved date, the next renewal is tomorrow '
                        '({date}{estimate}). To stop the automatic renewal, cancel today.'},
 'urgent_saved_exact': {'ja': '保存した更新日は明日（{date}{estimate}）です。自動更新を止めるには、今日中に解約してください。',
                        'en': 'Your saved renewal date is tomorrow ({date}{estimate}). To stop the '
                              'automatic renewal, cancel today.'},
 'urgent_saved_trial': {'ja': '保存した無料体験の自動更新日は明日（{date}、目安）です。費用をかけずに無料体験を終えるには、今日中に解約してください。',
                        'en': 'Your saved free trial renews as paid tomorrow ({date}, an '
                              'estimate). To end it without paying, cancel today.'},
 'profile_trial_shown': {'ja': '保存した日付が無料体験の自動更新日のため、無料体験の場合を表示しています（`--paid` で変更できます）。',
                         'en': "Your saved date is a free trial's automatic renewal date, so this "
                               'is for a free trial (change with `--paid`).'},
 'profile_trial_renewal_day': {'ja': '今日が保存した自動更新日のため、無料体験中の場合と有料会員になった場合の両方を表示しています。',
                               'en': 'Today is your saved automatic renewal date, so this shows '
                                     'both cases: still on the free trial, and already a paid '
                                     'member.'},
 'profile_trial_ended_shown': {'ja': '保存した日付（{date}）は無料体験の自動更新日なので、無料体験から有料会員に更新された場合を表示しています（この日付が有料会員の更新日なら、`--paid` '
                                     'を付けるとその場合の返金の説明を表示します）。',
                               'en': "Your saved date ({date}) is a free trial's automatic renewal "
                                     'date, so this is for the paid membership the trial renewed '
                                     "as (if the date is a paid membership's renewal date, add "
                                     '`--paid` for the refund rules in that case).'},
 'defaults': {'ja': '指定がないため、{case}場合の手順を表示しています（{options} で変更できます）。',
              'en': 'Not given, so assumed: {case} (change with {options}).'},
 'defaults_en': {'ja': '指定がないため、次の場合を表示しています：{items}（{options} で変更できます）。',
                 'en': 'Not given, so assumed: {items} (change with {options}).'},
 'case_regular': {'ja': '通常のプライムの', 'en': 'regular Prime'},
 'case_paid_web': {'ja': '有料会員が', 'en': 'a paid membership'},
 'case_trial_web': {'ja': '無料体験中に', 'en': 'the free trial'},
 'case_web': {'ja': 'ウェブサイトで手続きする', 'en': 'on the website'},
 'trial_ended_paid': {'ja': '自動更新日（{date}）を過ぎているため、有料会員の場合の手順を表示しています。',
                      'en': 'The automatic renewal date ({date}) has passed, so these are the '
                            'steps for a paid membership.'},
 'case_regular_object': {'ja': '通常のプライムを', 'en': 'regular Prime'},
 'case_web_cancel': {'ja': 'ウェブサイトで解約する', 'en': 'on the website'},
 'case_paid': {'ja': '有料会員の', 'en': 'a paid membership'},
 'default_via': {'ja': 'ウェブサイトで手続きする', 'en': 'the website'},
 'default_trial': {'ja': '有料会員', 'en': 'a paid membership'},
 'default_student': {'ja': '通常のプライム', 'en': 'regular Prime'},
 'default_trial_student': {'ja': '通常のプライムの有料会員', 'en': 'a paid membership, regular Prime'},
 'default_and': {'ja': '、', 'en': ', '},
 'options_sep': {'ja': '、', 'en': ', '},
 'options_last': {'ja': '、', 'en': ' and '},
 'carrier_ignores': {'ja': '携帯電話会社で解約する場合の案内は、{what}に関係なく同じです。',
                     'en': 'When you cancel through a mobile carrier, this guidance does not '
                           'depend on {what}.'},
 'trial_ignores_benefits': {'ja': '無料体験中は、特典を使ったかどうかに関係なく費用はかかりません（{flag} の指定は、この案内には影響しません）。',
                            'en': 'In the free trial, nothing is charged whether or not you have '
                                  'used any benefit ({flag} does not change this guidance).'},
 'trial_benefits_renewal_day': {'ja': '会費が請求されている場合の返金は、特典を使ったかどうかで変わります（下の「今すぐ終了する場合」）。',
                                'en': 'If the fee has been charged, the refund depends on whether '
                                      'you have used any benefit (see “If it ends now” below).'},
 'carrier_same_trial': {'ja': '有料会員か無料体験中か',
                        'en': 'whether you are a paid member or in the free trial'},
 'carrier_same_student': {'ja': '通常のプライムかPrime Studentか',
                          'en': 'whether it is regular Prime or Prime Student'},
 'carrier_same_benefits': {'ja': '前回の支払い以降に特典を使ったかどうか',
                           'en': 'whether you have used any benefit since the last charge'},
 'q_via': {'ja': '解約の手続きはどこで行いますか？\n'
                 '携帯電話会社の料金プランとセットになったプライムの場合は3を選んでください（携帯電話会社のキャンペーンで付いたプライムは1か2です）。',
           'en': 'Where will you cancel?\n'
                 "If your Prime is part of a mobile carrier's plan, choose 3 (Prime from a carrier "
                 'campaign: 1 or 2).'},
 'q_trial': {'ja': '現在、無料体験中ですか？', 'en': 'Are you in the free trial now?'},
 'a_trial_yes': {'ja': 'はい、無料体験中です', 'en': 'Yes, free trial'},
 'a_trial_no': {'ja': 'いいえ、有料会員です', 'en': 'No, paid membership'},
 'q_student': {'ja': '会員の種類はどちらですか？', 'en': 'Which membership do you have?'},
 'q_benefits': {'ja': '前回の支払い以降に、プライムの特典を使いましたか？',
                'en': 'Since the last charge, have you used any Prime benefit?'},
 'a_yes_used': {'ja': 'はい、使いました', 'en': 'Yes, I used some'},
 'a_not_used': {'ja': 'いいえ、使っていません', 'en': 'No, none'},
 'a_not_sure': {'ja': '分かりません', 'en': 'Not sure'},
 'answer_prompt': {'ja': '番号を入力してください（b：戻る、q：中断）> ', 'en': 'Type a number (b: back, q: stop) > '},
 'answer_prompt_first': {'ja': '番号を入力してください（q：中断）> ', 'en': 'Type a number (q: stop) > '},
 'step_prompt': {'ja': 'Enterキーで次へ進みます（b：戻る、q：中断）> ', 'en': 'Enter: next (b: back, q: stop) > '},
 'last_prompt': {'ja': 'Enterキーで最後の注意を表示します（b：戻る、q：中断）> ',
                 'en': 'Enter: the final notes (b: back, q: stop) > '},
 'not_a_choice': {'ja': '{choices}のどれかの番号を入力してください。', 'en': 'Type {choices}.'},
 'not_a_choice_first': {'ja': '{choices}のどれかの番号を入力してください。', 'en': 'Type {choices}.'},
 'not_either_choice': {'ja': '{first}か{second}の番号を入力してください。', 'en': 'Type {first} or {second}.'},
 'not_either_choice_first': {'ja': '{first}か{second}の番号を入力してください。',
                             'en': 'Type {first} or {second}.'},
 'not_enter': {'ja': '次へ進むときは、何も入力せずにEnterキーを押してください。', 'en': 'Press Enter alone to go on.'},
 'or': {'ja': '、', 'en': ' or '},
 'first_question': {'ja': '最初の質問のため、これ以上戻れません。',
                    'en': 'This is the first question; there is nothing to go back to.'},
 'first_screen': {'ja': '最初の画面のため、これ以上戻れません。',
                  'en': 'This is the first screen; there is nothing to go back to.'},
 'step_of': {'ja': '手順 {n}／{total}', 'en': 'Step {n} of {total}'},
 'steps_title': {'ja': '手順', 'en': 'Steps'},
 'check_title': {'ja': '確認すること', 'en': 'What to check'},
 'carrier_campaign': {'ja': 'キャンペーンで付いたプライムの場合は、`primehelp cancel --via web{flags}` の手順で解約してください。',
                      'en': 'For Prime from a carrier campaign, cancel with the steps of '
                            '`primehelp cancel --via web{flags}`.'},
 'carrier_campaign_back': {'ja': 'キャンペーンで付いたプライムの場合は、b を入力して最初の質問に戻り、1か2を選んでください。',
                           'en': 'For Prime from a carrier campaign, enter b to go back to the '
                                 'first question, then choose 1 or 2.'},
 'look_for': {'ja': '選ぶ項目', 'en': 'Look for'},
 'refund_title': {'ja': '終了のタイミングと返金', 'en': 'When it ends, and refunds'},
 'timing_renewal_date': {'ja': '次の更新日に終了する場合', 'en': 'If it ends on the next renewal date'},
 'timing_renewal_date_dated': {'ja': '{date}（次の更新日）に終了する場合',
                               'en': 'If it ends on the next renewal date ({date})'},
 'timing_next_renewal_date': {'ja': '次の更新日に終了する場合', 'en': 'If it ends on the next renewal date'},
 'refund_under_next_renewal_date': {'ja': 'すでに請求された会費は返金されません。特典は次の更新日まで使えます。',
                                    'en': 'The fee already charged is not refunded; the benefits '
                                          'continue until the next renewal date.'},
 'refund_under_next_renewal_date_dated': {'ja': 'すでに請求された会費は返金されません。特典は{date}まで使えます。',
                                          'en': 'The fee already charged is not refunded; the '
                                                'benefits continue until {date}.'},
 'charged_now_unknown': {'ja': '請求の後に特典を使っていなければ、すでに請求された会費は全額返金されます。使っていれば、一部が返金されることがあります。',
                         'en': 'The fee already charged is refunded in full if no benefit has been '
                               'used since it was charged; otherwise part of it may be refunded.'},
 'charged_now_not_used': {'ja': 'すでに請求された会費は、請求の後に特典を使っていないため、全額返金されます。',
                          'en': 'The fee already charged is refunded in full, as no benefit has '
                                'been used since it was charged.'},
 'charged_now_used': {'ja': 'すでに請求された会費は、請求の後に特典を使っているため、一部が返金されることがあります。',
                      'en': 'Part of the fee already charged may be refunded, as benefits have '
                            'been used since it was charged.'},
 'trial_costs_nothing': {'ja': '無料体験中は、どちらを選んでも費用はかかりません。',
                         'en': 'During the free trial, either choice costs nothing.'},
 'if_charged_below': {'ja': '会費が請求されている場合は、次のとおりです。',
                      'en': 'If it has been charged, the following applies.'},
 'refund_under_trial_end': {'ja': '特典は無料体験の期間が終わるまで使えます。',
                            'en': 'The benefits continue until the free trial ends.'},
 'timing_renewal_date_trial': {'ja': '無料体験の期間が終わるまで使う場合',
                               'en': 'If you use the free trial until it ends'},
 'timing_now_trial': {'ja': '無料体験を今すぐ終了する場合', 'en': 'If the free trial ends now'},
 'timing_now': {'ja': '今すぐ終了する場合', 'en': 'If it ends now'},
 'carrier_refund': {'ja': '携帯電話会社の料金プランの場合の返金については、確認できた情報がありません。ご契約の携帯電話会社にお問い合わせください。',
                    'en': "There is no checked information on refunds for Prime in a carrier's "
                          'plan: ask your carrier.'},
 'carrier_refund_said': {'ja': '携帯電話会社の料金プランの場合の返金については、確認できた情報がありません。',
                         'en': 'There is no checked information on refunds for Prime in a '
                               "carrier's plan."},
 'student_labels': {'ja': 'Prime Studentの画面の表示は確認できていないため、ここに書いた表示と異なる場合があります。',
                    'en': 'The Prime Student screens have not been checked: their labels may '
                          'differ from these.'},
 'timing_below': {'ja': '終了のタイミングによる違いと返金は、手順の後で説明しています。',
                  'en': 'What each timing means, and what is refunded, is explained after the '
                        'steps.'},
 'timing_at_step': {'ja': '終了のタイミングによる違いと返金は、タイミングを選ぶ手順で説明します。',
                    'en': 'What each timing means, and what is refunded, is explained at the step '
                          'that chooses it.'},
 'cancel_by': {'ja': '解約の目安日：{date}（更新日である{renewal}の前日）',
               'en': 'Cancel by: {date} (a safety margin: the day before the renewal date '
                     '{renewal})'},
 'cancel_by_trial': {'ja': '解約の目安日：{date}（自動更新日の前日）',
                     'en': 'Cancel by: {date} (a safety margin: the day before the automatic '
                           'renewal date)'},
 'cancel_by_today': {'ja': '解約の目安日：{date}（今日、更新日である{renewal}の前日）',
                     'en': 'Cancel by: {date} (today; a safety margin: the day before the renewal '
                           'date {renewal})'},
 'cancel_by_trial_today': {'ja': '解約の目安日：{date}（今日、自動更新日の前日）',
                           'en': 'Cancel by: {date} (today; a safety margin: the day before the '
                                 'automatic renewal date)'},
 'next_renewal': {'ja': '次の更新日は、「Amazonプライム会員情報」のページで確認できます。次のコマンドで計算することもできます。\n'
                        '年間プランの場合：`primehelp renewal {date} --plan {annual}`\n'
                        '月間プランの場合：`primehelp renewal {date} --plan {monthly}`',
                  'en': 'The Prime membership page shows the next renewal date; so do these '
                        'commands:\n'
                        'Annual plan: `primehelp renewal {date} --plan {annual}`\n'
                        'Monthly plan: `primehelp renewal {date} --plan {monthly}`'},
 'next_renewal_saved': {'ja': '次の更新日は{date}です（計算による目安）。正確な日付は、「Amazonプライム会員情報」のページで確認できます。',
                        'en': 'The next renewal is on {date} (an estimate); the Prime membership '
                              'page shows the exact date.'},
 'next_renewal_saved_named': {'ja': '次の更新日は計算による目安です。正確な日付は、「Amazonプライム会員情報」のページで確認できます。',
                              'en': 'The next renewal date is an estimate; the Prime membership '
                                    'page shows the exact date.'},
 'next_renewal_command': {'ja': '次の更新日を以下のコマンドで計算することもできます。\n'
                                '年間プランの場合：`primehelp renewal {date} --plan {annual}`\n'
                                '月間プランの場合：`primehelp renewal {date} --plan {monthly}`',
                          'en': 'These commands also count the next renewal date:\n'
                                'Annual plan: `primehelp renewal {date} --plan {annual}`\n'
                                'Monthly plan: `primehelp renewal {date} --plan {monthly}`'},
 'next_renewal_carrier': {'ja': '次の更新日は、「Amazonプライム会員情報」のページで確認できます。キャンペーンで付いたプライムの場合は、次のコマンドで計算することもできます。\n'
                                '年間プランの場合：`primehelp renewal {date} --plan {annual}`\n'
                                '月間プランの場合：`primehelp renewal {date} --plan {monthly}`',
                          'en': 'The Prime membership page shows the next renewal date; for Prime '
                                'from a carrier campaign, these commands also count it:\n'
                                'Annual plan: `primehelp renewal {date} --plan {annual}`\n'
                                'Monthly plan: `primehelp renewal {date} --plan {monthly}`'},
 'next_renewal_command_carrier': {'ja': 'キャンペーンで付いたプライムの場合は、次の更新日を以下のコマンドで計算することもできます。\n'
                                        '年間プランの場合：`primehelp renewal {date} --plan {annual}`\n'
                                        '月間プランの場合：`primehelp renewal {date} --plan {monthly}`',
                                  'en': 'For Prime from a carrier campaign, these commands also '
                                        'count the next renewal date:\n'
                                        'Annual plan: `primehelp renewal {date} --plan {annual}`\n'
                                        'Monthly plan: `primehelp renewal {date} --plan '
                                        '{monthly}`'},
 'renewal_from_option': {'ja': '正確な更新日は、「Amazonプライム会員情報」のページで確認できます。',
                         'en': 'The Prime membership page shows the exact renewal date.'},
 'renewal_from_profile': {'ja': '更新日は `--save` で保存した日付から求めました。正確な更新日は、「Amazonプライム会員情報」のページで確認できます。',
                          'en': 'The renewal date comes from your saved profile; the Prime '
                                'membership page shows the exact date.'},
 'renewal_from_option_trial': {'ja': '正確な自動更新日は、「Amazonプライム会員情報」のページで確認できます。',
                               'en': 'The Prime membership page shows the exact automatic renewal '
                                     'date.'},
 'profile_trial_ended_answered': {'ja': '無料体験中と答えましたが、保存した自動更新日（{date}）は過ぎているため、有料会員に更新された場合を表示しています。',
                                  'en': 'You answered that you are in the free trial, but the '
                                        'saved automatic renewal date ({date}) has passed, so this '
                                        'is for the paid membership the trial renewed as.'},
 'profile_trial_ended_given': {'ja': '保存した日付（{date}）は無料体験の自動更新日なので、無料体験から有料会員に更新された場合を表示しています。',
                               'en': "Your saved date ({date}) is a free trial's automatic renewal "
                                     'date, so this is for the paid membership the trial renewed '
                                     'as.'},
 'renewal_from_profile_past': {'ja': '更新日は `--save` で保存した日付から求めました。',
                               'en': 'The renewal date comes from your saved profile.'},
 'renewal_from_profile_saved': {'ja': '更新日は `--save` '
                                      'で保存した日付（{date}）です。正確な更新日は、「Amazonプライム会員情報」のページで確認できます。',
                                'en': 'The renewal date is the one saved with `--save` ({date}); '
                                      'the Prime membership page shows the exact date.'},
 'renewal_from_profile_past_saved': {'ja': '更新日は `--save` で保存した日付（{date}）です。',
                                     'en': 'The renewal date is the one saved with `--save` '
                                           '({date}).'},
 'renewal_from_profile_past_last_saved': {'ja': '前回の更新日（{date}）は、`--save` で保存した日付です。',
                                          'en': 'The last renewal ({date}) is the date saved with '
                                                '`--save`.'},
 'renewal_from_profile_past_current_saved': {'ja': '今回の更新日（{date}）は、`--save` で保存した日付です。',
                                             'en': "Today's renewal ({date}) is the date saved "
                                                   'with `--save`.'},
 'renewal_from_profile_trial_saved': {'ja': '自動更新日は `--save` '
                                            'で保存した日付（{date}）です。正確な自動更新日は、「Amazonプライム会員情報」のページで確認できます。',
                                      'en': 'The automatic renewal date is the one saved with '
                                            '`--save` ({date}); the Prime membership page shows '
                                            'the exact date.'},
 'renewal_from_profile_trial_end': {'ja': '保存した日付は無料体験の自動更新日です。有料会員の場合、更新日はこの日付と違うことがあります。正確な更新日は、「Amazonプライム会員情報」のページで確認できます。',
                                    'en': "Your saved date is a free trial's automatic renewal "
                                          "date; a paid membership's renewal date may differ from "
                                          'it. The Prime membership page shows the exact date.'},
 'renewal_from_profile_trial': {'ja': '自動更新日は `--save` '
                                      'で保存した日付から求めました。正確な自動更新日は、「Amazonプライム会員情報」のページで確認できます。',
                                'en': 'The automatic renewal date comes from your saved profile; '
                                      'the Prime membership page shows the exact date.'},
 'reminder_note': {'ja': '参考：解約しない場合は、「Amazonプライム会員情報」のページで「{label}」（表示は少し異なる場合があります）をオンにすると、更新日の{days}日ほど前に更新前のお知らせメールが届きます（初期設定はオフです）。',
                   'en': 'For reference, if you keep Prime: switch on 「{label}」 on the Prime '
                         'membership page (the wording may differ slightly), and a reminder mail '
                         'comes about {days} days before each renewal (it is off by default).'},
 'reminder_note_trial': {'ja': '参考：解約しない場合は、「Amazonプライム会員情報」のページで「{label}」（表示は少し異なる場合があります）をオンにすると、自動更新日の{days}日ほど前に、更新前のお知らせメールが届きます（初期設定はオフです）。',
                         'en': 'For reference, if you keep Prime: switch on 「{label}」 on the Prime '
                               'membership page (the wording may differ slightly), and a reminder '
                               'mail comes about {days} days before the automatic renewal (it is '
                               'off by default).'},
 'notes_title': {'ja': '注意', 'en': 'Notes'},
 'ending_title': {'ja': '最後の注意', 'en': 'Final notes'},
 'membership_page': {'ja': '「Amazonプライム会員情報」のページ', 'en': 'Prime membership page'},
 'finished': {'ja': '案内は以上です。', 'en': 'That is the end of the walkthrough.'},
 'quit': {'ja': '案内を中断しました。手順全体は `primehelp cancel{options} --no-interactive` で表示できます。',
          'en': 'Walkthrough stopped. To see all the steps, run `primehelp cancel{options} '
                '--no-interactive`.'},
 'keeps_billing_title': {'ja': 'プライムを解約しても請求が続くもの', 'en': 'What keeps billing after Prime ends'},
 'clear_saved_date': {'ja': '解約が完了したこと（会員資格が終了する日付の表示）を確認したら、保存した更新日と毎日の確認を削除してください：`primehelp '
                            'profile --clear` と `primehelp remind '
                            'uninstall`（毎日の確認を設定していない場合は、`primehelp profile --clear` だけで済みます）。',
                      'en': 'Once the Prime membership page shows the date your membership ends '
                            '(the cancellation is done), delete the saved renewal date and the '
                            'daily check: `primehelp profile --clear` and `primehelp remind '
                            'uninstall` (if you never set up the daily check, `primehelp profile '
                            '--clear` alone is enough).'},
 'saved_student_typed_date': {'ja': '保存したプランはPrime Studentです。Prime Studentの場合は `--student` '
                                    'を付けてください。',
                              'en': 'The saved plan is Prime Student. For Prime Student, add '
                                    '`--student`.'},
 'keeps_billing_hint': {'ja': '料金とほかの定額サービスは `primehelp subscriptions` で確認できます。',
                        'en': "Their prices and Amazon's other subscriptions: `primehelp "
                              'subscriptions`.'},
 'profile_student_not_regular': {'ja': '保存した日付の{date}はPrime '
                                       'Studentの無料体験の自動更新日のため、通常のプライムの無料体験の自動更新日としては使っていません。無料体験の自動更新日は、「Amazonプライム会員情報」のページで確認し、`--renewal` '
                                       'で指定してください。',
                                 'en': "The saved date, {date}, is a Prime Student free trial's "
                                       'automatic renewal, so it is not used for a regular Prime '
                                       "free trial. Check the trial's automatic renewal date on "
                                       'the Prime membership page and give it with `--renewal`.'},
 'profile_regular_not_student': {'ja': '保存した日付の{date}は通常のプライムの無料体験の自動更新日のため、Prime '
                                       'Studentの無料体験の自動更新日としては使っていません。無料体験の自動更新日は、「Amazonプライム会員情報」のページで確認し、`--renewal` '
                                       'で指定してください。',
                                 'en': "The saved date, {date}, is a regular Prime free trial's "
                                       'automatic renewal, so it is not used for a Prime Student '
                                       "free trial. Check the trial's automatic renewal date on "
                                       'the Prime membership page and give it with `--renewal`.'},
 'profile_trial_passed_answered': {'ja': '保存した自動更新日（{date}、目安）は過ぎています。「Amazonプライム会員情報」のページで無料体験中と表示されていれば、以下の手順で費用はかかりません。有料会員に更新されていれば、b '
                                         'で戻って「いいえ、有料会員です」を選んでください。',
                                   'en': 'The saved automatic renewal date ({date}, an estimate) '
                                         'has passed. If the Prime membership page shows that you '
                                         'are in the free trial, the steps below cost nothing. If '
                                         'it has renewed as a paid membership, press b and choose '
                                         '"No, paid membership".'},
 'profile_trial_passed_given': {'ja': '保存した自動更新日（{date}、目安）は過ぎています。「Amazonプライム会員情報」のページで無料体験中と表示されていれば、以下の手順で費用はかかりません。有料会員に更新されていれば、`--trial` '
                                      'の代わりに `--paid` を付けて実行し直してください。',
                                'en': 'The saved automatic renewal date ({date}, an estimate) has '
                                      'passed. If the Prime membership page shows that you are in '
                                      'the free trial, the steps below cost nothing. If it has '
                                      'renewed as a paid membership, run the command again with '
                                      '`--paid` instead of `--trial`.'},
 'renewal_from_profile_saved_named': {'ja': 'この更新日は `--save` '
                                            'で保存した日付です。正確な更新日は、「Amazonプライム会員情報」のページで確認できます。',
                                      'en': 'This renewal date is the one saved with `--save`; the '
                                            'Prime membership page shows the exact date.'},
 'renewal_from_profile_trial_saved_named': {'ja': 'この自動更新日は `--save` '
                                                  'で保存した日付です。正確な自動更新日は、「Amazonプライム会員情報」のページで確認できます。',
                                            'en': 'This automatic renewal date is the one saved '
                                                  'with `--save`; the Prime membership page shows '
                                                  'the exact date.'},
 'renewal_from_profile_trial_end_said': {'ja': '正確な更新日は、「Amazonプライム会員情報」のページで確認できます。',
                                         'en': 'The Prime membership page shows the exact renewal '
                                               'date.'},
 'saved_paid_shown': {'ja': '保存したプラン（{plan}）をもとに、有料会員・{kind}の場合を表示しています（無料体験中の場合は `--trial` '
                            'で変更できます）。',
                      'en': 'From your saved plan ({plan}), this is for a paid membership, {kind} '
                            '(if you are in a free trial, change it with `--trial`).'},
 'walk_saved_paid': {'ja': '保存したプラン（{plan}）をもとに、有料会員の場合の手順を案内します。無料体験中の場合は、`primehelp cancel '
                           '--trial` を実行してください。',
                     'en': 'From your saved plan ({plan}), this is for a paid membership. If you '
                           'are in a free trial, run `primehelp cancel --trial` instead.'}}
