import type { Answer, Profile } from '$lib/domain/engine/answer';

/** A fixed clock: tests must not depend on when they run. */
export const NOW = new Date('2026-11-24T09:30:00.000Z');

export function makeAnswer(overrides: Partial<Answer> = {}): Answer {
	return {
		profileId: 'default',
		itemId: 'screen-lock',
		status: 'done',
		contentVersion: '2026.11.1',
		updatedAt: NOW.toISOString(),
		revision: 1,
		...overrides
	};
}

export function makeProfile(overrides: Partial<Profile> = {}): Profile {
	return {
		id: 'default',
		name: 'Work laptop',
		createdAt: NOW.toISOString(),
		updatedAt: NOW.toISOString(),
		...overrides
	};
}
