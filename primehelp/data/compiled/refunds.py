"""Generated from primehelp/data/refunds.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'statements': [{'id': 'refunds.renewal_date',
                 'timing': 'renewal_date',
                 'condition': 'paid',
                 'ja': '解約して次の更新日に終了する場合、すでに請求された会費は返金されません。特典は次の更新日まで使えます。',
                 'en': 'If the membership ends on the next renewal date, the fee already charged '
                       'is not refunded; the benefits continue until then.',
                 'confidence': 'H',
                 'checked': datetime.date(2026, 12, 2),
                 'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                             'https://shironeko-al-blog.com/?p=661',
                             'https://yomlog.xyz/amazon-prime-itumade/']},
                {'id': 'refunds.full_if_unused',
                 'timing': 'now',
                 'condition': 'benefits_not_used',
                 'ja': '前回の支払い以降に特典を一度も使っていない場合、現在の期間の会費が全額、支払いに使った方法で返金されます。Amazonのヘルプページによると、この返金は2~3営業日以内に処理されます。',
                 'en': "If no benefit has been used since the last charge, the current period's "
                       "fee is refunded in full, to the payment method used. Amazon's help page "
                       'says the refund is processed within 2–3 business days '
                       '(「この返金は、2~3営業日以内に処理されます」).',
                 'confidence': 'M-H',
                 'checked': datetime.date(2026, 12, 2),
                 'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y',
                             'https://satohelpblog.com/amazonprime-cancel-annualfees',
                             'https://shironeko-al-blog.com/?p=661',
                             'https://yomlog.xyz/amazon-prime-itumade/'],
                 'after_trial': {'ja': '無料体験が終わって最初の会費が請求された後、特典を一度も使っていない場合は、その会費が全額、支払いに使った方法で返金されます。Amazonのヘルプページによると、この返金は2~3営業日以内に処理されます。',
                                 'en': 'If no benefit has been used since the first charge after '
                                       'the free trial, that fee is refunded in full, to the '
                                       "payment method used. Amazon's help page says the refund is "
                                       'processed within 2–3 business days '
                                       '(「この返金は、2~3営業日以内に処理されます」).'},
                 'answered': {'ja': '前回の支払い以降に特典を一度も使っていないので、現在の期間の会費が全額、支払いに使った方法で返金されます。Amazonのヘルプページによると、この返金は2~3営業日以内に処理されます。',
                              'en': 'You have not used any benefit since the last charge, so the '
                                    "current period's fee is refunded in full, to the payment "
                                    "method used. Amazon's help page says the refund is processed "
                                    'within 2–3 business days (「この返金は、2~3営業日以内に処理されます」).'},
                 'current_period': {'ja': '現在の期間（直近の支払い以降）に特典を一度も使っていなければ、現在の期間の会費が全額、支払いに使った方法で返金されます。Amazonのヘルプページによると、この返金は2~3営業日以内に処理されます。',
                                    'en': 'If no benefit has been used in the current period '
                                          "(since the latest charge), the current period's fee is "
                                          "refunded in full, to the payment method used. Amazon's "
                                          'help page says the refund is processed within 2–3 '
                                          'business days (「この返金は、2~3営業日以内に処理されます」).'},
                 'after_trial_answered': {'ja': '無料体験が終わって最初の会費が請求された後、特典を一度も使っていないので、その会費が全額、支払いに使った方法で返金されます。Amazonのヘルプページによると、この返金は2~3営業日以内に処理されます。',
                                          'en': 'You have not used any benefit since the first '
                                                'charge after the free trial, so that fee is '
                                                'refunded in full, to the payment method used. '
                                                "Amazon's help page says the refund is processed "
                                                'within 2–3 business days '
                                                '(「この返金は、2~3営業日以内に処理されます」).'}},
                {'id': 'refunds.partial_may',
                 'timing': 'now',
                 'condition': 'benefits_used',
                 'ja': '前回の支払い以降に特典を使っている場合、会費の一部が返金されることがあります。金額はAmazonが計算し、確定する前に画面に表示されます。計算方法は公開されていません。',
                 'en': 'If benefits have been used since the last charge, a partial refund may be '
                       'offered. Amazon computes the amount and shows it on the screen before you '
                       'confirm; the formula is not published.',
                 'confidence': 'M',
                 'checked': datetime.date(2026, 12, 2),
                 'sources': ['https://satohelpblog.com/amazonprime-cancel-annualfees',
                             'https://shironeko-al-blog.com/?p=661',
                             'https://yomlog.xyz/amazon-prime-itumade/'],
                 'after_trial': {'ja': '無料体験が終わって最初の会費が請求された後、特典を使っている場合は、会費の一部が返金されることがあります。金額はAmazonが計算し、確定する前に画面に表示されます。計算方法は公開されていません。',
                                 'en': 'If benefits have been used since the first charge after '
                                       'the free trial, a partial refund may be offered. Amazon '
                                       'computes the amount and shows it on the screen before you '
                                       'confirm; the formula is not published.'},
                 'answered': {'ja': '前回の支払い以降に特典を使っているので、会費の一部が返金されることがあります。金額はAmazonが計算し、確定する前に画面に表示されます。計算方法は公開されていません。',
                              'en': 'You have used benefits since the last charge, so a partial '
                                    'refund may be offered. Amazon computes the amount and shows '
                                    'it on the screen before you confirm; the formula is not '
                                    'published.'},
                 'after_trial_answered': {'ja': '無料体験が終わって最初の会費が請求された後に特典を使っているので、会費の一部が返金されることがあります。金額はAmazonが計算し、確定する前に画面に表示されます。計算方法は公開されていません。',
                                          'en': 'You have used benefits since the first charge '
                                                'after the free trial, so a partial refund may be '
                                                'offered. Amazon computes the amount and shows it '
                                                'on the screen before you confirm; the formula is '
                                                'not published.'}},
                {'id': 'refunds.trial_now',
                 'timing': 'now',
                 'condition': 'trial',
                 'ja': '無料体験中は会費を支払っていないため、返金されるものはありません。今すぐ終了しても費用はかかりません。',
                 'en': 'No fee has been paid during the free trial, so there is nothing to refund; '
                       'ending now costs nothing either.',
                 'confidence': 'M-H',
                 'checked': datetime.date(2026, 12, 2),
                 'sources': ['https://t-1.co.jp/column/2025/11/12/amazon-prime-free-trial-explained',
                             'https://appllio.com/amazon-prime-student-expiration-date'],
                 'before_charge': {'ja': '会費が請求されたかどうかは、「Amazonプライム会員情報」のページで確認してください。',
                                   'en': 'The Prime membership page shows whether the fee has been '
                                         'charged.'}}],
 'gift_card': {'id': 'refunds.gift_card',
               'ja': '会費の一部をAmazonギフトカードで支払った場合は、クレジットカードなどで支払った分が先に返金され、残りはギフトカード残高に戻ります。',
               'en': 'If part of the fee was paid with an Amazon gift card, the part paid by card '
                     'is refunded first and the rest goes back to the gift-card balance.',
               'confidence': 'M',
               'checked': datetime.date(2026, 12, 2),
               'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y']}}
