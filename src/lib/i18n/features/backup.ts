import { defineMessages } from '../define';

/**
 * Backup and restore in Settings, and the Safari warning that goes with them: what the page
 * shows. What the restore says once a file is chosen is in backup-restore.ts.
 */
export const backup = defineMessages({
	ja: {
		'backup.safariTitle': 'Safariでは、答えが消えることがあります',
		'backup.safariBody':
			'Safariは、7日間このサイトを開かないと、ここに保存した答えとメモを消します。ときどきバックアップをダウンロードしてください。ホーム画面（MacではDock）に追加すると消えません。',
		'backup.restoreTitle': 'バックアップから復元',
		'backup.restoreBody':
			'このアプリでダウンロードしたバックアップのファイルを選んでください。何かを変える前に、中身を確認できます。',
		'backup.chooseFile': 'バックアップのファイルを選ぶ'
	},
	en: {
		'backup.safariTitle': 'Safari may delete your answers',
		'backup.safariBody':
			'If you do not open this site for 7 days, Safari deletes the answers and notes saved here. Download a backup from time to time. Adding the app to your Home Screen (the Dock on a Mac) keeps them.',
		'backup.restoreTitle': 'Restore from a backup',
		'backup.restoreBody':
			'Choose a backup file you downloaded from this app. You will see what it holds before anything changes.',
		'backup.chooseFile': 'Choose a backup file'
	}
});
