import { defineMessages } from '../define';

export const meeting = defineMessages({
	ja: {
		'meeting.link': '会議の前の確認',
		'meeting.title': '会議の前の1分確認',
		'meeting.lead':
			'Web会議に入る前に、カメラに映るもの、マイクが拾う音、画面共有、参加者を順に確かめます。確認の内容はどこにも送られません。',
		'meeting.camera': 'カメラに映るもの',
		'meeting.camera.window': '窓や外の景色が映っていない（住んでいる場所がわかることがあります）',
		'meeting.camera.papers':
			'書類、メモ、カレンダー、ホワイトボード、宛名のある郵便物が映っていない',
		'meeting.camera.screens': '後ろのテレビやモニター、家族の写真、鏡に映るものが見えない',
		'meeting.camera.family':
			'家族が後ろを通らない場所にいるか、背景ぼかしやバーチャル背景を使っている',
		'meeting.mic': 'マイクが拾う音',
		'meeting.mic.headset': 'マイク付きイヤホンを使い、相手の声がスピーカーから出ない',
		'meeting.mic.family': '家族の声やテレビの音が入らない部屋にいる',
		'meeting.mic.speaker': 'スマートスピーカーのマイクを切っている',
		'meeting.mic.mute': '話さないときや、パスワードを入力するときはミュートにする',
		'meeting.share': '画面共有',
		'meeting.share.window': '画面全体ではなく、見せるウィンドウだけを共有する',
		'meeting.share.notifications': '通知を止めている（おやすみモード・集中モード）',
		'meeting.share.tabs': '関係のないタブやファイルを閉じている',
		'meeting.people': '参加者',
		'meeting.people.known': '知らない名前の参加者がいたら、主催者に確かめる',
		'meeting.people.verify':
			'お金、パスワード、ファイルを求められたら、会議の外の知っている連絡先で本人に確かめる',
		'meeting.people.report': 'おかしいと思ったら、会議を抜けて相談窓口に伝える',
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
		'meeting.forThis': 'この会議で行うこと',
		'meeting.mustHere': '必須',
		'meeting.shouldHere': '推奨',
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
			'Before you join a video meeting, check what the camera shows, what the mic picks up, what you share and who is there. Nothing of this check leaves the device.',
		'meeting.camera': 'What the camera shows',
		'meeting.camera.window': 'No window or view outside (it can show where you live)',
		'meeting.camera.papers':
			'No papers, notes, calendars, whiteboards or post with your address in view',
		'meeting.camera.screens': 'No TV or monitor, family photos or mirrors behind you showing more',
		'meeting.camera.family':
			'Family will not walk past behind you, or background blur / a virtual background is on',
		'meeting.mic': 'What the microphone hears',
		'meeting.mic.headset': "Earphones with a mic are on, so the other side's voices stay with you",
		'meeting.mic.family': 'You are in a room without family voices or the TV',
		'meeting.mic.speaker': "Smart speakers' microphones are off",
		'meeting.mic.mute': 'Mute when you are not speaking and when you type a password',
		'meeting.share': 'Screen sharing',
		'meeting.share.window': 'Share one window, not the whole screen',
		'meeting.share.notifications': 'Notifications are off (Do Not Disturb / Focus)',
		'meeting.share.tabs': 'Unrelated tabs and files are closed',
		'meeting.people': 'Who is in the meeting',
		'meeting.people.known': 'If a name is unknown to you, ask the host who it is',
		'meeting.people.verify':
			'If someone asks for money, passwords or files, check with them through a contact you already know, outside the meeting',
		'meeting.people.report': 'If something feels wrong, leave the meeting and tell your help desk',
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
		'meeting.forThis': 'For this meeting',
		'meeting.mustHere': 'MUST',
		'meeting.shouldHere': 'SHOULD',
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
