import type { IpaBand, IpaSelfDiagnosis, IpaTopic } from '../content/crosswalk-schema.ts';
import type { IpaAnswer } from '../content/vocabulary.ts';
import { addCounts, countStatuses, type AnswerSet, type StatusCounts } from './answer-set.ts';
import type { DirectAnswers } from './direct-answers.ts';

export type { DirectAnswers, IpaAnswer };

export interface TopicScore {
	topicId: string;
	answer: IpaAnswer;
	points: number;
	/** `items`: from the answers to the topic's items; `direct`: the owner answered it. */
	basis: 'items' | 'direct';
	/** What the items' answers say, over every answer set (zero for a direct answer). */
	counts: StatusCounts;
}

export interface IpaScore {
	topics: TopicScore[];
	total: number;
	/**
	 * The id of the band the total falls in: its words are the crosswalk's, in the language the
	 * page shows now (a count can outlive a language switch).
	 */
	bandId: string;
	/** Topics answered "don't know": IPA asks that each one is checked. */
	unknownCount: number;
}

const NO_COUNTS: StatusCounts = { done: 0, notDone: 0, unknown: 0 };

/**
 * The answer the items give: all done is done, some done is partly, none done but some not done
 * is not done, and nothing (or only "don't know") is don't know.
 */
export function answerFromCounts(counts: StatusCounts): IpaAnswer {
	if (counts.done > 0) return counts.notDone + counts.unknown === 0 ? 'done' : 'partly';
	return counts.notDone > 0 ? 'not-done' : 'unknown';
}

function scoreTopic(
	topic: IpaTopic,
	sets: readonly AnswerSet[],
	direct: DirectAnswers,
	diagnosis: IpaSelfDiagnosis
): TopicScore {
	const base = { topicId: topic.id };
	if (topic.items.length === 0) {
		const answer = direct[topic.id] ?? 'unknown';
		return {
			...base,
			answer,
			points: diagnosis.scale[answer].points,
			basis: 'direct',
			counts: NO_COUNTS
		};
	}
	const ids = new Set(topic.items);
	const counts = sets.map((set) => countStatuses(set, ids)).reduce(addCounts, NO_COUNTS);
	const answer = answerFromCounts(counts);
	return { ...base, answer, points: diagnosis.scale[answer].points, basis: 'items', counts };
}

/** The band a total falls in (the bands cover every possible total: the schema checks). */
export function bandOf(total: number, bands: readonly IpaBand[]): IpaBand {
	const band = bands.find((b) => b.min <= total && total <= b.max);
	if (!band) throw new Error(`no band holds the total ${total}`);
	return band;
}

/**
 * Scores IPA's self-diagnosis from every answer set (each device summary, the admin's and the
 * owner's lists) and the owner's direct answers, on IPA's scale.
 */
export function scoreIpa(
	diagnosis: IpaSelfDiagnosis,
	sets: readonly AnswerSet[],
	direct: DirectAnswers
): IpaScore {
	const topics = diagnosis.topics.map((topic) => scoreTopic(topic, sets, direct, diagnosis));
	const total = topics.reduce((sum, topic) => sum + topic.points, 0);
	return {
		topics,
		total,
		bandId: bandOf(total, diagnosis.bands).id,
		unknownCount: topics.filter((topic) => topic.answer === 'unknown').length
	};
}
