import type { CsvLabels } from '$lib/domain/aggregate/report-csv';
import type { BreakdownDimension } from '$lib/domain/aggregate/report-schema';
import type { ConditionAxis } from '$lib/domain/content/condition';
import type { Category } from '$lib/domain/content/file-schemas';
import type { Locale } from '$lib/domain/shared/locale';
import { reasonKey, type context } from '$lib/i18n/features/context';
import type { dashboard } from '$lib/i18n/features/dashboard';
import type { dashboardCover } from '$lib/i18n/features/dashboard-cover';
import type { shell } from '$lib/i18n/features/shell';
import type { KeyOf, Translate } from '$lib/i18n/messages';

/** The words of the dashboard's reports and exports: its own, the shell's and the context's. */
export type ReportTranslate = Translate<
	KeyOf<typeof shell | typeof dashboard | typeof dashboardCover | typeof context>
>;

/** Context values use the short words the checklist uses for its reasons. */
const AXIS: Record<Exclude<BreakdownDimension, 'department'>, ConditionAxis> = {
	ownership: 'ownership',
	deviceType: 'deviceType',
	os: 'os',
	network: 'networks',
	place: 'places',
	method: 'methods'
};

/** A breakdown group's name: the context value in words, a department as typed, or "not given". */
export function groupLabel(
	t: ReportTranslate,
	dimension: BreakdownDimension,
	value: string | null
) {
	if (value === null) return t('dash.notGiven');
	if (dimension === 'department') return value;
	return t(reasonKey(AXIS[dimension], value));
}

/** The CSV exports in the reader's language: the dashboard's words for headers and values. */
export function csvLabels(
	t: ReportTranslate,
	categories: readonly Category[],
	lang: Locale
): CsvLabels {
	return {
		column: (id) => t(`csv.${id}`),
		category: (id) => categories.find((c) => c.id === id)?.name[lang] ?? id,
		tier: (tier) => t(`tier.${tier}`),
		dimension: (dimension) => t(`dash.dim.${dimension}`),
		group: (dimension, value) => groupLabel(t, dimension, value)
	};
}
