import { context, reasonKey } from '$lib/i18n/features/context';
import { employee } from '$lib/i18n/features/employee';
import type { Reason, ResolvedItem } from '$lib/domain/engine/tiering';
import { locale } from '$lib/state/locale.svelte';

const t = locale.messages(context, employee);

/** "public Wi-Fi, a VPN": the person's (or organisation's) own values that made an item apply. */
function describe(reasons: Reason[]): string {
	const words = reasons.map((r) => t(reasonKey(r.axis, r.value)));
	return [...new Set(words)].join(locale.current === 'ja' ? '、' : ', ');
}

/** Why an item is MUST here, or why it is on the list at all; empty when it is for everyone. */
export function reasonText(entry: ResolvedItem): string {
	const { tierBecause, appliesBecause, tierSeed } = entry;
	if (tierBecause.length > 0)
		return t(tierSeed ? 'employee.mustBecauseSeed' : 'employee.mustBecause', {
			reasons: describe(tierBecause)
		});
	if (appliesBecause.length > 0)
		return t('employee.appliesBecause', { reasons: describe(appliesBecause) });
	return '';
}
