import { fc } from '@fast-check/vitest';
import { ANSWER_STATUSES, type Answer, type Profile } from '$lib/domain/engine/answer';
import type { TeleworkContext } from '$lib/domain/engine/context';
import {
	DEVICE_TYPES,
	FACTS,
	METHODS,
	NETWORKS,
	OS_BY_DEVICE_TYPE,
	OWNERSHIPS,
	PLACES,
	ROLES
} from '$lib/domain/content/vocabulary';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type Backup } from '$lib/domain/formats/backup';

// Text as the schema stores it: trimmed, not empty, no control or bidi characters.
const TEXT_CHARS = [...'abcXYZ019 .,;:!?()-_/\'"\\\n\tこの端末のメモ漢字🙂'];
const text = (max: number) =>
	fc
		.string({ unit: fc.constantFrom(...TEXT_CHARS), minLength: 1, maxLength: max })
		.map((s) => s.trim())
		.filter((s) => s.length > 0);

const iso = fc
	.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-12-31T23:59:59Z') })
	.filter((d) => !Number.isNaN(d.getTime()))
	.map((d) => d.toISOString());
const isoDay = iso.map((s) => s.slice(0, 10));
const kebab = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/);
const profileId = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);

export const contextArbitrary: fc.Arbitrary<TeleworkContext> = fc
	.constantFrom(...DEVICE_TYPES)
	.chain((deviceType) =>
		fc.record({
			role: fc.constantFrom(...ROLES),
			ownership: fc.constantFrom(...OWNERSHIPS),
			deviceType: fc.constant(deviceType),
			os: fc.constantFrom(...OS_BY_DEVICE_TYPE[deviceType]),
			networks: fc.shuffledSubarray([...NETWORKS], { minLength: 1 }),
			places: fc.shuffledSubarray([...PLACES], { minLength: 1 }),
			methods: fc.shuffledSubarray([...METHODS]),
			meetingApps: fc.array(kebab, { maxLength: 3 }),
			facts: fc.record(
				Object.fromEntries(FACTS.map((fact) => [fact, fc.boolean()])) as Record<
					(typeof FACTS)[number],
					fc.Arbitrary<boolean>
				>
			)
		})
	);

const profileArbitrary = (id: string): fc.Arbitrary<Profile> =>
	fc.record(
		{
			id: fc.constant(id),
			name: text(60),
			context: contextArbitrary,
			createdAt: iso,
			updatedAt: iso
		},
		{ requiredKeys: ['id', 'name', 'createdAt', 'updatedAt'] }
	);

const answerArbitrary = (profileId: string, itemId: string): fc.Arbitrary<Answer> =>
	fc.oneof(
		fc.record(
			{
				profileId: fc.constant(profileId),
				itemId: fc.constant(itemId),
				status: fc.constantFrom(...ANSWER_STATUSES.filter((s) => s !== 'waiver')),
				reason: text(500),
				note: text(2000),
				contentVersion: fc.constantFrom('2026.11.1', '2027.1.0'),
				updatedAt: iso,
				revision: fc.integer({ min: 1, max: 1_000_000 })
			},
			{ requiredKeys: ['profileId', 'itemId', 'status', 'contentVersion', 'updatedAt', 'revision'] }
		),
		fc.record(
			{
				profileId: fc.constant(profileId),
				itemId: fc.constant(itemId),
				status: fc.constant('waiver' as const),
				reason: text(500),
				waiverUntil: isoDay,
				note: text(200),
				contentVersion: fc.constant('2026.11.1'),
				updatedAt: iso,
				revision: fc.integer({ min: 1, max: 1_000_000 })
			},
			{
				requiredKeys: [
					'profileId',
					'itemId',
					'status',
					'reason',
					'waiverUntil',
					'contentVersion',
					'updatedAt',
					'revision'
				]
			}
		) as fc.Arbitrary<Answer>
	);

/** A backup the app could have written: unique profiles, each answer on a profile, no repeats. */
export const backupArbitrary: fc.Arbitrary<Backup> = fc
	.uniqueArray(profileId, { maxLength: 4 })
	.chain((ids) =>
		fc.record({
			profiles: fc.tuple(...ids.map(profileArbitrary)),
			answers: fc
				.tuple(
					...ids.map((id) =>
						fc
							.uniqueArray(kebab, { maxLength: 6 })
							.chain((items) => fc.tuple(...items.map((item) => answerArbitrary(id, item))))
					)
				)
				.map((lists) => lists.flat()),
			appVersion: fc.constantFrom('0.1.0', '0.2.0+abc1234'),
			contentVersion: fc.constantFrom('2026.11.1'),
			createdAt: iso
		})
	)
	.map(({ profiles, answers, ...rest }) => ({
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		...rest,
		profiles,
		answers
	}));
