import type { KeyFileOutcome } from '$lib/app/admin-keys';
import type { AdminKey } from '$lib/domain/policy/admin-keys';

/** What the last action on the keys came to, for the page to word. */
export type KeysNews =
	KeyFileOutcome | { ok: true; made: true } | { ok: false; problem: 'damaged' | 'failed' };

const keyStore = () => import('$lib/app/admin-keys');

/** The admin's age keys on this device: read, made, added from a key file. */
export class AdminKeys {
	#keys = $state.raw<AdminKey[]>([]);
	#news = $state.raw<KeysNews>();
	#busy = $state(false);

	get keys(): AdminKey[] {
		return this.#keys;
	}
	/** The key staff summaries are encrypted to: the last one made or added. */
	get current(): AdminKey | undefined {
		return this.#keys.at(-1);
	}
	get news(): KeysNews | undefined {
		return this.#news;
	}
	get busy(): boolean {
		return this.#busy;
	}

	async load(): Promise<void> {
		await this.#run(async () => undefined);
	}

	/** Makes a new key: it becomes the current one. */
	async make(): Promise<void> {
		await this.#run(async () => {
			const made = await (await keyStore()).makeAdminKey();
			return made ? { ok: true, made: true } : { ok: false, problem: 'too-many' };
		});
	}

	/** Adds the keys of a key file chosen by the admin. */
	async addFile(file: File): Promise<void> {
		await this.#run(async () => {
			const { addKeyFile, KEY_FILE_MAX_BYTES } = await keyStore();
			if (file.size > KEY_FILE_MAX_BYTES) return { ok: false, problem: 'too-large' };
			return addKeyFile(await file.text());
		});
	}

	/** Runs `action`, then reads the keys again (stored or not, they are what the page shows). */
	async #run(action: () => Promise<KeysNews | undefined>): Promise<void> {
		this.#busy = true;
		try {
			this.#news = await action();
			this.#keys = await (await import('$lib/storage/admin-keys')).loadAdminKeys();
		} catch (error) {
			const damaged = error instanceof Error && error.name === 'DamagedKeysError';
			this.#news = { ok: false, problem: damaged ? 'damaged' : 'failed' };
			console.error('The admin keys could not be read or stored', error);
		} finally {
			this.#busy = false;
		}
	}
}
