import type ja from './readiness-report.ja';

/**
 * The readiness page's results and the basic policy draft: they load with the count, in English:
 * exactly the keys of readiness-report.ja.ts (the type says so).
 */
export default {
	'ready.oneStar': '★ One star: the five basic measures',
	'ready.oneStarLead':
		'Whether the five basic measures are in place on staff devices, counted over {devices|# device|# devices}: the summaries received and the devices checked on this one.',
	'ready.noDevices':
		'No device summaries yet. Ask staff to do their check, then import their summaries.',
	'ready.measure': 'Measure',
	'ready.inPlace': 'In place',
	'ready.missing': 'Missing',
	'ready.unknownDevices': 'Not known',
	'ready.devicesCount': '{count|# device|# devices}',
	'ready.twoStars': '★★ Two stars: the self-diagnosis (25 topics) and a basic policy',
	'ready.twoStarsLead':
		"Scored as IPA's self-diagnosis is (done 4, partly 2, not done 0, don't know −1; 100 at most). Topics the app's items cover are scored from their answers; answer the others here.",
	'ready.total': 'Total {total} of 100',
	'ready.unknownTopics':
		'{count|# topic is|# topics are} "don\u2019t know". For each, find out who would know.',
	'ready.part.1': 'Part 1: basic measures (1–5)',
	'ready.part.2': 'Part 2: measures for staff (6–18)',
	'ready.part.3': 'Part 3: measures for the organisation (19–25)',
	'ready.points': 'Points',
	'ready.fromItems':
		"From the app's answers: {done} done, {notDone} not done, {unknown} don't know",
	'ready.noItemAnswers': "The app's matching items have no answers yet",
	'ready.direct': 'Answer here',
	'ready.saved': 'Answer saved.',
	'ready.saveFailed': 'The answer could not be saved. ({detail})',
	'ready.policyTitle': 'Draft basic information security policy',
	'ready.policyLead':
		'For two stars you set a basic policy and publish it. The draft below is made from your organisation policy: print it, rewrite it to fit your company, then publish it.',
	'ready.responsible': 'Name of the person responsible (e.g. Taro Yamada, CEO)',
	'ready.responsibleSaved': 'Name saved.',
	'ready.printPolicy': 'Print the draft policy',
	'ready.noPolicy':
		'There is no organisation policy yet. Enter your organisation name under Organisation policy and it appears in the draft.',
	'ready.micTitle': "By category of MIC's Telework Security Guideline (5th edition)",
	'ready.micLead':
		"For each of the guideline's categories of measures, the share of answers to the app's matching items that are done (not applicable left out). Which items match which category is this app's own mapping.",
	'ready.micCategory': 'Category',
	'ready.micItems': 'Items',
	'ready.micDone': 'Done',
	'ready.micNone': 'no answers',
	'ready.micPercent': '{percent}% ({done} of {answered})',
	'policy.heading': 'Basic Information Security Policy',
	'policy.draftMark': 'Draft',
	'policy.intro':
		'{org} ("we") holds protecting the information entrusted to us by customers and partners, and our own, from accidents and attacks to be one of our key duties. We therefore work on information security as follows.',
	'policy.1':
		'Management takes responsibility and sets up the organisation to protect information.',
	'policy.2':
		'We set internal rules to protect information, make them known to all staff, and follow them.',
	'policy.3':
		'We comply with the law and with what our contracts with customers and partners require.',
	'policy.4': 'We keep training and reminding our staff about information security.',
	'policy.5':
		'When an incident happens we respond at once, find its cause and prevent it from happening again.',
	'policy.6': 'We check regularly and review our measures to keep improving them.',
	'policy.adopted': 'The rules we have set',
	'policy.recheck': 'Everyone redoes the telework check every {days} days.',
	'policy.musts': '{count|# measure is|# measures are} required of everyone.',
	'policy.rules':
		'We have written telework rules (version {version}), and everyone acknowledges them.',
	'policy.desks': 'Help desks: {desks}',
	'policy.date': 'Adopted on {date}',
	'policy.signed': '{org} · Responsible: {responsible}'
} satisfies Record<keyof typeof ja, string>;
