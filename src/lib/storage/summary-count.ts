import { withDb } from './connection';

/** How many summaries are stored: the dashboard counts nothing (and loads nothing) without one. */
export async function countSummaries(): Promise<number> {
	return withDb((db) => db.count('summaries'));
}
