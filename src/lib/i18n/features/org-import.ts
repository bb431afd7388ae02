import { defineMessages } from '../define';

// Loading a policy from a file or a link on the policy page (/org): the check, the preview
// and what went wrong.
export const orgImport = defineMessages({
	ja: {
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
		'org.error.conflict':
			'いま従っているポリシーと同じ版の番号ですが、中身が違います。どちらが正しいか、管理者に確かめてください。',
		'org.todo.conflict':
			'それまでは、いまのポリシーのまま使えます。管理者が正しいほうを公開し直すと、新しい版の番号が付き、そのまま読み込めます。',
		'org.error.write-failed': '保存できませんでした。',
		'org.error.other': 'ポリシーのファイルとして読めませんでした。',
		'org.errorUnchanged': 'この端末のポリシーは変わっていません。',
		'org.errorDetail': '詳しい内容: {detail}',
		'org.fromLink.reading': 'リンクのポリシーを確かめています…',
		'org.fromLink.decline': '使わない',
		'org.fromLink.doneTitle': 'ポリシーを使い始めました',
		'org.fromLink.next': 'チェックリストへ進む',
		'org.fromLink.nextSetup':
			'はじめに、使う端末について短い質問に答えます。そのあと、やることの一覧が出ます。',
		'org.fromLink.nextChecklist': 'チェックリストは、このポリシーに合わせて並び直しています。',
		'org.fromLink.failedTitle': 'このリンクのポリシーは使えません',
		'org.fromLink.failedTodo':
			'リンクが途中で切れているかもしれません。管理者から届いたリンクを最後まで全部コピーして、もう一度開いてください。それでも読めないときは、ポリシーのファイル（.json）を送ってもらい、下の「ポリシーのファイルを選ぶ」で読み込んでください。',
		'org.todo.older': 'この端末は、もっと新しい版にもう従っています。このままで大丈夫です。',
		'org.fromLink.declinedTitle': 'このポリシーは使いませんでした',
		'org.fromLink.declinedBody':
			'この端末は何も変わっていません。会社から届いたものか確かめたいときは、「もう一度見る」で確認用の番号を出し、同じ番号か管理者に電話やチャットで聞いてください。ポリシーがなくても、チェックリストは使えます。',
		'org.fromLink.again': 'もう一度見る',
		'org.fromLink.withoutPolicy': 'ポリシーなしでチェックリストへ進む'
	},
	en: {
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
		'org.error.conflict':
			'It has the same version number as the policy this device follows, but different content. Ask your admin which one is right.',
		'org.todo.conflict':
			'Until then, this device keeps the policy it follows. When the admin publishes the right one again, it gets a new version number and loads as usual.',
		'org.error.write-failed': 'It could not be saved.',
		'org.error.other': 'It could not be read as a policy file.',
		'org.errorUnchanged': "This device's policy has not changed.",
		'org.errorDetail': 'Details: {detail}',
		'org.fromLink.reading': 'Checking the policy in the link…',
		'org.fromLink.decline': "Don't follow it",
		'org.fromLink.doneTitle': 'You now follow this policy',
		'org.fromLink.next': 'Go to your checklist',
		'org.fromLink.nextSetup':
			'First, a few short questions about the device you use; then your list of what to do.',
		'org.fromLink.nextChecklist': 'Your checklist now follows this policy.',
		'org.fromLink.failedTitle': 'The policy in this link cannot be used',
		'org.fromLink.failedTodo':
			'The link may have been cut short. Copy the whole link your admin sent and open it again. If that does not work, ask for the policy file (.json) and load it below with "Choose a policy file".',
		'org.todo.older': 'This device already follows a newer version. Nothing needs doing.',
		'org.fromLink.declinedTitle': 'You did not follow this policy',
		'org.fromLink.declinedBody':
			'Nothing on this device has changed. To check that it really comes from your company, choose "Show it again" and ask your admin by phone or chat whether the check code matches. You can use the checklist without a policy.',
		'org.fromLink.again': 'Show it again',
		'org.fromLink.withoutPolicy': 'Go to the checklist without it'
	}
});
