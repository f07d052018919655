"""Generated from primehelp/data/ui_completion.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'install': {'bash': {'ja': 'primehelpのコマンドやオプションをTabキーで補完するには、\n'
                            '~/.bashrcに次の行を加えてください。\n'
                            '加えた後に開いたシェルで、補完が使えるようになります。',
                      'en': "To complete primehelp's commands and options\n"
                            'with the Tab key in bash, add this line to ~/.bashrc.\n'
                            'It works in every new shell.'},
             'zsh': {'ja': 'primehelpのコマンドやオプションをTabキーで補完するには、\n'
                           '~/.zshrcのcompinitを実行する行より後に、\n'
                           '次の行を加えてください。\n'
                           '加えた後に開いたシェルで、補完が使えるようになります。',
                     'en': "To complete primehelp's commands and options\n"
                           'with the Tab key in zsh, add this line to ~/.zshrc,\n'
                           'after the line that runs compinit.\n'
                           'It works in every new shell.'},
             'fish': {'ja': 'primehelpのコマンドやオプションをTabキーで補完するには、\n'
                            '次のコマンドを一度だけ実行してください。\n'
                            'fishが補完用のフォルダーから自動で読み込みます。',
                      'en': "To complete primehelp's commands and options\n"
                            'with the Tab key in fish, run this command once.\n'
                            'fish then loads it from its completions folder itself.'}},
 'command': {'contact': {'ja': '今使える問い合わせ方法と相談先を表示します',
                         'en': 'How to reach Amazon today, and where to turn next'},
             'check-number': {'ja': 'Amazonを名乗る電話番号を調べます',
                              'en': "Check a phone number in Amazon's name"},
             'check-message': {'ja': 'Amazonを名乗るSMSやメールに、危険な兆候がないか調べます',
                               'en': "Look for red flags in an SMS or e-mail in Amazon's name"},
             'sources': {'ja': 'すべての情報の出典・確認日・確度を表示します',
                         'en': "Every fact's source, check date and confidence"},
             'renewal': {'ja': '更新日から、解約の目安日と今後の更新日を計算します',
                         'en': 'The suggested day to cancel by, and the next renewals'},
             'due': {'ja': '今すぐ必要なことがあれば1行で知らせます',
                     'en': 'Say in one line whether the renewal needs a decision now'},
             'remind': {'ja': '毎日 due --notify を実行する設定を作成・削除・表示します',
                        'en': 'Set up, remove or show a daily primehelp due --notify'},
             'trial': {'ja': '無料体験から有料会員への自動更新日と解約の目安日を計算します',
                       'en': 'When a free trial turns paid, and the suggested day to cancel by'},
             'fees': {'ja': '現在の会費、会費の改定履歴、年間プランと月間プランの比較を表示します',
                      'en': 'Prime fees now and before, and annual against monthly'},
             'charge': {'ja': 'カードの明細にあるAmazonの請求が何の料金かを調べます',
                        'en': 'What an Amazon charge on your card can be'},
             'subscriptions': {'ja': 'プライム以外の定額サービスの料金と解約する場所を表示します',
                               'en': 'What else Amazon may bill you for'},
             'profile': {'ja': '保存した更新日とプラン、保存場所を表示します',
                         'en': 'Show the saved renewal date and plan, and where they are saved'},
             'cancel': {'ja': 'プライム会員の解約手順を案内します', 'en': 'How to cancel Prime'},
             'complain': {'ja': '問い合わせ文と、解決しないときの相談先を表示します',
                          'en': "A polite message for Amazon's chat, and where to turn next"},
             'completion': {'ja': 'Tabキーによる補完のスクリプトを表示します',
                            'en': 'Print the Tab-completion script for bash, zsh or fish'}},
 'flag': {'cancel': {'trial': {'ja': '無料体験中', 'en': 'On a free trial'},
                     'paid': {'ja': '有料会員', 'en': 'Paid membership'},
                     'student': {'ja': 'Prime Student', 'en': 'Prime Student'},
                     'regular': {'ja': '通常のプライム', 'en': 'Regular Prime'},
                     'benefits-used': {'ja': '前回の支払い以降に特典を使った',
                                       'en': 'A benefit was used since the last charge'},
                     'no-benefits-used': {'ja': '前回の支払い以降に特典を使っていない',
                                          'en': 'No benefit was used since the last charge'}},
          'complain': {'benefits-used': {'ja': '前回の支払い以降にプライムの特典を使った',
                                         'en': 'You used a Prime benefit since the last charge'},
                       'no-benefits-used': {'ja': '前回の支払い以降にプライムの特典を使っていない',
                                            'en': 'You used no Prime benefit since the last '
                                                  'charge'}}},
 'value': {'complain': {'renewal': {'ja': '自動更新で請求された',
                                    'en': 'Charged by a renewal you did not intend'},
                        'refund': {'ja': '返金', 'en': 'A refund'},
                        'cancel': {'ja': '解約が済んでいない',
                                   'en': 'Could not cancel, or the cancellation did not go '
                                         'through'},
                        'other': {'ja': 'その他', 'en': 'Something else'}}},
 'option_value': {'plan': {'annual': {'ja': '年間プラン', 'en': 'Annual plan'},
                           'monthly': {'ja': '月間プラン', 'en': 'Monthly plan'},
                           'student-annual': {'ja': 'Prime Student 年間プラン',
                                              'en': 'Prime Student annual plan'},
                           'student-monthly': {'ja': 'Prime Student 月間プラン',
                                               'en': 'Prime Student monthly plan'}}}}
