import { defineMessages } from '../define';

/**
 * The restore in Settings once a file is chosen: its progress, what the file holds, the
 * confirmation and the errors. Loaded with the restore's steps, after the page.
 */
export const backupRestore = defineMessages({
	ja: {
		'backup.reading': 'ファイルを読み込んでいます…',
		'backup.previewTitle': 'このバックアップの中身',
		'backup.previewFile': 'ファイル',
		'backup.previewProfiles': '端末の数',
		'backup.previewAnswers': '答えの数',
		'backup.previewNotes': 'メモの数',
		'backup.previewCreated': '作成した日時',
		'backup.previewAppVersion': '作成したアプリのバージョン',
		'backup.replaceTitle': 'この端末のデータは、すべて置き換わります',
		'backup.replaceBody':
			'いまこの端末に保存されている端末の情報・答え・メモはすべて消えて、このバックアップの内容になります。元には戻せません。必要なら、先にバックアップをダウンロードしてください。',
		'backup.confirm': 'このバックアップで置き換える',
		'backup.cancel': 'やめる',
		'backup.restoring': '復元しています…',
		'backup.restored': 'バックアップを復元しました（端末 {profiles} 台、答え {answers} 件）。',
		'backup.openHome': 'はじめのページへ',
		'backup.errorTitle': 'このファイルは復元できませんでした',
		'backup.errorUnchanged': 'この端末のデータは何も変わっていません。',
		'backup.errorDetail': '詳しい内容: {detail}',
		'backup.error.too-big':
			'ファイルが 5 MB より大きいです。このアプリのバックアップは、もっと小さなファイルです。',
		'backup.error.not-utf8': 'ファイルが壊れているか、ダウンロードしたあとに書き換えられています。',
		'backup.error.not-json': 'ファイルが壊れているか、ダウンロードしたあとに書き換えられています。',
		'backup.error.too-deep': 'ファイルが壊れているか、ダウンロードしたあとに書き換えられています。',
		'backup.error.forbidden-key':
			'ファイルが壊れているか、ダウンロードしたあとに書き換えられています。',
		'backup.error.duplicate-key':
			'ファイルが壊れているか、ダウンロードしたあとに書き換えられています。',
		'backup.error.invalid': 'ファイルが壊れているか、ダウンロードしたあとに書き換えられています。',
		'backup.error.wrong-format':
			'テレワーク点検のバックアップではありません。「telework-check-backup-日付.json」という名前のファイルを選んでください。',
		'backup.error.newer-version':
			'このバックアップは、新しいバージョンのアプリで作られています。インターネットにつないでアプリを更新してから、もう一度お試しください。',
		'backup.error.unsupported-version':
			'このバックアップは、このバージョンのアプリでは読めない形式です。',
		'backup.error.unreadable':
			'ファイルを開けませんでした。ファイルがあるか確かめて、もう一度選んでください。',
		'backup.error.write-failed':
			'この端末に書き込めませんでした。空き容量を確かめてから、もう一度お試しください。'
	},
	en: {
		'backup.reading': 'Reading the file…',
		'backup.previewTitle': 'What this backup holds',
		'backup.previewFile': 'File',
		'backup.previewProfiles': 'Device profiles',
		'backup.previewAnswers': 'Answers',
		'backup.previewNotes': 'Notes',
		'backup.previewCreated': 'Made on',
		'backup.previewAppVersion': 'Made by app version',
		'backup.replaceTitle': 'This replaces everything on this device',
		'backup.replaceBody':
			'The device profiles, answers and notes saved on this device now will all be deleted and replaced by this backup. This cannot be undone. If you may need them, download a backup first.',
		'backup.confirm': 'Replace with this backup',
		'backup.cancel': 'Cancel',
		'backup.restoring': 'Restoring…',
		'backup.restored': 'The backup is restored (device profiles: {profiles}, answers: {answers}).',
		'backup.openHome': 'Go to the start page',
		'backup.errorTitle': 'This file could not be restored',
		'backup.errorUnchanged': 'Nothing on this device was changed.',
		'backup.errorDetail': 'Details: {detail}',
		'backup.error.too-big':
			'The file is larger than 5 MB. A backup from this app is a much smaller file.',
		'backup.error.not-utf8': 'The file is damaged, or it was changed after it was downloaded.',
		'backup.error.not-json': 'The file is damaged, or it was changed after it was downloaded.',
		'backup.error.too-deep': 'The file is damaged, or it was changed after it was downloaded.',
		'backup.error.forbidden-key': 'The file is damaged, or it was changed after it was downloaded.',
		'backup.error.duplicate-key': 'The file is damaged, or it was changed after it was downloaded.',
		'backup.error.invalid': 'The file is damaged, or it was changed after it was downloaded.',
		'backup.error.wrong-format':
			'This is not a Telework Check backup. Choose a file named "telework-check-backup-(date).json".',
		'backup.error.newer-version':
			'This backup was made by a newer version of the app. Connect to the internet to update the app, then try again.',
		'backup.error.unsupported-version':
			'This backup is in a format this version of the app cannot read.',
		'backup.error.unreadable':
			'The file could not be opened. Check that it is still there, then choose it again.',
		'backup.error.write-failed':
			'The backup could not be written on this device. Check that there is free space, then try again.'
	}
});
