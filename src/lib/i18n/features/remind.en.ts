import type ja from './remind.ja';

/**
 * The dashboard's "who is up to date" and "who to remind" sections, and the reminder mails, in
 * English: exactly the keys of remind.ja.ts (the type says so).
 */
export default {
	'remind.title': 'Who is up to date, and who to remind',
	'remind.lead':
		'A summary holds for {days} days from the day it was sent. A person with several devices counts by the device that is due first.',
	'remind.current': 'Current',
	'remind.dueSoon': 'Due soon',
	'remind.expired': 'Expired',
	'remind.people': '{count|# person|# people}',
	'remind.listTitle': 'Who to remind',
	'remind.none': 'Nobody is expired or due soon.',
	'remind.expiredOn': 'expired on {date}',
	'remind.dueBy': 'due by {date}',
	'remind.notSent': 'nothing received yet',
	'remind.mail': 'Write e-mail',
	'remind.mailFor': 'Write an e-mail to {name}',
	'remind.mailAll': 'Write one e-mail to all of them (Bcc)',
	'remind.copy': 'Copy the list',
	'remind.copied': 'List copied.',
	'remind.copyFailed': 'Could not copy. Select the list and copy it.',
	'remind.more': '{count|# more person|# more people}.',
	'remind.showAll': 'Show everyone',
	'remind.noAddress':
		'For people without an address in the staff list, add the recipient in your mail program.',
	'remind.rosterTitle': 'Staff list (optional, kept on this device only)',
	'remind.rosterLead':
		'One person a line: name and e-mail address (you can paste two columns from a spreadsheet). A summary with the same name counts as that person having sent. The list never leaves this device.',
	'remind.rosterLabel': 'Staff list (names and e-mail addresses)',
	'remind.rosterSave': 'Save the staff list',
	'remind.rosterSaved': 'Saved a staff list of {count|# person|# people}.',
	'remind.rosterBad': 'Line {lines} could not be read and was not saved.',
	'remind.rosterFailed': 'The staff list could not be saved. ({detail})',
	'remind.rosterNoNames':
		'Your policy does not collect names, so the staff list cannot be matched with the summaries.',
	'remind.notSentTitle': 'Nothing received yet from',
	'remind.notSentNone': 'Everyone on the staff list has sent a summary.',
	'remind.rulesTitle': 'Telework rules acknowledged',
	'remind.rulesRate':
		'Version {version} acknowledged by {acknowledged} of {respondents} people ({percent}%)',
	'remind.rulesMissing': 'Not acknowledged yet',
	'remind.rulesAll': 'Everyone has acknowledged them.',
	'remind.subject.check': 'Please do your telework security check',
	'remind.subject.rules': 'Please acknowledge the telework rules',
	'remind.body.expired':
		'Dear {name},\n\nYour telework security check expired on {date}. Please open Telework Check, review your answers and send your summary.\n\n{org}',
	'remind.body.dueSoon':
		'Dear {name},\n\nYour telework security check is due on {date}. Before then, please open Telework Check, review your answers and send your summary.\n\n{org}',
	'remind.body.notSent':
		'Dear {name},\n\nWe have not received your telework security check yet. Please do the check in Telework Check and send your summary.\n\n{org}',
	'remind.body.rules':
		'Dear {name},\n\nPlease read and acknowledge the telework rules (version {version}): open Telework Check, go to "Organisation policy", select "I have read the rules", then send your summary again.\n\n{org}',
	'remind.body.all':
		'Dear {name},\n\nYour telework security check has expired or is due soon. Please open Telework Check, review your answers and send your summary.\n\n{org}',
	'remind.everyone': 'all',
	'remind.readiness':
		'Check your SECURITY ACTION readiness (five measures, self-diagnosis, draft basic policy)'
} satisfies Record<keyof typeof ja, string>;
