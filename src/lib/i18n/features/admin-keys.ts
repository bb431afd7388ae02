import { defineMessages } from '../define';

export const adminKeys = defineMessages({
	ja: {
		'keys.title': '暗号化された状況ファイルを開く鍵',
		'keys.lead':
			'社員が管理者あての暗号化をして送ったファイル（名前の最後が .age）は、この鍵が入っている端末でしか開けません。鍵のファイルは安全な場所に控えを取っておいてください。鍵をなくすと、そのファイルはだれにも（管理者にも）読めなくなります。',
		'keys.none': 'この端末にはまだ鍵がありません。',
		'keys.count': 'この端末の鍵: {count}本（古い鍵も、その鍵あてのファイルを開くために残します）',
		'keys.current': 'いま使う鍵（公開鍵）:',
		'keys.save': '鍵のファイルを保存する',
		'keys.make': '新しい鍵を作る',
		'keys.addFile': '別の端末で作った鍵のファイルを読み込む',
		'keys.print': '鍵の控えを紙に印刷する',
		'keys.printHint':
			'この端末に残している鍵を、1本ずつ1ページに印刷します（古い鍵も、その鍵あてのファイルを開くのに要るためです）。印刷した紙は鍵のかかる場所にしまってください。',
		'paper.title': '暗号化された状況ファイルを開く鍵（紙の控え）',
		'paper.current': 'いま使っている鍵',
		'paper.older': '古い鍵（この鍵あてのファイルを開くために残しているもの）',
		'paper.added': 'この端末で作った（読み込んだ）日',
		'paper.printed': '印刷した日',
		'paper.public': '公開鍵（ポリシーに入れるもの。秘密ではありません）',
		'paper.secret': '秘密鍵',
		'paper.qr': '秘密鍵のQRコード',
		'paper.gaps':
			'区切りの空白は読みやすくするためのものです。入力するときは空白を入れずに1行で続けてください。「0」はすべて数字のゼロです（英字のOやIは使われていません）。',
		'paper.warnTitle': 'この紙の扱い',
		'paper.warnRead':
			'この紙を手にした人はだれでも、この鍵あてに暗号化された状況ファイルをすべて読めます。',
		'paper.warnLock':
			'金庫や鍵のかかる引き出しにしまってください。写真に撮ったり、共有フォルダーに入れたり、メールで送ったりしないでください。',
		'paper.warnDispose':
			'捨てるのは、この鍵あてのファイルがもう要らないと確かめてから、シュレッダーにかけてください。',
		'paper.restoreTitle': '鍵を使えるように戻すには',
		'paper.restoreFile':
			'信頼できるパソコンで、QRコードを読み取るか秘密鍵を打ち込んで、テキストファイル（例: key.txt）に保存します。',
		'paper.restoreApp':
			'{app}の「{page}」ページで、「{input}」からそのファイルを選びます。読み込んだら、テキストファイルは消してください。',
		'paper.restoreAge': 'コマンドラインの age でも開けます:',
		'keys.working': '処理しています…',
		'keys.made': '新しい鍵を作りました。いますぐ「鍵のファイルを保存する」で控えを取ってください。',
		'keys.added': '鍵を{count}本読み込みました。',
		'keys.addedNone': 'この鍵はすでにこの端末にあります。',
		'keys.notIdentity':
			'このファイルの{line}行目は鍵ではありません。鍵のファイル（AGE-SECRET-KEY-1 で始まる行があるもの）を選んでください。何も保存していません。',
		'keys.noIdentity':
			'このファイルには鍵がありません。鍵のファイル（AGE-SECRET-KEY-1 で始まる行があるもの）を選んでください。',
		'keys.tooLarge': '鍵のファイルにしては大きすぎます。何も保存していません。',
		'keys.tooMany': 'この端末に置ける鍵の数の上限に達しています。何も保存していません。',
		'keys.damaged':
			'この端末に保存した鍵が読めなくなっています。控えの鍵のファイルを読み込み直してください。',
		'keys.failed': 'うまくいきませんでした。何も変えていません。'
	},
	en: {
		'keys.title': 'The key that opens encrypted summaries',
		'keys.lead':
			'A file your staff encrypted to you (its name ends in .age) opens only on a device that has this key. Keep a copy of the key file somewhere safe: if the key is lost, nobody can read those files, not even you.',
		'keys.none': 'This device has no key yet.',
		'keys.count':
			'{count|# key|# keys} on this device (older keys are kept to open the files made for them)',
		'keys.current': 'Key in use (public key):',
		'keys.save': 'Save the key file',
		'keys.make': 'Make a new key',
		'keys.addFile': 'Read a key file made on another device',
		'keys.print': 'Print a paper copy of the key',
		'keys.printHint':
			'Every key kept on this device is printed, one page each (an older key is still needed to open the files made for it). Keep the paper locked away.',
		'paper.title': 'Paper copy of the key that opens encrypted summaries',
		'paper.current': 'The key in use now',
		'paper.older': 'An older key (kept to open the files made for it)',
		'paper.added': 'Made or read on the device',
		'paper.printed': 'Printed',
		'paper.public': 'Public key (it goes in the policy; not secret)',
		'paper.secret': 'Secret key',
		'paper.qr': 'QR code of the secret key',
		'paper.gaps':
			'The gaps only make it easier to read: type the key as one line, without spaces. Every 0 is the digit zero (the key has no letter O or I).',
		'paper.warnTitle': 'Handle this paper with care',
		'paper.warnRead': 'Anyone who has this paper can read every summary encrypted to this key.',
		'paper.warnLock':
			'Keep it locked away, in a safe or a locked drawer. Do not photograph it, put it in a shared folder or send it by mail.',
		'paper.warnDispose':
			'Throw it away only once no file made for this key is needed any more, and shred it.',
		'paper.restoreTitle': 'To use the key again',
		'paper.restoreFile':
			'On a computer you trust, scan the QR code or type the secret key into a text file (for example key.txt).',
		'paper.restoreApp':
			'In {app}, on the page "{page}", choose that file at "{input}". Once it is read, delete the text file.',
		'paper.restoreAge': 'The age command line tool opens files with it too:',
		'keys.working': 'Working…',
		'keys.made': 'A new key was made. Save a copy now with "Save the key file".',
		'keys.added': '{count|# key was|# keys were} read.',
		'keys.addedNone': 'This device already has this key.',
		'keys.notIdentity':
			'Line {line} of this file is not a key. Choose a key file (one with a line starting AGE-SECRET-KEY-1). Nothing was stored.',
		'keys.noIdentity':
			'This file holds no key. Choose a key file (one with a line starting AGE-SECRET-KEY-1).',
		'keys.tooLarge': 'This file is too large to be a key file. Nothing was stored.',
		'keys.tooMany': 'This device already keeps as many keys as it can. Nothing was stored.',
		'keys.damaged':
			'The keys stored on this device can no longer be read. Read your copy of the key file again.',
		'keys.failed': 'That did not work; nothing was changed.'
	}
});
