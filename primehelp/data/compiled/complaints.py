"""Generated from primehelp/data/complaints.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'membership': {'ja': '詳細は以下のとおりです。\n'
                      '・会員プラン：{plan}\n'
                      '・更新日：{renewal_date}\n'
                      '・請求金額：{amount}\n'
                      '・{benefits}',
                'en': 'The details are as follows:\n'
                      '- Plan: {plan}\n'
                      '- Renewal date: {renewal_date}\n'
                      '- Amount charged: {amount}\n'
                      '- {benefits}'},
 'topics': {'renewal': {'name': {'ja': '自動更新で請求された場合',
                                 'en': 'if an automatic renewal you did not intend was charged'},
                        'words': ['更新', '自動更新'],
                        'ja': 'お世話になっております。\n'
                              'プライム会員の自動更新について、ご相談させてください。\n'
                              '\n'
                              'プライム会員資格が自動で更新されることに気づかないまま、会費が請求されていました。更新するつもりはありませんでした。\n'
                              '\n'
                              '{membership}\n'
                              '\n'
                              'つきましては、今回請求された会費の返金が可能かどうか、ご確認いただけますか。今後は会員を続けるつもりはありませんので、解約の手続きについてもあわせてご案内いただけますと幸いです。\n'
                              '\n'
                              'お手数をおかけしますが、どうぞよろしくお願いいたします。',
                        'en': 'Hello,\n'
                              '\n'
                              'I would like to ask about the automatic renewal of my Prime '
                              'membership.\n'
                              '\n'
                              'My membership renewed automatically and the fee was charged before '
                              'I realised that it would renew. I did not intend to renew it.\n'
                              '\n'
                              '{membership}\n'
                              '\n'
                              'Could you please check whether a refund of this fee is possible? I '
                              'do not intend to continue the membership, so I would also be '
                              'grateful for guidance on how to cancel it.\n'
                              '\n'
                              'Thank you for your help.'},
            'refund': {'name': {'ja': '返金を問い合わせる場合', 'en': 'if you want to ask about a refund'},
                       'words': ['返金', '払い戻し'],
                       'ja': 'お世話になっております。\n'
                             'プライム会員の会費の返金について、お尋ねしたいことがあります。\n'
                             '\n'
                             '{membership}\n'
                             '\n'
                             'プライム会員を解約した場合に、この会費の返金が可能かどうか、また可能な場合はどのくらいの金額になるかを教えていただけますか。\n'
                             '\n'
                             'お手数をおかけしますが、どうぞよろしくお願いいたします。',
                       'en': 'Hello,\n'
                             '\n'
                             'I would like to ask about a refund of my Prime membership fee.\n'
                             '\n'
                             '{membership}\n'
                             '\n'
                             'If I cancel my Prime membership, could you tell me whether a refund '
                             'of this fee is possible and, if so, how much it would be?\n'
                             '\n'
                             'Thank you for your help.'},
            'cancel': {'name': {'ja': '解約が済んでいない場合',
                                'en': 'if you could not cancel, or the cancellation did not go '
                                      'through'},
                       'words': ['解約', 'キャンセル', '退会'],
                       'ja': 'お世話になっております。\n'
                             'プライム会員の解約について、ご相談させてください。\n'
                             '\n'
                             '解約を希望していますが、まだ解約が完了していないようです。\n'
                             '\n'
                             '{membership}\n'
                             '\n'
                             'お手数ですが、私のアカウントの解約状況をご確認いただき、まだ解約できていない場合は、解約を完了する方法を教えていただけますか。また、解約の手続き後に会費が請求されている場合は、その会費の返金が可能かどうかもあわせて教えていただけますと幸いです。\n'
                             '\n'
                             'どうぞよろしくお願いいたします。',
                       'en': 'Hello,\n'
                             '\n'
                             'I would like to ask about cancelling my Prime membership.\n'
                             '\n'
                             'I would like to cancel it, but my membership does not seem to have '
                             'been cancelled yet.\n'
                             '\n'
                             '{membership}\n'
                             '\n'
                             'Could you please check the status of my membership and, if it has '
                             'not been cancelled yet, tell me how to complete the cancellation? If '
                             'a fee was charged after a cancellation was requested, I would also '
                             'like to know whether a refund of that fee is possible.\n'
                             '\n'
                             'Thank you for your help.'},
            'other': {'name': {'ja': 'その他の相談', 'en': 'any other question'},
                      'words': ['その他'],
                      'ja': 'お世話になっております。\n'
                            'プライム会員について、ご相談させてください。\n'
                            '\n'
                            '{question}\n'
                            '\n'
                            '{membership}\n'
                            '\n'
                            '上記の件について、ご確認のうえご回答いただけますか。\n'
                            '\n'
                            'お手数をおかけしますが、どうぞよろしくお願いいたします。',
                      'en': 'Hello,\n'
                            '\n'
                            'I would like to ask about my Prime membership.\n'
                            '\n'
                            '{question}\n'
                            '\n'
                            '{membership}\n'
                            '\n'
                            'Could you please look into the above and let me know?\n'
                            '\n'
                            'Thank you for your help.'}},
 'plans': {'annual': {'ja': '年間プラン', 'en': 'Annual plan'},
           'monthly': {'ja': '月間プラン', 'en': 'Monthly plan'},
           'student-annual': {'ja': 'Prime Student 年間プラン', 'en': 'Prime Student annual plan'},
           'student-monthly': {'ja': 'Prime Student 月間プラン', 'en': 'Prime Student monthly plan'}},
 'benefits': {'unused': {'ja': '前回の支払い以降に、プライムの特典は利用していません。',
                         'en': 'I have not used any Prime benefits since the last charge.'},
              'used': {'ja': '前回の支払い以降に、プライムの特典を利用しました。',
                       'en': 'I have used Prime benefits since the last charge.'}},
 'amount': {'ja': '{amount:,}円', 'en': '¥{amount:,}'},
 'renewal_date': {'ja': '{year}年{month}月{day}日', 'en': '{iso}'},
 'placeholders': {'plan': {'ja': '［プラン（例：年間プラン）］', 'en': '[plan, e.g. Annual plan]'},
                  'renewal_date': {'ja': '［更新日］', 'en': '[renewal date]'},
                  'amount': {'ja': '［請求金額］', 'en': '[amount charged]'},
                  'benefits_used': {'ja': '［前回の支払い以降に特典を利用したかどうか］',
                                    'en': '[whether you have used any Prime benefits since the '
                                          'last charge]'},
                  'question': {'ja': '［ご相談の内容］', 'en': '[what you would like to ask]'}},
 'keep': [{'id': 'complaint.keep.screenshot',
           'ja': '解約の手続きをしたら、会員資格が終了する日が表示された最後の画面のスクリーンショットを保存しておいてください。',
           'en': 'When you cancel, keep a screenshot of the final screen, the one that states the '
                 'date your membership ends.',
           'confidence': 'M',
           'checked': datetime.date(2026, 12, 2),
           'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                       'https://shironeko-al-blog.com/?p=661',
                       'https://yomlog.xyz/amazon-prime-itumade/']}]}
