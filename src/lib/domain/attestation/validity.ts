import { localDate } from '../engine/freshness.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Where a device's check stands against its "valid until" day:
 * - `current`: it holds and the day is not near;
 * - `due-soon`: it holds, but the day is within the warning window;
 * - `expired`: the day has passed: the person checks again and sends a new summary.
 */
export type AttestationState = 'current' | 'due-soon' | 'expired';

/** Warn two weeks ahead, or a third of a short interval (a weekly check warns two days ahead). */
export function dueSoonDays(recheckDays: number): number {
	return Math.min(14, Math.floor(recheckDays / 3));
}

/** `days` calendar days after the day `createdAt` falls on, on the device's calendar. */
export function validUntilDate(createdAt: string, days: number): string {
	const made = new Date(createdAt);
	return localDate(new Date(made.getFullYear(), made.getMonth(), made.getDate() + days));
}

/** A YYYY-MM-DD day `days` later (negative: earlier), without time zones getting in the way. */
export function addDays(day: string, days: number): string {
	const time = Date.parse(`${day}T00:00:00Z`) + days * DAY_MS;
	return new Date(time).toISOString().slice(0, 10);
}

/** The check holds up to and including its `validUntil` day (like a waiver's last day). */
export function attestationState(
	validUntil: string,
	now: Date,
	recheckDays: number
): AttestationState {
	const today = localDate(now);
	if (today > validUntil) return 'expired';
	return addDays(today, dueSoonDays(recheckDays)) >= validUntil ? 'due-soon' : 'current';
}

/**
 * How long a summary counts at the organisation: the day it names, but never past the
 * organisation's own interval from the day it was made (a file cannot buy itself more time,
 * and a summary older than the "valid until" field, version 1, gets the interval alone).
 */
export function effectiveValidUntil(
	summary: { createdAt: string; validUntil?: string },
	recheckDays: number
): string {
	const byPolicy = validUntilDate(summary.createdAt, recheckDays);
	return summary.validUntil && summary.validUntil < byPolicy ? summary.validUntil : byPolicy;
}
