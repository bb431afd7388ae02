import { defineMessages } from '../define';

/** "Erase everything on this device" in Settings. */
export const erase = defineMessages({
	ja: {
		'erase.title': 'この端末のデータをすべて消す',
		'erase.intro': 'このアプリがこのブラウザに保存したものを、すべて消します。',
		'erase.whatAnswers': '端末の情報と、すべての答え・メモ',
		'erase.whatPolicy': '組織のポリシー（従っているものと、作成中の下書き）',
		'erase.whatSummaries': '取り込んだ職員の状況ファイル',
		'erase.whatMeeting': '会議前チェックの記録',
		'erase.whatSettings': '設定（表示言語・画面の色・問い合わせ先のメモ）と、読み込めなかった記録',
		'erase.cannotUndo': '消したものは元に戻せません。',
		'erase.backupHint':
			'あとで使うかもしれないなら、先にバックアップを取ってください。バックアップに入るのは、端末の情報・答え・メモです。',
		'erase.appStays':
			'アプリ本体は残るので、オフラインでも開けます。アプリ本体には、あなたのデータは入っていません。',
		'erase.start': 'データをすべて消す…',
		'erase.confirmTitle': '本当にすべて消しますか？',
		'erase.confirmBody': '上に挙げたものが、このブラウザからすべて消えます。元には戻せません。',
		'erase.downloadFirst': '先にバックアップを取る',
		'erase.confirm': 'すべて消す',
		'erase.cancel': 'やめる',
		'erase.erasing': '消しています…',
		'erase.erased': 'すべて消しました。はじめのページを開きます…',
		'erase.failedTitle': '何も消していません',
		'erase.failedBody':
			'消している途中で問題が起きたため、データはすべて元のまま残っています。このアプリを開いているほかのタブを閉じてから、もう一度お試しください。'
	},
	en: {
		'erase.title': 'Erase everything on this device',
		'erase.intro': 'This removes everything the app has stored in this browser:',
		'erase.whatAnswers': 'your device profiles, with every answer and note',
		'erase.whatPolicy': 'your organisation’s policy (the one you follow and any draft)',
		'erase.whatSummaries': 'status files imported from staff',
		'erase.whatMeeting': 'the record of your last pre-meeting check',
		'erase.whatSettings':
			'your settings (language, colour scheme, help desk note) and records that could not be read',
		'erase.cannotUndo': 'This cannot be undone.',
		'erase.backupHint':
			'If you may need your answers later, download a backup first. A backup holds your device profiles, answers and notes.',
		'erase.appStays':
			'The app itself stays on this device, so it still opens offline. It holds none of your data.',
		'erase.start': 'Erase everything…',
		'erase.confirmTitle': 'Erase everything now?',
		'erase.confirmBody':
			'Everything listed above will be deleted from this browser. It cannot be undone.',
		'erase.downloadFirst': 'Download a backup first',
		'erase.confirm': 'Erase everything',
		'erase.cancel': 'Cancel',
		'erase.erasing': 'Erasing…',
		'erase.erased': 'Everything is erased. Opening the start page…',
		'erase.failedTitle': 'Nothing was erased',
		'erase.failedBody':
			'Something went wrong while erasing, so everything is still here exactly as before. Close any other tabs with this app open, then try again.'
	}
});
