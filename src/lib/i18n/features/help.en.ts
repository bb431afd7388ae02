import type ja from './help.ja';

/** "When something goes wrong", in English: exactly the keys of help.ja.ts (the type says so). */
export default {
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
} satisfies Record<keyof typeof ja, string>;
