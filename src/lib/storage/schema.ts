import type { DBSchema } from 'idb';
import type { Answer, Profile } from '$lib/domain/engine/answer';
import type { SummaryTally } from '$lib/domain/formats/summary-tally';
import type { PackRecord } from '$lib/domain/policy/pack-record';

export const DB_NAME = 'telework-check';
export const DB_VERSION = 4;

/** An imported summary as stored; `key` = respondent id + profile ref (see `SummaryRecord` users). */
export interface SummaryRecord {
	digest: string;
	key: string;
	summary: unknown;
	importedAt: string;
}

/** A record that failed validation on read or during a migration: kept, never silently deleted. */
export interface QuarantineRecord {
	id?: number;
	store: string;
	key: string;
	value: unknown;
	reason: string;
	quarantinedAt: string;
}

export interface SettingRecord {
	key: string;
	value: unknown;
}

/** The answer record of database version 1 (one device, keyed by item id). */
export interface AnswerV1 {
	itemId: string;
	status: string;
	note?: string;
	updatedAt: string;
}

export interface AppDB extends DBSchema {
	answers: {
		key: [string, string];
		value: Answer;
		indexes: { 'by-profile': string };
	};
	profiles: { key: string; value: Profile };
	settings: { key: string; value: SettingRecord };
	quarantine: { key: number; value: QuarantineRecord; indexes: { 'by-store': string } };
	/** The organisation's policy: the one this device follows, and the admin's draft. */
	packs: { key: string; value: PackRecord };
	/** Imported posture summaries (admin): one record per accepted file. */
	summaries: {
		key: string;
		value: SummaryRecord;
		indexes: { 'by-respondent-profile': string };
	};
	/** Each stored summary packed for counting, by digest (its codebook is a setting). */
	tallies: { key: string; value: SummaryTally };
	/** A copy of the version-1 answers, taken before they were rewritten. */
	backup_v1: { key: string; value: AnswerV1 };
}
