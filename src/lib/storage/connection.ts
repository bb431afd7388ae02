import { openDB, type IDBPDatabase } from 'idb';
import { withTimeout } from '$lib/domain/shared/time-limit';
import { DB_NAME, DB_VERSION, type AppDB } from './schema';

/** What other tabs or the browser did to our connection; the UI turns these into messages. */
export type ConnectionEvent = 'blocked' | 'blocking' | 'terminated';

/** A newer version of the app (in another tab) needs the database: this tab must reload. */
export class NewerVersionError extends Error {
	constructor() {
		super('A newer version of the app is open in another tab; reload this one.');
		this.name = 'NewerVersionError';
	}
}

export class OpenTimeoutError extends Error {
	constructor(ms: number) {
		super(`The database did not open within ${ms} ms.`);
		this.name = 'OpenTimeoutError';
	}
}

const OPEN_TIMEOUT_MS = 10_000;
const listeners = new Set<(event: ConnectionEvent) => void>();
let connection: Promise<IDBPDatabase<AppDB>> | undefined;
let superseded = false;

export function onConnectionEvent(listener: (event: ConnectionEvent) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function emit(event: ConnectionEvent): void {
	for (const listener of listeners) listener(event);
}

async function open(): Promise<IDBPDatabase<AppDB>> {
	// The migrations check old records with zod: they load when the database opens, after the
	// page shows, so that no page carries them in its first load.
	const { migrate } = await import('./migrations');
	const opening = openDB<AppDB>(DB_NAME, DB_VERSION, {
		upgrade: (db, oldVersion, _newVersion, tx) => void migrate(db, oldVersion, tx),
		blocked: () => emit('blocked'),
		blocking: () => {
			// Let the other tab upgrade; this tab's code is now older than the data.
			superseded = true;
			void opening.then((db) => db.close());
			connection = undefined;
			emit('blocking');
		},
		terminated: () => {
			connection = undefined;
			emit('terminated');
		}
	});
	// Some WebKit versions never settle indexedDB.open(); an error beats an endless spinner.
	return withTimeout(opening, OPEN_TIMEOUT_MS, {
		error: () => new OpenTimeoutError(OPEN_TIMEOUT_MS)
	});
}

/** The shared connection, opened (or reopened after it was lost) on first use. */
export function getDb(): Promise<IDBPDatabase<AppDB>> {
	if (superseded) return Promise.reject(new NewerVersionError());
	connection ??= open().catch((error: unknown) => {
		connection = undefined;
		throw error;
	});
	return connection;
}

function isClosedConnection(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'InvalidStateError';
}

/**
 * Runs `work` with the connection. If the connection was closed under us (the browser's
 * storage process restarted, say), drops it and tries once more on a fresh one.
 */
export async function withDb<T>(work: (db: IDBPDatabase<AppDB>) => Promise<T>): Promise<T> {
	const opened = getDb();
	try {
		return await work(await opened);
	} catch (error) {
		if (!isClosedConnection(error) || superseded) throw error;
		if (connection === opened) connection = undefined;
		return work(await getDb());
	}
}

/** Closes the connection; the next use reopens it. For tests and for a clean reload. */
export async function closeDb(): Promise<void> {
	const current = connection;
	connection = undefined;
	superseded = false;
	if (current) (await current.catch(() => undefined))?.close();
}
