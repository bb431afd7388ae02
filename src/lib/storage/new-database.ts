import type { IDBPDatabase } from 'idb';
import type { AppDB } from './schema';

/**
 * The stores of a new database, made as the migrations leave them at DB_VERSION. A first visit
 * has no records to convert, so it loads none of the migrations' record checks (zod): on a
 * phone those cost some 200 ms of blocked page on the first load. A unit test holds this layout
 * to the one the migrations make.
 */
export function createStores(db: IDBPDatabase<AppDB>): void {
	const answers = db.createObjectStore('answers', { keyPath: ['profileId', 'itemId'] });
	answers.createIndex('by-profile', 'profileId');
	db.createObjectStore('profiles', { keyPath: 'id' });
	db.createObjectStore('settings', { keyPath: 'key' });
	const quarantine = db.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
	quarantine.createIndex('by-store', 'store');
	db.createObjectStore('packs', { keyPath: 'slot' });
	const summaries = db.createObjectStore('summaries', { keyPath: 'digest' });
	summaries.createIndex('by-respondent-profile', 'key');
	db.createObjectStore('tallies', { keyPath: 'digest' });
	db.createObjectStore('backup_v1', { keyPath: 'itemId' });
}
