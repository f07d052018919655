"""Generated from primehelp/data/cancel.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'official_help': {'id': 'cancel.official_help',
                   'url': 'https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y',
                   'ja': 'プライム会員の解約についてのAmazon.co.jp公式ヘルプページです。',
                   'en': "Amazon.co.jp's official help page on cancelling Prime.",
                   'confidence': 'M',
                   'checked': datetime.date(2026, 12, 2),
                   'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y']},
 'amazon_words': {'id': 'cancel.amazon_words',
                  'ja': 'Amazonの画面では、解約のことを「キャンセル」や「会員資格を終了」と表示しています。',
                  'en': "Amazon's buttons say 「キャンセル」 (cancel) and 「会員資格を終了」 (end membership): "
                        'both mean cancelling Prime.',
                  'confidence': 'M',
                  'checked': datetime.date(2026, 12, 2),
                  'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                              'https://shironeko-al-blog.com/?p=661',
                              'https://yomlog.xyz/amazon-prime-itumade/']},
 'web_steps': [{'id': 'cancel.web.membership_page',
                'label_ja': 'Amazonプライム会員情報',
                'path_ja': ['アカウント&リスト', 'Amazonプライム会員情報'],
                'ja': 'Amazon.co.jpにサインインし、「アカウント&リスト」から「Amazonプライム会員情報」を開きます。',
                'en': 'Sign in to Amazon.co.jp, open 「アカウント&リスト」 (Account & Lists) and choose '
                      '「Amazonプライム会員情報」 (Prime membership).',
                'confidence': 'M',
                'checked': datetime.date(2026, 12, 2),
                'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                            'https://shironeko-al-blog.com/?p=661',
                            'https://yomlog.xyz/amazon-prime-itumade/'],
                'notes': [{'id': 'cancel.web.membership_page.alt',
                           'ja': 'アカウントサービスの「プライム」からも同じページを開けます。',
                           'en': 'The same page is also reachable from アカウントサービス (Your Account) → '
                                 '「プライム」.',
                           'confidence': 'M',
                           'checked': datetime.date(2026, 12, 2),
                           'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                                       'https://shironeko-al-blog.com/?p=661',
                                       'https://yomlog.xyz/amazon-prime-itumade/']},
                          {'id': 'cancel.web.direct_page',
                           'ja': '解約のページは https://www.amazon.co.jp/mm/pipeline/cancellation '
                                 'から直接開くこともできます（Amazonの解約のヘルプページからもリンクされています）。',
                           'en': 'The cancellation page can also be opened directly: '
                                 'https://www.amazon.co.jp/mm/pipeline/cancellation (linked from '
                                 "Amazon's help page on cancelling).",
                           'confidence': 'M',
                           'checked': datetime.date(2026, 12, 2),
                           'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y']}]},
               {'id': 'cancel.web.update_and_cancel',
                'label_ja': '会員情報を更新し、プライムをキャンセルする',
                'path_ja': ['会員情報を更新し、プライムをキャンセルする'],
                'ja': '次を選びます：「会員情報を更新し、プライムをキャンセルする」',
                'en': 'Choose 「会員情報を更新し、プライムをキャンセルする」 (update membership and cancel Prime).',
                'confidence': 'M',
                'checked': datetime.date(2026, 12, 2),
                'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                            'https://shironeko-al-blog.com/?p=661',
                            'https://yomlog.xyz/amazon-prime-itumade/'],
                'notes': [{'id': 'cancel.web.update_and_cancel.older',
                           'ja': '以前の表示は「会員資格を終了する」でした。',
                           'en': 'Older wording: 「会員資格を終了する」 (end membership).',
                           'confidence': 'M',
                           'checked': datetime.date(2026, 12, 2),
                           'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                                       'https://shironeko-al-blog.com/?p=661',
                                       'https://yomlog.xyz/amazon-prime-itumade/']}]},
               {'id': 'cancel.web.end_membership',
                'label_ja': 'プライム会員資格を終了し、特典の利用を止める',
                'path_ja': ['プライム会員資格を終了し、特典の利用を止める'],
                'ja': '次を選びます：「プライム会員資格を終了し、特典の利用を止める」',
                'en': 'Choose 「プライム会員資格を終了し、特典の利用を止める」 (end Prime membership and stop using the '
                      'benefits).',
                'confidence': 'M',
                'checked': datetime.date(2026, 12, 2),
                'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                            'https://shironeko-al-blog.com/?p=661',
                            'https://yomlog.xyz/amazon-prime-itumade/'],
                'notes': [{'id': 'cancel.web.end_membership.trial_note',
                           'ja': '無料体験中は、このボタンの表示が変わります：「プライム無料体験と特典利用を止める」',
                           'en': 'During a free trial this button reads 「プライム無料体験と特典利用を止める」 (stop '
                                 'the free trial and the benefits).',
                           'confidence': 'M',
                           'checked': datetime.date(2026, 12, 2),
                           'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                                       'https://shironeko-al-blog.com/?p=661',
                                       'https://yomlog.xyz/amazon-prime-itumade/']}],
                'trial': {'id': 'cancel.web.end_trial',
                          'label_ja': 'プライム無料体験と特典利用を止める',
                          'path_ja': ['プライム無料体験と特典利用を止める'],
                          'ja': '無料体験中は、次を選びます：「プライム無料体験と特典利用を止める」',
                          'en': 'During the free trial, choose 「プライム無料体験と特典利用を止める」 (stop the free '
                                'trial and the benefits).',
                          'confidence': 'M',
                          'checked': datetime.date(2026, 12, 2),
                          'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                                      'https://shironeko-al-blog.com/?p=661',
                                      'https://yomlog.xyz/amazon-prime-itumade/']},
                'renewal_day': {'id': 'cancel.web.end_membership_renewal_day',
                                'label_ja': 'プライム会員資格を終了し、特典の利用を止める',
                                'path_ja': ['プライム会員資格を終了し、特典の利用を止める'],
                                'alone': {'ja': '無料体験から有料会員への自動更新日には、次を選びます：「プライム会員資格を終了し、特典の利用を止める」（まだ無料体験中なら「プライム無料体験と特典利用を止める」）',
                                          'en': 'On the day the free trial renews as paid, choose '
                                                '「プライム会員資格を終了し、特典の利用を止める」 (end Prime membership '
                                                'and stop using the benefits); if the free trial '
                                                'is still on, it reads 「プライム無料体験と特典利用を止める」 (stop '
                                                'the free trial and the benefits).'},
                                'ja': '次を選びます：「プライム会員資格を終了し、特典の利用を止める」（まだ無料体験中なら「プライム無料体験と特典利用を止める」）',
                                'en': 'Choose 「プライム会員資格を終了し、特典の利用を止める」 (end Prime membership and '
                                      'stop using the benefits); if the free trial is still on, it '
                                      'reads 「プライム無料体験と特典利用を止める」 (stop the free trial and the '
                                      'benefits).',
                                'confidence': 'M',
                                'checked': datetime.date(2026, 12, 2),
                                'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                                            'https://shironeko-al-blog.com/?p=661',
                                            'https://yomlog.xyz/amazon-prime-itumade/']}},
               {'id': 'cancel.web.retention',
                'label_ja': '特典と会員資格を終了',
                'path_ja': ['特典と会員資格を終了'],
                'ja': '会員を続けるよう勧める画面（引き止めの画面）が、何度か続けて表示されることがあります。表示されるたびに、「特典と会員資格を終了」を選んで先に進みます。',
                'en': 'One or more screens try to keep you as a member. Each time, continue with '
                      '「特典と会員資格を終了」 (end benefits and membership); this may repeat several times.',
                'confidence': 'M',
                'checked': datetime.date(2026, 12, 2),
                'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                            'https://shironeko-al-blog.com/?p=661',
                            'https://yomlog.xyz/amazon-prime-itumade/']},
               {'id': 'cancel.web.timing',
                'label_ja': '',
                'path_ja': [],
                'decision': True,
                'alone': {'ja': '会員資格を終了するタイミングを選びます（違いと返金は `primehelp cancel` に表示されます）。',
                          'en': 'Choose when the membership ends (what each choice means, and any '
                                'refund: `primehelp cancel`).'},
                'ja': '会員資格を終了するタイミングを選びます（違いと返金は下のとおりです）。',
                'en': 'Choose when the membership ends (what each choice means, and any refund, is '
                      'below).',
                'confidence': 'M',
                'checked': datetime.date(2026, 12, 2),
                'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                            'https://shironeko-al-blog.com/?p=661',
                            'https://yomlog.xyz/amazon-prime-itumade/'],
                'trial': {'id': 'cancel.web.timing_trial',
                          'label_ja': '',
                          'path_ja': [],
                          'decision': True,
                          'alone': {'ja': '無料体験の期間が終わるまで使ってから終了するか、今すぐ終了するかを選びます（違いは `primehelp '
                                          'cancel` に表示されます）。',
                                    'en': 'Choose whether to use the free trial until it ends or '
                                          'to end it now (what each choice means: `primehelp '
                                          'cancel`).'},
                          'ja': '無料体験の期間が終わるまで使ってから終了するか、今すぐ終了するかを選びます（違いは下のとおりです）。',
                          'en': 'Choose whether to use the free trial until it ends or to end it '
                                'now (what each choice means is below).',
                          'confidence': 'M',
                          'checked': datetime.date(2026, 12, 2),
                          'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                                      'https://t-1.co.jp/column/2025/11/12/amazon-prime-free-trial-explained']}},
               {'id': 'cancel.web.done',
                'label_ja': '',
                'path_ja': [],
                'ja': '会員資格が終了する日付がページに表示されれば、手続きは完了です。その画面のスクリーンショットを保存しておいてください（後で問い合わせるときの記録になります）。',
                'en': 'You are done when the page states the date on which your membership ends. '
                      'Keep a screenshot of that screen: it is your record if you need to contact '
                      'Amazon later.',
                'confidence': 'M',
                'checked': datetime.date(2026, 12, 2),
                'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                            'https://shironeko-al-blog.com/?p=661',
                            'https://yomlog.xyz/amazon-prime-itumade/'],
                'app': {'id': 'cancel.app.done',
                        'label_ja': '',
                        'path_ja': [],
                        'ja': '会員資格が終了する日付が画面に表示されれば、手続きは完了です。その画面のスクリーンショットを保存しておいてください（後で問い合わせるときの記録になります）。',
                        'en': 'You are done when the screen states the date on which your '
                              'membership ends. Keep a screenshot of that screen: it is your '
                              'record if you need to contact Amazon later.',
                        'confidence': 'M',
                        'checked': datetime.date(2026, 12, 2),
                        'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                                    'https://shironeko-al-blog.com/?p=661',
                                    'https://yomlog.xyz/amazon-prime-itumade/']}}],
 'app': {'continues_at_web_step': 3,
         'steps': [{'id': 'cancel.app.person_icon',
                    'label_ja': '',
                    'path_ja': [],
                    'ja': 'Amazonショッピングアプリを開き、人の形のアイコンをタップします（2025年12月時点の画面です）。',
                    'en': 'Open the Amazon shopping app and tap the person icon (screens as of '
                          'December 2025).',
                    'confidence': 'H',
                    'checked': datetime.date(2026, 12, 2),
                    'sources': ['https://www.uqwimax.jp/mobile/support/faq/pages/pg00003320.html '
                                '(2025-12)']},
                   {'id': 'cancel.app.prime_membership',
                    'label_ja': 'プライムメンバーシップ',
                    'path_ja': ['プライムメンバーシップ'],
                    'ja': '「プライムメンバーシップ」をタップします。',
                    'en': 'Tap 「プライムメンバーシップ」 (Prime membership).',
                    'confidence': 'H',
                    'checked': datetime.date(2026, 12, 2),
                    'sources': ['https://www.uqwimax.jp/mobile/support/faq/pages/pg00003320.html '
                                '(2025-12)']},
                   {'id': 'cancel.app.manage',
                    'label_ja': 'プライム会員情報の管理、キャンセルなど',
                    'path_ja': ['プライム会員情報の管理、キャンセルなど'],
                    'alone': {'ja': 'アプリでは、次をタップします：「プライム会員情報の管理、キャンセルなど」。その後は、画面の表示に従って進みます。',
                              'en': 'In the app, tap 「プライム会員情報の管理、キャンセルなど」 (manage Prime '
                                    'membership, cancel, etc.). From here on, follow the screens.'},
                    'ja': '次をタップします：「プライム会員情報の管理、キャンセルなど」。その後は、画面の表示に従って進みます（以下はウェブサイトで確認されている表示です）。',
                    'en': 'Tap 「プライム会員情報の管理、キャンセルなど」 (manage Prime membership, cancel, etc.). From '
                          'here on, follow the screens (the labels below are the ones confirmed on '
                          'the website).',
                    'confidence': 'H',
                    'checked': datetime.date(2026, 12, 2),
                    'sources': ['https://www.uqwimax.jp/mobile/support/faq/pages/pg00003320.html '
                                '(2025-12)']}]},
 'carrier': {'id': 'cancel.carrier',
             'label_ja': '',
             'path_ja': [],
             'ja': '携帯電話会社のキャンペーンで付いたプライム（docomoの1年分、au・UQのキャンペーン期間など）は、「Amazonプライム会員情報」のページで管理します。そこで解約しないと、期間の終了後は有料のプライムとして更新されます。一方、携帯電話会社の料金プランとセットになったプライムもあります（auの料金プランとセットになったAmazonプライムなど）。どちらか分からないときは、「Amazonプライム会員情報」のページで、どこから請求されているかを確認してください。携帯電話会社の料金プランが表示されていれば、携帯電話会社で解約します。なお、会費を携帯電話の料金と一緒に払うキャリア決済は支払い方法の一つで、セットのプランとは違います。',
             'en': "Prime from a carrier campaign (docomo's bundled year, au/UQ campaign years) is "
                   'managed on the 「Amazonプライム会員情報」 (Prime membership) page and, if not cancelled '
                   "there, renews as paid Prime. There is also Prime that is part of a carrier's "
                   'own plan (such as Amazon Prime that comes with an au plan). If you are not '
                   'sure which you have, check on the 「Amazonプライム会員情報」 (Prime membership) page who '
                   "bills you: if it names the carrier's plan, cancel at the carrier. Paying the "
                   'Prime fee on the phone bill (carrier billing) is a payment method, not a '
                   'bundle.',
             'confidence': 'M',
             'checked': datetime.date(2026, 12, 2),
             'sources': ['https://www.uqwimax.jp/mobile/support/faq/pages/pg00003320.html '
                         '(2025-12)',
                         'https://fukuokashi-ckn.jp/?p=14561',
                         'https://jun-heiwa.com/839.html']},
 'timing': [{'id': 'cancel.timing.renewal_date',
             'timing': 'renewal_date',
             'alone': {'ja': '解約するときに次の更新日に終了するほうを選ぶと、会員資格は次の更新日まで続き、その後の会費はかかりません。',
                       'en': 'If you choose, when cancelling, to end on the next renewal date, the '
                             'membership lasts until then and no further fee is charged.'},
             'ja': '会員資格は次の更新日に終了し、それ以降の会費はかかりません。',
             'en': 'The membership ends on the next renewal date, and no further fee is charged.',
             'confidence': 'M',
             'checked': datetime.date(2026, 12, 2),
             'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                         'https://shironeko-al-blog.com/?p=661',
                         'https://yomlog.xyz/amazon-prime-itumade/']},
            {'id': 'cancel.timing.now',
             'timing': 'now',
             'alone': {'ja': '解約するときに今すぐ終了するほうを選ぶと、会員資格と特典はすぐに終了します。返金がある場合は、確定する前にその金額が画面に表示されます。',
                       'en': 'If you choose, when cancelling, to end it now, the membership and '
                             'its benefits end at once. If there is a refund, its amount is shown '
                             'on the screen before you confirm.'},
             'ja': '会員資格と特典はすぐに終了します。',
             'en': 'The membership and its benefits end at once.',
             'confidence': 'M',
             'checked': datetime.date(2026, 12, 2),
             'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                         'https://shironeko-al-blog.com/?p=661',
                         'https://yomlog.xyz/amazon-prime-itumade/']}],
 'charged_timing': [{'id': 'cancel.timing.next_renewal_date',
                     'timing': 'renewal_date',
                     'alone': {'ja': '会費が請求された後に解約し、次の更新日に終了するほうを選ぶと、会員資格は次の更新日まで続き、その後の会費はかかりません。',
                               'en': 'If you cancel after the fee was charged and choose to end on '
                                     'the next renewal date, the membership lasts until then and '
                                     'no further fee is charged.'},
                     'ja': '会員資格は次の更新日に終了し、それ以降の会費はかかりません。',
                     'en': 'The membership ends on the next renewal date, and no further fee is '
                           'charged.',
                     'confidence': 'M',
                     'checked': datetime.date(2026, 12, 2),
                     'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                                 'https://shironeko-al-blog.com/?p=661',
                                 'https://yomlog.xyz/amazon-prime-itumade/']}],
 'trial_timing': [{'id': 'cancel.timing.trial_now',
                   'timing': 'now',
                   'alone': {'ja': '無料体験中に解約するときは、無料体験の期間が終わるまで使ってから終了するか、今すぐ終了するかを選びます。今すぐ終了するほうを選ぶと、無料体験と特典はすぐに終了します。期間が終わるまで使うほうを選べば、特典は無料体験の期間が終わるまで使えます。',
                             'en': 'When you cancel during the free trial, you choose whether to '
                                   'use the free trial until it ends or to end it now. If you '
                                   'choose to end it now, the free trial and its benefits end at '
                                   'once; if you choose to use it until it ends, the benefits last '
                                   'until the trial ends.'},
                   'ja': '無料体験と特典はすぐに終了します。',
                   'en': 'The free trial and its benefits end at once.',
                   'confidence': 'M',
                   'checked': datetime.date(2026, 12, 2),
                   'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                               'https://shironeko-al-blog.com/?p=661',
                               'https://yomlog.xyz/amazon-prime-itumade/',
                               'https://t-1.co.jp/column/2025/11/12/amazon-prime-free-trial-explained']}],
 'add_ons': {'id': 'cancel.add_ons',
             'ja': 'Prime '
                   'Videoチャンネル（「サブスクリプション」）はプライム会員でないと使えないため、プライムを解約するとチャンネルも止まるとされています。ただし、料金が続いたという報告も1件あるため、解約後に「Prime '
                   'Videoチャンネルの管理」とカードの明細で、チャンネルが止まっているか確認してください。',
             'en': 'Prime Video channels (「サブスクリプション」) need Prime and are reported to stop with '
                   'it. There is one report of continued charges, though: after cancelling, check '
                   'in 「Prime Videoチャンネルの管理」 (manage Prime Video channels) and on your card '
                   'statement that your channels have stopped.',
             'confidence': 'M',
             'checked': datetime.date(2026, 12, 2),
             'sources': ['https://apptopi.jp/2021/10/01/amazon-prime-video-channel/4']},
 'family': {'id': 'cancel.family',
            'ja': '家族会員（同じ住所の2人まで）と共有できるのは、配送特典と先行タイムセールへのアクセスだけです。本会員が解約すると、家族会員もこれらの特典を使えなくなると考えられますが、確認された情報ではありません。',
            'en': 'Family members (家族会員, up to 2 at the same address) share only the delivery '
                  'benefits and early access to deals. They presumably lose them when you cancel, '
                  'but that is not confirmed.',
            'confidence': 'M',
            'checked': datetime.date(2026, 12, 2),
            'sources': ['https://appllio.com/amazon-prime-family-share']},
 'keep_screenshot': {'id': 'cancel.keep_screenshot',
                     'ja': '最後の画面（会員資格の終了日が表示された画面）のスクリーンショットを保存しておいてください。後で問い合わせるときの記録になります。',
                     'en': 'Keep a screenshot of the final screen (the one stating when your '
                           'membership ends): it is your record if you need to contact Amazon '
                           'later.',
                     'confidence': 'M',
                     'checked': datetime.date(2026, 12, 2),
                     'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                                 'https://shironeko-al-blog.com/?p=661',
                                 'https://yomlog.xyz/amazon-prime-itumade/']},
 'labels_may_change': {'id': 'cancel.labels_may_change',
                       'ja': 'ボタンの表示は変わることがあるため、ここに書いた表示と異なる場合があります。その場合は、実際のページの表示を優先してください。公式ヘルプ：https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y',
                       'en': 'Button labels can change, so they may differ from those written '
                             'here; the page itself is authoritative. Official help: '
                             'https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y',
                       'confidence': 'H',
                       'checked': datetime.date(2026, 12, 2),
                       'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y']},
 'labels_may_change_carrier': {'id': 'cancel.labels_may_change_carrier',
                               'ja': 'Amazonのページの表示は変わることがあるため、ここに書いた表示と異なる場合があります。その場合は、実際のページの表示を優先してください。公式ヘルプ：https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y',
                               'en': "Amazon's page labels can change, so they may differ from "
                                     'those written here; the page itself is authoritative. '
                                     'Official help: '
                                     'https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y',
                               'confidence': 'H',
                               'checked': datetime.date(2026, 12, 2),
                               'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y']},
 'keeps_billing': [{'id': 'cancel.keeps_billing.kindle_unlimited',
                    'ja': 'Kindle Unlimited：プライムとは別に、「アカウント&リスト」→「メンバーシップおよび購読」で解約します。',
                    'en': 'Kindle Unlimited: cancel it separately from Prime, under 「アカウント&リスト」 → '
                          '「メンバーシップおよび購読」.',
                    'confidence': 'H',
                    'checked': datetime.date(2026, 12, 2),
                    'sources': ['https://japan-biz.com/2016/08/03/post-11120',
                                'https://japan-lifehack.com/kindle-unlimited-fee']},
                   {'id': 'cancel.keeps_billing.audible',
                    'ja': 'Audible：プライムとは別に、audible.co.jpの「アカウントサービス」→「退会手続きへ」で解約します（App '
                          'StoreやGoogle Playで登録した場合は、そのストアで解約します）。',
                    'en': 'Audible: cancel it separately from Prime, on audible.co.jp under '
                          '「アカウントサービス」 → 「退会手続きへ」 (in the App Store or Google Play if you signed '
                          'up there).',
                    'confidence': 'H',
                    'checked': datetime.date(2026, 12, 2),
                    'sources': ['https://note.com/kobaug', 'https://bb-9.net/31189']},
                   {'id': 'cancel.keeps_billing.music_unlimited',
                    'ja': 'Amazon Music Unlimited：プライムとは別に、「Amazon '
                          'Musicの設定」→「会員資格をキャンセルする」で解約します（App Storeで登録した場合は、App Storeで解約します）。',
                    'en': 'Amazon Music Unlimited: cancel it separately from Prime, under 「Amazon '
                          'Musicの設定」 → 「会員資格をキャンセルする」 (in the App Store if you signed up there).',
                    'confidence': 'M',
                    'checked': datetime.date(2026, 12, 2),
                    'sources': ['https://yomlog.xyz/amazonmusic-prime480-1080-1180']}]}
