"""Generated from primehelp/data/trial.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'regular': {'id': 'trial.regular',
             'days': 30,
             'ja': 'Amazonプライムの無料体験は30日間で、申し込んだ日から始まります。',
             'en': 'The Amazon Prime free trial lasts 30 days, starting on the sign-up day.',
             'confidence': 'H',
             'checked': datetime.date(2026, 12, 2),
             'sources': ['https://t-1.co.jp/column/2025/11/12/amazon-prime-free-trial-explained']},
 'student': {'id': 'trial.student',
             'months': 6,
             'ja': 'Prime Studentの無料体験は6か月間です。',
             'en': 'The Prime Student free trial lasts 6 months.',
             'confidence': 'H',
             'checked': datetime.date(2026, 12, 2),
             'sources': ['https://appllio.com/amazon-prime-student-expiration-date',
                         'https://t-1.co.jp/column/2025/11/12/amazon-prime-free-trial-explained']},
 'student_limit': {'id': 'trial.student_limit',
                   'years': 4,
                   'ja': 'Prime Studentの有料期間は、無料体験の終了後、最長4年間です。卒業後は、次の更新日に通常のプライムに切り替わります。',
                   'en': "After the free trial, Prime Student's paid period lasts at most 4 years. "
                         'After graduation it becomes regular Prime at the next renewal.',
                   'confidence': 'H',
                   'checked': datetime.date(2026, 12, 2),
                   'sources': ['https://appllio.com/amazon-prime-student-expiration-date',
                               'https://share-rental.info/prime-otokustudent']},
 'student_switch_refund': {'id': 'trial.student_switch_refund',
                           'ja': '通常のプライムからPrime Studentに切り替えると、年会費のうち使っていない期間の分が返金されます。',
                           'en': 'Switching from regular Prime to Prime Student refunds the unused '
                                 'part of an annual fee.',
                           'confidence': 'M',
                           'checked': datetime.date(2026, 12, 2),
                           'sources': ['https://japan-lifehack.com']},
 'auto_renew': {'id': 'trial.auto_renew',
                'ja': '無料体験や有料期間が終わると、会員資格は自動的に有料で更新され、登録した支払い方法に会費が請求されます。',
                'en': 'At the end of a trial or a paid period the membership renews automatically '
                      'as paid, and the fee is charged to the registered payment method.',
                'confidence': 'H',
                'checked': datetime.date(2026, 12, 2),
                'sources': ['https://t-1.co.jp/column/2025/11/12/amazon-prime-free-trial-explained']},
 'cancel_free': {'id': 'trial.cancel_free',
                 'ja': '無料体験中に解約すれば費用はかかりません。解約しても、特典は無料体験の期間が終わるまで使えます（解約の手続きで今すぐ終了するほうを選んだ場合を除きます）。',
                 'en': 'Cancelling during the trial costs nothing, and the benefits last until the '
                       'trial ends (unless you choose to end it now when you cancel).',
                 'confidence': 'M-H',
                 'checked': datetime.date(2026, 12, 2),
                 'sources': ['https://t-1.co.jp/column/2025/11/12/amazon-prime-free-trial-explained']},
 'exact_date': {'id': 'trial.exact_date',
                'ja': '有料会員への自動更新日の正確な日付は、「Amazonプライム会員情報」のページで確認できます。',
                'en': 'The exact date of the automatic paid renewal is on the 「Amazonプライム会員情報」 '
                      '(Prime membership) page.',
                'confidence': 'H',
                'checked': datetime.date(2026, 12, 2),
                'sources': ['https://t-1.co.jp/column/2025/11/12/amazon-prime-free-trial-explained',
                            'https://appllio.com/amazon-prime-student-expiration-date']}}
