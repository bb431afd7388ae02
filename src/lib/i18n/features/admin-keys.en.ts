import type ja from './admin-keys.ja';

/**
 * The admin's keys on /summaries: making, reading, saving and printing them, in English: exactly
 * the keys of admin-keys.ja.ts (the type says so).
 */
export default {
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
} satisfies Record<keyof typeof ja, string>;
