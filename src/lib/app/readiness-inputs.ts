import { DEFAULT_PROFILE_ID, type Profile } from '$lib/domain/engine/answer';
import { profileKey } from '$lib/domain/formats/import-summaries';
import { directAnswersSchema, type DirectAnswers } from '$lib/domain/readiness/direct-answers';
import type { ReadinessRequest } from '$lib/workers/admin-api';
import { loadAnswers } from '$lib/storage/answers';
import { getSetting, setSetting } from '$lib/storage/settings';
import { RESPONDENT_ID } from './attestation-records';

const DIRECT = 'ipa-direct-answers';
const RESPONSIBLE = 'policy-responsible';

/** The owner's answers to the topics no item covers; damaged ones read as unanswered. */
export async function loadDirectAnswers(): Promise<DirectAnswers> {
	const parsed = directAnswersSchema.safeParse(await getSetting(DIRECT));
	return parsed.success ? parsed.data : {};
}

/** Resolves only after the strict write committed. */
export async function saveDirectAnswers(answers: DirectAnswers): Promise<void> {
	await setSetting(DIRECT, directAnswersSchema.parse(answers));
}

/** Who the basic policy names as responsible (typed on the readiness page). */
export async function loadResponsible(): Promise<string> {
	const stored = await getSetting(RESPONSIBLE);
	return typeof stored === 'string' ? stored.slice(0, 100) : '';
}

export async function saveResponsible(name: string): Promise<void> {
	await setSetting(RESPONSIBLE, name.trim().slice(0, 100));
}

/**
 * The answers the readiness counts from this device: the admin's and owner's lists, and each
 * device set up here (keyed as its summary would be, so its imported copy is not counted twice).
 */
export async function ownAnswerSets(
	devices: readonly Profile[]
): Promise<Pick<ReadinessRequest, 'own' | 'devices'>> {
	const respondent = await getSetting(RESPONDENT_ID);
	const strip = (answers: Awaited<ReturnType<typeof loadAnswers>>) =>
		answers.map(({ itemId, status }) => ({ itemId, status }));
	const [own, ...perDevice] = await Promise.all([
		loadAnswers(DEFAULT_PROFILE_ID),
		...devices.map((device) => loadAnswers(device.id))
	]);
	// A first device from the oldest databases shares the role lists' profile: counted once.
	const shared = devices.some((device) => device.id === DEFAULT_PROFILE_ID);
	return {
		own: shared ? [] : [strip(own ?? [])],
		devices: devices.map((device, i) => ({
			key: profileKey(typeof respondent === 'string' ? respondent : 'this-device', device.id),
			answers: strip(perDevice[i] ?? [])
		}))
	};
}
