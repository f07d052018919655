"""Generated from primehelp/data/statement.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'texts': [{'kind': 'amazon_pay',
            'match': ['amazonpay'],
            'id': 'statement.text.amazon_pay',
            'ja': '「Amazon Pay提携サイト」は、多くの場合、ほかのお店でAmazon Payを使った支払いです（プライムの請求ではないことが多い表記です）。',
            'en': '“Amazon Pay提携サイト” is usually Amazon Pay used at another shop, and usually not a '
                  'Prime charge.',
            'confidence': 'M',
            'checked': datetime.date(2026, 12, 2),
            'sources': ['https://apptopi.jp/2021/11/12/amazonpay-troubleshooting']},
           {'kind': 'amazon_prime',
            'match': ['amazonprime'],
            'id': 'statement.text.amazon_prime',
            'ja': '「AMAZON PRIME」は、多くの場合プライムの会費です。',
            'en': '“AMAZON PRIME” is usually the Prime fee.',
            'confidence': 'M',
            'checked': datetime.date(2026, 12, 2),
            'sources': ['https://applimura.com/amazon-prime-membership-confirm/',
                        'https://k8suzuki.com/amazon/claim',
                        'https://hikaku.kurashiru.com/articles/01HQYRN4R0KB8MG612FNHMFFW1']},
           {'kind': 'amazon_downloads',
            'match': ['amazondownloads'],
            'id': 'statement.text.amazon_downloads',
            'ja': '「AMAZON DOWNLOADS」は、多くの場合デジタルコンテンツの請求です（Kindle本、Kindle Unlimited、Amazon '
                  'Music、Prime Videoのレンタルやチャンネル、アプリなど）。',
            'en': '“AMAZON DOWNLOADS” is usually a digital charge: Kindle books, Kindle Unlimited, '
                  'Amazon Music, Prime Video rentals and channels, apps.',
            'confidence': 'H',
            'checked': datetime.date(2026, 12, 2),
            'sources': ['https://flat-plat.com/amazon-downloads',
                        'https://hikaku.kurashiru.com/articles/01HQYRN4R0KB8MG612FNHMFFW1',
                        'https://k8suzuki.com/amazon/claim']},
           {'kind': 'amazon_digital',
            'match': ['amazondigitaldwnld', 'amzndigital'],
            'id': 'statement.text.amazon_digital',
            'ja': '「AMAZON DIGITAL DWNLD」や「AMZN DIGITAL」（「利用国USA」付き）は、多くの場合デジタルコンテンツの購入や定期購読です。',
            'en': '“AMAZON DIGITAL DWNLD” and “AMZN DIGITAL” (with “利用国USA”) are usually digital '
                  'purchases and subscriptions.',
            'confidence': 'M',
            'checked': datetime.date(2026, 12, 2),
            'sources': ['https://flat-plat.com/amazon-downloads',
                        'https://hikaku.kurashiru.com/articles/01HQYRN4R0KB8MG612FNHMFFW1']},
           {'kind': 'amazon_co_jp',
            'match': ['amazon.co.jp'],
            'id': 'statement.text.amazon_co_jp',
            'ja': '「AMAZON.CO.JP」は、多くの場合Amazonでの注文です（会費のこともあります）。',
            'en': '“AMAZON.CO.JP” is usually a shop order (and sometimes a fee).',
            'confidence': 'M',
            'checked': datetime.date(2026, 12, 2),
            'sources': ['https://k8suzuki.com/amazon/claim',
                        'https://hikaku.kurashiru.com/articles/01HQYRN4R0KB8MG612FNHMFFW1']}],
 'other': {'kind': 'other_amazon',
           'match': ['amazon',
                     'amzn',
                     'アマゾン',
                     'audible',
                     'kindle',
                     'primevideo',
                     'amz*prime',
                     'amzprime']},
 'borrowed': {'id': 'statement.borrowed_name',
              'ja': 'Amazonの名前の前にほかの名前がある表記、Amazonの明細の表記やサービス名の後にほかの語が付いた表記（「AMAZON PRIME '
                    'TOP」「PRIME VIDEO SHOP」）、途中に空白を入れた名前（「A M A Z O N」「AMA '
                    'ZON」）、Amazonが案内していないドメイン（「.top」「.shop」など）を含む表記は、Amazonの名前を使ったほかの会社やサイトの請求かもしれません。Amazonのサイトは '
                    'amazon.co.jp か、末尾が .amazon.co.jp の名前です（米国のAmazonは '
                    'amazon.com）。心当たりがなければ、カード会社に問い合わせてください。',
              'en': "A text with another name before Amazon's, a statement text or service name of "
                    "Amazon's followed by another word (“AMAZON PRIME TOP”, “PRIME VIDEO SHOP”), a "
                    'name with spaces inside it (“A M A Z O N”, “AMA ZON”), or a domain Amazon '
                    'does not list as its own (“.top”, “.shop”…) may be a charge of another '
                    "company or site using Amazon's name. Amazon's sites are amazon.co.jp or a "
                    'name ending in .amazon.co.jp (Amazon in the US: amazon.com). If you do not '
                    'recognise it, contact your card company.',
              'confidence': 'H',
              'checked': datetime.date(2026, 12, 2),
              'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B',
                          'https://www.antiphishing.jp/report/monthly/202510.html']},
 'borrowed_refund': {'id': 'statement.borrowed_name_refund',
                     'ja': 'Amazonの名前の前にほかの名前がある表記、Amazonの明細の表記やサービス名の後にほかの語が付いた表記（「AMAZON PRIME '
                           'TOP」「PRIME VIDEO SHOP」）、途中に空白を入れた名前（「A M A Z O N」「AMA '
                           'ZON」）、Amazonが案内していないドメイン（「.top」「.shop」など）を含む表記は、Amazonの名前を使ったほかの会社やサイトからの返金かもしれません。Amazonのサイトは '
                           'amazon.co.jp か、末尾が .amazon.co.jp の名前です（米国のAmazonは '
                           'amazon.com）。心当たりがなければ、カード会社に問い合わせてください。',
                     'en': "A text with another name before Amazon's, a statement text or service "
                           "name of Amazon's followed by another word (“AMAZON PRIME TOP”, “PRIME "
                           'VIDEO SHOP”), a name with spaces inside it (“A M A Z O N”, “AMA ZON”), '
                           'or a domain Amazon does not list as its own (“.top”, “.shop”…) may be '
                           "a refund from another company or site using Amazon's name. Amazon's "
                           'sites are amazon.co.jp or a name ending in .amazon.co.jp (Amazon in '
                           'the US: amazon.com). If you do not recognise it, contact your card '
                           'company.',
                     'confidence': 'H',
                     'checked': datetime.date(2026, 12, 2),
                     'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B',
                                 'https://www.antiphishing.jp/report/monthly/202510.html']},
 'abroad': {'match': ['利用国'],
            'id': 'statement.abroad_marker',
            'ja': '「利用国USA」は、日本での購入でも付くことがあります。海外で使われたという意味とは限りません。',
            'en': '“利用国USA” (country of use: USA) appears even for purchases in Japan; it does not '
                  'by itself mean the card was used abroad.',
            'confidence': 'M',
            'checked': datetime.date(2026, 12, 2),
            'sources': ['https://flat-plat.com/amazon-downloads',
                        'https://hikaku.kurashiru.com/articles/01HQYRN4R0KB8MG612FNHMFFW1']},
 'where': {'memberships': {'id': 'statement.where.memberships',
                           'ja': 'Amazonが請求しているものの一覧は「アカウント&リスト」→「メンバーシップおよび購読」で確認できます。',
                           'en': 'Everything Amazon bills you for is listed under 「アカウント&リスト」 '
                                 '(account and lists) → 「メンバーシップおよび購読」 (memberships and '
                                 'subscriptions).',
                           'confidence': 'M',
                           'checked': datetime.date(2026, 12, 2),
                           'sources': ['https://japan-lifehack.com/kindle-unlimited-fee',
                                       'https://kodomotablet.com/freetime-unlimited-faq']},
           'prime_receipts': {'id': 'statement.where.prime_receipts',
                              'ja': '「Amazonプライム会員情報」のページの「会員資格更新日」のところで、プライム会費の領収書を確認できます。',
                              'en': "The Prime fee's receipts are on the 「Amazonプライム会員情報」 (Prime "
                                    'membership) page, next to 「会員資格更新日」 (the renewal date).',
                              'confidence': 'M',
                              'checked': datetime.date(2026, 12, 2),
                              'sources': ['https://applimura.com/amazon-prime-membership-confirm/']},
           'content_library': {'id': 'statement.where.content_library',
                               'ja': 'デジタルコンテンツの購入は「コンテンツライブラリ」で確認できます。',
                               'en': 'Digital purchases are listed in 「コンテンツライブラリ」 (content '
                                     'library).',
                               'confidence': 'M',
                               'checked': datetime.date(2026, 12, 2),
                               'sources': ['https://flat-plat.com/amazon-downloads']}},
 'none_fits': {'id': 'statement.none_fits',
               'label': {'ja': 'どれにも当てはまらない行があるとき', 'en': 'If a line fits none of these'},
               'ja': '「確認する場所」に挙げたページで、同じ日付と金額の請求を探してください。どこにも見つからない場合は、カード会社に問い合わせてください。カードが不正利用されている可能性があります。',
               'en': 'Look for a charge of the same date and amount on the pages under “Where to '
                     'check”. If you find it nowhere, ask your card company: someone else may be '
                     'using your card.',
               'confidence': 'M',
               'checked': datetime.date(2026, 12, 2),
               'sources': ['https://k8suzuki.com/amazon/claim',
                           'https://japan-lifehack.com/kindle-unlimited-fee',
                           'https://www.pref.aichi.jp/police/anzen/cyber/soudan/phishing.html',
                           'https://nlab.itmedia.co.jp (2021-10-08)']},
 'unknown_text_label': {'ja': '不明（primehelpの情報源にない表記）',
                        'en': 'Unknown (a text primehelp does not know)'},
 'amazon_pay_label': {'ja': 'Amazon Pay（ほかのお店での支払い）', 'en': 'Amazon Pay (paid at another shop)'},
 'layouts': {'rakuten': {'ja': '楽天カード', 'en': 'Rakuten Card'},
             'paypay': {'ja': 'PayPayカード', 'en': 'PayPay Card'},
             'view': {'ja': 'ビューカード', 'en': 'VIEW Card'},
             'smbc': {'ja': '三井住友カード（Vpass）', 'en': 'SMBC card (Vpass)'},
             'columns': {'ja': '--columns で指定した列', 'en': 'the columns given with --columns'},
             'header': {'ja': '見出しの列名から読み取った列', 'en': 'the columns named in the header'}},
 'not_fee': {'match': ['webservices', 'aws', 'mktp', 'marketplace'],
             'label': {'ja': '不明（primehelpの情報源にない表記。Amazonの会費ではない可能性もあります）',
                       'en': 'Unknown (a text primehelp does not know; it may not be an Amazon '
                             'fee)'}},
 'katakana': {'audible': ['オーディブル'],
              'kindle': ['キンドル'],
              'primevideo': ['プライムビデオ'],
              'music': ['ミュージック'],
              'amazon': ['アマゾン']},
 'own_katakana': {'amazon': ['アマゾン'],
                  'prime': ['プライム'],
                  'downloads': ['ダウンロード'],
                  'digital': ['デジタル'],
                  '会費': ['カイヒ'],
                  '年会費': ['ネンカイヒ'],
                  '月会費': ['ゲツカイヒ', 'ゲッカイヒ']},
 'unconfirmed_domains': {'match': ['amzn.com']}}
