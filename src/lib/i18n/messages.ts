import type { Locale } from '$lib/domain/locale';
import { defineMessages } from './define';
import { en as coreEn } from './en';
import { ja as coreJa } from './ja';
import { backup } from './features/backup';
import { context } from './features/context';
import { employee } from './features/employee';
import { help } from './features/help';
import { posture } from './features/posture';
import { wizard } from './features/wizard';

// The shell's text (ja.ts / en.ts) and one catalogue per feature (./features/*.ts).
const catalogs = [
	defineMessages({ ja: coreJa, en: coreEn }),
	context,
	wizard,
	employee,
	help,
	backup,
	posture
] as const;

type KeysOf<C> = C extends { ja: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<(typeof catalogs)[number]>;

function merge(locale: Locale): Record<MessageKey, string> {
	return Object.assign({}, ...catalogs.map((catalog) => catalog[locale]));
}

export const messages: Record<Locale, Record<MessageKey, string>> = {
	ja: merge('ja'),
	en: merge('en')
};

/** Fills `{name}` placeholders; a missing parameter stays visible rather than vanishing. */
export function format(template: string, params: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

export function translate(
	locale: Locale,
	key: MessageKey,
	params?: Record<string, string | number>
): string {
	return format(messages[locale][key], params);
}
