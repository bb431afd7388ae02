import type { Locale } from '$lib/domain/shared/locale';
import { defineMessages } from './define';
import { en as coreEn } from './en';
import { ja as coreJa } from './ja';
import { employee } from './features/employee';
import { posture } from './features/posture';

// The shell's text (ja.ts / en.ts) and the small catalogues most pages use load with the app.
const eager = [defineMessages({ ja: coreJa, en: coreEn }), employee, posture] as const;

// Page-specific catalogues load with their page and register there (`registerMessages`),
// so that every page does not carry every page's text. Their keys are typed all the same.
type Lazy =
	| typeof import('./features/admin').admin
	| typeof import('./features/apps-status').appsStatus
	| typeof import('./features/backup').backup
	| typeof import('./features/collect').collect
	| typeof import('./features/context').context
	| typeof import('./features/dashboard').dashboard
	| typeof import('./features/erase').erase
	| typeof import('./features/help').help
	| typeof import('./features/meeting').meeting
	| typeof import('./features/org').org
	| typeof import('./features/org-draft').orgDraft
	| typeof import('./features/org-import').orgImport
	| typeof import('./features/org-profile').orgProfile
	| typeof import('./features/owner-path').ownerPathMessages
	| typeof import('./features/pack-editor').packEditor
	| typeof import('./features/summary').summary
	| typeof import('./features/vetting').vetting
	| typeof import('./features/wizard').wizard;

type Catalog = { ja: Record<string, string>; en: Record<string, string> };
type KeysOf<C> = C extends { ja: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<(typeof eager)[number] | Lazy>;

export const messages = {
	ja: Object.assign({}, ...eager.map((c) => c.ja)),
	en: Object.assign({}, ...eager.map((c) => c.en))
} as Record<Locale, Record<MessageKey, string>>;

/** Adds a page's catalogue; call it at module level, before anything renders its text. */
export function registerMessages(catalog: Catalog): void {
	Object.assign(messages.ja, catalog.ja);
	Object.assign(messages.en, catalog.en);
}

/**
 * Fills `{name}` placeholders; a missing parameter stays visible rather than vanishing.
 * `{name|one|other}` picks the singular or plural wording by the number (English needs it;
 * `#` in the wording stands for the number): `{count|# device|# devices}`.
 */
export function format(template: string, params: Record<string, string | number> = {}): string {
	return template.replace(
		/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g,
		(whole, name: string, one?: string, other?: string) => {
			if (!(name in params)) return whole;
			const value = String(params[name]);
			if (one === undefined || other === undefined) return value;
			return (Number(value) === 1 ? one : other).replaceAll('#', value);
		}
	);
}

export function translate(
	locale: Locale,
	key: MessageKey,
	params?: Record<string, string | number>
): string {
	// An unregistered catalogue shows its key: visible, and caught by the browser tests.
	return format(messages[locale][key] ?? key, params);
}
