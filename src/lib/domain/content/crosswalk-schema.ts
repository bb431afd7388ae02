import { z } from '../shared/zod.ts';
import { sourceSchema } from './item-schema.ts';
import { kebabId, localizedText } from './text.ts';
import { IPA_ANSWERS } from './vocabulary.ts';

// The crosswalks (`checklists/crosswalks/`): IPA's self-diagnosis and SECURITY ACTION's five
// basic measures, and the MIC telework guideline's measure categories, each mapped to our items.

export const IPA_TOPIC_COUNT = 25;
/** The last question of each part: part 1 is Q1–5, part 2 Q6–18, part 3 Q19–25. */
const PART_ENDS = [5, 18, 25] as const;

/** The topic id of question `n` (1-based): `ipa-01`…`ipa-25`. */
export const ipaTopicId = (n: number) => `ipa-${String(n).padStart(2, '0')}`;
const partOf = (n: number) => PART_ENDS.findIndex((end) => n <= end) + 1;

/** Not checked against the source document itself yet: shown as such, never silently trusted. */
const confirmed = z.literal(false).optional();
const itemIds = (max: number) =>
	z
		.array(kebabId())
		.max(max)
		.refine((ids) => new Set(ids).size === ids.length, 'must not repeat an item');
const sources = z.array(sourceSchema).min(1, 'must cite at least one source').max(10);

export const ipaTopicSchema = z
	.strictObject({
		id: kebabId(),
		part: z.union([z.literal(1), z.literal(2), z.literal(3)]),
		title: localizedText(160),
		/** Our items that show the topic is in place; empty: the owner answers `ask` directly. */
		items: itemIds(20),
		ask: localizedText(200).optional(),
		confirmed
	})
	.refine((topic) => topic.items.length > 0 || topic.ask, {
		message: 'must have an "ask" question when no item covers the topic',
		path: ['ask']
	});
export type IpaTopic = z.infer<typeof ipaTopicSchema>;

const scaleStepSchema = z.strictObject({
	points: z.int().min(-10).max(10),
	label: localizedText(40)
});

/** IPA's scale: the points of each answer. */
export const ipaScaleSchema = z.strictObject({
	done: scaleStepSchema,
	partly: scaleStepSchema,
	'not-done': scaleStepSchema,
	unknown: scaleStepSchema
});
export type IpaScale = z.infer<typeof ipaScaleSchema>;

export const ipaBandSchema = z.strictObject({
	id: kebabId(),
	/** The lowest and highest total in the band, both included. */
	min: z.int().min(-100).max(100),
	max: z.int().min(-100).max(100),
	meaning: localizedText(300)
});
export type IpaBand = z.infer<typeof ipaBandSchema>;

/** One of the five basic measures (情報セキュリティ5か条) of SECURITY ACTION one star. */
export const fiveMeasureSchema = z.strictObject({
	id: kebabId(),
	title: localizedText(120),
	/** The employee's device items that show the measure is in place on a device. */
	items: itemIds(20).min(1, 'must name at least one item'),
	sources,
	confirmed
});
export type FiveMeasure = z.infer<typeof fiveMeasureSchema>;

/** Topics are exactly ipa-01…ipa-25 in order, each in its part. */
function checkTopics(topics: IpaTopic[], ctx: z.RefinementCtx): void {
	if (topics.length !== IPA_TOPIC_COUNT) {
		ctx.addIssue({
			code: 'custom',
			path: ['topics'],
			message: `must list ${IPA_TOPIC_COUNT} topics`
		});
	}
	const seen = new Set<string>();
	topics.forEach((topic, index) => {
		const n = index + 1;
		if (topic.id !== ipaTopicId(n)) {
			const message = seen.has(topic.id)
				? `"${topic.id}" is listed twice`
				: `must be "${ipaTopicId(n)}" (ipa-01…ipa-25, each once, in order)`;
			ctx.addIssue({ code: 'custom', path: ['topics', index, 'id'], message });
		}
		seen.add(topic.id);
		if (topic.part !== partOf(n)) {
			const message = `must be ${partOf(n)}: part 1 is Q1–5, part 2 Q6–18, part 3 Q19–25`;
			ctx.addIssue({ code: 'custom', path: ['topics', index, 'part'], message });
		}
	});
}

/** The bands cover every total from the lowest to the highest possible, highest first. */
function checkBands(file: { scale: IpaScale; bands: IpaBand[] }, ctx: z.RefinementCtx): void {
	let expectedMax = IPA_TOPIC_COUNT * file.scale.done.points;
	const lowest = IPA_TOPIC_COUNT * Math.min(...IPA_ANSWERS.map((a) => file.scale[a].points));
	file.bands.forEach((band, index) => {
		if (band.max !== expectedMax || band.min > band.max) {
			const message = `must be ${expectedMax}, and min no higher: bands go from the highest total down, without gaps`;
			ctx.addIssue({ code: 'custom', path: ['bands', index, 'max'], message });
		}
		expectedMax = band.min - 1;
	});
	if (expectedMax !== lowest - 1) {
		ctx.addIssue({ code: 'custom', path: ['bands'], message: `must reach down to ${lowest}` });
	}
}

/** Five measures, `five-1`…`five-5` in order. */
function checkFive(measures: FiveMeasure[], ctx: z.RefinementCtx): void {
	measures.forEach((measure, index) => {
		if (measure.id !== `five-${index + 1}`) {
			const message = `must be "five-${index + 1}" (five-1…five-5, in order)`;
			ctx.addIssue({ code: 'custom', path: ['fiveMeasures', index, 'id'], message });
		}
	});
}

/** `checklists/crosswalks/ipa-self-diagnosis.yaml`. */
export const ipaSelfDiagnosisFileSchema = z
	.strictObject({
		sources,
		scale: ipaScaleSchema,
		bands: z.array(ipaBandSchema).min(1).max(10),
		topics: z.array(ipaTopicSchema).max(IPA_TOPIC_COUNT + 5),
		fiveMeasures: z.array(fiveMeasureSchema).length(5, 'must list the five measures')
	})
	.superRefine((file, ctx) => {
		checkTopics(file.topics, ctx);
		checkBands(file, ctx);
		checkFive(file.fiveMeasures, ctx);
	});
export type IpaSelfDiagnosis = z.infer<typeof ipaSelfDiagnosisFileSchema>;

export const micCategorySchema = z.strictObject({
	id: kebabId(),
	name: localizedText(80),
	/** Our items that belong to the category (an item may belong to several). */
	items: itemIds(80),
	confirmed
});
export type MicCategory = z.infer<typeof micCategorySchema>;

/** `checklists/crosswalks/mic-guideline.yaml`: the guideline's measure categories. */
export const micGuidelineFileSchema = z
	.strictObject({
		sources,
		categories: z.array(micCategorySchema).min(1).max(30)
	})
	.superRefine((file, ctx) => {
		const seen = new Set<string>();
		file.categories.forEach((category, index) => {
			if (seen.has(category.id)) {
				const message = `"${category.id}" is listed twice`;
				ctx.addIssue({ code: 'custom', path: ['categories', index, 'id'], message });
			}
			seen.add(category.id);
		});
	});
export type MicGuideline = z.infer<typeof micGuidelineFileSchema>;

/** The compiled crosswalks (`virtual:crosswalks`): only the readiness and coverage views load them. */
export interface Crosswalks {
	ipa: IpaSelfDiagnosis;
	mic: MicGuideline;
}
