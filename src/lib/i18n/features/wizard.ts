import { defineMessages } from '../define';

export const wizard = defineMessages({
	ja: {
		'wizard.title': 'あなたの状況を教えてください',
		'wizard.editTitle': '状況を変更する',
		'wizard.lead':
			'8つの質問に答えると、この端末で必ずやることがわかります。答えはこの端末の中だけに保存されます。',
		'wizard.progress': '質問 {step} / {total}',
		'wizard.back': '戻る',
		'wizard.next': '次へ',
		'wizard.finish': '保存してチェックリストを見る',
		'wizard.saving': '保存しています…',
		'wizard.saveFailed': '保存できませんでした。もう一度お試しください。',
		'wizard.chooseOne': '1つ選んでください。',
		'wizard.chooseAny': '当てはまるものをすべて選んでください。',
		'wizard.chooseAtLeastOne': '1つ以上選んでください。',
		'wizard.q.ownership': 'この端末はだれのものですか？',
		'wizard.q.device': 'どんな端末ですか？',
		'wizard.deviceType': '端末の種類',
		'wizard.os': 'OS（基本ソフト）',
		'wizard.guess':
			'この画面の情報から「{device}・{os}」と推測しました。違っていたら選び直してください。',
		'wizard.q.networks': 'どこのネットワークにつなぎますか？',
		'wizard.q.places': 'どこで仕事をしますか？',
		'wizard.q.methods': '会社のシステムにはどうやってつなぎますか？',
		'wizard.methodsUnknown': 'わからなければ、何も選ばずに次へ進んでください。あとで変更できます。',
		'wizard.q.meetingApps': '仕事で使うWeb会議アプリはどれですか？',
		'wizard.q.facts': '当てはまるものはありますか？',
		'wizard.q.name': 'この端末の呼び名を決めてください',
		'wizard.nameLabel': '呼び名（例：仕事用ノートPC、私のスマホ）',
		'wizard.nameHint': '端末を複数登録したときに見分けるための名前です。',
		'wizard.defaultName': '{os}の{device}'
	},
	en: {
		'wizard.title': 'Tell us about your situation',
		'wizard.editTitle': 'Change your situation',
		'wizard.lead':
			'Answer eight questions to see what you must do on this device. Your answers stay on this device.',
		'wizard.progress': 'Question {step} of {total}',
		'wizard.back': 'Back',
		'wizard.next': 'Next',
		'wizard.finish': 'Save and see my checklist',
		'wizard.saving': 'Saving…',
		'wizard.saveFailed': 'Could not save. Please try again.',
		'wizard.chooseOne': 'Choose one.',
		'wizard.chooseAny': 'Choose all that apply.',
		'wizard.chooseAtLeastOne': 'Choose at least one.',
		'wizard.q.ownership': 'Whose device is this?',
		'wizard.q.device': 'What kind of device is it?',
		'wizard.deviceType': 'Type of device',
		'wizard.os': 'Operating system',
		'wizard.guess':
			'From this browser we guessed "{device}, {os}". If that is wrong, choose again.',
		'wizard.q.networks': 'Which networks do you connect to?',
		'wizard.q.places': 'Where do you work?',
		'wizard.q.methods': "How do you reach your company's systems?",
		'wizard.methodsUnknown':
			"If you don't know, choose nothing and go on. You can change it later.",
		'wizard.q.meetingApps': 'Which video meeting apps do you use for work?',
		'wizard.q.facts': 'Do any of these apply to you?',
		'wizard.q.name': 'Give this device a name',
		'wizard.nameLabel': 'Name (for example: work laptop, my phone)',
		'wizard.nameHint': 'It tells your devices apart when you add more than one.',
		'wizard.defaultName': '{os} {device}'
	}
});
