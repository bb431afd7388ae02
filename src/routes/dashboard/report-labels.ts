import type { CsvLabels } from '$lib/domain/aggregate/report-csv';
import type { BreakdownDimension } from '$lib/domain/aggregate/report-schema';
import type { Category } from '$lib/domain/content/file-schemas';
import type { Locale } from '$lib/domain/shared/locale';
import type { MessageKey } from '$lib/i18n/messages';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Context values use the short words the checklist uses for its reasons. */
const VALUE_KEY: Record<Exclude<BreakdownDimension, 'department'>, string> = {
	ownership: 'reason.ownership',
	deviceType: 'reason.deviceType',
	os: 'reason.os',
	network: 'reason.networks',
	place: 'reason.places',
	method: 'reason.methods'
};

/** A breakdown group's name: the context value in words, a department as typed, or "not given". */
export function groupLabel(t: Translate, dimension: BreakdownDimension, value: string | null) {
	if (value === null) return t('dash.notGiven');
	if (dimension === 'department') return value;
	return t(`${VALUE_KEY[dimension]}.${value}` as MessageKey);
}

/** The CSV exports in the reader's language: the dashboard's words for headers and values. */
export function csvLabels(t: Translate, categories: readonly Category[], lang: Locale): CsvLabels {
	return {
		column: (id) => t(`csv.${id}`),
		category: (id) => categories.find((c) => c.id === id)?.name[lang] ?? id,
		tier: (tier) => t(`tier.${tier}`),
		dimension: (dimension) => t(`dash.dim.${dimension}`),
		group: (dimension, value) => groupLabel(t, dimension, value)
	};
}
