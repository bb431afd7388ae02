import { defineMessages } from '../define';

export const meeting = defineMessages({
	ja: {
		'meeting.link': '会議の前の確認',
		'meeting.title': '会議の前の1分確認',
		'meeting.lead':
			'Web会議に入る前に、カメラに映るもの、マイクが拾う音、画面共有、アプリと参加者を順に確かめます。確認の内容はどこにも送られません。',
		'meeting.camera': 'カメラに映るもの',
		'meeting.camera.background':
			'背景に、窓や外の景色、書類・メモ・ホワイトボード、テレビやモニター、写真や鏡が映っていない',
		'meeting.camera.people':
			'家族や周りの人が後ろを通らず、声も入らない（ドアを閉める、背景ぼかしを使う）',
		'meeting.join': 'アプリと参加者',
		'meeting.role': 'この会議でのあなた',
		'meeting.role.guest': '参加する（招待された）',
		'meeting.role.host': '主催する（会議を設定する）',
		'meeting.fitted': '端末「{name}」の場所や持ち主に合わせた項目です。',
		'meeting.device': '合わせる端末',
		'meeting.notFitted': '端末を登録すると、あなたの場所に合わない項目が減ります。',
		'meeting.setupLink': '端末を登録する',
		'meeting.should': 'できればこれも（推奨）',
		'meeting.shouldHelp': 'この重要度では必須ではないので、確認の数には入りません。',
		'meeting.mic': 'マイクが拾う音',
		'meeting.mic.speaker': 'スマートスピーカーのマイクを切っている',
		'meeting.mic.mute': '話さないときや、パスワードを入力するときはミュートにする',
		'meeting.share': '画面共有',
		'meeting.share.tabs': '関係のないタブやファイルを閉じている',
		'meeting.ready': '準備ができました。安心して会議に参加してください。',
		'meeting.open': 'まだ確認していない項目が {count} 件あります。',
		'meeting.mirror': 'カメラの映り方を見る',
		'meeting.mirrorExplain':
			'ボタンを押すと、カメラの許可を求める画面が出ます。映像はこのページの中に映すだけで、録画も送信もしません。確認が終わるか、このページを離れるとカメラは止まります。',
		'meeting.mirrorStart': 'カメラのプレビューを始める',
		'meeting.mirrorStop': 'カメラを止める',
		'meeting.mirrorLabel': 'あなたのカメラの映像（この端末の中だけ）',
		'meeting.mirrorDenied':
			'カメラを使えませんでした。ブラウザの設定でカメラを許可するか、会議アプリのプレビューで確かめてください。',
		'meeting.level': 'この会議の重要度',
		'meeting.levelHelp': '重要度が高いほど、必須の対策が増えます。',
		'meeting.mustHere': '必須',
		'meeting.save': '確認の結果を記録する',
		'meeting.saveHelp':
			'記録するのは日時・重要度・残った項目の数だけで、この端末の中に保存します。組織への報告（サマリー）に最後の確認日時として入ります。',
		'meeting.saved': '記録しました（{time}）。',
		'meeting.saveFailed': '記録できませんでした。確認の内容はこのページに残っています。',
		'meeting.last': '前回の確認: {time}（重要度「{level}」）',
		'meeting.lastReady': '準備完了',
		'meeting.lastOpen': '{count}件が未確認',
		'meeting.lastNone': 'まだ確認の記録はありません。',
		'meeting.appsLink': '組織が承認した会議アプリを見る',
		'meeting.impersonationTell':
			'応じてしまった、または怪しい参加者がいたときは、すぐに社内の相談窓口に伝えてください。会議名、日時、相手の表示名、求められたことを控えておくと役立ちます。',
		'meeting.helpLink': '相談窓口と伝え方を見る',
		'meeting.impersonation': 'なりすましが疑わしいとき',
		'meeting.impersonationBody':
			'映像や声は作りものの可能性もあります（ディープフェイク）。急ぎの支払い、パスワード、ファイルを求められたら、その場で応じず、会議の外で電話番号など知っている連絡先から本人に確かめてください。相手が本物でも、確かめたことで責められることはありません。'
	},
	en: {
		'meeting.link': 'Before a meeting',
		'meeting.title': 'The one-minute check before a meeting',
		'meeting.lead':
			'Before you join a video meeting, check what the camera shows, what the mic picks up, what you share, and the app and who is there. Nothing of this check leaves the device.',
		'meeting.camera': 'What the camera shows',
		'meeting.camera.background':
			'Nothing behind you gives too much away: no window view, papers, notes, whiteboard, screen, photos or mirror',
		'meeting.camera.people':
			'Family and people nearby will not walk past or be heard (close the door, blur the background)',
		'meeting.join': 'The app and who joins',
		'meeting.role': 'Your part in this meeting',
		'meeting.role.guest': 'I join (I was invited)',
		'meeting.role.host': 'I host (I set the meeting up)',
		'meeting.fitted': 'Fitted to where and on whose device "{name}" is used.',
		'meeting.device': 'Fit to device',
		'meeting.notFitted':
			'Register your device, and points that do not fit where you work drop out.',
		'meeting.setupLink': 'Register a device',
		'meeting.should': 'Also worth doing (SHOULD)',
		'meeting.shouldHelp': 'Not MUST at this level, so not counted in the check.',
		'meeting.mic': 'What the microphone hears',
		'meeting.mic.speaker': "Smart speakers' microphones are off",
		'meeting.mic.mute': 'Mute when you are not speaking and when you type a password',
		'meeting.share': 'Screen sharing',
		'meeting.share.tabs': 'Unrelated tabs and files are closed',
		'meeting.ready': 'You are ready. Join the meeting with confidence.',
		'meeting.open': '{count|# point|# points} still to check.',
		'meeting.mirror': 'See what your camera shows',
		'meeting.mirrorExplain':
			'The button asks the browser for the camera. The picture is shown on this page only: nothing is recorded or sent. The camera stops when you finish or leave this page.',
		'meeting.mirrorStart': 'Start the camera preview',
		'meeting.mirrorStop': 'Stop the camera',
		'meeting.mirrorLabel': 'Your camera picture (on this device only)',
		'meeting.mirrorDenied':
			"The camera could not be used. Allow it in the browser's settings, or check in your meeting app's preview.",
		'meeting.level': 'How sensitive is this meeting?',
		'meeting.levelHelp': 'The more sensitive the meeting, the more measures are MUST.',
		'meeting.mustHere': 'MUST',
		'meeting.save': 'Record the result',
		'meeting.saveHelp':
			'Only the time, the level and the number of open points are recorded, on this device. Your summary for the organisation gives the time of your last check.',
		'meeting.saved': 'Recorded ({time}).',
		'meeting.saveFailed': 'It could not be recorded. What you ticked is still on this page.',
		'meeting.last': 'Last check: {time} (level "{level}")',
		'meeting.lastReady': 'ready',
		'meeting.lastOpen': '{count|# point|# points} open',
		'meeting.lastNone': 'No check recorded yet.',
		'meeting.appsLink': 'See the meeting apps your organisation approved',
		'meeting.impersonationTell':
			"If you went along with a request, or someone in the meeting seemed wrong, tell your help desk at once. Note the meeting's name, the time, the person's display name and what they asked for.",
		'meeting.helpLink': 'See whom to tell and how',
		'meeting.impersonation': 'When someone may not be who they say',
		'meeting.impersonationBody':
			'Faces and voices can be faked (deepfakes). If you are pressed to pay, give a password or send files, do not do it in the meeting: check with the person through a phone number or address you already know. Checking is never a fault, even when the person turns out to be real.'
	}
});
