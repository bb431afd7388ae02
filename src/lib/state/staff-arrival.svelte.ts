/**
 * Whether the page on screen was opened by a policy link on a device without a policy draft,
 * i.e. by staff, not by the admin who writes drafts: the header then leaves out the admin's steps.
 */
class StaffArrival {
	#active = $state(false);

	get active(): boolean {
		return this.#active;
	}

	set(active: boolean): void {
		this.#active = active;
	}
}

export const staffArrival = new StaffArrival();
