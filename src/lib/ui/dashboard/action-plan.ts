import type { AggregateReport } from '$lib/domain/aggregate/report-schema';
import type { Item } from '$lib/domain/content/item-schema';
import { nextSteps } from '$lib/domain/org-next-steps';
import type { MessageKey } from '$lib/i18n/messages';
import { locale } from '$lib/state/locale.svelte';

/** How many gaps the action plan lists: enough for a quarter's work, short enough to read. */
const PLAN_LENGTH = 10;

/**
 * The action plan as a plain text file (no markup, so any editor or mail shows it as it is): the
 * top gaps, each with how many devices it leaves open, the steps to close it and who acts.
 */
export function actionPlanText(
	report: AggregateReport,
	itemById: ReadonlyMap<string, Pick<Item, 'how' | 'roles'>>,
	orgName: string
): string {
	const { t, current: lang } = locale;
	const lines = [
		t('plan.title', { org: orgName }),
		'',
		t('dash.meta', {
			date: locale.formatDate(report.generatedAt, { long: true }),
			respondents: report.totals.respondents,
			profiles: report.totals.profiles
		}),
		''
	];
	nextSteps(report, itemById, PLAN_LENGTH).forEach((step, i) => {
		lines.push(
			`${i + 1}. [${t(`tier.${step.row.tier}` as MessageKey)}] ${step.row.title[lang]}`,
			`   ${t('dash.nextOpen', { open: step.row.open, applicable: step.row.applicable })}`,
			...step.steps.map((s) => `   - ${s[lang]}`),
			...(step.forManagement ? [`   → ${t('dash.nextWhoManagement')}`] : []),
			...(step.notYet > 0 ? [`   → ${t('dash.nextWhoStaff', { count: step.notYet })}`] : []),
			...(step.toClarify > 0
				? [`   → ${t('dash.nextWhoClarify', { count: step.toClarify })}`]
				: []),
			''
		);
	});
	return lines.join('\n');
}
