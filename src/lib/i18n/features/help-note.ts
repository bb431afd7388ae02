import { defineMessages } from '../define';

/** The help page's note, once written: its file, and what the page says after a copy or save. */
export const helpNote = defineMessages({
	ja: {
		'help.note.copied': 'コピーしました。メールやチャットに貼り付けて送れます。',
		'help.note.copyFailed':
			'コピーできませんでした。下の文章を選んでコピーするか、テキストファイルで保存してください。',
		'help.note.downloaded': 'ファイルを保存しました。',
		'help.note.preview': 'メモの文章',
		'help.note.fileTitle': 'テレワーク点検 — 困ったときのメモ',
		'help.note.situation': '状況',
		'help.note.writtenAt': 'メモを書いた日時',
		'help.note.empty': '（未記入）'
	},
	en: {
		'help.note.copied': 'Copied. You can paste it into an email or a chat.',
		'help.note.copyFailed':
			'Could not copy. Select the text below and copy it, or save it as a text file.',
		'help.note.downloaded': 'File saved.',
		'help.note.preview': 'Text of the note',
		'help.note.fileTitle': 'Telework Check — note on what went wrong',
		'help.note.situation': 'Situation',
		'help.note.writtenAt': 'Note written at',
		'help.note.empty': '(not filled in)'
	}
});
