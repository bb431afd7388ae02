import type { Locale } from '$lib/domain/locale';
import { en } from './en';
import { ja, type MessageKey } from './ja';

export type { MessageKey };
export const messages: Record<Locale, Record<MessageKey, string>> = { ja, en };

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
