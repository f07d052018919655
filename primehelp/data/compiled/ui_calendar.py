"""Generated from primehelp/data/ui_calendar.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'calendar_name': {'ja': 'Amazonプライム 更新日', 'en': 'Amazon Prime renewals'},
 'event_summary': {'ja': 'Amazonプライムの自動更新日', 'en': 'Amazon Prime renews'},
 'event_summary_plan': {'ja': 'Amazonプライムの自動更新日（{plan}）', 'en': 'Amazon Prime renews ({plan})'},
 'event_summary_plan_fee': {'ja': 'Amazonプライムの自動更新日（{plan}・{fee}円）',
                            'en': 'Amazon Prime renews ({plan}, ¥{fee})'},
 'event_description': {'ja': 'この日にAmazonプライムが自動で更新され、会費が請求されます。余裕をもって {cancel_by} '
                             'までに解約してください（Amazonが示している期限は「更新日の前まで」です）。更新前のお知らせメールは {notice_date} '
                             'ごろに届きます。ただし、Amazonプライム会員情報のページで「更新前にお知らせを受ける」をオンにした場合だけです（初期設定では届きません）。この日付は計算による目安です。正確な日付はAmazonプライム会員情報のページに表示されます：https://www.amazon.co.jp/gp/primecentral',
                       'en': 'Amazon Prime renews automatically on this day and the fee is '
                             'charged. To be safe, cancel by {cancel_by} (Amazon only says "before '
                             'the renewal date"). The reminder mail comes around {notice_date}, '
                             'but only if you switched on 「更新前にお知らせを受ける」 on the Prime membership '
                             'page (it is off by default). This date is computed, an estimate: the '
                             'Prime membership page shows the exact date: '
                             'https://www.amazon.co.jp/gp/primecentral'},
 'alarm_notice': {'ja': 'Amazonプライムの更新まであと3日です（{renewal_date}）。お知らせメールをオンにしていれば、このころに届きます。',
                  'en': 'Amazon Prime renews in 3 days ({renewal_date}). The reminder mail arrives '
                        'about now if you switched it on.'},
 'alarm_cancel_by': {'ja': 'Amazonプライムは明日（{renewal_date}）自動で更新されます。解約するなら、余裕をもって今日のうちに済ませてください。',
                     'en': 'Amazon Prime renews tomorrow ({renewal_date}); to be safe, cancel '
                           'today if you mean to.'},
 'plan_annual': {'ja': '年間プラン', 'en': 'annual plan'},
 'plan_monthly': {'ja': '月間プラン', 'en': 'monthly plan'},
 'plan_student-annual': {'ja': 'Prime Student 年間プラン', 'en': 'Prime Student annual plan'},
 'plan_student-monthly': {'ja': 'Prime Student 月間プラン', 'en': 'Prime Student monthly plan'},
 'wrote_file': {'ja': '{file} に書き出しました', 'en': 'wrote {file}'},
 'saved_profile': {'ja': '更新日を {file} に保存しました', 'en': 'saved the renewal date to {file}'}}
