import { openDB, type IDBPDatabase } from 'idb';
import { withTimeout } from '$lib/domain/shared/time-limit';
import { createStores } from './new-database';
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

type Migrate = (typeof import('./migrations'))['migrate'];

/**
 * Opens the database. A new one gets its stores directly; one of an older version needs the
 * migrations, whose record checks (zod) load only then: the first open leaves it untouched
 * (its upgrade is aborted), and a second one, with the migrations loaded, upgrades it.
 */
async function open(): Promise<IDBPDatabase<AppDB>> {
	const first = openWith(undefined);
	try {
		return await first.db;
	} catch (error) {
		if (!first.needsMigrations()) throw error;
	}
	const { migrate } = await import('./migrations');
	return openWith(migrate).db;
}

function openWith(migrate: Migrate | undefined) {
	let needsMigrations = false;
	const opening = openDB<AppDB>(DB_NAME, DB_VERSION, {
		upgrade: (db, oldVersion, _newVersion, tx) => {
			if (oldVersion === 0) createStores(db);
			else if (migrate) void migrate(db, oldVersion, tx);
			else {
				needsMigrations = true;
				// The open request reports the abort; the transaction's own promise need not.
				tx.done.catch(() => undefined);
				tx.abort();
			}
		},
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
	const db = withTimeout(opening, OPEN_TIMEOUT_MS, {
		error: () => new OpenTimeoutError(OPEN_TIMEOUT_MS)
	});
	return { db, needsMigrations: () => needsMigrations };
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
