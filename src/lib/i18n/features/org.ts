import { defineMessages } from '../define';

export const org = defineMessages({
	ja: {
		'org.link': '組織のポリシー',
		'org.title': '組織のポリシー',
		'org.lead':
			'会社の管理者が決めたルール（必須にした項目、使ってよい会議アプリ、相談窓口など）です。ファイルで受け取り、この端末で使います。',
		'org.active': 'この端末が従っているポリシー',
		'org.none':
			'まだポリシーはありません。管理者からポリシーのファイルを受け取ったら、下で読み込んでください。',
		'org.name': '組織',
		'org.version': '版',
		'org.issued': '発行日',
		'org.fingerprint': '確認用の番号',
		'org.encryption': '送る状況',
		'org.encrypted': '管理者の鍵で暗号化して送ります（管理者にしか読めません）',
		'org.fingerprintHelp':
			'同じポリシーなら、誰の端末でも同じ番号になります。管理者に電話やチャットで番号を読み上げてもらい、一致するか確かめられます。',
		'org.changes': '変わること',
		'org.madeMust': '{count}項目を「必須」にします',
		'org.madeShould': '{count}項目を「推奨」にします',
		'org.turnedOff': '{count}項目を対象外にします',
		'org.ownItems': '会社独自の項目が{count}件あります',
		'org.helpDesks': '相談窓口が{count}件登録されています',
		'org.approvedApps': '使ってよい会議アプリ: {apps}',
		'org.notApprovedApps': '使わない会議アプリ: {apps}',
		'org.noChanges': 'チェックリストは変わりません。',
		'org.load': 'ポリシーのファイルを読み込む',
		'org.loadBody':
			'管理者から受け取ったファイル（.json）を選んでください。内容を確かめてから使い始めます。',
		'org.chooseFile': 'ポリシーのファイルを選ぶ',
		'org.draft': '管理者の方へ: ポリシーの下書き',
		'org.adminFolded': '管理者の方へ（ポリシーを作る・配る・集める）',
		'org.draftNone':
			'まだ下書きはありません。ポリシーを作るか、会議アプリを審査して組織の判断を保存すると、下書きができます。',
		'org.vetLink': '会議アプリを審査する',
		'org.editLink':
			'ポリシーを編集する（組織の名前、相談窓口、項目の扱い、独自の項目、見直しの間隔、集める項目）',
		'org.createLink': 'ポリシーを作る',
		'org.collectLink': '社員から届いた状況のファイルを取り込む',
		'org.dashboardLink': '組織の状況を見る（集計・印刷・CSV）',
		'org.reading': 'ファイルを確かめています…',
		'org.saving': '保存しています…'
	},
	en: {
		'org.link': 'Organisation policy',
		'org.title': 'Organisation policy',
		'org.lead':
			"Your company's rules, set by its admin: items made MUST, the meeting apps you may use, whom to ask for help. You receive them as a file and this device follows them.",
		'org.active': 'The policy this device follows',
		'org.none': 'No policy yet. When your admin sends you a policy file, load it below.',
		'org.name': 'Organisation',
		'org.version': 'Version',
		'org.issued': 'Issued',
		'org.fingerprint': 'Check code',
		'org.encryption': 'Your summaries',
		'org.encrypted': "Sent encrypted to the admin's key (only the admin can read them)",
		'org.fingerprintHelp':
			'The same policy shows the same check code on every device. Ask your admin to read theirs out by phone or chat and check that they match.',
		'org.changes': 'What it changes',
		'org.madeMust': 'Makes {count|# item|# items} MUST',
		'org.madeShould': 'Makes {count|# item|# items} SHOULD',
		'org.turnedOff': 'Turns {count|# item|# items} off',
		'org.ownItems': 'Adds {count|# item|# items} of its own',
		'org.helpDesks': 'Lists {count|# help desk|# help desks}',
		'org.approvedApps': 'Approved meeting apps: {apps}',
		'org.notApprovedApps': 'Meeting apps not to use: {apps}',
		'org.noChanges': 'It does not change the checklist.',
		'org.load': 'Load a policy file',
		'org.loadBody':
			'Choose the file (.json) your admin sent you. You see what it changes before it is used.',
		'org.chooseFile': 'Choose a policy file',
		'org.draft': 'For admins: your draft policy',
		'org.adminFolded': 'For admins (make, hand out and collect)',
		'org.draftNone':
			'No draft yet. Create a policy, or vet a meeting app and save your decision: either starts the draft.',
		'org.vetLink': 'Vet a meeting app',
		'org.editLink':
			'Edit the policy (name, help desks, how items count, your own items, re-check interval, what summaries carry)',
		'org.createLink': 'Create a policy',
		'org.collectLink': 'Import the summaries your staff sent',
		'org.dashboardLink': 'See the organisation posture (totals, print, CSV)',
		'org.reading': 'Checking the file…',
		'org.saving': 'Saving…'
	}
});
