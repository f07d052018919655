"""Generated from primehelp/data/reminder.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'mail': {'id': 'reminder.mail',
          'days_before': 3,
          'ja': '更新前のお知らせメールは、更新日の3日ほど前に届きます。ただし、初期設定はオフになっていて、自分でオンにした場合だけ届きます。',
          'en': 'The renewal reminder e-mail arrives about 3 days before the renewal date, but it '
                'is off by default: it comes only if you switched it on.',
          'confidence': 'M-H',
          'checked': datetime.date(2026, 12, 2),
          'sources': ['https://hashi-mori.com/2018/12/blog-post181.html',
                      'https://ama-fan.com/prime/update/',
                      'https://sbapp.net/?p=178551 (2026-01)']},
 'switch_on': {'id': 'reminder.switch_on',
               'label_ja': '更新前にお知らせを受ける',
               'ja': 'オンにするには、「Amazonプライム会員情報」のページで「更新前にお知らせを受ける」を選びます。表示は「更新前にお知らせを受け取る」や「更新通知を受け取る」など、少し異なる場合があります。',
               'en': 'To switch it on, choose 「更新前にお知らせを受ける」 (notify me before renewal) on the '
                     '「Amazonプライム会員情報」 (Prime membership) page; the wording may differ slightly, '
                     'e.g. 「更新前にお知らせを受け取る」 or 「更新通知を受け取る」.',
               'confidence': 'M',
               'checked': datetime.date(2026, 12, 2),
               'sources': ['https://hashi-mori.com/2018/12/blog-post181.html',
                           'https://ama-fan.com/prime/update/']},
 'prime_page': {'id': 'reminder.prime_page',
                'url': 'https://www.amazon.co.jp/gp/primecentral',
                'ja': '「Amazonプライム会員情報」のページです。',
                'en': 'The 「Amazonプライム会員情報」 (Prime membership) page.',
                'confidence': 'M',
                'checked': datetime.date(2026, 12, 2),
                'sources': ['https://www.amazon.co.jp/gp/primecentral']},
 'scam': {'id': 'reminder.scam',
          'alone': {'ja': 'Amazonの更新前のお知らせメールを装った詐欺メールがあります。たとえば、「Primeの定期更新についてのお知らせ」という件名で、リンクの付いたメールです。本物のお知らせメールが、リンク先でカード情報の入力を求めることはありません。',
                    'en': "Scam mails imitate Amazon's reminder before renewal (e.g. "
                          '「Primeの定期更新についてのお知らせ」 with a link); the real one never asks you to '
                          'enter card details through a link.'},
          'ja': 'このお知らせメールを装った詐欺メールがあります。たとえば、「Primeの定期更新についてのお知らせ」という件名で、リンクの付いたメールです。本物のお知らせメールが、リンク先でカード情報の入力を求めることはありません。',
          'en': 'Scam mails imitate this reminder (e.g. 「Primeの定期更新についてのお知らせ」 with a link); the '
                'real one never asks you to enter card details through a link.',
          'confidence': 'H',
          'checked': datetime.date(2026, 12, 2),
          'sources': ['https://hashi-mori.com/2018/12/blog-post181.html',
                      'https://ama-fan.com/prime/update/',
                      'https://sbapp.net/?p=178551 (2026-01)']},
 'action': {'how_command': {'ja': '。解約の手順は `{command}` で確認できます', 'en': ': `{command}`'},
            'how_steps': {'ja': '（手順は以下のとおりです）', 'en': ': the steps follow'},
            'estimate': {'ja': '（計算による目安）', 'en': ' (an estimate)'},
            'estimate_inner': {'ja': '、目安', 'en': ', an estimate'},
            'trial_estimate': {'ja': '（目安）', 'en': ' (estimate)'},
            'trial_estimate_inner': {'ja': '、目安', 'en': ', an estimate'},
            'how_paid_renewal': {'ja': '。手順は `{command}` で確認できます', 'en': ': `{command}`'},
            'paid_command': {'ja': '。解約の手順は `{command}` で確認できます', 'en': 'follow `{command}`'},
            'paid_steps': {'ja': '以下の手順で', 'en': 'follow the steps below'},
            'in_days': {'ja': 'あと{n}日', 'en': 'in {n} days'},
            'tomorrow': {'ja': '明日', 'en': 'tomorrow'},
            'yesterday': {'ja': '昨日', 'en': 'yesterday'},
            'days_ago': {'ja': '{n}日前', 'en': '{n} days ago'},
            'cancel_by': {'ja': '自動更新を止めるには、{cancel_by}（{when}）までに解約してください{how}。更新日は{renewal}です{estimate}。',
                          'en': 'To stop the automatic renewal, cancel by {cancel_by} '
                                '({when}){how}. The renewal date is {renewal}{estimate}.'},
            'cancel_today': {'ja': '更新日は明日（{renewal}）です{estimate}。自動更新を止めるには、今日中に解約してください{how}。',
                             'en': 'The renewal is tomorrow, {renewal}{estimate}. To stop the '
                                   'automatic renewal, cancel today{how}.'},
            'today': {'ja': '今日が更新日（会費の請求日）です{estimate}。会費がすでに請求されている可能性があります。解約する場合は、会員資格を今すぐ終了するほうを選んでください。請求されていれば、その後まだ特典を使っていないので、Amazonのヘルプページによると会費は全額返金されます{how}。',
                      'en': 'Today is the renewal day (the day the fee is '
                            'charged{estimate_inner}). The fee may already have been charged. If '
                            'you do not want to keep the membership, cancel and choose to end it '
                            'now{how}. If the fee was charged, no benefit has been used since, so '
                            "according to Amazon's help page it is refunded in full."},
            'past': {'ja': '{renewal}（{ago}）に更新されていれば、会費はすでに請求されています。解約する場合は、会員資格を今すぐ終了するほうを選んでください。請求の後に特典を使っていないため、会費は全額返金されます{how}。',
                     'en': 'If the membership renewed on {renewal} ({ago}), the fee has been '
                           'charged. If you do not want to keep it, cancel and choose to end it '
                           'now{how}. As no benefit has been used since the charge, the fee is '
                           'refunded in full.'},
            'ago_note': {'ja': '（{ago}）', 'en': ' ({ago})'},
            'trial_ago_note': {'ja': '（{ago}{trial_estimate_inner}）',
                               'en': ' ({ago}{trial_estimate_inner})'},
            'past_unknown': {'ja': '更新日の{renewal}{ago_note}は過ぎています。次の更新日は「Amazonプライム会員情報」のページで確認できます。{annual_soon}{hint}',
                             'en': 'The renewal date, {renewal}{ago_note}, has passed. The Prime '
                                   'membership page shows the next one.{annual_soon}{hint}'},
            'annual_soon': {'ja': '年間プランなら、次の更新日は{next}（{when}、計算による目安）、解約の目安日は{last}です。',
                            'en': ' On the annual plan, the next renewal is {next} ({when}, an '
                                  'estimate) and the cancel-by date is {last}.'},
            'annual_soon_today': {'ja': '今日（{last}）', 'en': 'today ({last})'},
            'trial_past_unknown_dated': {'ja': '解約していなければ、{renewal}{ago_note}に無料体験が終わり、有料会員に自動で更新されています。解約する場合は、終了のタイミングを選んでください{how}。',
                                         'en': 'Unless you cancelled, the free trial ended on '
                                               '{renewal}{ago_note} and the membership renewed as '
                                               'paid. If you do not want to keep it, cancel and '
                                               'choose when it ends{how}.'},
            'next_period_any_student': {'ja': '（Prime '
                                              'Studentの年間プランなら{annual_next}、月間プランなら{monthly_next}。計算による目安）',
                                        'en': ' ({annual_next} on the Prime Student annual plan, '
                                              '{monthly_next} on the monthly plan; estimates)'},
            'trial_past_unknown': {'ja': '解約していなければ、{renewal}{ago_note}に無料体験が終わり、有料会員に自動で更新されています。次の更新日は、「Amazonプライム会員情報」のページで確認できます。次の会費がかからないようにするには、余裕をみて、次の更新日の前日までに解約してください{how}。前回の支払い以降に特典を一度も使っていなければ、今すぐ終了すると、現在の期間の会費が全額返金されます。',
                                   'en': 'Unless you cancelled, the free trial ended on '
                                         '{renewal}{ago_note} and the membership renewed as paid. '
                                         'The Prime membership page shows the next renewal date. '
                                         'To avoid the next fee, cancel by the day before it, to '
                                         'leave a margin{how}. If no benefit has been used since '
                                         'the last charge, ending the membership now refunds the '
                                         "current period's fee in full."},
            'trial_steps_past_unknown': {'ja': '解約していなければ、{renewal}{ago_note}に無料体験が終わり、有料会員に自動で更新されています。次の更新日は、「Amazonプライム会員情報」のページで確認できます。次の会費がかからないようにするには、余裕をみて、その前日までに解約してください{how}。',
                                         'en': 'Unless you cancelled, the free trial ended on '
                                               '{renewal}{ago_note} and the membership renewed as '
                                               'paid. The Prime membership page shows the next '
                                               'renewal date. To avoid the next fee, cancel by the '
                                               'day before it, to leave a margin{how}.'},
            'hint_plan': {'ja': '次の更新日からの一覧は、`--plan` を付けると表示できます（例：`--plan annual`）。',
                          'en': ' To list the renewals from the next one, add `--plan` (e.g. '
                                '`--plan annual`).'},
            'steps_past_unknown': {'ja': '更新日の{renewal}{ago_note}は過ぎています。更新されていれば、会費はすでに請求されています。次の更新日は「Amazonプライム会員情報」のページで確認できます。次の会費がかからないようにするには、余裕をみて、その前日までに解約してください{how}。',
                                   'en': 'The renewal date, {renewal}{ago_note}, has passed. If '
                                         'the membership renewed then, the fee has been charged. '
                                         'The Prime membership page shows the next renewal date. '
                                         'To avoid the next fee, cancel by the day before it, to '
                                         'leave a margin{how}.'},
            'then_end_now': {'ja': '{charged}（{ago}{charged_estimate}）に更新されていれば、会費はすでに請求されています。次の更新日（{renewal}）に終了すると、すでに請求された会費は返金されませんが、特典はその日まで使え、それ以降の会費はかかりません。今すぐ終了すると、特典はすぐに使えなくなります。その場合の返金は次のとおりです。',
                             'en': 'If the membership renewed on {charged} '
                                   '({ago}{charged_estimate}), the fee has been charged. Ending on '
                                   'the next renewal date ({renewal}) refunds nothing of the fee '
                                   'already charged, but the benefits last until then and nothing '
                                   'more is charged. Ending now stops the benefits at once; what '
                                   'is refunded then is as follows.'},
            'trial_then_end_now': {'ja': '解約していなければ、{charged}（{ago}{charged_estimate}）に無料体験が終わり、有料会員に自動で更新されて会費が請求されているはずです。{trial_check}次の更新日（{renewal}）に終了すると、すでに請求された会費は返金されませんが、特典はその日まで使え、それ以降の会費はかかりません。今すぐ終了すると、特典はすぐに使えなくなります。その場合の返金は次のとおりです。',
                                   'en': 'Unless you cancelled, the free trial should have ended '
                                         'on {charged} ({ago}{charged_estimate}) and the '
                                         'membership renewed as paid, with the fee charged. '
                                         '{trial_check}Ending on the next renewal date ({renewal}) '
                                         'refunds nothing of the fee already charged, but the '
                                         'benefits last until then and nothing more is charged. '
                                         'Ending now stops the benefits at once; what is refunded '
                                         'then is as follows.'},
            'trial_check': {'ja': '日付は目安なので、「Amazonプライム会員情報」のページで確認してください。',
                            'en': 'The date is an estimate: check it on the Prime membership '
                                  'page. '},
            'trial_check_running': {'ja': '日付は目安なので、「Amazonプライム会員情報」のページで確認してください。ページにまだ無料体験中と表示されている場合は、`primehelp '
                                          'cancel --trial{student}` の手順で解約してください。',
                                    'en': 'The date is an estimate: check it on the Prime '
                                          'membership page. If the page still shows the free '
                                          'trial, cancel with the steps of `primehelp cancel '
                                          '--trial{student}`. '},
            'cancel_by_next': {'ja': '次の自動更新を止めるには、{cancel_by}（{when}）までに解約してください{how}。次の更新日は{renewal}です{estimate}。',
                               'en': 'To stop the next automatic renewal, cancel by {cancel_by} '
                                     '({when}){how}. The next renewal date is '
                                     '{renewal}{estimate}.'},
            'cancel_today_next': {'ja': '次の更新日は明日（{renewal}）です{estimate}。次の自動更新を止めるには、今日中に解約してください{how}。',
                                  'en': 'The next renewal is tomorrow, {renewal}{estimate}. To '
                                        'stop it, cancel today{how}.'},
            'trial_cancel_by': {'ja': '費用をかけずに無料体験を終えるには、{cancel_by}（{when}）までに解約してください{how}。{renewal}{trial_estimate}に有料会員へ自動で更新されます。',
                                'en': 'To end the free trial free of charge, cancel by {cancel_by} '
                                      '({when}){how}. It turns into a paid membership on '
                                      '{renewal}{trial_estimate}.'},
            'trial_cancel_today': {'ja': '費用をかけずに無料体験を終えるには、今日中に解約してください{how}。明日（{renewal}{trial_estimate_inner}）に有料会員へ自動で更新されます。',
                                   'en': 'To end the free trial free of charge, cancel today{how}. '
                                         'It turns into a paid membership tomorrow, '
                                         '{renewal}{trial_estimate}.'},
            'trial_today': {'ja': '今日は有料会員への自動更新日{trial_estimate}です。会費がすでに請求されている可能性があります。請求されたかどうかは「Amazonプライム会員情報」のページで確認してください。解約する場合は、{paid_how}終了のタイミングを選んでください{paid_after}。',
                            'en': 'Today is the day the free trial renews automatically as '
                                  'paid{trial_estimate}. The fee may already have been charged: '
                                  'the Prime membership page shows whether it has. If you do not '
                                  'want to keep the membership, {paid_how} and choose when it '
                                  'ends.'},
            'today_choose': {'ja': '今日が更新日（会費の請求日）です{estimate}。会費がすでに請求されている可能性があります。解約する場合は、終了のタイミングを選んでください{how}。',
                             'en': 'Today is the renewal day (the day the fee is '
                                   'charged{estimate_inner}). The fee may already have been '
                                   'charged. If you do not want to keep the membership, cancel and '
                                   'choose when it ends{how}.'},
            'past_choose': {'ja': '{renewal}（{ago}）に更新されていれば、会費はすでに請求されています。解約する場合は、終了のタイミングを選んでください{how}。',
                            'en': 'If the membership renewed on {renewal} ({ago}), the fee has '
                                  'been charged. If you do not want to keep it, cancel and choose '
                                  'when it ends{how}.'},
            'trial_past_choose': {'ja': '解約していなければ、{renewal}（{ago}{trial_estimate_inner}）に無料体験が終わり、有料会員に自動で更新されて会費が請求されているはずです。{trial_check}有料会員になっている場合は、解約するときに終了のタイミングを選んでください{paid_how_renewal}。',
                                  'en': 'Unless you cancelled, the free trial should have ended on '
                                        '{renewal} ({ago}{trial_estimate_inner}) and the '
                                        'membership renewed as paid, with the fee charged. '
                                        '{trial_check}If you are a paid member now and do not want '
                                        'to keep it, cancel and choose when it '
                                        'ends{paid_how_renewal}.'},
            'how_carrier': {'ja': '（どこで解約するかは以下のとおりです）',
                            'en': ': where to cancel is explained below'},
            'carrier_cancel_by': {'ja': '携帯電話会社の料金プランとセットになったプライムの場合、いつまでに解約すれば次の料金がかからないかは、携帯電話会社の決まりによります。ご契約の携帯電話会社で確認してください。キャンペーンで付いたプライムなら、{cancel_by}（{when}）までに「Amazonプライム会員情報」のページで解約してください（更新日は{renewal}です）。',
                                  'en': "For Prime that is part of a mobile carrier's plan, when "
                                        "to cancel to avoid the next charge is the carrier's rule: "
                                        'check with your carrier. For Prime from a carrier '
                                        'campaign, cancel on the Prime membership page by '
                                        '{cancel_by} ({when}); the renewal date is {renewal}.'},
            'carrier_cancel_today': {'ja': '携帯電話会社の料金プランとセットになったプライムの場合、いつまでに解約すれば次の料金がかからないかは、携帯電話会社の決まりによります。ご契約の携帯電話会社で確認してください。キャンペーンで付いたプライムなら、更新日は明日（{renewal}）なので、今日中に「Amazonプライム会員情報」のページで解約してください。',
                                     'en': "For Prime that is part of a mobile carrier's plan, "
                                           'when to cancel to avoid the next charge is the '
                                           "carrier's rule: check with your carrier. For Prime "
                                           'from a carrier campaign, the renewal is tomorrow, '
                                           '{renewal}: cancel on the Prime membership page today.'},
            'carrier_today': {'ja': '今日が更新日です。プライムを続けない場合は、解約してください{how}。返金については、携帯電話会社の料金プランの場合はご契約の携帯電話会社にお問い合わせください。',
                              'en': 'Today is the renewal day. If you do not want to keep Prime, '
                                    "cancel{how}. For a refund for Prime in a carrier's plan, ask "
                                    'your carrier.'},
            'carrier_past': {'ja': '更新日の{renewal}（{ago}）は過ぎています。プライムを続けない場合は、解約してください{how}。返金については、携帯電話会社の料金プランの場合はご契約の携帯電話会社にお問い合わせください。',
                             'en': 'The renewal date, {renewal} ({ago}), has passed. If you do not '
                                   'want to keep Prime, cancel{how}. For a refund for Prime in a '
                                   "carrier's plan, ask your carrier."},
            'carrier_past_unknown': {'ja': '更新日の{renewal}{ago_note}は過ぎています。次の更新日は「Amazonプライム会員情報」のページで確認できます。プライムを続けない場合は、余裕をみて、その前日までに解約してください{how}。返金については、携帯電話会社の料金プランの場合はご契約の携帯電話会社にお問い合わせください。',
                                     'en': 'The renewal date, {renewal}{ago_note}, has passed. The '
                                           'Prime membership page shows the next renewal date. If '
                                           'you do not want to keep Prime, cancel by the day '
                                           'before it, to leave a margin{how}. For a refund for '
                                           "Prime in a carrier's plan, ask your carrier."},
            'choices': {'ja': '次の更新日{next_period_past}に終了すると、すでに請求された会費は返金されませんが、特典はその日まで使え、それ以降の会費はかかりません。今すぐ終了すると、特典はすぐに使えなくなります。その場合の返金は次のとおりです。',
                        'en': 'Ending on the next renewal date{next_period_past} refunds nothing '
                              'of the fee already charged, but the benefits last until then and '
                              'nothing more is charged. Ending now stops the benefits at once; '
                              'what is refunded then is as follows.'},
            'choices_today': {'ja': '次の更新日{next_period}に終了すると、今回の会費は返金されませんが、特典はその日まで使え、それ以降の会費はかかりません。今すぐ終了すると、特典はすぐに使えなくなります。その場合の返金は次のとおりです。',
                              'en': 'Ending on the next renewal date{next_period} refunds nothing '
                                    'of this fee, but the benefits last until then and nothing '
                                    'more is charged. Ending now stops the benefits at once; what '
                                    'is refunded then is as follows.'},
            'trial_choices_today': {'ja': 'すでに請求されている場合は、次の更新日{next_period}に終了すると、今回の会費は返金されませんが、特典はその日まで使え、それ以降の会費はかかりません。今すぐ終了すると、特典はすぐに使えなくなります。その場合の返金は次のとおりです。',
                                    'en': 'If it has been charged, ending on the next renewal '
                                          'date{next_period} refunds nothing of this fee, but the '
                                          'benefits last until then and nothing more is charged. '
                                          'Ending now stops the benefits at once; what is refunded '
                                          'then is as follows.'},
            'next_period_any': {'ja': '（年間プランなら{annual_next}、月間プランなら{monthly_next}。計算による目安）',
                                'en': ' ({annual_next} on the annual plan, {monthly_next} on the '
                                      'monthly plan; estimates)'},
            'next_period_12': {'ja': '（{annual_next}、計算による目安）',
                               'en': ' ({annual_next}, an estimate)'},
            'next_period_1': {'ja': '（{monthly_next}、計算による目安）',
                              'en': ' ({monthly_next}, an estimate)'},
            'trial_past': {'ja': '解約していなければ、{renewal}（{ago}{trial_estimate_inner}）に無料体験が終わり、有料会員に自動で更新されて会費が請求されているはずです。{trial_check}解約する場合は、会員資格を今すぐ終了するほうを選んでください。請求の後に特典を使っていないため、会費は全額返金されます{how}。',
                           'en': 'Unless you cancelled, the free trial should have ended on '
                                 '{renewal} ({ago}{trial_estimate_inner}) and the membership '
                                 'renewed as paid, with the fee charged. {trial_check}If you do '
                                 'not want to keep it, cancel and choose to end it now{how}. As no '
                                 'benefit has been used since the charge, the fee is refunded in '
                                 'full.'},
            'find_date': {'ja': '次の会費がかからないようにするには、解約の目安日（更新日の前日）までに解約してください{how}。Amazonが示しているのは更新日より前という期限だけなので、余裕をみて前日としています。更新日は「Amazonプライム会員情報」のページに表示されます。更新日を指定すると、残りの日数を表示します。\n'
                                '例：`primehelp cancel{flags} --renewal '
                                '2026-12-31`（日付は「Amazonプライム会員情報」のページに表示される更新日に置き換えてください）。',
                          'en': 'To avoid the next fee, cancel by the cancel-by date (the day '
                                'before your renewal date){how}. Amazon only says the deadline is '
                                'before the renewal date, so primehelp takes the day before, to '
                                'leave a margin. The Prime membership page shows that date; give '
                                'it to see the days left.\n'
                                'For example: `primehelp cancel{flags} --renewal 2026-12-31` '
                                '(replace the date with the renewal date the Prime membership page '
                                'shows)'},
            'walk_find_date': {'ja': '次の会費がかからないようにするには、解約の目安日（更新日の前日）までに解約してください{how}。Amazonが示しているのは更新日より前という期限だけなので、余裕をみて前日としています。更新日は「Amazonプライム会員情報」のページに表示されます。更新日が分かっている場合は、日付を指定すると、残りの日数を表示します。\n'
                                     '例：`primehelp cancel{flags} --renewal '
                                     '2026-12-31`（日付は「Amazonプライム会員情報」のページに表示される更新日に置き換えてください）。',
                               'en': 'To avoid the next fee, cancel by the cancel-by date (the day '
                                     'before your renewal date){how}. Amazon only says the '
                                     'deadline is before the renewal date, so primehelp takes the '
                                     'day before, to leave a margin. The Prime membership page '
                                     'shows that date. If you know it, give it to see the days '
                                     'left.\n'
                                     'For example: `primehelp cancel{flags} --renewal 2026-12-31` '
                                     '(replace the date with the renewal date the Prime membership '
                                     'page shows)'},
            'trial_find_date': {'ja': '費用をかけずに無料体験を終えるには、解約の目安日（自動更新日の前日）までに解約してください{how}。自動更新日（無料体験が終わり、最初の会費が請求される日）は、「Amazonプライム会員情報」のページに表示されます。Amazonが示しているのは自動更新日より前という期限だけなので、余裕をみて前日としています。自動更新日を指定すると、残りの日数を表示します。\n'
                                      '例：`primehelp cancel --trial{flags} --renewal '
                                      '2026-12-31`（日付は「Amazonプライム会員情報」のページに表示される自動更新日に置き換えてください）。',
                                'en': 'To end the free trial free of charge, cancel by the '
                                      'cancel-by date (the day before the automatic renewal '
                                      'date){how}. The automatic renewal date is the day the free '
                                      'trial ends and the first fee is charged; the Prime '
                                      'membership page shows it. Amazon only says the deadline is '
                                      'before that date, so primehelp takes the day before, to '
                                      'leave a margin. Give the date to see the days left.\n'
                                      'For example: `primehelp cancel --trial{flags} --renewal '
                                      '2026-12-31` (replace the date with the automatic renewal '
                                      'date the Prime membership page shows)'},
            'walk_trial_find_date': {'ja': '費用をかけずに無料体験を終えるには、解約の目安日（自動更新日の前日）までに解約してください{how}。自動更新日（無料体験が終わり、最初の会費が請求される日）は、「Amazonプライム会員情報」のページに表示されます。Amazonが示しているのは自動更新日より前という期限だけなので、余裕をみて前日としています。自動更新日が分かっている場合は、日付を指定すると、残りの日数を表示します。\n'
                                           '例：`primehelp cancel --trial{flags} --renewal '
                                           '2026-12-31`（日付は「Amazonプライム会員情報」のページに表示される自動更新日に置き換えてください）。',
                                     'en': 'To end the free trial free of charge, cancel by the '
                                           'cancel-by date (the day before the automatic renewal '
                                           'date){how}. The automatic renewal date is the day the '
                                           'free trial ends and the first fee is charged; the '
                                           'Prime membership page shows it. Amazon only says the '
                                           'deadline is before that date, so primehelp takes the '
                                           'day before, to leave a margin. If you know the date, '
                                           'give it to see the days left.\n'
                                           'For example: `primehelp cancel --trial{flags} '
                                           '--renewal 2026-12-31` (replace the date with the '
                                           'automatic renewal date the Prime membership page '
                                           'shows)'},
            'cancel_by_saved_trial': {'ja': '保存した無料体験の自動更新日（{renewal}）から計算すると、解約の目安日は{cancel_by}（{when}）です。有料会員の更新日はこの日付と違うことがあるため、「Amazonプライム会員情報」のページで確認してください{how}。',
                                      'en': 'Going by the saved free-trial renewal date '
                                            '({renewal}), the cancel-by date is {cancel_by} '
                                            "({when}). A paid membership's renewal date may differ "
                                            'from it: check it on the Prime membership page{how}.'},
            'cancel_today_saved_trial': {'ja': '保存した無料体験の自動更新日（{renewal}）から計算すると、解約の目安日は今日です。有料会員の更新日はこの日付と違うことがあるため、「Amazonプライム会員情報」のページで確認してください{how}。',
                                         'en': 'Going by the saved free-trial renewal date '
                                               '({renewal}), the cancel-by date is today. A paid '
                                               "membership's renewal date may differ from it: "
                                               'check it on the Prime membership page{how}.'},
            'monthly_soon': {'ja': '月間プランなら、次の更新日は{next}（{next_when}、計算による目安）、解約の目安日は{cancel_said}です。一覧は '
                                   '`primehelp renewal {iso} --plan monthly` で確認できます。',
                             'en': 'On the monthly plan, the next renewal is {next} ({next_when}, '
                                   'an estimate) and the cancel-by date is {cancel_said}. To list '
                                   "the monthly plan's renewals: `primehelp renewal {iso} --plan "
                                   'monthly`.'},
            'monthly_soon_today': {'ja': '月間プランなら、今日（{next}、計算による目安）が更新日です。一覧は `primehelp renewal '
                                         '{iso} --plan monthly` で確認できます。',
                                   'en': 'On the monthly plan, today ({next}, an estimate) is the '
                                         "renewal date. To list the monthly plan's renewals: "
                                         '`primehelp renewal {iso} --plan monthly`.'},
            'today_word': {'ja': '今日', 'en': 'today'},
            'hint_plan_monthly': {'ja': '次の更新日からの一覧は、`--plan` を付けると表示できます（例：`--plan monthly`）。',
                                  'en': ' To list the renewals from the next one, add `--plan` '
                                        '(e.g. `--plan monthly`).'},
            'past_unknown_plans': {'ja': '更新日の{renewal}{ago_note}は過ぎています。{plans}正確な日付は「Amazonプライム会員情報」のページで確認できます。{hint}',
                                   'en': 'The renewal date, {renewal}{ago_note}, has passed. '
                                         '{plans} The Prime membership page shows the exact '
                                         'dates.{hint}'},
            'steps_past_unknown_plans': {'ja': '更新日の{renewal}{ago_note}は過ぎています。{plans}正確な日付は「Amazonプライム会員情報」のページで確認できます。次の会費がかからないようにするには、余裕をみて、次の更新日の前日までに解約してください{how}。',
                                         'en': 'The renewal date, {renewal}{ago_note}, has passed. '
                                               '{plans} The Prime membership page shows the exact '
                                               'dates. To avoid the next fee, cancel by the day '
                                               'before the next renewal, to leave a margin{how}.'},
            'how_charged': {'ja': '解約の手順と返金の条件は `{command}` で確認できます。',
                            'en': 'For the steps and the refund rules: `{command}`.'},
            'plan_annual': {'ja': '年間プランなら', 'en': 'On the annual plan'},
            'plan_monthly': {'ja': '月間プランなら', 'en': 'On the monthly plan'},
            'plan_both': {'ja': '年間プランでも月間プランでも', 'en': 'On either plan'},
            'plan_today': {'ja': '{plan}、今日（{charged}、計算による目安）が更新日で、会費が請求されている可能性があります。',
                           'en': '{plan}, today ({charged}, an estimate) is the renewal date, and '
                                 'the fee may have been charged.'},
            'plan_charged': {'ja': '{plan}、{charged}（{ago}、計算による目安）に更新されていて、会費はすでに請求されているはずです。',
                             'en': '{plan}, the membership should have renewed on {charged} '
                                   '({ago}, an estimate), with the fee charged.'},
            'plan_next': {'ja': '{plan}、次の更新日は{next}（{when}、計算による目安）、解約の目安日は{last}です。',
                          'en': '{plan}, the next renewal is {next} ({when}, an estimate) and the '
                                'cancel-by date is {last}.'},
            'plan_day_named': {'ja': '{day}（{date}）', 'en': '{day} ({date})'}}}
