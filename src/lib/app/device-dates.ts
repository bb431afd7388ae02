import type { DeviceDates } from '$lib/domain/attestation/reminders';
import type { Profile } from '$lib/domain/engine/answer';
import type { PolicyPack } from '$lib/domain/formats/policy-pack';
import type { Locale } from '$lib/domain/shared/locale';
import { loadContent } from '$lib/load-content';
import { loadAnswers } from '$lib/storage/answers';
import { loadSent } from './attestation-records';

/** Each device's re-check day (from its last summary sent) and its exceptions' last days. */
export async function loadDeviceDates(
	devices: readonly Profile[],
	pack: PolicyPack | undefined,
	locale: Locale
): Promise<DeviceDates[]> {
	const content = await loadContent(locale);
	const items = new Map([...content.items, ...(pack?.extraItems ?? [])].map((i) => [i.id, i]));
	return Promise.all(
		devices.map(async (profile) => {
			const [sent, answers] = await Promise.all([loadSent(profile.id), loadAnswers(profile.id)]);
			const waivers = answers.flatMap((answer) =>
				answer.status === 'waiver' && answer.waiverUntil
					? [
							{
								itemId: answer.itemId,
								title: items.get(answer.itemId)?.title[locale] ?? answer.itemId,
								until: answer.waiverUntil
							}
						]
					: []
			);
			return {
				profileId: profile.id,
				name: profile.name,
				...(sent ? { validUntil: sent.validUntil } : {}),
				waivers
			};
		})
	);
}
