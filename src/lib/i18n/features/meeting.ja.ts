/** The one-minute check before a meeting, in Japanese. */
export default {
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
};
