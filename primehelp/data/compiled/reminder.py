"""Generated from primehelp/data/reminder.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'mail': {'id': 'reminder.mail',
          'days_before': 3,
          'ja': '更新のお知らせメールは、更新日の3日ほど前に届きます。ただし、初期設定はオフになっていて、自分でオンにした場合だけ届きます。',
          'en': 'The renewal reminder e-mail arrives about 3 days before the renewal date, but it '
                'is off by default: it comes only if you switched it on.',
          'confidence': 'M-H',
          'checked': datetime.date(2026, 12, 2),
          'sources': ['https://hashi-mori.com/2018/12/blog-post181.html',
                      'https://ama-fan.com/prime/update/',
                      'https://sbapp.net/?p=178551 (2026-01)']},
 'switch_on': {'id': 'reminder.switch_on',
               'label_ja': '更新前にお知らせを受ける',
               'ja': 'オンにするには、Amazonプライム会員情報のページで「更新前にお知らせを受ける」を選びます。表示は「更新前にお知らせを受け取る」や「更新通知を受け取る」など、少し異なる場合があります。',
               'en': 'To switch it on, choose 「更新前にお知らせを受ける」 (notify me before renewal) on the '
                     'Prime membership page; the wording may differ slightly, e.g. 「更新前にお知らせを受け取る」 '
                     'or 「更新通知を受け取る」.',
               'confidence': 'M',
               'checked': datetime.date(2026, 12, 2),
               'sources': ['https://hashi-mori.com/2018/12/blog-post181.html',
                           'https://ama-fan.com/prime/update/']},
 'prime_page': {'id': 'reminder.prime_page',
                'url': 'https://www.amazon.co.jp/gp/primecentral',
                'ja': 'Amazonプライム会員情報のページです。',
                'en': 'The Prime membership page.',
                'confidence': 'M',
                'checked': datetime.date(2026, 12, 2),
                'sources': ['https://www.amazon.co.jp/gp/primecentral']},
 'scam': {'id': 'reminder.scam',
          'ja': 'このお知らせメールを装った詐欺メールがあります（例：リンクの付いた「Primeの定期更新についてのお知らせ」）。本物のお知らせメールが、リンク先でカード情報の入力を求めることはありません。',
          'en': 'Scam mails imitate this reminder (e.g. 「Primeの定期更新についてのお知らせ」 with a link); the '
                'real one never asks you to enter card details through a link.',
          'confidence': 'H',
          'checked': datetime.date(2026, 12, 2),
          'sources': ['https://hashi-mori.com/2018/12/blog-post181.html',
                      'https://ama-fan.com/prime/update/',
                      'https://sbapp.net/?p=178551 (2026-01)']}}
