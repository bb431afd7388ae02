import { defineMessages } from '../define';

export const collect = defineMessages({
	ja: {
		'collect.title': '社員の状況を取り込む',
		'collect.lead':
			'社員から届いたファイル（.json）をまとめて選ぶと、1つずつ検査します。問題のあるファイルは理由を表示し、何も保存しません。',
		'collect.importHeading': 'ファイルを取り込む',
		'collect.choose': '取り込むファイルを選ぶ（複数可）',
		'collect.reading': 'ファイルを検査しています…',
		'collect.report': '検査の結果: 受け入れ {accepted}件、そのほか {other}件',
		'collect.file': 'ファイル',
		'collect.outcome': '結果',
		'collect.reason': '理由',
		'collect.kind.accepted': '受け入れ',
		'collect.kind.rejected': '拒否',
		'collect.kind.duplicate': '重複（取り込み済み）',
		'collect.kind.superseded': '古い版（第{by}回が新しい）',
		'collect.kind.conflict': '競合（同じ回で内容が違う）',
		'collect.replaces': '同じ人・端末の以前の版を置き換えます',
		'collect.save': '受け入れた{count}件を保存する',
		'collect.saving': '保存しています…',
		'collect.saved': '保存しました。',
		'collect.failed': 'うまくいきませんでした。何も保存していません。（{detail}）',
		'collect.stored': '取り込み済みの状況: {count}件',
		'collect.respondent': '回答者',
		'collect.device': '端末',
		'collect.revision': '回',
		'collect.created': '作成日時'
	},
	en: {
		'collect.title': 'Import staff summaries',
		'collect.lead':
			'Choose the files (.json) your staff sent, all at once. Each one is checked; a file with a problem is listed with the reason, and nothing of it is stored.',
		'collect.importHeading': 'Import files',
		'collect.choose': 'Choose the files to import (several at once)',
		'collect.reading': 'Checking the files…',
		'collect.report': 'Result: {accepted} accepted, {other} other',
		'collect.file': 'File',
		'collect.outcome': 'Outcome',
		'collect.reason': 'Reason',
		'collect.kind.accepted': 'Accepted',
		'collect.kind.rejected': 'Rejected',
		'collect.kind.duplicate': 'Duplicate (already imported)',
		'collect.kind.superseded': 'Older (revision {by} is newer)',
		'collect.kind.conflict': 'Conflict (same revision, different content)',
		'collect.replaces': "Replaces this person's earlier summary of the device",
		'collect.save': 'Store the {count} accepted',
		'collect.saving': 'Saving…',
		'collect.saved': 'Saved.',
		'collect.failed': 'That did not work; nothing was stored. ({detail})',
		'collect.stored': 'Imported summaries: {count}',
		'collect.respondent': 'Respondent',
		'collect.device': 'Device',
		'collect.revision': 'Revision',
		'collect.created': 'Created'
	}
});
