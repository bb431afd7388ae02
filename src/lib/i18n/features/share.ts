import { defineMessages } from '../define';

/** Handing a link over: copying it, and when it is too long for a QR code. */
export const share = defineMessages({
	ja: {
		'share.copyLink': 'リンクをコピー',
		'share.copied': 'コピーしました。',
		'share.copyFailed': 'コピーできませんでした。上の欄から選んでコピーしてください。',
		'share.qrTooLong':
			'QRコードにすると細かすぎて、スマートフォンのカメラでうまく読み取れません。ファイルで渡すか、リンクを送ってください。'
	},
	en: {
		'share.copyLink': 'Copy the link',
		'share.copied': 'Copied.',
		'share.copyFailed': 'It could not be copied. Select the link above and copy it.',
		'share.qrTooLong':
			'As a QR code this would be too dense for a phone camera to read reliably. Give the file or send the link instead.'
	}
});
