"""Generated from primehelp/data/escalation.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'hotline': {'id': 'escalation.hotline_188',
             'number': '188',
             'name': {'ja': '消費者ホットライン188（いやや！）', 'en': 'Consumer Hotline 188 ("iyaya!")'},
             'ja': '188に電話すると、お住まいの地域の消費生活センターにつながります。12月29日〜1月3日は年末年始のため休みです。土日祝日で地域のセンターが閉まっているときは、国民生活センター（10:00〜16:00）につながります。一部のIP電話やプリペイド式の携帯電話からはかけられません。188はナビダイヤルなので、通話定額のプランでも通話料がかかります。',
             'en': 'Calling 188 connects you to your local consumer affairs centre (消費生活センター). '
                   'Closed 29 Dec – 3 Jan (the New Year holidays); on weekends and holidays, when '
                   'the local centre is closed, calls go to the National Consumer Affairs Center '
                   '(国民生活センター, 10:00–16:00). Some IP phones and prepaid mobiles cannot call it, '
                   'and as a ナビダイヤル (Navi Dial) number it is charged even on flat-rate plans.',
             'confidence': 'H',
             'checked': datetime.date(2026, 12, 2),
             'sources': ['https://www.caa.go.jp/policies/policy/local_cooperation/local_consumer_administration/hotline/',
                         'https://www.gov-online.go.jp/useful/article/201807/1.html']},
 'routes': [{'id': 'escalation.local_centre',
             'name': {'ja': '地域の相談窓口', 'en': 'Local advice'},
             'ja': '消費生活センターでは無料で相談でき、事業者との間に入ってあっせんしてもらえることもあります。ただし、センターが事業者に対応を強制することはできません。',
             'en': 'A consumer affairs centre gives free advice and may mediate with the business '
                   '(あっせん), but it cannot compel the business to do anything.',
             'confidence': 'H',
             'checked': datetime.date(2026, 12, 2),
             'sources': ['https://www.gov-online.go.jp/useful/article/201807/1.html']},
            {'id': 'escalation.adr',
             'name': {'ja': '裁判外の紛争解決（ADR）', 'en': 'Out-of-court dispute resolution (ADR)'},
             'ja': '国民生活センターのADR（和解の仲介・仲裁）は、全国的に重要な消費者紛争を扱います。地域の消費生活センターを経なくても、消費者が直接申請できます。',
             'en': "The National Consumer Affairs Center's ADR (mediation and arbitration, "
                   '和解の仲介・仲裁) handles 重要消費者紛争, consumer disputes of national importance; a '
                   'consumer may apply directly, not only after mediation by the local centre.',
             'confidence': 'H',
             'checked': datetime.date(2026, 12, 2),
             'sources': ['https://www.kokusen.go.jp/adr/']}],
 'subscription_advice': [{'id': 'escalation.subscription_advice',
                          'ja': '国民生活センターの注意喚起（要約）：アプリを削除しても解約にはなりません。解約は事業者が定める方法で行い、カードの明細は毎月確認し、ログイン情報はなくさないようにしてください。困ったときは188に相談してください。',
                          'en': "The National Consumer Affairs Center's advice on subscriptions, "
                                'in short: deleting an app is not cancelling; cancel by the '
                                "business's own method, check your card statement every month, "
                                'keep your login, and call 188 if you are stuck.',
                          'confidence': 'H',
                          'checked': datetime.date(2026, 12, 2),
                          'sources': ['https://nlab.itmedia.co.jp (2021-10-08)']}],
 'law': [{'id': 'escalation.law.final_screen',
          'ja': '特定商取引法（2021年改正、2022年6月1日施行）第12条の6により、事業者は申込みの最終確認画面に、価格、期間、支払い方法、解約の方法を表示しなければなりません。',
          'en': 'Under the Specified Commercial Transactions Act (特定商取引法, amended 2021, in force 1 '
                'June 2022), Art. 12-6, the final confirmation screen must show the price, the '
                'period, the payment and how to cancel.',
          'confidence': 'H',
          'checked': datetime.date(2026, 12, 2),
          'sources': ['https://bengoshi-sakao.com', 'https://ashiyahondori.com (2022-05-10)']},
         {'id': 'escalation.law.rescission',
          'alone': {'ja': '特定商取引法第15条の4により、最終確認画面の表示のルール（同法第12条の6）に違反した画面によって誤認して申し込んだ消費者は、申込みを取り消すことができます。なお、ネット通販には法律上のクーリング・オフはありません。',
                    'en': 'Under Art. 15-4 of the Specified Commercial Transactions Act, a '
                          'consumer misled by a final confirmation screen that breaks its rules '
                          '(Art. 12-6) may rescind the application. Online sales have no statutory '
                          'cooling-off.'},
          'ja': '同法第15条の4により、この表示のルールに違反した画面によって誤認して申し込んだ消費者は、申込みを取り消すことができます。なお、ネット通販には法律上のクーリング・オフはありません。',
          'en': 'Under Art. 15-4, a consumer misled by a non-compliant screen may rescind the '
                'application. Online sales have no statutory cooling-off.',
          'confidence': 'H',
          'checked': datetime.date(2026, 12, 2),
          'sources': ['https://bengoshi-sakao.com', 'https://ashiyahondori.com (2022-05-10)']}]}
