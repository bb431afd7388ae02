import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
	admitBatch,
	classifySummaries,
	readSummary,
	SUMMARY_MAX_BYTES,
	type ReadFile
} from '$lib/domain/formats/import-summaries';
import {
	buildSummary,
	digestMatches,
	sealSummary,
	summaryPayload,
	type PostureSummary,
	type UnsealedSummary
} from '$lib/domain/formats/summary';

const TEXT = readFileSync('tests/fixtures/formats/summary-v1.json', 'utf8');
const VALID = (): PostureSummary => JSON.parse(TEXT);
const PACK = JSON.parse(readFileSync('tests/fixtures/formats/policy-pack-v2.json', 'utf8'));
const PACK_V4 = JSON.parse(readFileSync('tests/fixtures/formats/policy-pack-v4.json', 'utf8'));
const encode = (s: string) => new TextEncoder().encode(s);
const reseal = async (s: PostureSummary) => sealSummary(summaryPayload(s));

async function refusal(bytes: Uint8Array, name = 'x.json') {
	const result = await readSummary(bytes, name);
	if (result.ok) throw new Error(`${name} was accepted`);
	return result.error;
}

describe('building a summary', () => {
	const base = () => ({
		appVersion: '0.1.0',
		contentVersion: '2026.11.1',
		respondent: { id: 'r-0123456789abcdef', name: ' 山田 ', department: '営業部' },
		profile: { id: 'p1', context: VALID().profile.context },
		answers: [
			{
				profileId: 'p1',
				itemId: 'os-auto-update',
				status: 'done' as const,
				note: 'my secret note',
				contentVersion: '2026.11.1',
				updatedAt: '2026-11-24T00:00:00.000Z',
				revision: 3
			}
		],
		createdAt: '2026-11-24T01:00:00.000Z',
		revision: 1
	});

	it('never carries notes; a forbidden field stays on the device; a required one must be given', async () => {
		const forbidName = { ...PACK, summaryFields: { name: 'forbidden', department: 'required' } };
		const built = await buildSummary({
			...base(),
			pack: { pack: forbidName, fingerprint: 'AAAA-BBBB-CCCC' }
		});
		if (!built.ok) throw new Error('not built');
		expect(JSON.stringify(built.summary)).not.toContain('secret');
		expect(built.summary.respondent).toEqual({ id: 'r-0123456789abcdef', department: '営業部' });
		expect(built.summary.org).toEqual({
			orgId: PACK.orgId,
			packVersion: 3,
			packFingerprint: 'AAAA-BBBB-CCCC'
		});
		const noDept = { ...base(), respondent: { id: 'r-0123456789abcdef' } };
		expect(
			await buildSummary({ ...noDept, pack: { pack: forbidName, fingerprint: 'AAAA-BBBB-CCCC' } })
		).toEqual({
			ok: false,
			missing: ['department']
		});
	});

	it('round-trips: built, written, read back with a matching digest', async () => {
		const built = await buildSummary(base());
		if (!built.ok) throw new Error('not built');
		const read = await readSummary(encode(JSON.stringify(built.summary)), 'me.json');
		expect(read).toEqual({ ok: true, value: built.summary });
		expect(await digestMatches(VALID())).toBe(true);
	});
});

describe('valid until and the rules acknowledgement (version 2)', () => {
	// Noon UTC is the same calendar day from UTC−11 to UTC+11, wherever the tests run.
	const input = {
		appVersion: '0.1.0',
		contentVersion: '2026.11.1',
		respondent: { id: 'r-0123456789abcdef', name: '山田' },
		profile: { id: 'p1', context: VALID().profile.context },
		answers: [],
		createdAt: '2026-11-24T12:00:00.000Z',
		revision: 1
	};
	const ack = { version: 4, at: '2026-11-20T09:00:00.000Z' };
	const withPack = { pack: { pack: PACK_V4, fingerprint: 'AAAA-BBBB-CCCC' } };

	it("is valid for the policy's interval from the day it was made, else 90 days", async () => {
		const alone = await buildSummary(input);
		const followed = await buildSummary({ ...input, ...withPack });
		if (!alone.ok || !followed.ok) throw new Error('not built');
		// 24 Nov + 90 days = 22 Feb; + 180 days (the pack's interval) = 23 May.
		expect(alone.summary).toMatchObject({ formatVersion: 2, validUntil: '2027-02-22' });
		expect(followed.summary).toMatchObject({ formatVersion: 2, validUntil: '2027-05-23' });
	});

	it('carries the acknowledgement only with the policy it belongs to', async () => {
		const followed = await buildSummary({ ...input, ...withPack, rulesAck: ack });
		const alone = await buildSummary({ ...input, rulesAck: ack });
		if (!alone.ok || !followed.ok) throw new Error('not built');
		expect(followed.summary).toMatchObject({ rulesAck: ack });
		expect(alone.summary).not.toHaveProperty('rulesAck');
		const read = await readSummary(encode(JSON.stringify(followed.summary)), 'me.json');
		expect(read).toEqual({ ok: true, value: followed.summary });
	});

	it('refuses an acknowledgement without a policy, naming the field', async () => {
		const built = await buildSummary(input);
		if (!built.ok) throw new Error('not built');
		const forged = await sealSummary({
			...summaryPayload(built.summary),
			rulesAck: ack
		} as UnsealedSummary);
		expect(await refusal(encode(JSON.stringify(forged)))).toMatchObject({
			field: 'rulesAck',
			problem: { kind: 'rules-ack-org' }
		});
	});

	it('still reads a version-1 file as it was written, and refuses "valid until" in one', async () => {
		expect(await readSummary(encode(TEXT), 'old.json')).toEqual({ ok: true, value: VALID() });
		const stray = await sealSummary({
			...summaryPayload(VALID()),
			validUntil: '2027-01-01'
		} as UnsealedSummary);
		expect(await refusal(encode(JSON.stringify(stray)))).toMatchObject({
			problem: { kind: 'unknown-field', params: { name: 'validUntil' } }
		});
	});
});

describe('a hostile or broken summary is refused with the right reason', () => {
	const cases: [string, () => Uint8Array | Promise<Uint8Array>, string, string][] = [
		['invalid UTF-8', () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'not-utf8', ''],
		['truncated JSON', () => encode(TEXT.slice(0, 200)), 'not-json', ''],
		['depth 10,000', () => encode('['.repeat(10_000) + ']'.repeat(10_000)), 'too-deep', ''],
		[
			'__proto__ at the top',
			() => encode(TEXT.replace('"format"', '"__proto__": {"polluted": 1}, "format"')),
			'forbidden-key',
			''
		],
		[
			'__proto__ deep inside',
			() => encode(TEXT.replace('"ref"', '"x": {"y": {"__proto__": 1}}, "ref"')),
			'forbidden-key',
			'profile.x.y'
		],
		[
			'constructor key',
			() => encode(TEXT.replace('"id"', '"constructor": 1, "id"')),
			'forbidden-key',
			'respondent'
		],
		[
			'unknown key at the top',
			() => encode(JSON.stringify({ ...VALID(), score: 100 })),
			'invalid',
			''
		],
		[
			'unknown key in an answer',
			() => {
				const s = VALID();
				return encode(JSON.stringify({ ...s, answers: [{ ...s.answers[0], score: 1 }] }));
			},
			'invalid',
			'answers[0]'
		],
		[
			'an overlong name',
			async () =>
				encode(
					JSON.stringify(
						await reseal({
							...VALID(),
							respondent: { ...VALID().respondent, name: 'x'.repeat(101) }
						})
					)
				),
			'invalid',
			'respondent.name'
		],
		[
			'a bidi override in an id',
			async () =>
				encode(
					JSON.stringify(
						await reseal({ ...VALID(), profile: { ...VALID().profile, ref: 'abc\u202Edef' } })
					)
				),
			'invalid',
			'profile.ref'
		],
		[
			'1e400',
			() => encode(TEXT.replace('"revision": 1', '"revision": 1e400')),
			'invalid',
			'revision'
		],
		[
			'another format',
			() => encode(JSON.stringify({ ...VALID(), format: 'telework-check-backup' })),
			'wrong-format',
			''
		],
		[
			'a newer version',
			() => encode(JSON.stringify({ ...VALID(), formatVersion: 3 })),
			'newer-version',
			''
		],
		[
			'a tampered answer',
			() => encode(TEXT.replace('"status": "unknown"', '"status": "done"')),
			'invalid',
			''
		]
	];
	for (const [name, bytes, code, field] of cases) {
		it(name, async () => {
			expect(await refusal(await bytes(), 'evil.json')).toMatchObject({
				code,
				field,
				fileName: 'evil.json'
			});
		});
	}

	it('an oversized file is refused by its declared size, before reading', () => {
		const { admitted, refused } = admitBatch([
			{ name: 'big.json', size: SUMMARY_MAX_BYTES + 1 },
			{ name: 'ok.json', size: 2000 }
		]);
		expect(admitted.map((f) => f.name)).toEqual(['ok.json']);
		expect(refused).toMatchObject([{ code: 'too-big', fileName: 'big.json' }]);
	});

	test.prop(
		[
			fc.array(fc.tuple(fc.nat({ max: TEXT.length }), fc.integer({ min: 0, max: 255 })), {
				minLength: 1,
				maxLength: 8
			})
		],
		// A few thousand in CI; `npm run fuzz` runs many more.
		{ numRuns: Number(process.env.FUZZ_RUNS ?? 2000) }
	)('random byte changes never throw and never pass unnoticed', async (edits) => {
		const bytes = encode(TEXT);
		for (const [at, value] of edits) bytes[Math.min(at, bytes.length - 1)] = value;
		const result = await readSummary(bytes, 'fuzz.json');
		if (result.ok) expect(await digestMatches(result.value)).toBe(true);
		else expect(result.error.code).toBeTruthy();
	});
});

describe('duplicates, newer revisions, stale replays and conflicts', () => {
	const file = (summary: PostureSummary, fileName = 'f.json'): ReadFile => ({
		fileName,
		result: { ok: true, value: summary }
	});
	const rev = async (revision: number, status: 'done' | 'not-yet' = 'done') => {
		const s = VALID();
		return reseal({ ...s, revision, answers: [{ ...s.answers[0]!, status }] });
	};

	it('follows the rules of the reliability notes', async () => {
		const [r1, r2, r3, r3b] = await Promise.all([rev(1), rev(2), rev(3), rev(3, 'not-yet')]);
		const outcomes = classifySummaries([r2], [file(r2), file(r3), file(r1)]);
		expect(outcomes.map((o) => o.kind)).toEqual(['duplicate', 'accepted', 'superseded']);
		expect(outcomes[1]).toMatchObject({ replaces: r2.digest });
		expect(classifySummaries([r3], [file(r3b)]).map((o) => o.kind)).toEqual(['conflict']);
		const other = classifySummaries([], [file(r1)], 'someone-else');
		expect(other[0]).toMatchObject({
			kind: 'rejected',
			error: { problem: { kind: 'other-org', params: { org: 'example-trading' } } }
		});
	});

	test.prop([
		fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 8 }),
		fc.integer()
	])('the kept set does not depend on the order of the files', async (revisions, seed) => {
		const summaries = await Promise.all(revisions.map((r) => rev(r)));
		const kept = (list: PostureSummary[]) =>
			classifySummaries(
				[],
				list.map((s) => file(s))
			)
				.flatMap((o) => (o.kind === 'accepted' ? [o.summary.digest] : []))
				.sort();
		const shuffled = [...summaries].sort((a, b) =>
			(a.digest + seed).localeCompare(b.digest + seed)
		);
		expect(kept(shuffled)).toEqual(kept(summaries));
		expect(kept([...summaries, ...summaries])).toEqual(kept(summaries));
	});
});
