"""Generated from primehelp/data/fees.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'plans': [{'plan': 'annual',
            'months': 12,
            'name': {'ja': '年間プラン', 'en': 'Annual plan'},
            'history': [{'id': 'fees.annual.3900',
                         'yen': 3900,
                         'new_members': {'ja': '2007年のサービス開始時から2019年4月11日まで',
                                         'en': 'from the 2007 launch to 2019-04-11'},
                         'renewals_none': {'ja': '2019年5月16日までの更新時の請求',
                                           'en': 'bills at renewals until 2019-05-16'},
                         'confirmed_from': datetime.date(2007, 12, 31),
                         'unconfirmed': {'ja': '年額3,900円はサービス開始時からの金額ですが、2007年のサービス開始日が分からないため、{date}に年間プランがあったかどうかは確認できていません。',
                                         'en': 'The annual fee of 3,900 yen dates from the launch, '
                                               'but the day of the 2007 launch is unknown, so '
                                               'whether the annual plan existed on {date} is not '
                                               'confirmed.'},
                         'ja': '年会費は、2007年のサービス開始時から3,900円（税込）でした。',
                         'en': 'The annual fee was 3,900 yen (tax included), from the 2007 launch.',
                         'confidence': 'H',
                         'checked': datetime.date(2026, 12, 2),
                         'sources': ['https://multi-business-mind.com/netbusiness/businessmodel/amazonprime/',
                                     'https://webcommu.net/amazonprime-price-increase']},
                        {'id': 'fees.annual.4900',
                         'new_members_from': datetime.date(2019, 4, 12),
                         'yen': 4900,
                         'renewals_from': datetime.date(2019, 5, 17),
                         'new_members': {'ja': '2019年4月12日から2023年8月23日まで',
                                         'en': 'from 2019-04-12 to 2023-08-23'},
                         'renewals': {'ja': '2019年5月17日から2023年9月23日までの更新時の請求',
                                      'en': 'bills at renewals from 2019-05-17 to 2023-09-23'},
                         'ja': '年会費は4,900円（税込）になりました。新規会員は2019年4月12日から、既存会員は2019年5月17日以降の更新時の請求からです。',
                         'en': 'The annual fee became 4,900 yen (tax included): for new members '
                               'from 2019-04-12, for existing members at renewals from 2019-05-17.',
                         'confidence': 'H',
                         'checked': datetime.date(2026, 12, 2),
                         'sources': ['https://multi-business-mind.com/netbusiness/businessmodel/amazonprime/',
                                     'https://webcommu.net/amazonprime-price-increase']},
                        {'id': 'fees.annual.5900',
                         'new_members_from': datetime.date(2023, 8, 24),
                         'yen': 5900,
                         'renewals_from': datetime.date(2023, 9, 24),
                         'new_members': {'ja': '2023年8月24日から', 'en': 'from 2023-08-24'},
                         'renewals': {'ja': '2023年9月24日以降の更新時の請求',
                                      'en': 'bills at renewals from 2023-09-24'},
                         'ja': '年会費は5,900円（税込）になりました。新規会員は2023年8月24日から、既存会員は2023年9月24日以降の更新時の請求からです。',
                         'en': 'The annual fee became 5,900 yen (tax included): for new members '
                               'from 2023-08-24, for existing members on bills dated 2023-09-24 or '
                               'later.',
                         'confidence': 'H',
                         'checked': datetime.date(2026, 12, 2),
                         'sources': ['https://webcommu.net/amazonprime-price-increase',
                                     'http://sasanquanofudeyasumi.com/2023/08/18/amazon-prime '
                                     '(2023-08-18)',
                                     'https://toyokeizai.net/articles/-/694061',
                                     'https://president.jp/articles/-/72784']}]},
           {'plan': 'monthly',
            'months': 1,
            'name': {'ja': '月間プラン', 'en': 'Monthly plan'},
            'history': [{'id': 'fees.monthly.400',
                         'yen': 400,
                         'new_members': {'ja': '2019年4月11日まで（いつからかは確認できていません）',
                                         'en': 'until 2019-04-11 (start date not confirmed)'},
                         'confirmed_from': datetime.date(2019, 4, 11),
                         'unconfirmed': {'ja': '月間プランの会費は2019年4月11日（既存会員は2019年5月16日ごろ）まで400円でしたが、月間プランが始まった日が分からないため、{date}に月間プランがあったかどうかは確認できていません。',
                                         'en': 'The monthly fee was 400 yen until 2019-04-11 (for '
                                               'existing members until about 2019-05-16), but when '
                                               'the monthly plan started is unknown, so whether it '
                                               'existed on {date} is not confirmed.'},
                         'ja': '月会費は、2019年4月12日より前は400円（税込）でした（いつからかは確認できていません）。',
                         'en': 'The monthly fee was 400 yen (tax included) before 2019-04-12 '
                               '(start date not confirmed).',
                         'confidence': 'M',
                         'checked': datetime.date(2026, 12, 2),
                         'sources': ['https://multi-business-mind.com/netbusiness/businessmodel/amazonprime/',
                                     'https://ura2-graffiti.com/amazon_prime',
                                     'https://boxil.jp/beyond/a5282']},
                        {'id': 'fees.monthly.500',
                         'new_members_from': datetime.date(2019, 4, 12),
                         'yen': 500,
                         'renewals_from': datetime.date(2019, 5, 17),
                         'renewals_assumed': True,
                         'new_members': {'ja': '2019年4月12日から2023年8月23日まで',
                                         'en': 'from 2019-04-12 to 2023-08-23'},
                         'renewals': {'ja': '2019年5月17日ごろから2023年9月23日までの更新時の請求（始まりは年間プランと同じと考えられます）',
                                      'en': 'bills at renewals from about 2019-05-17 to 2023-09-23 '
                                            "(start thought to be the same as the annual plan's)"},
                         'ja': '月会費は500円（税込）になりました。新規会員は2019年4月12日（年間プランの改定と同じ日）からです。既存会員は、年間プランと同じく2019年5月17日以降の更新時の請求からと考えられます。',
                         'en': 'The monthly fee became 500 yen (tax included): for new members '
                               "from 2019-04-12, the day of the annual change; existing members' "
                               'renewals are thought to follow the annual plan (from 2019-05-17).',
                         'confidence': 'M',
                         'checked': datetime.date(2026, 12, 2),
                         'sources': ['https://multi-business-mind.com/netbusiness/businessmodel/amazonprime/',
                                     'https://ura2-graffiti.com/amazon_prime',
                                     'https://boxil.jp/beyond/a5282']},
                        {'id': 'fees.monthly.600',
                         'new_members_from': datetime.date(2023, 8, 24),
                         'yen': 600,
                         'renewals_from': datetime.date(2023, 9, 24),
                         'new_members': {'ja': '2023年8月24日から', 'en': 'from 2023-08-24'},
                         'renewals': {'ja': '2023年9月24日以降の更新時の請求',
                                      'en': 'bills at renewals from 2023-09-24'},
                         'ja': '月会費は600円（税込）になりました。新規会員は2023年8月24日から、既存会員は2023年9月24日以降の更新時の請求からです。',
                         'en': 'The monthly fee became 600 yen (tax included): for new members '
                               'from 2023-08-24, for existing members on bills dated 2023-09-24 or '
                               'later.',
                         'confidence': 'H',
                         'checked': datetime.date(2026, 12, 2),
                         'sources': ['https://webcommu.net/amazonprime-price-increase',
                                     'http://sasanquanofudeyasumi.com/2023/08/18/amazon-prime '
                                     '(2023-08-18)',
                                     'https://toyokeizai.net/articles/-/694061',
                                     'https://president.jp/articles/-/72784']}]},
           {'plan': 'student-annual',
            'months': 12,
            'name': {'ja': 'Prime Student 年間プラン', 'en': 'Prime Student annual plan'},
            'history': [{'id': 'fees.student_annual.2450',
                         'new_members_from': datetime.date(2019, 4, 12),
                         'renewals_from': datetime.date(2019, 4, 12),
                         'yen': 2450,
                         'new_members': {'ja': '2023年8月23日まで（2019年4月12日より前の会費は確認できていません）',
                                         'en': 'until 2023-08-23 (the fee before 2019-04-12 is not '
                                               'confirmed)'},
                         'ja': 'Prime '
                               'Studentの年会費は、2023年8月24日より前は2,450円（税込）でした。2019年4月12日より前の年会費は確認できていません。',
                         'en': 'The Prime Student annual fee was 2,450 yen (tax included) before '
                               '2023-08-24. The fee before 2019-04-12 is not confirmed.',
                         'confidence': 'H',
                         'checked': datetime.date(2026, 12, 2),
                         'sources': ['https://webcommu.net/amazonprime-price-increase',
                                     'https://toyokeizai.net/articles/-/694061']},
                        {'id': 'fees.student_annual.2950',
                         'new_members_from': datetime.date(2023, 8, 24),
                         'yen': 2950,
                         'renewals_from': datetime.date(2023, 9, 24),
                         'new_members': {'ja': '2023年8月24日から', 'en': 'from 2023-08-24'},
                         'renewals': {'ja': '2023年9月24日以降の更新時の請求',
                                      'en': 'bills at renewals from 2023-09-24'},
                         'ja': 'Prime '
                               'Studentの年会費は2,950円（税込）になりました。新規会員は2023年8月24日から、既存会員は2023年9月24日以降の更新時の請求からです。',
                         'en': 'The Prime Student annual fee became 2,950 yen (tax included): for '
                               'new members from 2023-08-24, for existing members on bills dated '
                               '2023-09-24 or later.',
                         'confidence': 'H',
                         'checked': datetime.date(2026, 12, 2),
                         'sources': ['https://webcommu.net/amazonprime-price-increase',
                                     'http://sasanquanofudeyasumi.com/2023/08/18/amazon-prime '
                                     '(2023-08-18)',
                                     'https://toyokeizai.net/articles/-/694061',
                                     'https://president.jp/articles/-/72784']}]},
           {'plan': 'student-monthly',
            'months': 1,
            'name': {'ja': 'Prime Student 月間プラン', 'en': 'Prime Student monthly plan'},
            'history': [{'id': 'fees.student_monthly.250',
                         'new_members_from': datetime.date(2019, 4, 12),
                         'renewals_from': datetime.date(2019, 4, 12),
                         'yen': 250,
                         'new_members': {'ja': '2023年8月23日まで（いつからかは確認できていません。2019年より前は、Prime '
                                               'Student 月間プランはありませんでした）',
                                         'en': 'until 2023-08-23 (start date not confirmed; there '
                                               'was no Prime Student monthly plan before 2019)'},
                         'ja': 'Prime Studentの月会費は、2023年8月24日より前は250円（税込）でした。Prime Student '
                               '月間プランは2019年より前にはありませんでした。',
                         'en': 'The Prime Student monthly fee was 250 yen (tax included) before '
                               '2023-08-24. There was no Prime Student monthly plan before 2019.',
                         'confidence': 'H',
                         'checked': datetime.date(2026, 12, 2),
                         'sources': ['https://webcommu.net/amazonprime-price-increase',
                                     'https://toyokeizai.net/articles/-/694061']},
                        {'id': 'fees.student_monthly.300',
                         'new_members_from': datetime.date(2023, 8, 24),
                         'yen': 300,
                         'renewals_from': datetime.date(2023, 9, 24),
                         'new_members': {'ja': '2023年8月24日から', 'en': 'from 2023-08-24'},
                         'renewals': {'ja': '2023年9月24日以降の更新時の請求',
                                      'en': 'bills at renewals from 2023-09-24'},
                         'ja': 'Prime '
                               'Studentの月会費は300円（税込）になりました。新規会員は2023年8月24日から、既存会員は2023年9月24日以降の更新時の請求からです。',
                         'en': 'The Prime Student monthly fee became 300 yen (tax included): for '
                               'new members from 2023-08-24, for existing members on bills dated '
                               '2023-09-24 or later.',
                         'confidence': 'H',
                         'checked': datetime.date(2026, 12, 2),
                         'sources': ['https://webcommu.net/amazonprime-price-increase',
                                     'http://sasanquanofudeyasumi.com/2023/08/18/amazon-prime '
                                     '(2023-08-18)',
                                     'https://toyokeizai.net/articles/-/694061',
                                     'https://president.jp/articles/-/72784']}]}],
 'notes': [{'id': 'fees.no_change_since_2023',
            'ja': '2024年〜2026年に会費の改定はありません。2025年4月8日からPrime '
                  'Videoで広告が表示されるようになりましたが、会費は変わらないとAmazonのメールで案内されていました。広告なしで見るためのオプションは月額390円です。',
            'en': 'There was no fee change in 2024–2026. Prime Video started showing ads on '
                  '2025-04-08, and an Amazon e-mail said the fees stayed the same; the ad-free '
                  'option is 390 yen a month.',
            'confidence': 'H',
            'checked': datetime.date(2026, 12, 2),
            'sources': ['https://oyazi.site/entry/2025/03/02/180000',
                        'https://ichioshi.smt.docomo.ne.jp/articles/news/28457',
                        'https://sbapp.net/?p=178551 (2025-10-24)']},
           {'id': 'fees.plan_change_2023',
            'ja': '2023年の改定では、2023年8月24日以降にプランを変更した既存会員には、2023年9月24日以降の更新時の請求を待たず、変更した時点から新しい会費が適用されました。',
            'en': 'In the 2023 revision, for an existing member who changed plans on or after '
                  '2023-08-24, the new fee applied from the time of the change, without waiting '
                  'for the bills at renewals from 2023-09-24.',
            'confidence': 'H',
            'checked': datetime.date(2026, 12, 2),
            'sources': ['https://webcommu.net/amazonprime-price-increase',
                        'http://sasanquanofudeyasumi.com/2023/08/18/amazon-prime (2023-08-18)',
                        'https://toyokeizai.net/articles/-/694061',
                        'https://president.jp/articles/-/72784']}]}
