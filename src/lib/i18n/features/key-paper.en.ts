import type ja from './key-paper.ja';

/**
 * The paper copy of the admin's keys (printed from /summaries), in English: exactly the keys of
 * key-paper.ja.ts (the type says so).
 */
export default {
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
	'paper.restoreAge': 'The age command line tool opens files with it too:'
} satisfies Record<keyof typeof ja, string>;
