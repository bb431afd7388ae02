/** Whether an acknowledgement covers rules of this version (a later one's does too). */
export function acknowledges(
	ack: { version: number } | undefined,
	rules: { version: number }
): boolean {
	return ack !== undefined && ack.version >= rules.version;
}

/**
 * Whether the rules of the policy followed still wait for this person's acknowledgement: the
 * policy has rules, and none of this version (or a later one) was acknowledged for its
 * organisation.
 */
export function rulesAwaitAck(
	pack: { orgId: string; rules?: { version: number } } | undefined,
	ack: { orgId: string; version: number } | undefined
): boolean {
	if (!pack?.rules) return false;
	return ack?.orgId !== pack.orgId || !acknowledges(ack, pack.rules);
}
