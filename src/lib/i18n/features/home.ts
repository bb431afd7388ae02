import { defineMessages } from '../define';

// The start page (/); the tagline is on the about page too.
export const home = defineMessages({
	ja: {
		'home.tagline':
			'在宅勤務で「必ずやること」と「できればやること」を、あなたの環境に合わせて示すチェックリストです。',
		'home.title': 'テレワークのセキュリティを、自分の環境に合わせて点検',
		'home.lead':
			'端末・ネットワーク・作業場所・会議アプリに合わせて、必須と推奨の対策を示します。答えはこの端末の中だけに保存され、どこにも送られません。',
		'home.startsHeading': 'あなたの立場を選んでください',
		'home.start.employee.title': '在宅で働く人',
		'home.start.employee.body': '自分の端末や自宅のネットワークで、やるべきことを確かめます。',
		'home.start.admin.title': 'システム管理者',
		'home.start.admin.body': '会社として社員に求める対策と、相談窓口を整えます。',
		'home.start.owner.title': '経営者',
		'home.start.owner.body': 'テレワークのルールと体制が整っているかを確かめます。',
		'home.start.cta': '点検を始める',
		'home.openChecklist': 'チェックリストを開く',
		'home.meeting.title': '会議の前に',
		'home.meeting.body': 'カメラに映るもの、マイクが拾う音、画面共有、参加者を1分で確かめます。',
		'home.meeting.cta': '会議の前の確認を始める',
		'home.org.title': '組織のポリシーと会議アプリ',
		'home.org.body':
			'会社が決めたルールのファイルを読み込むと、必須の項目や使ってよい会議アプリがこの端末に反映されます。ルールを作る人（IT担当者、いなければ社長など）は、会議アプリを審査して、ルールを作れます。',
		'home.org.cta': '組織のポリシーを開く',
		'home.org.vet': '会議アプリを審査する（管理者向け）',
		'home.offlineReady': 'このアプリは一度開けば、インターネットにつながっていなくても使えます。'
	},
	en: {
		'home.tagline':
			'A checklist that tells you what you must and should do to work from home securely, in your own situation.',
		'home.title': 'Check your telework security, for your own setup',
		'home.lead':
			'Must-do and should-do measures for your device, network, workplace and meeting apps. Your answers stay in this browser and are sent nowhere.',
		'home.startsHeading': 'Who are you?',
		'home.start.employee.title': 'I work from home',
		'home.start.employee.body': 'Check what to do on your own device and home network.',
		'home.start.admin.title': 'IT admin',
		'home.start.admin.body':
			'Set up what the company asks of staff, and a help desk they can reach.',
		'home.start.owner.title': 'Business owner',
		'home.start.owner.body': 'Check that telework rules and support are in place.',
		'home.start.cta': 'Start the check',
		'home.openChecklist': 'Open the checklist',
		'home.meeting.title': 'Before a meeting',
		'home.meeting.body':
			'Check in one minute what your camera shows, what the mic hears, what you share and who joins.',
		'home.meeting.cta': 'Start the meeting check',
		'home.org.title': 'Organisation policy and meeting apps',
		'home.org.body':
			"Load the policy file your company sends you, and this device shows your organisation's MUST items and approved meeting apps. Whoever writes the rules (the IT admin, or the owner where there is none) vets meeting apps and writes the policy.",
		'home.org.cta': 'Open the organisation policy',
		'home.org.vet': 'Vet a meeting app (for admins)',
		'home.offlineReady': 'Once opened, this app works without an internet connection.'
	}
});
