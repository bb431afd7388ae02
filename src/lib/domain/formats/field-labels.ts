import { joinSteps } from './schema-paths.ts';

/** The formats whose fields are named to people (`file.kind.<id>` in the catalogue). */
export const FORMAT_IDS = ['pack', 'summary', 'backup'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

// A label key names a field as people call it (`field.<key>` in the i18n catalogue). A pattern
// ending in `[]` names one entry of a list and takes its number ({n}); `*` a record entry, by its
// key ({name}). A field that is the same thing in several places shares one key.

const CONTEXT = {
	role: 'context.role',
	ownership: 'context.ownership',
	deviceType: 'context.deviceType',
	os: 'context.os',
	networks: 'context.networks',
	places: 'context.places',
	methods: 'context.methods',
	meetingApps: 'context.meetingApps',
	facts: 'context.facts',
	'facts.handlesPersonalData': 'fact.handlesPersonalData',
	'facts.printsAtHome': 'fact.printsAtHome',
	'facts.sharedDevice': 'fact.sharedDevice',
	'facts.externalMeetings': 'fact.externalMeetings'
} as const;

const CONDITION = {
	ownership: 'context.ownership',
	deviceType: 'context.deviceType',
	os: 'context.os',
	networks: 'context.networks',
	places: 'context.places',
	methods: 'context.methods',
	facts: 'condition.facts',
	orgSize: 'orgProfile.size',
	orgFacts: 'condition.orgFacts'
} as const;

const STEP = {
	'': 'item.step',
	settingsUri: 'item.settingsUri'
} as const;

const ITEM = {
	id: 'item.id',
	roles: 'item.roles',
	category: 'item.category',
	tier: 'item.tier',
	tierRules: 'item.tierRules',
	'tierRules[]': 'item.tierRule',
	'tierRules[].tier': 'item.tier',
	'tierRules[].when': 'item.when',
	appliesWhen: 'item.appliesWhen',
	'appliesWhen[]': 'item.appliesWhenEntry',
	exceptWhen: 'item.exceptWhen',
	'exceptWhen[]': 'item.exceptWhenEntry',
	threats: 'item.threats',
	title: 'item.title',
	why: 'item.why',
	how: 'item.how',
	howByOs: 'item.howByOs',
	'howByOs.*': 'item.howOnOs',
	effortMinutes: 'item.effortMinutes',
	recheckDays: 'item.recheckDays',
	updatedIn: 'item.updatedIn',
	sources: 'item.sources',
	'sources[]': 'item.source',
	'sources[].title': 'item.sourceTitle',
	'sources[].url': 'item.sourceUrl',
	'sources[].asOf': 'item.sourceAsOf',
	crosswalk: 'item.crosswalk',
	'crosswalk.mic': 'item.crosswalkMic',
	'crosswalk.ipa': 'item.crosswalkIpa',
	'crosswalk.nist80046': 'item.crosswalkNist80046',
	'crosswalk.nist800114': 'item.crosswalkNist800114',
	combinedInto: 'item.combinedInto',
	...under('tierRules[].when', CONDITION),
	...under('appliesWhen[]', CONDITION),
	...under('exceptWhen[]', CONDITION),
	...under('how[]', STEP),
	...under('howByOs.*[]', STEP)
} as const;

const PACK = {
	format: 'format',
	formatVersion: 'formatVersion',
	orgId: 'pack.orgId',
	orgName: 'pack.orgName',
	packVersion: 'pack.packVersion',
	helpDesk: 'pack.helpDesks',
	'helpDesk[]': 'pack.helpDesk',
	'helpDesk[].name': 'pack.helpDeskName',
	'helpDesk[].phone': 'pack.phone',
	'helpDesk[].email': 'pack.email',
	'helpDesk[].url': 'pack.url',
	'helpDesk[].hours': 'pack.hours',
	overrides: 'pack.overrides',
	'overrides.*': 'pack.override',
	extraItems: 'pack.extraItems',
	'extraItems[]': 'pack.extraItem',
	...under('extraItems[]', ITEM),
	meetingApps: 'pack.meetingApps',
	'meetingApps[]': 'pack.meetingApp',
	'meetingApps[].app': 'app.id',
	'meetingApps[].name': 'app.name',
	'meetingApps[].decision': 'app.decision',
	'meetingApps[].settings': 'app.settings',
	'meetingApps[].settings[]': 'app.setting',
	'meetingApps[].settings[].id': 'app.settingId',
	'meetingApps[].settings[].name': 'app.settingName',
	'meetingApps[].settings[].where': 'app.settingWhere',
	'meetingApps[].settings[].requiredFrom': 'app.requiredFrom',
	'meetingApps[].vettedAt': 'app.vettedAt',
	'meetingApps[].cardReviewedAt': 'app.cardReviewedAt',
	'meetingApps[].note': 'note',
	'meetingApps[].verdict': 'app.verdict',
	'meetingApps[].openPoints': 'app.openPoints',
	recheckDays: 'pack.recheckDays',
	summaryFields: 'pack.summaryFields',
	'summaryFields.name': 'pack.summaryName',
	'summaryFields.department': 'pack.summaryDepartment',
	minGroupSize: 'pack.minGroupSize',
	rules: 'pack.rules',
	'rules.text': 'pack.rulesText',
	'rules.version': 'pack.rulesVersion',
	attestationDate: 'pack.attestationDate',
	recipient: 'pack.recipient',
	issuedAt: 'pack.issuedAt',
	note: 'note',
	orgProfile: 'orgProfile',
	'orgProfile.size': 'orgProfile.size',
	'orgProfile.methods': 'context.methods',
	'orgProfile.facts': 'orgProfile.facts',
	'orgProfile.facts.noItStaff': 'orgFact.noItStaff',
	'orgProfile.facts.personalDevicesAllowed': 'orgFact.personalDevicesAllowed',
	'orgProfile.facts.handlesPersonalData': 'orgFact.handlesPersonalData',
	'orgProfile.facts.usesCloud': 'orgFact.usesCloud'
} as const;

const SUMMARY = {
	format: 'format',
	formatVersion: 'formatVersion',
	appVersion: 'appVersion',
	contentVersion: 'contentVersion',
	org: 'summary.org',
	'org.orgId': 'summary.orgId',
	'org.packVersion': 'pack.packVersion',
	'org.packFingerprint': 'summary.packFingerprint',
	respondent: 'summary.respondent',
	'respondent.id': 'summary.respondentId',
	'respondent.name': 'summary.name',
	'respondent.department': 'summary.department',
	profile: 'summary.profile',
	'profile.ref': 'summary.profileRef',
	'profile.context': 'context',
	...under('profile.context', CONTEXT),
	answers: 'answers',
	'answers[]': 'answer',
	'answers[].itemId': 'answer.itemId',
	'answers[].status': 'answer.status',
	'answers[].waiverUntil': 'answer.waiverUntil',
	'answers[].contentVersion': 'contentVersion',
	'answers[].updatedAt': 'answer.updatedAt',
	lastMeetingCheckAt: 'summary.lastMeetingCheckAt',
	createdAt: 'createdAt',
	revision: 'summary.revision',
	validUntil: 'summary.validUntil',
	rulesAck: 'summary.rulesAck',
	'rulesAck.version': 'pack.rulesVersion',
	'rulesAck.at': 'summary.rulesAckAt',
	digest: 'summary.digest'
} as const;

const BACKUP = {
	format: 'format',
	formatVersion: 'formatVersion',
	appVersion: 'appVersion',
	contentVersion: 'contentVersion',
	createdAt: 'createdAt',
	profiles: 'backup.profiles',
	'profiles[]': 'backup.profile',
	'profiles[].id': 'backup.id',
	'profiles[].name': 'backup.profileName',
	'profiles[].context': 'context',
	...under('profiles[].context', CONTEXT),
	'profiles[].createdAt': 'createdAt',
	'profiles[].updatedAt': 'backup.updatedAt',
	answers: 'answers',
	'answers[]': 'answer',
	'answers[].profileId': 'backup.profileId',
	'answers[].itemId': 'answer.itemId',
	'answers[].status': 'answer.status',
	'answers[].reason': 'answer.reason',
	'answers[].waiverUntil': 'answer.waiverUntil',
	'answers[].note': 'note',
	'answers[].contentVersion': 'contentVersion',
	'answers[].updatedAt': 'answer.updatedAt',
	'answers[].revision': 'backup.revision'
} as const;

/** The labels of a part of a format, placed under `prefix`. */
function under<const P extends string, const L extends Record<string, string>>(
	prefix: P,
	labels: L
): { [K in keyof L & string as K extends '' ? P : `${P}.${K}`]: L[K] } {
	return Object.fromEntries(
		Object.entries(labels).map(([pattern, key]) => [pattern ? `${prefix}.${pattern}` : prefix, key])
	) as never;
}

export const FIELD_LABELS = { pack: PACK, summary: SUMMARY, backup: BACKUP } as const;

type Values<T> = T[keyof T];
/** Every label key; the i18n catalogue must word each one (`field.<key>`). */
export type FieldLabelKey =
	Values<typeof PACK> | Values<typeof SUMMARY> | Values<typeof BACKUP> | 'lang.ja' | 'lang.en';

/** One part of a field's name: a label, with its list number or its record key. */
export interface LabelPart {
	key: FieldLabelKey;
	n?: number;
	name?: string;
}

/**
 * A field as people name it: the list entries and record entries it sits in, then the nearest
 * labelled field (the field itself, or the part of the file that holds it), then the language of
 * a bilingual text. No parts at all means the file as a whole. Never a raw path.
 */
export interface FieldLabel {
	parts: LabelPart[];
	lang?: 'ja' | 'en';
}

/** The labels of `path` in `format`: `helpDesk[0].name.ja` → help desk 1 › name › Japanese. */
export function fieldLabel(format: FormatId, path: readonly PropertyKey[]): FieldLabel {
	const labels: Record<string, FieldLabelKey | undefined> = FIELD_LABELS[format];
	const steps = patternSteps(Object.keys(labels), path);
	const parts: LabelPart[] = [];
	let field: LabelPart | undefined;
	let lastLabelled = -1;
	steps.forEach((step, i) => {
		const key = labels[joinSteps(steps.slice(0, i + 1))];
		if (!key) return;
		lastLabelled = i;
		if (step === '[]' || step === '*') {
			// An entry says where; a field above it is already in the entry's own label.
			field = undefined;
			parts.push(step === '[]' ? { key, n: Number(path[i]) + 1 } : { key, name: String(path[i]) });
		} else {
			field = { key };
		}
	});
	if (field) parts.push(field);
	const last = steps.at(-1);
	const bilingual = (last === 'ja' || last === 'en') && lastLabelled === steps.length - 2;
	return bilingual ? { parts, lang: last } : { parts };
}

/**
 * Each step of `path` as a pattern step: `[]` for a list index, `*` for a key of a record (a
 * place where the catalogue has a `*` pattern, like `overrides.*`).
 */
function patternSteps(patterns: readonly string[], path: readonly PropertyKey[]): string[] {
	const steps: string[] = [];
	for (const part of path) {
		const record = joinSteps([...steps, '*']);
		const isRecord = patterns.some(
			(p) => p === record || p.startsWith(`${record}.`) || p.startsWith(`${record}[`)
		);
		steps.push(typeof part === 'number' ? '[]' : isRecord ? '*' : String(part));
	}
	return steps;
}
