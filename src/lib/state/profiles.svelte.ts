import type { Profile } from '$lib/domain/engine/answer';
import type { TeleworkContext } from '$lib/domain/engine/context';
import { preferences } from '$lib/app/preferences';

// Storage and the profile's schema load with the first read or write, not with the page.
const profileStore = () => import('$lib/storage/profiles');

const LAST_USED = 'twc:profile';

/** A fresh id for a device profile; not derived from anything the person typed. */
function newProfileId(): string {
	return crypto.randomUUID().replaceAll('-', '').slice(0, 16);
}

/** The device profiles on this device: each one's context and name. */
class ProfileList {
	#all = $state.raw<Profile[]>([]);
	#loaded = $state(false);

	/** Profiles with a context: the employee's devices (the role checklists use one without). */
	get devices(): Profile[] {
		return this.#all.filter((p) => p.context !== undefined);
	}
	get loaded(): boolean {
		return this.#loaded;
	}

	async load(): Promise<void> {
		const stored = await (await profileStore()).loadProfiles();
		this.#all = stored.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
		this.#loaded = true;
	}

	find(id: string | null | undefined): Profile | undefined {
		return this.#all.find((p) => p.id === id);
	}

	/** The profile to show: the one asked for, else the last one used, else the first. */
	pick(requested: string | null): Profile | undefined {
		const devices = this.devices;
		return (
			devices.find((p) => p.id === requested) ??
			devices.find((p) => p.id === preferences.get(LAST_USED)) ??
			devices[0]
		);
	}

	remember(id: string): void {
		preferences.set(LAST_USED, id);
	}

	/** Creates or updates a profile; answers are kept (they belong to the profile id). */
	async save(name: string, context: TeleworkContext, id?: string): Promise<Profile> {
		const now = new Date().toISOString();
		const existing = this.find(id);
		const profile: Profile = {
			id: existing?.id ?? newProfileId(),
			name: name.trim(),
			context,
			createdAt: existing?.createdAt ?? now,
			updatedAt: now
		};
		await (await profileStore()).saveProfile(profile);
		this.#all = [...this.#all.filter((p) => p.id !== profile.id), profile];
		this.remember(profile.id);
		return profile;
	}

	/** Removes the profile with its answers; other profiles are untouched. */
	async remove(id: string): Promise<void> {
		await (await profileStore()).deleteProfile(id);
		this.#all = this.#all.filter((p) => p.id !== id);
	}
}

export const profiles = new ProfileList();
