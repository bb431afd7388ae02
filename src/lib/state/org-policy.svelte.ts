import type { LocalizedText } from '$lib/domain/content/text';
import { newPolicyPack } from '$lib/domain/formats/new-policy-pack';
import type { PackMeetingApp, PolicyPack } from '$lib/domain/formats/policy-pack';
import {
	comparePacks,
	publishDraft,
	withMeetingApp,
	type PackReplacement
} from '$lib/domain/policy/org-policy';
import { withOrgProfile } from '$lib/domain/policy/group-size';
import type { OrgProfile } from '$lib/domain/policy/org-profile';
import type { PackRecord } from '$lib/domain/policy/pack-record';

// Storage and the record's schema load with the first read or write, not with the page.
const packStore = () => import('$lib/storage/packs');

/** An id for a new organisation: random, never derived from its name. */
function newOrgId(): string {
	return `org-${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
}

/**
 * The organisation's policy on this device: the one followed here (`active`) and, for an admin,
 * the draft being written. Every change is written (strict) before the state shows it.
 */
class OrgPolicy {
	#active = $state.raw<PackRecord | undefined>();
	#draft = $state.raw<PackRecord | undefined>();
	#loaded = $state(false);
	#loading: Promise<void> | undefined;

	/** The policy this device follows. */
	get active(): PolicyPack | undefined {
		return this.#active?.pack;
	}
	get draft(): PackRecord | undefined {
		return this.#draft;
	}
	get loaded(): boolean {
		return this.#loaded;
	}

	/** Reads both records once; later calls wait for the same read. */
	load(): Promise<void> {
		this.#loading ??= this.#read();
		return this.#loading;
	}

	async reload(): Promise<void> {
		this.#loading = this.#read();
		await this.#loading;
	}

	async #read(): Promise<void> {
		const records = await (await packStore()).loadPacks();
		this.#active = records.active;
		this.#draft = records.draft;
		this.#loaded = true;
	}

	/** Records a meeting-app decision in the draft, starting one (named `orgName`) if none exists. */
	decideApp(decision: PackMeetingApp, orgName?: LocalizedText): Promise<PackRecord> {
		return this.#changeDraft((pack) => withMeetingApp(pack, decision), orgName);
	}

	/**
	 * Records the organisation's profile in the draft, starting one (named `orgName`) if none
	 * exists. The smallest group shown follows the size unless the admin chose it.
	 */
	saveOrgProfile(orgProfile: OrgProfile, orgName?: LocalizedText): Promise<PackRecord> {
		return this.#changeDraft((pack) => withOrgProfile(pack, orgProfile), orgName);
	}

	/** The profile the admin's and owner's lists follow: the draft's, else the followed policy's. */
	get orgProfile(): OrgProfile | undefined {
		return this.#draft?.pack.orgProfile ?? this.#active?.pack.orgProfile;
	}

	async #changeDraft(
		change: (pack: PolicyPack) => PolicyPack,
		orgName: LocalizedText | undefined
	): Promise<PackRecord> {
		await this.load();
		const now = new Date().toISOString();
		const current = this.#draft ?? this.#newDraft(orgName, now);
		const draft: PackRecord = { ...current, pack: change(current.pack), savedAt: now };
		await (await packStore()).savePacks([draft]);
		this.#draft = draft;
		return draft;
	}

	/**
	 * Saves the edited draft (validated: a pack that breaks the format is refused, nothing written).
	 * The first save of a new organisation starts the draft.
	 */
	async saveDraft(pack: PolicyPack): Promise<PackRecord> {
		await this.load();
		const draft: PackRecord = {
			slot: 'draft',
			pack,
			publishedVersion: this.#draft?.publishedVersion ?? 0,
			savedAt: new Date().toISOString()
		};
		await (await packStore()).savePacks([draft]);
		this.#draft = draft;
		return draft;
	}

	/** A draft that changes nothing yet, for a new organisation (not saved until `saveDraft`). */
	emptyDraft(orgName: LocalizedText): PolicyPack {
		return this.#newDraft(orgName, new Date().toISOString()).pack;
	}

	#newDraft(orgName: LocalizedText | undefined, now: string): PackRecord {
		if (!orgName) throw new Error('A new policy needs the organisation name');
		return {
			slot: 'draft',
			pack: newPolicyPack(newOrgId(), orgName, now),
			publishedVersion: 0,
			savedAt: now
		};
	}

	/** Publishes the draft as its next version; this device follows it from now on. */
	async publish(): Promise<PolicyPack> {
		await this.load();
		const draft = this.#draft;
		if (!draft) throw new Error('There is no draft policy to publish');
		const now = new Date().toISOString();
		const pack = publishDraft(draft, this.active, now);
		const published: PackRecord = {
			...draft,
			pack,
			publishedVersion: pack.packVersion,
			savedAt: now
		};
		const active: PackRecord = {
			slot: 'active',
			pack,
			publishedVersion: pack.packVersion,
			savedAt: now
		};
		await (await packStore()).savePacks([published, active]);
		this.#draft = published;
		this.#active = active;
		return pack;
	}

	/** What following `pack` would replace (see `comparePacks`). */
	compare(pack: PolicyPack): Promise<PackReplacement> {
		return comparePacks(this.active, pack);
	}

	/** Follows `pack` on this device, replacing the policy followed until now. */
	async follow(pack: PolicyPack): Promise<void> {
		const now = new Date().toISOString();
		const active: PackRecord = {
			slot: 'active',
			pack,
			publishedVersion: pack.packVersion,
			savedAt: now
		};
		await (await packStore()).savePacks([active]);
		this.#active = active;
	}
}

export const orgPolicy = new OrgPolicy();
