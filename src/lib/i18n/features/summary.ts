import { defineMessages } from '../define';

export const summary = defineMessages({
	ja: {
		'summary.title': '管理者に状況を送る',
		'summary.lead':
			'端末ごとの点検の状況を、小さなファイルにして管理者に送ります。送る前に、ファイルに入る内容をすべて確かめられます。メモや理由は入りません。',
		'summary.device': '送る端末',
		'summary.noDevices': 'まだ端末が登録されていません。先に点検を始めてください。',
		'summary.org': '送り先の組織: {org}（確認用の番号 {print}）',
		'summary.noOrg':
			'この端末には組織のポリシーがありません。このまま送ると、どの組織にも結びつかない状況になり、組織の決まり（必須の項目や集める項目）も入りません。',
		'summary.noOrgTodo':
			'先に管理者からポリシーのリンク（またはファイル）を受け取って開き、それから送ってください。すぐ送る場合は、管理者の画面に「組織のポリシーなしで作成」と表示されます。',
		'summary.openPolicy': 'ポリシーのリンクやファイルを開く',
		'summary.rulesAcked': 'テレワークのきまり: 第{version}版を{date}に確認済み',
		'summary.rulesNotAcked':
			'テレワークのきまりをまだ確認していません。確認してから送ると、管理者に伝わります。',
		'summary.readRules': 'きまりを読んで確認する',
		'summary.name': 'お名前',
		'summary.department': '部署',
		'summary.required': '（必須）',
		'summary.optional': '（任意）',
		'summary.forbidden': '{field}は組織の決まりで送りません。',
		'summary.missing': '組織の決まりで必要です: {fields}',
		'summary.previewTitle': 'ファイルに入る内容',
		'summary.respondent': 'あなたを表す番号（ランダム）',
		'summary.revision': '送信の回数（この端末）',
		'summary.answers': '項目の状況: {count}件',
		'summary.lastCheck': '最後の会議前の確認',
		'summary.none': 'なし',
		'summary.created': '作成日時',
		'summary.exact': 'ファイルの中身をそのまま見る',
		'summary.notIncluded': 'メモ、「該当しない」や例外の理由、端末の呼び名は入りません。',
		'summary.save': 'ファイルを保存する',
		'summary.asLink': 'リンクかQRコードで送る',
		'summary.linkMade':
			'リンクを作りました。メールやチャットで管理者に送るか、管理者にQRコードを読み取ってもらってください。',
		'summary.linkLabel': '状況のリンク（この中に上の内容が入っています）',
		'summary.qrLabel': '状況のリンクのQRコード',
		'summary.qrCaption': '管理者が自分の端末のカメラで読み取ると、この状況を取り込めます。',
		'summary.linkTooLong': 'この状況はリンクにするには大きすぎます。ファイルで送ってください。',
		'summary.saved': '保存しました（{file}）。メールやチャットで管理者に送ってください。',
		'summary.saveFailed': '保存できませんでした。（{detail}）',
		'summary.preparing': '内容を準備しています…',
		'summary.encrypted':
			'組織の決まりで、この状況は管理者あてに暗号化して送ります。ファイルもリンクも、管理者の鍵がなければだれにも（途中で受け取った人にも）読めません。下に見えているのは、暗号化する前の中身そのものです。',
		'summary.encryptedKey': '管理者の鍵（公開鍵）:',
		'summary.savedEncrypted':
			'管理者あてに暗号化して保存しました（{file}）。メールやチャットで管理者に送ってください。',
		'summary.linkMadeEncrypted':
			'管理者あてに暗号化したリンクを作りました。メールやチャットで管理者に送ってください。',
		'summary.unavailable':
			'暗号化に使う部分がまだこの端末に入っていません。インターネットにつないでから、このページを開き直してください。暗号化しないまま送ることはしません。',
		'summary.badKey':
			'組織のポリシーにある管理者の鍵が正しくありません。管理者にポリシーを送り直してもらってください。何も保存していません。'
	},
	en: {
		'summary.title': 'Send your status to the admin',
		'summary.lead':
			'Your checklist status for one device, as a small file for your admin. Before you save it you can see everything it holds. Notes and reasons are never included.',
		'summary.device': 'Device to send',
		'summary.noDevices': 'No device yet. Start the check first.',
		'summary.org': 'For: {org} (check code {print})',
		'summary.noOrg':
			"This device has no organisation policy. Sent now, your summary is not tied to any organisation and does not follow your organisation's rules (its MUST items and the details it collects).",
		'summary.noOrgTodo':
			'First get the policy link (or file) from your admin and open it, then send. If you send now, your admin sees it marked "made without your policy".',
		'summary.openPolicy': 'Open a policy link or file',
		'summary.rulesAcked': 'Telework rules: version {version} acknowledged on {date}',
		'summary.rulesNotAcked':
			'You have not acknowledged the telework rules yet. Acknowledge them before you send, and your admin will see it.',
		'summary.readRules': 'Read and acknowledge the rules',
		'summary.name': 'Your name',
		'summary.department': 'Department',
		'summary.required': '(required)',
		'summary.optional': '(optional)',
		'summary.forbidden': 'Your organisation does not collect the {field}.',
		'summary.missing': 'Your organisation needs: {fields}',
		'summary.previewTitle': 'What the file holds',
		'summary.respondent': 'Your id (random)',
		'summary.revision': 'Times sent (this device)',
		'summary.answers': 'Item statuses: {count}',
		'summary.lastCheck': 'Last pre-meeting check',
		'summary.none': 'none',
		'summary.created': 'Created',
		'summary.exact': 'See the exact file',
		'summary.notIncluded':
			'Notes, the reasons for "not applicable" and exceptions, and the device\'s name are not included.',
		'summary.save': 'Save the file',
		'summary.asLink': 'Send as a link or QR code',
		'summary.linkMade':
			'The link is ready. Send it to your admin by mail or chat, or let them scan the QR code.',
		'summary.linkLabel': 'Link with your summary (it holds exactly the content above)',
		'summary.qrLabel': 'QR code of the link with your summary',
		'summary.qrCaption':
			"Scanned with the admin's own device, it brings this summary into their app.",
		'summary.linkTooLong': 'This summary is too large for a link. Send the file instead.',
		'summary.saved': 'Saved ({file}). Send it to your admin by mail or chat.',
		'summary.saveFailed': 'It could not be saved. ({detail})',
		'summary.preparing': 'Preparing…',
		'summary.encrypted':
			"Your organisation has this summary encrypted to the admin. Without the admin's key nobody can read the file or the link, not even someone who gets hold of it on the way. What you see below is exactly what is inside, before encryption.",
		'summary.encryptedKey': "Admin's key (public key):",
		'summary.savedEncrypted':
			'Saved, encrypted to your admin ({file}). Send it to your admin by mail or chat.',
		'summary.linkMadeEncrypted':
			'The link is ready, encrypted to your admin. Send it to your admin by mail or chat.',
		'summary.unavailable':
			'The part of the app that encrypts is not on this device yet. Connect to the internet, then open this page again. The summary is never sent unencrypted instead.',
		'summary.badKey':
			"The admin's key in your organisation's policy is not valid. Ask your admin to send you the policy again. Nothing was saved."
	}
});
