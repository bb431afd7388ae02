import { z } from '../shared/zod.ts';
import { answerSchema, profileSchema } from '../engine/answer';

export const BACKUP_FORMAT = 'telework-check-backup';
export const BACKUP_FORMAT_VERSION = 1;

/**
 * Everything of one person's, notes included: for that person alone, never for the org.
 * v1 is written by the Foundation; the backup/restore flow reads it back.
 */
export const backupSchema = z.strictObject({
	format: z.literal(BACKUP_FORMAT),
	formatVersion: z.literal(BACKUP_FORMAT_VERSION),
	appVersion: z.string().min(1).max(64),
	contentVersion: z.string().min(1).max(32),
	createdAt: z.iso.datetime(),
	profiles: z.array(profileSchema).max(50),
	answers: z.array(answerSchema).max(50 * 1000)
});
export type Backup = z.infer<typeof backupSchema>;

export function createBackup(
	data: Pick<Backup, 'appVersion' | 'contentVersion' | 'profiles' | 'answers'>,
	now: Date
): Backup {
	return backupSchema.parse({
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		createdAt: now.toISOString(),
		...data
	});
}

export function backupFileName(now: Date): string {
	return `telework-check-backup-${now.toISOString().slice(0, 10)}.json`;
}
