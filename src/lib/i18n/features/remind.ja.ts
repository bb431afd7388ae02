/**
 * The dashboard's "who is up to date" and "who to remind" sections, and the reminder mails, in
 * Japanese.
 */
export default {
	'remind.title': '点検の期限と、声をかける人',
	'remind.lead':
		'点検結果は、送った日から{days}日間有効です。1人が複数の端末を使っているときは、いちばん早く期限が来る端末で数えます。',
	'remind.current': '期限内',
	'remind.dueSoon': 'もうすぐ期限',
	'remind.expired': '期限切れ',
	'remind.people': '{count}人',
	'remind.listTitle': '声をかける人',
	'remind.none': '期限切れや、もうすぐ期限の人はいません。',
	'remind.expiredOn': '{date} に期限切れ',
	'remind.dueBy': '{date} まで',
	'remind.notSent': 'まだ届いていません',
	'remind.mail': 'メールを書く',
	'remind.mailFor': '{name} さんへのメールを書く',
	'remind.mailAll': '全員にまとめてメールを書く（BCC）',
	'remind.copy': '一覧をコピー',
	'remind.copied': '一覧をコピーしました。',
	'remind.copyFailed': 'コピーできませんでした。一覧を選んでコピーしてください。',
	'remind.more': 'ほかに{count}人います。',
	'remind.showAll': '全員を表示する',
	'remind.noAddress': '名簿にメールアドレスがない人は、メールソフトで宛先を入れてください。',
	'remind.rosterTitle': '社員の名簿（任意、この端末だけに保存）',
	'remind.rosterLead':
		'1行に1人、名前とメールアドレスを書きます（表計算ソフトの2列をそのまま貼り付けられます）。点検結果の名前と同じ人を、送った人として数えます。名簿はこの端末の外に出ません。',
	'remind.rosterLabel': '名簿（名前とメールアドレス）',
	'remind.rosterSave': '名簿を保存',
	'remind.rosterSaved': '{count}人の名簿を保存しました。',
	'remind.rosterBad': '{lines} 行目は読めなかったので、保存していません。',
	'remind.rosterFailed': '名簿を保存できませんでした。（{detail}）',
	'remind.rosterNoNames':
		'ポリシーで社員の名前を集めない設定なので、名簿と点検結果を突き合わせられません。',
	'remind.notSentTitle': 'まだ点検結果が届いていない人',
	'remind.notSentNone': '名簿の全員から届いています。',
	'remind.rulesTitle': 'テレワークのきまりの確認',
	'remind.rulesRate': '第{version}版を確認した人: {acknowledged}人 / {respondents}人（{percent}%）',
	'remind.rulesMissing': 'まだ確認していない人',
	'remind.rulesAll': '全員が確認しています。',
	'remind.subject.check': 'テレワークのセキュリティ点検のお願い',
	'remind.subject.rules': 'テレワークのきまりの確認のお願い',
	'remind.body.expired':
		'{name} さん\n\nテレワークのセキュリティ点検の期限（{date}）が過ぎています。テレワークチェックを開いて答えを見直し、点検結果を送ってください。\n\n{org}',
	'remind.body.dueSoon':
		'{name} さん\n\nテレワークのセキュリティ点検の期限が {date} です。それまでにテレワークチェックを開いて答えを見直し、点検結果を送ってください。\n\n{org}',
	'remind.body.notSent':
		'{name} さん\n\nテレワークのセキュリティ点検の結果が、まだ届いていません。テレワークチェックで点検をして、点検結果を送ってください。\n\n{org}',
	'remind.body.rules':
		'{name} さん\n\nテレワークのきまり（第{version}版）を、まだ確認していただいていません。テレワークチェックの「組織のポリシー」から読んで「きまりを読みました」を押し、点検結果を送り直してください。\n\n{org}',
	'remind.body.all':
		'{name}\n\nテレワークのセキュリティ点検の期限が過ぎたか、もうすぐ来ます。テレワークチェックを開いて答えを見直し、点検結果を送ってください。\n\n{org}',
	'remind.everyone': '皆さん',
	'remind.readiness': 'SECURITY ACTION の準備を確かめる（5か条、自社診断、基本方針の下書き）'
};
