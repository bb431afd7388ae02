import { defineMessages } from '../define';

// The dashboard page itself: its cover (organisation, date, policy) and the state of the count. The
// report's own words (dashboard.ts) load with the report.
export const dashboardCover = defineMessages({
	ja: {
		'dash.title': '組織の状況',
		'dash.lead':
			'取り込んだ社員の状況を、いまのポリシーとチェックリストで数え直しています。ファイルの中の点数は使いません。',
		'dash.loading': '数えています…',
		'dash.empty': 'まだ社員の状況が取り込まれていません。',
		'dash.importLink': '社員の状況を取り込む',
		'dash.failed': '集計できませんでした。（{detail}）',
		'dash.cover': '{org} のテレワークの安全対策の状況',
		'dash.coverNoOrg': 'テレワークの安全対策の状況（ポリシー未設定）',
		'dash.meta': '{date} 時点・回答者 {respondents}人・端末 {profiles}台',
		'dash.policy': 'ポリシー 第{version}版・確認用の番号'
	},
	en: {
		'dash.title': 'Organisation posture',
		'dash.lead':
			'The staff summaries you imported, recounted with the current policy and checklist. Scores in the files are never used.',
		'dash.loading': 'Counting…',
		'dash.empty': 'No staff summary has been imported yet.',
		'dash.importLink': 'Import staff summaries',
		'dash.failed': 'The summaries could not be counted. ({detail})',
		'dash.cover': 'Telework security at {org}',
		'dash.coverNoOrg': 'Telework security (no policy yet)',
		'dash.meta':
			'As of {date} · {respondents|# respondent|# respondents} · {profiles|# device|# devices}',
		'dash.policy': 'Policy version {version} · check code'
	}
});
