import type { CoreMessageKey } from './ja';

/** English UI text. Every key of ja.ts must exist here (the type and a unit test both check). */
export const en: Record<CoreMessageKey, string> = {
	'app.name': 'Telework Check',
	'share.copyLink': 'Copy the link',
	'share.copied': 'Copied.',
	'share.copyFailed': 'It could not be copied. Select the link above and copy it.',
	'share.qrTooLong': 'Too large for a QR code. Give it as a link or a file.',
	'app.tagline':
		'A checklist that tells you what you must and should do to work from home securely, in your own situation.',
	'app.skipToContent': 'Skip to content',
	'nav.label': 'Main menu',
	'nav.home': 'Home',
	'nav.checklist': 'Checklist',
	'nav.settings': 'Settings',
	'nav.about': 'About',
	'help.link': 'Something wrong?',
	'lang.switchTo': '日本語',
	'lang.switchToLabel': '日本語に切り替える',
	'home.title': 'Check your telework security, for your own setup',
	'home.lead':
		'Must-do and should-do measures for your device, network, workplace and meeting apps. Your answers stay in this browser and are sent nowhere.',
	'home.startsHeading': 'Who are you?',
	'home.start.employee.title': 'I work from home',
	'home.start.employee.body': 'Check what to do on your own device and home network.',
	'home.start.admin.title': 'IT admin',
	'home.start.admin.body': 'Set up what the company asks of staff, and a help desk they can reach.',
	'home.start.owner.title': 'Business owner',
	'home.start.owner.body': 'Check that telework rules and support are in place.',
	'home.start.cta': 'Start the check',
	'home.openChecklist': 'Open the checklist',
	'home.meeting.title': 'Before a meeting',
	'home.meeting.body':
		'Check in one minute what your camera shows, what the mic hears, what you share and who joins.',
	'home.meeting.cta': 'Start the meeting check',
	'home.org.title': 'Organisation policy and meeting apps',
	'home.org.body':
		"Load the policy file your company sends you, and this device shows your organisation's MUST items and approved meeting apps. Whoever writes the rules (the IT admin, or the owner where there is none) vets meeting apps and writes the policy.",
	'home.org.cta': 'Open the organisation policy',
	'home.org.vet': 'Vet a meeting app (for admins)',
	'home.offlineReady': 'Once opened, this app works without an internet connection.',
	'role.employee': 'Working from home',
	'role.admin': 'IT admin',
	'role.owner': 'Business owner',
	'checklist.title': 'Checklist: {role}',
	'checklist.lead':
		'Start with the must-do items and pick where you stand. Each choice is saved on this device at once.',
	'checklist.progress': '{done} of {total} done',
	'checklist.why': 'What can happen if you skip it',
	'checklist.how': 'How to do it',
	'checklist.effort': 'About {minutes} min',
	'checklist.recheck': 'Review every {days} days',
	'checklist.sources': 'Sources',
	'checklist.sourceAsOf': 'as of {date}',
	'checklist.statusLegend': 'Status of “{title}”',
	'checklist.otherRoles': 'Checklists for other roles',
	'tier.must': 'Must',
	'tier.should': 'Should',
	'status.done': 'Done',
	'status.not-yet': 'Not yet',
	'status.not-applicable': 'Not applicable',
	'status.unknown': "Don't know",
	'status.waiver': 'Exception (with expiry)',
	'save.saving': 'Saving…',
	'save.saved': 'Saved',
	'save.failed': 'Not saved',
	'save.failedDetail':
		'Your answer is still on this screen but not stored on this device. Download a backup before you close the app.',
	'save.retry': 'Try saving again',
	'save.downloadBackup': 'Download a backup',
	'storage.blocked': 'The app is open in another tab. Close the other tabs to continue.',
	'storage.blocking':
		'A newer version of the app was opened in another tab. Reload this page to keep saving.',
	'storage.terminated': 'The connection to the database was lost. The next save reconnects.',
	'storage.unavailable':
		'This browser cannot store data here. If you are in a private window, open the app in a normal one.',
	'storage.reload': 'Reload',
	'update.available': 'A new version is available.',
	'update.apply': 'Update and reload',
	'update.later': 'Later',
	'update.offlineReady': 'Ready to work offline.',
	'erased.notice':
		'Everything the app stored on this device has been erased. The app itself is still here and works offline.',
	'banner.close': 'Close',
	'problem.banner':
		'Something went wrong. Answers already marked “Saved” are safe. If the page stops working as it should, reload it.',
	'errorPage.notFoundTitle': 'This page does not exist',
	'errorPage.notFoundBody': 'The address may be mistyped, or the page may have moved.',
	'errorPage.failedTitle': 'This page could not be shown',
	'errorPage.failedBody':
		'Something went wrong. Answers already marked “Saved” are safe. Reload the page or go to the start page.',
	'errorPage.home': 'Go to the start page',
	'install.button': 'Install the app',
	'install.offer':
		'Install it to open it like any other app, also offline. The browser is then less likely to delete your data.',
	'install.iosHint':
		'On iPhone and iPad, tap the Share button, then “Add to Home Screen” to use this as an app.',
	'install.safariNotice':
		'Safari may delete your saved answers if you do not open this site for 7 days. Add it to your Home Screen or download a backup.',
	'install.dismiss': 'Dismiss',
	'settings.title': 'Settings',
	'settings.language': 'Language',
	'settings.theme': 'Colour scheme',
	'settings.theme.system': 'Same as the device',
	'settings.theme.light': 'Light',
	'settings.theme.dark': 'Dark',
	'settings.storage': 'Data storage',
	'settings.persisted':
		'This browser keeps your saved answers and will not delete them on its own.',
	'settings.notPersisted':
		'The browser may delete saved answers, for example when the disk is nearly full. Install the app or download a backup from time to time.',
	'settings.persistUnknown': 'This browser does not say whether your data is protected.',
	'settings.usage': 'Used: about {used} of about {quota}',
	'settings.quarantine':
		'{count} record(s) could not be read. They are kept, not deleted, and included in the raw data.',
	'settings.backup': 'Backup',
	'settings.backupBody':
		'Writes your answers and notes to one file. The file is saved on this device only.',
	'settings.downloadBackup': 'Download a backup',
	'settings.downloadRaw': 'Download raw data (for troubleshooting)',
	'settings.version': 'Version',
	'settings.appVersion': 'App {version}',
	'settings.contentVersion': 'Checklist {version}',
	'about.title': 'About this app',
	'about.privacy':
		'Your answers and notes are stored only in this browser. The app talks to no other site and uses no ads or analytics.',
	'about.limits':
		'Answers are self-reported: the app cannot check that a measure was really taken.',
	'about.offline': 'Once opened, the app works without an internet connection.',
	'profile.defaultName': 'This device',
	'common.loading': 'Loading…',
	'footer.privacy': 'Your data never leaves this device.'
};
