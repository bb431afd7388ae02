import { defineMessages } from '../define';

// Loading a policy from a file or a link on the policy page (/org): the check, the preview
// and what went wrong.
export const orgImport = defineMessages({
	ja: {
		'org.reading': 'ファイルを確かめています…',
		'org.saving': '保存しています…',
		'org.previewTitle': 'このポリシーを使いますか？',
		'org.replace.new': 'この端末で初めてのポリシーです。',
		'org.replace.same': 'いま従っているポリシーと同じ版です。',
		'org.replace.newer': 'いまの第{from}版を、新しい第{to}版に置き換えます。',
		'org.replace.other-org':
			'いまは「{org}」のポリシーに従っています。別の組織のポリシーに置き換えます。',
		'org.confirm': 'このポリシーを使う',
		'org.cancel': 'やめる',
		'org.followed': '保存しました。この端末はいま「{org}」の第{version}版に従っています。',
		'org.errorTitle': 'このファイルは使えません',
		'org.error.older': 'いま従っているものより古い版です。',
		'org.error.write-failed': '保存できませんでした。',
		'org.error.other': 'ポリシーのファイルとして読めませんでした。',
		'org.errorUnchanged': 'この端末のポリシーは変わっていません。',
		'org.errorDetail': '詳しい内容: {detail}'
	},
	en: {
		'org.reading': 'Checking the file…',
		'org.saving': 'Saving…',
		'org.previewTitle': 'Follow this policy?',
		'org.replace.new': 'This is the first policy on this device.',
		'org.replace.same': 'This is the version this device already follows.',
		'org.replace.newer': 'It replaces version {from} with the newer version {to}.',
		'org.replace.other-org':
			'This device follows the policy of "{org}" now. This file is another organisation\'s and replaces it.',
		'org.confirm': 'Follow this policy',
		'org.cancel': 'Cancel',
		'org.followed': 'Saved. This device now follows version {version} of "{org}".',
		'org.errorTitle': 'This file cannot be used',
		'org.error.older': 'It is an older version than the one this device follows.',
		'org.error.write-failed': 'It could not be saved.',
		'org.error.other': 'It could not be read as a policy file.',
		'org.errorUnchanged': "This device's policy has not changed.",
		'org.errorDetail': 'Details: {detail}'
	}
});
