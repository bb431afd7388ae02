import { defineMessages } from '../define';

/** The dashboard's "who is up to date" and "who to remind" sections, and the reminder mails. */
export const remind = defineMessages({
	ja: {
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
		'remind.rulesRate':
			'第{version}版を確認した人: {acknowledged}人 / {respondents}人（{percent}%）',
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
	},
	en: {
		'remind.title': 'Who is up to date, and who to remind',
		'remind.lead':
			'A summary holds for {days} days from the day it was sent. A person with several devices counts by the device that is due first.',
		'remind.current': 'Current',
		'remind.dueSoon': 'Due soon',
		'remind.expired': 'Expired',
		'remind.people': '{count|# person|# people}',
		'remind.listTitle': 'Who to remind',
		'remind.none': 'Nobody is expired or due soon.',
		'remind.expiredOn': 'expired on {date}',
		'remind.dueBy': 'due by {date}',
		'remind.notSent': 'nothing received yet',
		'remind.mail': 'Write e-mail',
		'remind.mailFor': 'Write an e-mail to {name}',
		'remind.mailAll': 'Write one e-mail to all of them (Bcc)',
		'remind.copy': 'Copy the list',
		'remind.copied': 'List copied.',
		'remind.copyFailed': 'Could not copy. Select the list and copy it.',
		'remind.more': '{count|# more person|# more people}.',
		'remind.showAll': 'Show everyone',
		'remind.noAddress':
			'For people without an address in the staff list, add the recipient in your mail program.',
		'remind.rosterTitle': 'Staff list (optional, kept on this device only)',
		'remind.rosterLead':
			'One person a line: name and e-mail address (you can paste two columns from a spreadsheet). A summary with the same name counts as that person having sent. The list never leaves this device.',
		'remind.rosterLabel': 'Staff list (names and e-mail addresses)',
		'remind.rosterSave': 'Save the staff list',
		'remind.rosterSaved': 'Saved a staff list of {count|# person|# people}.',
		'remind.rosterBad': 'Line {lines} could not be read and was not saved.',
		'remind.rosterFailed': 'The staff list could not be saved. ({detail})',
		'remind.rosterNoNames':
			'Your policy does not collect names, so the staff list cannot be matched with the summaries.',
		'remind.notSentTitle': 'Nothing received yet from',
		'remind.notSentNone': 'Everyone on the staff list has sent a summary.',
		'remind.rulesTitle': 'Telework rules acknowledged',
		'remind.rulesRate':
			'Version {version} acknowledged by {acknowledged} of {respondents} people ({percent}%)',
		'remind.rulesMissing': 'Not acknowledged yet',
		'remind.rulesAll': 'Everyone has acknowledged them.',
		'remind.subject.check': 'Please do your telework security check',
		'remind.subject.rules': 'Please acknowledge the telework rules',
		'remind.body.expired':
			'Dear {name},\n\nYour telework security check expired on {date}. Please open Telework Check, review your answers and send your summary.\n\n{org}',
		'remind.body.dueSoon':
			'Dear {name},\n\nYour telework security check is due on {date}. Before then, please open Telework Check, review your answers and send your summary.\n\n{org}',
		'remind.body.notSent':
			'Dear {name},\n\nWe have not received your telework security check yet. Please do the check in Telework Check and send your summary.\n\n{org}',
		'remind.body.rules':
			'Dear {name},\n\nPlease read and acknowledge the telework rules (version {version}): open Telework Check, go to "Organisation policy", select "I have read the rules", then send your summary again.\n\n{org}',
		'remind.body.all':
			'Dear {name},\n\nYour telework security check has expired or is due soon. Please open Telework Check, review your answers and send your summary.\n\n{org}',
		'remind.everyone': 'all',
		'remind.readiness':
			'Check your SECURITY ACTION readiness (five measures, self-diagnosis, draft basic policy)'
	}
});
