import { defineMessages } from '../define';

// About this app (/about).
export const about = defineMessages({
	ja: {
		'about.title': 'このアプリについて',
		'about.privacy':
			'答えとメモはこの端末のブラウザの中だけに保存されます。このアプリはほかのサイトと通信せず、広告や解析の仕組みも使っていません。',
		'about.limits':
			'答えは自己申告です。実際に対策したかどうかをアプリが確かめることはできません。',
		'about.offline': '一度開けば、インターネットにつながっていなくても使えます。'
	},
	en: {
		'about.title': 'About this app',
		'about.privacy':
			'Your answers and notes are stored only in this browser. The app talks to no other site and uses no ads or analytics.',
		'about.limits':
			'Answers are self-reported: the app cannot check that a measure was really taken.',
		'about.offline': 'Once opened, the app works without an internet connection.'
	}
});
