import type { PolicyPack } from '$lib/domain/formats/policy-pack';
import { decodeFromLink } from '$lib/domain/formats/link-codec';
import { POLICY_PACK_FILE } from '$lib/domain/formats/read-policy-pack';
import {
	fileFailure,
	readVersionedFile,
	type FileErrorCode,
	type ReadResult
} from '$lib/domain/formats/read-versioned';
import type { PackReplacement } from '$lib/domain/org-policy';
import { orgPolicy } from './org-policy.svelte';
import { readChosenFile, type ChosenFile } from './read-chosen-file';

export type PackImportPhase = 'idle' | 'reading' | 'preview' | 'saving' | 'done' | 'failed';

export interface PackImportError {
	code: FileErrorCode | 'older' | 'write-failed';
	/** The file, the field and what is wrong (English, like every format message). */
	detail: string;
}

/**
 * Loading an organisation's policy from a file: choose → see what it changes and what it
 * replaces → confirm. Nothing is stored before the confirmation; an older version of the policy
 * followed now is refused.
 */
export class PackImport {
	#phase = $state<PackImportPhase>('idle');
	#pack = $state.raw<PolicyPack | undefined>();
	#replacement = $state.raw<PackReplacement | undefined>();
	#error = $state.raw<PackImportError | undefined>();
	#attempt = 0;

	get phase(): PackImportPhase {
		return this.#phase;
	}
	get pack(): PolicyPack | undefined {
		return this.#pack;
	}
	get replacement(): PackReplacement | undefined {
		return this.#replacement;
	}
	get error(): PackImportError | undefined {
		return this.#error;
	}

	async choose(file: ChosenFile | null | undefined): Promise<void> {
		const attempt = this.#start();
		if (!file) return this.#reset();
		await this.#consider(attempt, file.name, () => readChosenFile(POLICY_PACK_FILE, file));
	}

	/** A policy carried in a link's fragment (`#pack=…`): checked exactly like a file. */
	async chooseLink(text: string): Promise<void> {
		const attempt = this.#start();
		const name = 'link';
		await this.#consider(attempt, name, async (): Promise<ReadResult<PolicyPack>> => {
			const decoded = await decodeFromLink(text, POLICY_PACK_FILE.maxBytes);
			if (!decoded.ok) {
				return decoded.error === 'too-big'
					? fileFailure(name, 'too-big', '', 'holds more data than a policy can have')
					: fileFailure(name, 'unreadable', '', 'is damaged or incomplete: copy the whole link');
			}
			return readVersionedFile(POLICY_PACK_FILE, decoded.bytes, name);
		});
	}

	#start(): number {
		this.#reset();
		this.#phase = 'reading';
		return ++this.#attempt;
	}

	async #consider(
		attempt: number,
		name: string,
		read: () => Promise<ReadResult<PolicyPack>>
	): Promise<void> {
		await orgPolicy.load();
		const result = await read();
		if (attempt !== this.#attempt) return;
		if (!result.ok) return this.#fail({ code: result.error.code, detail: result.error.text });
		const replacement = orgPolicy.compare(result.value);
		if (replacement.kind === 'older') {
			const detail = `${name}: version ${replacement.offered} is older than version ${replacement.current}, which this device follows`;
			return this.#fail({ code: 'older', detail });
		}
		this.#pack = result.value;
		this.#replacement = replacement;
		this.#phase = 'preview';
	}

	async confirm(): Promise<void> {
		const pack = this.#pack;
		if (this.#phase !== 'preview' || !pack) return;
		this.#phase = 'saving';
		try {
			await orgPolicy.follow(pack);
			this.#phase = 'done';
		} catch (error) {
			console.error('Saving the policy failed', error);
			const reason = error instanceof Error ? error.message : String(error);
			this.#fail({ code: 'write-failed', detail: reason });
		}
	}

	cancel(): void {
		this.#attempt++;
		this.#reset();
	}

	#reset(): void {
		this.#pack = undefined;
		this.#replacement = undefined;
		this.#error = undefined;
		this.#phase = 'idle';
	}

	#fail(error: PackImportError): void {
		this.#pack = undefined;
		this.#replacement = undefined;
		this.#error = error;
		this.#phase = 'failed';
	}
}
