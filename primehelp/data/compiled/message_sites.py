"""Generated from primehelp/data/message_sites.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'short_links': {'id': 'message.amazon_short_links',
                 'ja': 'Amazonが使う短縮リンクは amzn.asia（日本）、amzn.to、a.co '
                       'です。2022年9月には、プライムの更新についての本物のSMSで amzn.asia のリンクが使われました。',
                 'en': "Amazon's own short links are amzn.asia (Japan), amzn.to and a.co. A "
                       'genuine SMS about Prime renewal used an amzn.asia link in September 2022.',
                 'confidence': 'M',
                 'checked': datetime.date(2026, 12, 2),
                 'sources': ['https://did2memo.net/2022/09/03'],
                 'domains': ['amzn.asia', 'amzn.to', 'a.co']},
 'audible_site': {'id': 'message.flag.audible_site',
                  'ja': 'audible.co.jp '
                        'は、Audibleの会員情報の確認や解約に使うサイトです。ただし、Amazonが自社のものとして挙げているドメイン（amazon.co.jp、amazon.jp、amazon.com '
                        'など）ではないため、このメッセージが本物かどうかは、primehelpでは確認できません。このメッセージのリンクは使わず、ブックマークなどから '
                        'audible.co.jp を開いて確認してください。',
                  'en': "audible.co.jp is the site where Audible's membership is seen and "
                        'cancelled. It is not among the domains Amazon lists as its own '
                        '(amazon.co.jp, amazon.jp, amazon.com and others), so primehelp cannot '
                        'tell whether this message is genuine. Do not use the links in this '
                        'message; open audible.co.jp from a bookmark or the like and check there.',
                  'confidence': 'H',
                  'checked': datetime.date(2026, 12, 2),
                  'sources': ['https://note.com/kobaug', 'https://bb-9.net/31189']}}
