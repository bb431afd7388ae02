import type { AggregateReport } from '$lib/domain/aggregate/report-schema';
import type { Item } from '$lib/domain/content/item-schema';
import { inertLine } from '$lib/domain/shared/display-text';
import type { Locale } from '$lib/domain/shared/locale';
import { nextSteps } from '$lib/domain/aggregate/org-next-steps';
import type { ReportTranslate } from './report-labels';

/** How many gaps the action plan lists: enough for a quarter's work, short enough to read. */
const PLAN_LENGTH = 10;

/** The reader's language and its words: the app's `locale`, or a test's. */
export interface PlanLocale {
	current: Locale;
	t: ReportTranslate;
	formatDate: (iso: string, options: { long: boolean }) => string;
}

/**
 * The action plan as a plain text file (no markup, so any editor or mail shows it as it is): the
 * top gaps, each with how many devices it leaves open, the steps to close it and who acts. The
 * organisation's own words (its name, its items' titles and steps) come from a policy anyone can
 * write: each is one inert line (`inertLine`), so none can start a line of its own, reorder the
 * text or become a link where the plan is pasted or opened.
 */
export function actionPlanText(
	report: AggregateReport,
	itemById: ReadonlyMap<string, Pick<Item, 'how' | 'roles'>>,
	orgName: string,
	{ t, current: lang, formatDate }: PlanLocale
): string {
	const lines = [
		t('plan.title', { org: inertLine(orgName) }),
		'',
		t('dash.meta', {
			date: formatDate(report.generatedAt, { long: true }),
			respondents: report.totals.respondents,
			profiles: report.totals.profiles
		}),
		''
	];
	nextSteps(report, itemById, PLAN_LENGTH).forEach((step, i) => {
		lines.push(
			`${i + 1}. [${t(`tier.${step.row.tier}`)}] ${inertLine(step.row.title[lang])}`,
			`   ${t('dash.nextOpen', { open: step.row.open, applicable: step.row.applicable })}`,
			...step.steps.map((s) => `   - ${inertLine(s[lang])}`),
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
