import { defineMessages } from '../define';

// The organisation admin's hub (/admin): the admin's work, step by step.
export const admin = defineMessages({
	ja: {
		'admin.title': '組織の管理',
		'admin.lead':
			'管理者（IT担当のいない会社では経営者）の仕事を、この順に進めます。どれもこの端末の中で行い、データはどこにも送られません。',
		'admin.policy.title': 'ポリシーを作り、社員に渡す',
		'admin.policy.body':
			'相談窓口、必須にする項目、集める内容を決めて公開し、ファイル・リンク・QRコードで社員に渡します。',
		'admin.policy.cta': '組織のポリシーを開く',
		'admin.policy.published': 'いまの状態: 第{version}版を公開済み',
		'admin.policy.draftOnly': 'いまの状態: 下書きがあります（まだ公開していません）',
		'admin.policy.none': 'いまの状態: まだありません',
		'admin.vetting.title': '会議アプリを審査する',
		'admin.vetting.body':
			'社内で使う会議アプリを基準に照らして判断します。判断はポリシーの下書きに入り、次に公開した版から社員に届きます。',
		'admin.vetting.cta': '会議アプリの審査を開く',
		'admin.collect.title': '社員の状況を集める',
		'admin.collect.body':
			'社員が送ってきた状況のファイルを、まとめて取り込みます。1件ずつ検査してから保存します。',
		'admin.collect.cta': '状況の取り込みを開く',
		'admin.dashboard.title': '組織の状況を見る',
		'admin.dashboard.body':
			'弱いところと次にやることを確かめ、印刷やCSV・行動計画の保存で残します。',
		'admin.dashboard.cta': '組織の状況を開く',
		'admin.checklists': '自分のチェックリスト',
		'admin.checklistsBody': '会社として整える対策は、管理者と経営者のチェックリストで確かめます。',
		'admin.readiness': 'SECURITY ACTION の準備（5か条、自社診断、基本方針の下書き）'
	},
	en: {
		'admin.title': 'Organisation admin',
		'admin.lead':
			"The admin's work (in a company without IT staff, the owner's), in this order. All of it happens on this device; no data is sent anywhere.",
		'admin.policy.title': 'Write the policy and hand it out',
		'admin.policy.body':
			'Decide the help desk, the items made MUST and what summaries carry, publish it, and give it to your staff as a file, link or QR code.',
		'admin.policy.cta': 'Open the organisation policy',
		'admin.policy.published': 'Now: version {version} is published',
		'admin.policy.draftOnly': 'Now: there is a draft (not published yet)',
		'admin.policy.none': 'Now: none yet',
		'admin.vetting.title': 'Vet meeting apps',
		'admin.vetting.body':
			'Judge the meeting apps your company uses against the criteria. Decisions go into the policy draft and reach staff with the next version you publish.',
		'admin.vetting.cta': 'Open meeting-app vetting',
		'admin.collect.title': "Collect your staff's summaries",
		'admin.collect.body':
			'Import the summary files your staff sent, many at once. Each is checked before anything is saved.',
		'admin.collect.cta': 'Open the summary import',
		'admin.dashboard.title': 'See the organisation',
		'admin.dashboard.body':
			'See the weakest points and what to do next; print it, or save it as CSV or an action plan.',
		'admin.dashboard.cta': 'Open the organisation posture',
		'admin.checklists': 'Your own checklist',
		'admin.checklistsBody':
			"What the company itself has to put in place is in the admin's and the owner's checklists.",
		'admin.readiness':
			'SECURITY ACTION readiness: the five measures, the self-diagnosis and a draft basic policy'
	}
});
