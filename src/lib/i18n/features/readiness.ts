import { defineMessages } from '../define';

/** The owner's SECURITY ACTION readiness page: what the page itself shows before counting. */
export const readiness = defineMessages({
	ja: {
		'ready.title': 'SECURITY ACTION の準備',
		'ready.lead':
			'SECURITY ACTION は、中小企業が情報セキュリティ対策に取り組むことを、自分で宣言する IPA（情報処理推進機構）の制度です。認定や認証ではありません。このページでは、点検の答えと集めた点検結果から、宣言の準備がどこまでできているかを確かめます。',
		'ready.declare':
			'宣言そのものは、IPA の「SECURITY ACTION」のサイトで行います。このアプリからは何も送りません。',
		'ready.wording':
			'25項目と5か条は、IPA の資料をこのアプリの言葉でまとめたものです。宣言の前に、IPA の「5分でできる！情報セキュリティ自社診断」の用紙でも確かめてください。',
		'ready.loading': '点検の答えを集計しています…',
		'ready.failed': '集計できませんでした。（{detail}）',
		'ready.print': 'このページを印刷する'
	},
	en: {
		'ready.title': 'SECURITY ACTION readiness',
		'ready.lead':
			"SECURITY ACTION is a scheme of IPA (Japan's Information-technology Promotion Agency) in which a small business declares for itself that it works on information security. It is not a certification. This page shows how ready you are, from the checklists' answers and the summaries collected.",
		'ready.declare':
			'The declaration itself is made on IPA\u2019s SECURITY ACTION site. This app sends nothing anywhere.',
		'ready.wording':
			"The 25 topics and the five measures summarise IPA's material in this app's own words. Before you declare, check them against IPA's own self-diagnosis sheet (\"5-minute information security self-diagnosis\").",
		'ready.loading': 'Counting the answers…',
		'ready.failed': 'Could not count the answers. ({detail})',
		'ready.print': 'Print this page'
	}
});
