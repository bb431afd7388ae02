import { defineMessages } from '../define';

// Installing the app: the offer on the start page and in Settings, and the Safari notice.
export const installMessages = defineMessages({
	ja: {
		'install.button': 'アプリとしてインストール',
		'install.offer':
			'インストールすると、ほかのアプリと同じように開けて、オフラインでも使えます。データも消えにくくなります。',
		'install.iosHint':
			'iPhone・iPadでは、共有ボタンから「ホーム画面に追加」を選ぶとアプリとして使えます。',
		'install.safariNotice':
			'Safariでは、7日間このサイトを開かないと保存した答えが消えることがあります。ホーム画面に追加するか、バックアップをダウンロードしてください。',
		'install.dismiss': '閉じる'
	},
	en: {
		'install.button': 'Install the app',
		'install.offer':
			'Install it to open it like any other app, also offline. The browser is then less likely to delete your data.',
		'install.iosHint':
			'On iPhone and iPad, tap the Share button, then “Add to Home Screen” to use this as an app.',
		'install.safariNotice':
			'Safari may delete your saved answers if you do not open this site for 7 days. Add it to your Home Screen or download a backup.',
		'install.dismiss': 'Dismiss'
	}
});
