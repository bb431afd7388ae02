import { keepEncryptionReady } from '$lib/app/age-ready';
import type { Locale } from '$lib/domain/shared/locale';
import type { PolicyPack } from '$lib/domain/formats/policy-pack';
import { decodeFromLink } from '$lib/domain/formats/link-codec';
import { POLICY_PACK_FILE } from '$lib/domain/formats/read-policy-pack';
import {
	LINK_NAME,
	fileFailure,
	readVersionedFile,
	type FileErrorCode,
	type ReadResult
} from '$lib/domain/formats/read-versioned';
import { fileErrorText } from '$lib/i18n/problem-text';
import { refusalOf, type PackReplacement } from '$lib/domain/policy/org-policy';
import { orgPolicy } from './org-policy.svelte';
import { readChosenFile, type ChosenFile } from '$lib/app/read-chosen-file';

export type PackImportPhase = 'idle' | 'reading' | 'preview' | 'saving' | 'done' | 'failed';

export interface PackImportError {
	code: FileErrorCode | 'older' | 'conflict' | 'write-failed';
	/** The file, the field by its label and what it expects, in the reader's language. */
	detail: (locale: Locale) => string;
}

/**
 * Loading an organisation's policy from a file: choose → see what it changes and what it
 * replaces → confirm. Nothing is stored before the confirmation; an older version of the policy
 * followed now is refused, and so is the same version with other content.
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
		const name = LINK_NAME;
		await this.#consider(attempt, name, async (): Promise<ReadResult<PolicyPack>> => {
			const decoded = await decodeFromLink(text, POLICY_PACK_FILE.maxBytes);
			if (!decoded.ok) {
				return decoded.error === 'too-big'
					? fileFailure(name, 'too-big', { kind: 'link-too-big' })
					: fileFailure(name, 'unreadable', { kind: 'link-damaged' });
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
		if (!result.ok) {
			const { error } = result;
			return this.#fail({ code: error.code, detail: (locale) => fileErrorText(locale, error) });
		}
		const replacement = await orgPolicy.compare(result.value);
		if (attempt !== this.#attempt) return;
		const refusal = refusalOf(replacement);
		if (refusal) {
			const { error } = fileFailure(name, 'invalid', refusal.problem);
			return this.#fail({ code: refusal.kind, detail: (locale) => fileErrorText(locale, error) });
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
			if (pack.recipient) keepEncryptionReady();
		} catch (error) {
			console.error('Saving the policy failed', error);
			const reason = error instanceof Error ? error.message : String(error);
			this.#fail({ code: 'write-failed', detail: () => reason });
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
