import { defineMessages } from '../define';

/** "When something goes wrong": what to do first, what to note, whom to call. */
export const help = defineMessages({
	ja: {
		'help.title': '困ったとき',
		'help.lead':
			'あわてなくて大丈夫です。当てはまる状況を選んで、「まずやること」から順に進めてください。',
		'help.noBlame.heading': '早く知らせることが、いちばん大切です',
		'help.noBlame.body':
			'だまされたり、うっかり開いてしまったりすることは、誰にでもあります。それであなたが責められることはありません。早く知らせてもらえるほど、被害を小さくできます。「たぶん大丈夫」と思っても、まず相談してください。',
		'help.toc': 'どれに当てはまりますか',
		'help.firstSteps': 'まずやること',
		'help.contact': '連絡先',
		'help.writeDown': '書き留めておくこと',
		'help.writeDownLead':
			'覚えているうちにメモしてください。メモはどこにも送られず、保存もされません。閉じる前にコピーするかファイルに保存して、相談窓口に渡してください。',
		'help.backToList': '状況の一覧へ戻る',

		'help.contacts.heading': '相談窓口',
		'help.contacts.fromOrg': '会社が登録した相談窓口です。',
		'help.contacts.phone': '電話',
		'help.contacts.email': 'メール',
		'help.contacts.web': 'Webサイト',
		'help.contacts.hours': '受付時間',
		'help.contacts.none':
			'このアプリには、まだ会社の相談窓口が登録されていません。誰に連絡すればよいかを勤務先に確かめて、ここに書いておいてください:',
		'help.contacts.ownLabel': '自分で書いておく連絡先',
		'help.contacts.ownHint':
			'例: 情報システム担当 鈴木さん 03-1234-5678。この端末のブラウザにだけ保存されます。',
		'help.contacts.saved': 'この端末に保存しました。',
		'help.contacts.yourNote': 'あなたが書いておいた連絡先:',
		'help.contacts.orgListed': '会社の相談窓口に連絡してください。',
		'help.contacts.noneShort': '相談窓口がまだわからないときは、上司か勤務先に連絡してください。',
		'help.contacts.goWrite': '連絡先を書いておく',
		'help.contacts.seeAll': '相談窓口の一覧を見る',

		'help.note.legend': '「{situation}」のメモ',
		'help.note.copy': 'メモをコピー',
		'help.note.download': 'テキストファイルで保存',
		'help.note.copied': 'コピーしました。メールやチャットに貼り付けて送れます。',
		'help.note.copyFailed':
			'コピーできませんでした。下の文章を選んでコピーするか、テキストファイルで保存してください。',
		'help.note.downloaded': 'ファイルを保存しました。',
		'help.note.preview': 'メモの文章',
		'help.note.fileTitle': 'テレワーク点検 — 困ったときのメモ',
		'help.note.situation': '状況',
		'help.note.writtenAt': 'メモを書いた日時',
		'help.note.empty': '（未記入）',
		'help.note.noSecrets': 'パスワードそのものは書かないでください。',

		'help.field.when': 'いつ',
		'help.field.whenHint': '例: 6月3日 14時ごろ',
		'help.field.device': 'どの端末か',
		'help.field.deviceHint': '例: 会社のノートパソコン、自分のスマートフォン',
		'help.field.since': 'そのあとにしたこと',
		'help.field.sinceHint': '例: Wi-Fiを切った、パスワードを変えた',

		'help.lost.title': '端末をなくした・盗まれた',
		'help.lost.when':
			'仕事で使うパソコン・スマートフォン・タブレットや、仕事のデータが入ったUSBメモリなどが見つからないとき、盗まれたとき。',
		'help.lost.step1':
			'すぐに相談窓口に連絡してください。見つかるかどうかを待つ必要はありません。見つかったら、あとで知らせれば大丈夫です。',
		'help.lost.step2':
			'できれば別の端末から「端末を探す」機能を使い、場所を確かめてロックしてください。中のデータを消すのは、会社の指示があってからにします。',
		'help.lost.step3':
			'別の端末から、仕事で使うアカウント（メール・チャット・共有フォルダなど）のパスワードを変えてください。会社が代わりに行うと言われたら、その指示に従います。',
		'help.lost.step4':
			'盗まれたときや外でなくしたときは、警察に届けてください。届け出の受理番号を控えておきます。',
		'help.lost.what':
			'なくしたもの（端末の種類、会社のものか自分のものか、中にあった仕事のデータ）',
		'help.lost.whatHint': '画面ロック（パスコード）をかけていたかも書いてください。',
		'help.lost.whenLabel': '最後に確かに持っていた日時',
		'help.lost.where': '最後に見た場所・なくしたと思う場所',

		'help.phish.title': '怪しいリンクや添付ファイルを開いた',
		'help.phish.when':
			'メールやメッセージのリンク・添付ファイルを開いたとき、または偽物かもしれないページにパスワードなどを入力したとき。',
		'help.phish.step1':
			'その端末をネットワークから外してください（Wi-Fiを切る、LANケーブルを抜く、VPNを切る）。電源は、指示があるまで切らないでください。原因を調べる手がかりが消えることがあります。',
		'help.phish.step2':
			'パスワードを入力してしまったときは、別の安全な端末から、すぐにそのパスワードを変えてください。同じパスワードを使っているほかのサービスも変えます。',
		'help.phish.step3':
			'画面に出た電話番号に電話したり、お金を払ったり、ほかのファイルを開いたりしないでください。',
		'help.phish.step4':
			'相談窓口に連絡してください。届いたメールやメッセージは消さずに残しておきます（転送は、頼まれたときだけにします）。',
		'help.phish.what': '届いたもの（差出人、件名、どんな内容だったか）',
		'help.phish.clicked': '開いたもの・入力したもの（リンク、ファイル名、入力した情報の種類）',

		'help.strange.title': '端末の様子がおかしい',
		'help.strange.when':
			'とても遅い、広告や警告が次々に出る、見覚えのないプログラムがある、使っていないのにファンが回り続ける、ファイルの名前が変わったり開けなくなったりしたとき。',
		'help.strange.step1':
			'ネットワークから外してください（Wi-Fi・LANケーブル・VPN）。電源は、指示があるまで切らないでください。',
		'help.strange.step2':
			'ファイルが開けない、名前が変わった、お金を求める画面が出たときは、USBメモリや外付けディスクをすぐに抜いてください。お金は払わないでください。',
		'help.strange.step3':
			'警告の画面に出ている電話番号には電話せず、すすめられたソフトも入れないでください。',
		'help.strange.step4': 'できれば画面をスマートフォンで撮ってから、相談窓口に連絡してください。',
		'help.strange.what': '気づいたこと（画面の表示、動き、エラーの文言）',
		'help.strange.whenLabel': 'いつから',
		'help.strange.clicked': '最近入れたソフトや、開いたファイル・リンク',

		'help.isp.title': 'プロバイダーから「ウイルスに感染している」と連絡があった',
		'help.isp.when':
			'インターネットの契約先（プロバイダー）や、プロバイダーを名乗る相手から、メール・SMS・電話・郵便で「感染している」と知らされたとき。',
		'help.isp.step1':
			'連絡に書かれたリンクや電話番号は使わないでください。本物かどうかは、契約書類に載っている番号や、自分で開いたプロバイダーの公式サイトで確かめます。',
		'help.isp.step2':
			'本物だったときは、仕事で使う端末をネットワークから外し（電源は切らずに）、相談窓口に連絡してください。',
		'help.isp.step3':
			'プロバイダーに言われた日時・対象の機器・内容を、そのまま相談窓口に伝えてください。',
		'help.isp.step4':
			'家族のパソコンやルーター、カメラなど、家のほかの機器が原因のこともあります。自分で直そうとせず、相談してください。',
		'help.isp.what': '連絡の内容（誰から、どの方法で、何と言われたか）',
		'help.isp.device': '対象だと言われた機器',
		'help.isp.since': '本物かどうか確かめた方法と、そのあとにしたこと',

		'help.contactScam.title': '怪しい電話やメール、会議に知らない参加者',
		'help.contactScam.when':
			'IT担当やサポートを名乗る人からの電話、上司や取引先を名乗ってお金や情報を急いで求める連絡があったとき。オンライン会議に知らない人が入っているとき。',
		'help.contactScam.step1':
			'その場で答えたり、送ったり、振り込んだりしないでください。「確認してから折り返します」と言って切って大丈夫です。',
		'help.contactScam.step2':
			'本当にその人かどうかは、前から知っている別の方法（社内の電話帳の番号、いつものチャットなど）で本人に確かめてください。届いた連絡に返信して確かめるのはやめましょう。',
		'help.contactScam.step3':
			'パスワードや確認コード（ワンタイムパスワード）は、IT担当者にも教えないでください。本物の担当者が聞くことはありません。',
		'help.contactScam.step4':
			'会議に知らない参加者がいたら、大事な話と画面共有を止めて、主催者に知らせてください。主催者はその人を退出させ、会議をロックできます。',
		'help.contactScam.step5': '相談窓口に連絡してください。',
		'help.contactScam.what': '誰を名乗って、どの方法で、何を求めてきたか',
		'help.contactScam.clicked': '相手に伝えたもの・送ったもの'
	},
	en: {
		'help.title': 'When something goes wrong',
		'help.lead': 'Take a breath. Pick the situation that fits, then start with “Do this first”.',
		'help.noBlame.heading': 'Telling someone quickly is what matters most',
		'help.noBlame.body':
			'Anyone can be tricked or open the wrong thing. Nobody will blame you for it. The sooner you tell someone, the more harm can be prevented. Even if you think it is probably fine, tell them anyway.',
		'help.toc': 'Which of these fits?',
		'help.firstSteps': 'Do this first',
		'help.contact': 'Contact',
		'help.writeDown': 'Write down',
		'help.writeDownLead':
			'Note it down while you still remember. The note is not sent anywhere and not saved: copy it or save it as a file before you close the page, and give it to your help desk.',
		'help.backToList': 'Back to the list of situations',

		'help.contacts.heading': 'Help desk',
		'help.contacts.fromOrg': 'The help desk your organisation has set.',
		'help.contacts.phone': 'Phone',
		'help.contacts.email': 'Email',
		'help.contacts.web': 'Website',
		'help.contacts.hours': 'Hours',
		'help.contacts.none':
			'Your organisation has not set a help-desk contact in this app yet. Ask your employer whom to call, and write it here:',
		'help.contacts.ownLabel': 'Your note of whom to contact',
		'help.contacts.ownHint':
			'For example: IT team, Ms Suzuki, 03-1234-5678. Saved in this browser only.',
		'help.contacts.saved': 'Saved on this device.',
		'help.contacts.yourNote': 'The contact you noted:',
		'help.contacts.orgListed': 'Contact your help desk.',
		'help.contacts.noneShort':
			'If you do not know your help desk yet, contact your manager or your employer.',
		'help.contacts.goWrite': 'Note whom to contact',
		'help.contacts.seeAll': 'See the help-desk contacts',

		'help.note.legend': 'Note: {situation}',
		'help.note.copy': 'Copy the note',
		'help.note.download': 'Save as a text file',
		'help.note.copied': 'Copied. You can paste it into an email or a chat.',
		'help.note.copyFailed':
			'Could not copy. Select the text below and copy it, or save it as a text file.',
		'help.note.downloaded': 'File saved.',
		'help.note.preview': 'Text of the note',
		'help.note.fileTitle': 'Telework Check — note on what went wrong',
		'help.note.situation': 'Situation',
		'help.note.writtenAt': 'Note written at',
		'help.note.empty': '(not filled in)',
		'help.note.noSecrets': 'Do not write the password itself.',

		'help.field.when': 'When',
		'help.field.whenHint': 'For example: 3 June, around 2 pm',
		'help.field.device': 'Which device',
		'help.field.deviceHint': 'For example: work laptop, my own phone',
		'help.field.since': 'What you have done since',
		'help.field.sinceHint': 'For example: turned off Wi-Fi, changed my password',

		'help.lost.title': 'Your device is lost or stolen',
		'help.lost.when':
			'A laptop, phone or tablet you use for work, or a USB stick with work data on it, is missing or has been stolen.',
		'help.lost.step1':
			'Tell your help desk right away. Do not wait to see whether it turns up: if it does, just let them know later.',
		'help.lost.step2':
			'If you can, use another device and its “Find my device” feature to see where it is and lock it. Erase it only when your employer tells you to.',
		'help.lost.step3':
			'From another device, change the passwords of your work accounts (email, chat, shared folders). If your employer says they will do it, follow their lead.',
		'help.lost.step4':
			'If it was stolen or lost outside, report it to the police and keep the report number.',
		'help.lost.what': 'What is missing (which device, work or personal, what work data was on it)',
		'help.lost.whatHint': 'Also say whether it had a screen lock or passcode.',
		'help.lost.whenLabel': 'When you last knew you had it',
		'help.lost.where': 'Where you last saw it, or where you think you lost it',

		'help.phish.title': 'You opened a suspicious link or attachment',
		'help.phish.when':
			'You opened a link or an attachment in an email or message, or typed a password or other details into a page that may have been fake.',
		'help.phish.step1':
			'Take the device off the network: turn off Wi-Fi, unplug the network cable, disconnect the VPN. Do not switch it off unless you are told to; that can wipe clues the help desk needs.',
		'help.phish.step2':
			'If you typed a password, change it now from another, safe device, and everywhere else you use the same password.',
		'help.phish.step3':
			'Do not call phone numbers shown on the screen, do not pay anything, and do not open anything else.',
		'help.phish.step4':
			'Contact your help desk. Keep the email or message; do not delete it (forward it only if they ask).',
		'help.phish.what': 'What you received (sender, subject, what it said)',
		'help.phish.clicked':
			'What you opened or typed (the link, the file name, what kind of details you entered)',

		'help.strange.title': 'Your device is acting strangely',
		'help.strange.when':
			'It is very slow, pop-ups or warnings keep appearing, there are programs you do not recognise, the fan runs hard while you are doing nothing, or files have been renamed or will not open.',
		'help.strange.step1':
			'Take it off the network (Wi-Fi, network cable, VPN). Do not switch it off unless you are told to.',
		'help.strange.step2':
			'If files will not open, have new names, or a screen demands money, unplug USB sticks and external drives at once. Do not pay.',
		'help.strange.step3':
			'Do not call phone numbers shown in pop-ups, and do not install software they offer.',
		'help.strange.step4':
			'If you can, take a photo of the screen with your phone, then contact your help desk.',
		'help.strange.what': 'What you noticed (what the screen shows, how it behaves, error messages)',
		'help.strange.whenLabel': 'Since when',
		'help.strange.clicked': 'Software you installed, or files and links you opened, recently',

		'help.isp.title': 'Your internet provider says your device is infected',
		'help.isp.when':
			'Your internet provider (ISP), or someone claiming to be it, tells you by email, text message, phone or letter that a device at home is infected.',
		'help.isp.step1':
			'Do not use the link or phone number in the message. Check whether it is genuine with the number on your contract papers, or on the provider’s official website opened yourself.',
		'help.isp.step2':
			'If it is genuine, take your work devices off the network (without switching them off) and contact your help desk.',
		'help.isp.step3':
			'Pass on exactly what the provider told you: the date and time, which device, and what they saw.',
		'help.isp.step4':
			'The cause may be another device at home, such as a family computer, the router or a camera. Do not try to fix it yourself; ask for help.',
		'help.isp.what': 'What the message said (who sent it, how, and what it told you)',
		'help.isp.device': 'Which device they named',
		'help.isp.since': 'How you checked it was genuine, and what you have done since',

		'help.contactScam.title': 'A suspicious call or message, or a stranger in a meeting',
		'help.contactScam.when':
			'Someone claiming to be IT support calls you; someone claiming to be your manager or a customer urgently asks for money or data; or a person you do not know has joined an online meeting.',
		'help.contactScam.step1':
			'Do not answer, send or pay anything on the spot. It is fine to say “I will check and call you back” and hang up.',
		'help.contactScam.step2':
			'Check with the person through a way you already know (the number in the company directory, your usual chat), not by replying to the call or message.',
		'help.contactScam.step3':
			'Never give your password or a one-time code, not even to IT staff. The real IT team will never ask for them.',
		'help.contactScam.step4':
			'If a stranger is in a meeting, stop discussing anything confidential, stop sharing your screen and tell the host. The host can remove them and lock the meeting.',
		'help.contactScam.step5': 'Contact your help desk.',
		'help.contactScam.what': 'Who they said they were, how they reached you, what they asked for',
		'help.contactScam.clicked': 'What you told them or sent them'
	}
});
