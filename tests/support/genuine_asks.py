"""Genuine Amazon-style sentences and hard-wrapped mails that must raise no request sign (fix
round 41, check-message's reading of requests): Amazon's own warnings, order and delivery
notices, its payment-method and gift-card mails, sign-in codes and the 「コンビニ・ATM・ネット
バンキング・電子マネー払い」 payment notice. Run before and after each widening of the words."""

from __future__ import annotations

# One sentence, or a few on one line.
SENTENCES = (
    "ご注文の商品を発送しました。お届け予定日：12月7日",
    "Amazon.co.jpをご利用いただき、ありがとうございます。お荷物は本日配達予定です。",
    "パスワードは絶対に他人に教えないでください。",
    "Amazonがお客様のパスワードやカード番号をお尋ねすることはありません。",
    "Amazonからのメールでクレジットカード情報の入力をお願いすることは一切ございません。",
    "Amazonがメールでパスワードをお伝えいただくようお願いすることは一切ございません。",
    "Amazonが電話やSMSでお支払い情報をお伺いすることは決してありません。",
    "Amazonがお電話でお客様のお支払い情報をお聞きすることはございません。",
    "Amazonがお支払い情報やパスワードをメールでお尋ねすることは一切ありません。",
    "カード番号やパスワードを、メールや電話でお伺いすることは、一切ございません。",
    "パスワードを入力するよう、メールでお願いすることは一切ございません。",
    "クレジットカード番号の入力はご遠慮ください。",
    "不審なサイトでのパスワードの入力はおやめください。",
    "お支払い情報の再入力は不要です。",
    "ログイン情報は誰にも教えないでください。",
    "IDとパスワードは第三者に教えないでください。",
    "ギフトカードの番号は誰にも教えないでください。",
    "認証コードは誰にも伝えないでください。Amazonの社員が認証コードをお聞きすることはありません。",
    "Amazon: 認証コードは123456です。このコードを他の人と共有しないでください。",
    "Amazonが電話でカード情報をお伝えいただくようお願いすることはありません。",
    "パスワードを変更しました。お心当たりがない場合は、カスタマーサービスにお知らせください。",
    "お客様のカード番号の下4桁は1234です。ご注文ありがとうございます。",
    "パスワードの再設定方法をお伝えします。",
    "ギフト券番号：ABCD-EFGHIJ-KLMN アカウントに登録してご利用ください。",
    "Amazonギフトカードをご購入いただきありがとうございます。",
    "Amazonギフトカードは、Amazon.co.jpでのお買い物にお使いいただけます。",
    "コンビニ・ATM・ネットバンキング・電子マネー払いのお支払い番号をお知らせします。",
    "お支払い期限までに、コンビニ、ATM、ネットバンキング、または電子マネーでお支払いください。",
    "ATMでのお支払い方法はヘルプページをご覧ください。",
    "返金手続きが完了しました。返金はお支払いに使われたカードに行われます。",
    "iTunesカードやGoogle Playカードの番号を教えるよう求める連絡は詐欺です。",
    "プリペイドカードの番号を電話で伝えないでください。",
    "電子マネーの番号を教えてほしいという連絡には応じないでください。",
    "お支払い方法の確認は、アカウントサービスの「お支払い方法」から行えます。",
    "ご注文内容を確認するには、Amazon.co.jpにログインしてください。",
    "Amazonが、お客様のカード番号をお尋ねすることはございませんので、ご安心ください。",
    "不審な連絡を受けた場合、パスワードは入力せず、Amazonに報告してください。",
    "Your package was delivered. Never share your password with anyone.",
    "Amazon will never ask you to tell us your card number by phone.",
    "Amazon will never ask for your payment information by phone or text message.",
    "We will never ask you to disclose your password, and we will never ask for payment details.",
)

# Genuine-style mails, hard-wrapped as mail programs send them (lines inside paragraphs).
MAILS = (
    "Amazonをご利用いただきありがとうございます。\n"
    "Amazonがお客様のクレジットカード番号やパスワードを\n"
    "メールや電話でお尋ねすることはありません。\n"
    "不審なメールを受け取った場合は、リンクを開かずに\n"
    "Amazonに報告してください。\n",
    "Amazonプライム会員の皆様\n"
    "\n"
    "会費のお支払いに使われるカードの有効期限が近づいています。\n"
    "お支払い方法はアカウントサービスの「お支払い方法」で\n"
    "ご確認いただけます。\n",
    "お客様のパスワードが変更されました。\n"
    "この変更にお心当たりがない場合は、\n"
    "カスタマーサービスまでご連絡ください。\n",
    "■ご注文内容の確認\n■お支払い方法の変更\n■カード情報の更新方法\n",
    "ご注文番号：250-1234567-1234567\n"
    "お支払い方法：クレジットカード\n"
    "カード番号：****-****-****-1234\n"
    "\n"
    "ご注文内容はAmazon.co.jpでご確認いただけます。\n",
    "Amazonギフトカードが届きました。\n"
    "ギフト券番号：ABCD-EFGHIJ-KLMN\n"
    "アカウントに登録して\n"
    "ご利用ください。\n",
    "コンビニ・ATM・ネットバンキング・電子マネー払い\n"
    "お支払い番号：12345678901\n"
    "お支払い期限：2026年12月10日\n"
    "上記の期限までにお支払いください。\n",
    "Amazon will never ask you\nfor your password or card number\nby e-mail or phone.\n",
    "Amazonを装った詐欺にご注意ください。\n"
    "Amazonが電話やSMSでお支払い情報をお伺いすることは\n"
    "ありません。ギフトカードの番号を\n"
    "誰かに伝えるよう求められても、\n"
    "決して伝えないでください。\n",
)

CORPUS = SENTENCES + MAILS
