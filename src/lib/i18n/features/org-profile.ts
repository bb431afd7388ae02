import { defineMessages } from '../define';

// The organisation's profile: the questions that fit the admin's and owner's lists to it.
export const orgProfile = defineMessages({
	ja: {
		'orgProfile.title': 'あなたの会社に合わせる',
		'orgProfile.lead':
			'6つの質問に答えると、会社に関係のない項目は消え、必須と推奨が会社の状況に合わせて並び直します。答えはこの端末の組織のポリシー（下書き）に保存され、あとで変えられます。',
		'orgProfile.summaryTitle': 'この一覧は、次の会社の状況に合わせています',
		'orgProfile.change': '会社の状況を変える',
		'orgProfile.summary': 'あなたの会社: {facts}。つなぎ方: {ways}。',
		'orgProfile.orgName': '会社（組織）の名前',
		'orgProfile.size': '会社の人数（社長も含めて）',
		'orgProfile.size.up-to-5': '5人以下',
		'orgProfile.size.6-20': '6〜20人',
		'orgProfile.size.21-100': '21〜100人',
		'orgProfile.size.over-100': '101人以上',
		'orgProfile.itStaff': 'パソコンやネットワークの担当者（IT担当者）はいますか？',
		'orgProfile.itStaff.yes': 'いる（社内に担当者がいる、または外部に任せている）',
		'orgProfile.itStaff.no': 'いない（経営者や社員が、ほかの仕事と兼ねている）',
		'orgProfile.methods':
			'社員は、会社のシステムや情報にどうやってつなぎますか？（当てはまるものすべて）',
		'orgProfile.methods.vpn': 'VPN（会社のネットワークに外からつなぐしくみ）',
		'orgProfile.methods.remote-desktop': 'リモートデスクトップ（会社のパソコンを家から操作する）',
		'orgProfile.methods.virtual-desktop': '仮想デスクトップ（VDI）',
		'orgProfile.methods.secure-container': 'セキュアコンテナ（仕事専用に区切られたアプリ）',
		'orgProfile.methods.secure-browser': 'セキュアブラウザ（仕事専用のブラウザ）',
		'orgProfile.methods.cloud-direct':
			'クラウドサービスを直接使う（Microsoft 365、Google Workspace、クラウドの会計ソフトなど）',
		'orgProfile.methods.standalone': 'つながない（会社の端末に入れたデータだけで作業する）',
		'orgProfile.personalDevices':
			'私物のパソコンやスマートフォンを仕事に使ってよいことにしていますか？',
		'orgProfile.personalData': 'お客様や取引先の個人情報（名前、住所、電話番号など）を扱いますか？',
		'orgProfile.cloud': 'メールやファイルの保存にクラウドサービスを使っていますか？',
		'orgProfile.yes': 'はい',
		'orgProfile.no': 'いいえ',
		'orgProfile.save': 'この内容で一覧を合わせる',
		'orgProfile.saving': '保存しています…',
		'orgProfile.saved': '保存しました。一覧を会社の状況に合わせました。',
		'orgProfile.failed':
			'保存できませんでした。答えはこの画面に残っています。もう一度お試しください。',
		'orgProfile.missing': 'まだ答えていない質問があります: {questions}',
		'orgProfile.combined':
			'IT担当者がいないので、管理者の項目もこの一覧に入れています（同じ内容の項目は1つにまとめています）。',
		'orgProfile.ownDevice': '自分のパソコンやスマートフォンも点検する'
	},
	en: {
		'orgProfile.title': 'Fit this list to your company',
		'orgProfile.lead':
			"Answer six questions: items that do not concern your company disappear, and MUST and SHOULD follow your company's situation. The answers are saved in the organisation policy (draft) on this device and can be changed later.",
		'orgProfile.summaryTitle': "This list follows your company's situation",
		'orgProfile.change': "Change the company's situation",
		'orgProfile.summary': 'Your company: {facts}. Ways in: {ways}.',
		'orgProfile.orgName': 'Name of the company (organisation)',
		'orgProfile.size': 'How many people work in the company (owner included)?',
		'orgProfile.size.up-to-5': 'Up to 5',
		'orgProfile.size.6-20': '6 to 20',
		'orgProfile.size.21-100': '21 to 100',
		'orgProfile.size.over-100': 'Over 100',
		'orgProfile.itStaff': 'Is someone in charge of computers and the network (IT staff)?',
		'orgProfile.itStaff.yes': 'Yes (someone in the company, or an outside provider)',
		'orgProfile.itStaff.no': 'No (the owner or staff do it alongside their other work)',
		'orgProfile.methods':
			"How do staff reach the company's systems and information? (all that apply)",
		'orgProfile.methods.vpn': "A VPN (a way into the company's network from outside)",
		'orgProfile.methods.remote-desktop': 'Remote desktop (using an office computer from home)',
		'orgProfile.methods.virtual-desktop': 'A virtual desktop (VDI)',
		'orgProfile.methods.secure-container': 'A secure container (a walled-off work app)',
		'orgProfile.methods.secure-browser': 'A secure browser just for work',
		'orgProfile.methods.cloud-direct':
			'Cloud services used directly (Microsoft 365, Google Workspace, cloud accounting and so on)',
		'orgProfile.methods.standalone': 'No connection (work only with data put on a company device)',
		'orgProfile.personalDevices': 'May staff use their own computers or phones for work?',
		'orgProfile.personalData':
			"Does the company handle customers' or partners' personal data (names, addresses, phone numbers)?",
		'orgProfile.cloud': 'Does the company use cloud services for mail or for storing files?',
		'orgProfile.yes': 'Yes',
		'orgProfile.no': 'No',
		'orgProfile.save': 'Fit the list to these answers',
		'orgProfile.saving': 'Saving…',
		'orgProfile.saved': "Saved. The list now follows your company's situation.",
		'orgProfile.failed': 'It could not be saved. Your answers are still here; please try again.',
		'orgProfile.missing': 'Some questions are not answered yet: {questions}',
		'orgProfile.combined':
			"With no IT staff, the admin's items are in this list too (items that say the same thing are shown once).",
		'orgProfile.ownDevice': 'Check your own computer and phone too'
	}
});
