import { defineMessages } from '../define';

// The banners above every page: storage trouble, a new version, an unexpected problem, erased data.
export const banners = defineMessages({
	ja: {
		'storage.blocked': '別のタブでこのアプリが開いています。ほかのタブを閉じると続けられます。',
		'storage.blocking':
			'別のタブで新しいバージョンのアプリが開かれました。保存を続けるには、このページを再読み込みしてください。',
		'storage.terminated': 'データベースへの接続が切れました。次の保存でつなぎ直します。',
		'storage.unavailable':
			'この端末のブラウザにデータを保存できません。プライベートブラウズを使っている場合は通常のウィンドウで開いてください。',
		'storage.reload': '再読み込み',
		'update.available': '新しいバージョンがあります。',
		'update.apply': '更新して再読み込み',
		'update.later': 'あとで',
		'erased.notice':
			'この端末に保存していたデータを、すべて消しました。アプリ本体は残っているので、オフラインでも使えます。',
		'banner.close': '閉じる',
		'problem.banner':
			'問題が起きました。「保存しました」と表示された答えは、消えていません。画面がうまく動かないときは、再読み込みしてください。'
	},
	en: {
		'storage.blocked': 'The app is open in another tab. Close the other tabs to continue.',
		'storage.blocking':
			'A newer version of the app was opened in another tab. Reload this page to keep saving.',
		'storage.terminated': 'The connection to the database was lost. The next save reconnects.',
		'storage.unavailable':
			'This browser cannot store data here. If you are in a private window, open the app in a normal one.',
		'storage.reload': 'Reload',
		'update.available': 'A new version is available.',
		'update.apply': 'Update and reload',
		'update.later': 'Later',
		'erased.notice':
			'Everything the app stored on this device has been erased. The app itself is still here and works offline.',
		'banner.close': 'Close',
		'problem.banner':
			'Something went wrong. Answers already marked “Saved” are safe. If the page stops working as it should, reload it.'
	}
});
