import { defineMessages } from '../define';

// A checklist's words: its parts, progress and saving.
export const checklistText = defineMessages({
	ja: {
		'checklist.title': '{role}のチェックリスト',
		'checklist.lead':
			'必須の項目から順に、今の状態を選んでください。選ぶとすぐこの端末に保存されます。',
		'checklist.progress': '{done} / {total} 件 対応済み',
		'checklist.why': 'やらないと何が起きるか',
		'checklist.how': 'やり方',
		'checklist.effort': '目安 {minutes} 分',
		'checklist.recheck': '{days} 日ごとに見直し',
		'checklist.sources': '出典',
		'checklist.sourceAsOf': '{date} 時点',
		'checklist.statusLegend': '「{title}」の状態',
		'checklist.otherRoles': 'ほかの立場のチェックリスト',
		'checklist.clearAnswer': '回答を取り消す',
		'save.saving': '保存中…',
		'save.saved': '保存しました',
		'save.failed': '保存できませんでした',
		'save.failedDetail':
			'答えはこの画面には残っていますが、端末には保存されていません。閉じる前にバックアップをダウンロードしてください。',
		'save.retry': 'もう一度保存する',
		'save.downloadBackup': 'バックアップをダウンロード'
	},
	en: {
		'checklist.title': 'Checklist: {role}',
		'checklist.lead':
			'Start with the must-do items and pick where you stand. Each choice is saved on this device at once.',
		'checklist.progress': '{done} of {total} done',
		'checklist.why': 'What can happen if you skip it',
		'checklist.how': 'How to do it',
		'checklist.effort': 'About {minutes} min',
		'checklist.recheck': 'Review every {days} days',
		'checklist.sources': 'Sources',
		'checklist.sourceAsOf': 'as of {date}',
		'checklist.statusLegend': 'Status of “{title}”',
		'checklist.otherRoles': 'Checklists for other roles',
		'checklist.clearAnswer': 'Clear the answer',
		'save.saving': 'Saving…',
		'save.saved': 'Saved',
		'save.failed': 'Not saved',
		'save.failedDetail':
			'Your answer is still on this screen but not stored on this device. Download a backup before you close the app.',
		'save.retry': 'Try saving again',
		'save.downloadBackup': 'Download a backup'
	}
});
