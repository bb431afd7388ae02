import { defineMessages } from '../define';

/** The organisation's telework rules, as a person reads and acknowledges them. */
export const rules = defineMessages({
	ja: {
		'rules.title': 'テレワークのきまり',
		'rules.lead': '{org} が決めた、在宅やカフェなどで仕事をするときのきまりです。',
		'rules.version': '第{version}版',
		'rules.ack': 'きまりを読みました。守ります',
		'rules.saving': '記録しています…',
		'rules.acked': '{date} に第{version}版を確認しました。この確認は、次に送る点検結果に入ります。',
		'rules.ackedNow': '確認を記録しました（第{version}版）。次に送る点検結果に入ります。',
		'rules.changed':
			'前に確認した第{old}版から、きまりが変わりました。もう一度読んで確認してください。',
		'rules.failed': '確認を記録できませんでした。もう一度押してください。（{detail}）'
	},
	en: {
		'rules.title': 'Telework rules',
		'rules.lead': 'The rules {org} set for working from home, cafés and other places.',
		'rules.version': 'Version {version}',
		'rules.ack': 'I have read the rules and will follow them',
		'rules.saving': 'Recording…',
		'rules.acked': 'You acknowledged version {version} on {date}. Your next summary says so.',
		'rules.ackedNow': 'Acknowledgement recorded (version {version}). Your next summary says so.',
		'rules.changed':
			'The rules changed since you acknowledged version {old}. Please read them again and acknowledge.',
		'rules.failed': 'The acknowledgement could not be recorded. Please try again. ({detail})'
	}
});
