import { defineMessages } from '../define';

// The draft policy on the policy page (/org): publishing it and handing it to the staff.
export const orgDraft = defineMessages({
	ja: {
		'org.shareTitle': '第{version}版を社員に渡す',
		'org.shareBody':
			'ファイルを渡すか、リンクを送るか、QRコードをスマートフォンで読み取ってもらいます。リンクの「#」より後ろにポリシーが入っていて、どのサーバーにも送られません。',
		'org.saveFile': 'ファイルをもう一度保存',
		'org.linkLabel': 'ポリシーのリンク',
		'org.linkTooLong': 'ポリシーが大きいため、リンクにできません。ファイルで渡してください。',
		'org.qrLabel': 'ポリシーのリンクのQRコード',
		'org.qrCaption': 'スマートフォンのカメラで読み取ると、このポリシーを開けます。',
		'org.draftApps': '会議アプリの判断: {count}件',
		'org.draftPublished': '最後に公開した版: 第{version}版',
		'org.draftNeverPublished': 'まだ公開していません。',
		'org.publish': '第{version}版として公開し、ファイルを保存',
		'org.publishBody':
			'公開すると、この端末もこの版に従います。保存されたファイルを社員に渡してください（メールやチャットで送れます）。',
		'org.unchanged':
			'公開済みの内容と同じです（第{version}版）。次は、下のファイル・リンク・QRコードで社員に渡してください。',
		'org.published': '第{version}版を公開しました。ファイル「{file}」を社員に渡してください。',
		'org.publishFailed': '公開できませんでした。下書きはそのまま残っています。（{detail}）'
	},
	en: {
		'org.shareTitle': 'Give version {version} to your staff',
		'org.shareBody':
			'Give them the file, send them the link, or let them scan the QR code with a phone. The policy sits after the "#" of the link, which is never sent to any server.',
		'org.saveFile': 'Save the file again',
		'org.linkLabel': 'Link to the policy',
		'org.linkTooLong': 'The policy is too large for a link. Give it as a file.',
		'org.qrLabel': 'QR code of the link to the policy',
		'org.qrCaption': "Scanned with a phone's camera, it opens this policy.",
		'org.draftApps': 'Meeting-app decisions: {count}',
		'org.draftPublished': 'Last published: version {version}',
		'org.draftNeverPublished': 'Not published yet.',
		'org.publish': 'Publish as version {version} and save the file',
		'org.publishBody':
			'Once published, this device follows this version too. Give the saved file to your staff (by mail or chat).',
		'org.unchanged':
			'This is the same as what you published (version {version}). Next, hand it to your staff with the file, link or QR code below.',
		'org.published': 'Version {version} is published. Give the file "{file}" to your staff.',
		'org.publishFailed': 'It could not be published; the draft is unchanged. ({detail})'
	}
});
