import { describe, expect, it } from 'vitest';
import {
	addDays,
	attestationState,
	dueSoonDays,
	effectiveValidUntil,
	validUntilDate
} from '$lib/domain/attestation/validity';

/** Noon on the device's calendar: the same day in every time zone the tests may run in. */
const on = (day: string) => new Date(`${day}T12:00:00`);

describe('how long a check holds', () => {
	it('counts calendar days across month and year ends', () => {
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		// 24 Nov + 90 days: 6 left in November, 31 + 31 + 22 = 90 → 22 Feb.
		expect(validUntilDate(on('2026-11-24').toISOString(), 90)).toBe('2027-02-22');
	});

	it('warns two weeks ahead, or a third of a short interval', () => {
		expect(dueSoonDays(90)).toBe(14);
		expect(dueSoonDays(30)).toBe(10);
		expect(dueSoonDays(7)).toBe(2);
	});

	it('is current, due soon from 14 days before, still valid on its last day, then expired', () => {
		const state = (today: string) => attestationState('2027-02-22', on(today), 90);
		expect(state('2027-02-07')).toBe('current');
		expect(state('2027-02-08')).toBe('due-soon');
		expect(state('2027-02-22')).toBe('due-soon');
		expect(state('2027-02-23')).toBe('expired');
	});

	it("never lets a file stay valid longer than the organisation's interval", () => {
		const createdAt = on('2026-11-24').toISOString();
		expect(effectiveValidUntil({ createdAt, validUntil: '2099-01-01' }, 90)).toBe('2027-02-22');
		expect(effectiveValidUntil({ createdAt, validUntil: '2027-01-01' }, 90)).toBe('2027-01-01');
		expect(effectiveValidUntil({ createdAt }, 30)).toBe('2026-12-24');
	});
});
