import { newestRespondents } from '../aggregate/respondents.ts';

/**
 * The owner's guided path when there is no IT staff: write the policy, hand it out, collect
 * the summaries, see and print the result. Each step's state comes from what is stored.
 */
export const OWNER_STEPS = ['policy', 'share', 'collect', 'result'] as const;
export type OwnerStepId = (typeof OWNER_STEPS)[number];

/** `started`: begun, not finished (a draft not yet published, some summaries, seen not printed). */
export type StepState = 'todo' | 'started' | 'done';

/** What storage says about the path. */
export interface OwnerPathFacts {
	/** A draft policy is saved. */
	drafted: boolean;
	/** The draft has been published at least once. */
	published: boolean;
	/** The owner said the policy has been handed out. */
	markedShared: boolean;
	/** People whose summaries are stored. */
	sent: number;
	/** How many people the owner expects summaries from; undefined until they say. */
	expected: number | undefined;
	/** The dashboard has shown a counted result. */
	resultViewed: boolean;
	/** The dashboard has been printed. */
	printed: boolean;
}

export interface OwnerStep {
	id: OwnerStepId;
	state: StepState;
}

function policyState(facts: OwnerPathFacts): StepState {
	if (facts.published) return 'done';
	return facts.drafted ? 'started' : 'todo';
}

/**
 * Nobody can see whether a person opened the policy: it counts as handed out when the owner
 * says so, or once someone has sent a summary.
 */
function shareState(facts: OwnerPathFacts): StepState {
	return facts.markedShared || facts.sent > 0 ? 'done' : 'todo';
}

function collectState(facts: OwnerPathFacts): StepState {
	if (facts.sent === 0) return 'todo';
	return facts.expected !== undefined && facts.sent >= facts.expected ? 'done' : 'started';
}

function resultState(facts: OwnerPathFacts): StepState {
	if (facts.printed) return 'done';
	return facts.resultViewed ? 'started' : 'todo';
}

/** The four steps with their states, in order. */
export function ownerSteps(facts: OwnerPathFacts): OwnerStep[] {
	return [
		{ id: 'policy', state: policyState(facts) },
		{ id: 'share', state: shareState(facts) },
		{ id: 'collect', state: collectState(facts) },
		{ id: 'result', state: resultState(facts) }
	];
}

/** Where to go on from: the first step not done; the last one when every step is done. */
export function stepToContinue(steps: readonly OwnerStep[]): OwnerStepId {
	return (steps.find((step) => step.state !== 'done') ?? steps[steps.length - 1]!).id;
}

/** The step after `id`, or undefined after the last. */
export function stepAfter(id: OwnerStepId): OwnerStepId | undefined {
	return OWNER_STEPS[OWNER_STEPS.indexOf(id) + 1];
}

/** Who has sent: how many, and how many are still to send when the owner gave a number. */
export interface SendersCount {
	sent: number;
	expected: number | undefined;
	/** Still to send; undefined without `expected`. Never below zero. */
	missing: number | undefined;
}

export function sendersCount(sent: number, expected: number | undefined): SendersCount {
	return {
		sent,
		expected,
		missing: expected === undefined ? undefined : Math.max(0, expected - sent)
	};
}

/** One person who has sent, named as their newest summary names them (if the policy let it). */
export interface Sender {
	id: string;
	name?: string;
}

/**
 * The people behind the summaries: one per respondent (several devices are one person), the
 * named ones first in name order, so that the list reads the same on every visit.
 */
export function sendersOf(
	summaries: readonly { respondent: { id: string; name?: string }; createdAt: string }[]
): Sender[] {
	return [...newestRespondents(summaries).values()]
		.map(({ id, name }): Sender => (name ? { id, name } : { id }))
		.sort((a, b) => nameOrder(a.name, b.name) || a.id.localeCompare(b.id));
}

function nameOrder(a: string | undefined, b: string | undefined): number {
	if (a === undefined || b === undefined)
		return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
	return a.localeCompare(b, 'ja');
}
