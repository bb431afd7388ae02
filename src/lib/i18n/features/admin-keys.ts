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
