import { defineMessages } from '../define';

// The meeting apps of a device and the organisation's decision on each (MeetingAppsStatus).
export const appsStatus = defineMessages({
	ja: {
		'apps.title': 'あなたの会議アプリ',
		'apps.byOrg': '「{org}」の判断',
		'apps.approved': '組織が承認しています',
		'apps.notApproved': '組織は使わないことにしています',
		'apps.undecided':
			'組織はまだ判断していません。使う前に、会社の担当の人（管理者や社長など）に確かめてください。',
		'apps.openPoints':
			'審査では、提供元の資料でまだ確かめられていない点が{count}点ありました（アプリが危ないという意味ではありません）。会社の担当の人が確かめています。',
		'apps.noPolicy':
			'組織のポリシーがまだこの端末にありません。会議アプリを使ってよいかは、会社の担当の人（管理者や社長など）に確かめてください。',
		'apps.settings': 'あなたがする設定',
		'apps.byAdmin':
			'この会議アプリの設定（{count}件）は、管理者がします。あなたが変えるものはありません。',
		'apps.byAdmin.more': 'ほかの{count}件の設定は、管理者がします。',
		'apps.byOrgSetter':
			'この会議アプリの設定（{count}件）は、会社で設定を担当する人がします。あなたが変えるものはありません。',
		'apps.byOrgSetter.more': 'ほかの{count}件の設定は、会社で設定を担当する人がします。',
		'apps.settingFrom.low': 'すべての会議',
		'apps.settingFrom.medium': '重要度「中」以上の会議',
		'apps.settingFrom.high': '重要度「高」の会議',
		'apps.browserJoin':
			'社外の会議に誘われたときは、アプリを入れずにブラウザから参加できないか確かめてください。'
	},
	en: {
		'apps.title': 'Your meeting apps',
		'apps.byOrg': 'Decision of "{org}"',
		'apps.approved': 'Approved by your organisation',
		'apps.notApproved': 'Your organisation decided not to use it',
		'apps.undecided':
			'Your organisation has not decided on it yet. Before using it, ask whoever looks after this in your company (your admin or the owner).',
		'apps.openPoints':
			"Points the vendor's documents do not answer yet: {count}. This does not mean the app is unsafe; whoever looks after this in your company is checking them.",
		'apps.noPolicy':
			'There is no organisation policy on this device yet. Ask whoever looks after this in your company (your admin or the owner) which meeting apps you may use.',
		'apps.settings': 'Settings you make yourself',
		'apps.byAdmin':
			"This app's settings ({count}) are changed by your admin. There is nothing for you to change.",
		'apps.byAdmin.more': 'Your admin changes the other settings ({count}).',
		'apps.byOrgSetter':
			"This app's settings ({count}) are changed by whoever sets up the apps in your company. There is nothing for you to change.",
		'apps.byOrgSetter.more':
			'Whoever sets up the apps in your company changes the other settings ({count}).',
		'apps.settingFrom.low': 'every meeting',
		'apps.settingFrom.medium': 'meetings of medium sensitivity or higher',
		'apps.settingFrom.high': 'high-sensitivity meetings',
		'apps.browserJoin':
			"When invited to another organisation's meeting, see whether you can join from the browser instead of installing its app."
	}
});
