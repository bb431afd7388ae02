import { defineMessages } from '../define';

// Settings (/settings): language, theme, storage, backup and version.
export const settings = defineMessages({
	ja: {
		'settings.title': '設定',
		'settings.language': '表示言語',
		'settings.theme': '画面の色',
		'settings.theme.system': '端末の設定に合わせる',
		'settings.theme.light': 'ライト',
		'settings.theme.dark': 'ダーク',
		'settings.storage': 'データの保存',
		'settings.persisted': 'この端末のブラウザは、保存した答えを自動で消さない設定です。',
		'settings.notPersisted':
			'ブラウザは、空き容量が少ないときなどに保存した答えを消すことがあります。アプリをインストールするか、ときどきバックアップを取ってください。',
		'settings.persistUnknown': 'このブラウザでは、保存の保護状態を確認できません。',
		'settings.usage': '使用量: 約 {used} / 上限 約 {quota}',
		'settings.quarantine':
			'読み込めなかった記録が {count} 件あります。消さずに保管しています。生データに含まれます。',
		'settings.backup': 'バックアップ',
		'settings.backupBody':
			'答えとメモを1つのファイルに書き出します。ファイルはこの端末にだけ保存されます。',
		'settings.downloadBackup': 'バックアップをダウンロード',
		'settings.downloadRaw': '生データをダウンロード（調査用）',
		'settings.version': 'バージョン',
		'settings.appVersion': 'アプリ {version}',
		'settings.contentVersion': 'チェックリスト {version}',
		'common.loading': '読み込み中…'
	},
	en: {
		'settings.title': 'Settings',
		'settings.language': 'Language',
		'settings.theme': 'Colour scheme',
		'settings.theme.system': 'Same as the device',
		'settings.theme.light': 'Light',
		'settings.theme.dark': 'Dark',
		'settings.storage': 'Data storage',
		'settings.persisted':
			'This browser keeps your saved answers and will not delete them on its own.',
		'settings.notPersisted':
			'The browser may delete saved answers, for example when the disk is nearly full. Install the app or download a backup from time to time.',
		'settings.persistUnknown': 'This browser does not say whether your data is protected.',
		'settings.usage': 'Used: about {used} of about {quota}',
		'settings.quarantine':
			'{count|One record could not be read. It is|# records could not be read. They are} kept, not deleted, and included in the raw data.',
		'settings.backup': 'Backup',
		'settings.backupBody':
			'Writes your answers and notes to one file. The file is saved on this device only.',
		'settings.downloadBackup': 'Download a backup',
		'settings.downloadRaw': 'Download raw data (for troubleshooting)',
		'settings.version': 'Version',
		'settings.appVersion': 'App {version}',
		'settings.contentVersion': 'Checklist {version}',
		'common.loading': 'Loading…'
	}
});
