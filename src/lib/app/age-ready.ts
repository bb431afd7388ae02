/**
 * Loads the age library while the device is online: the service worker keeps it once used, so a
 * summary for an admin with a key can then be encrypted offline too. Offline now, it is loaded
 * the next time this runs online.
 */
export function keepEncryptionReady(): void {
	void import('$lib/domain/formats/age-file').catch(() => undefined);
}
