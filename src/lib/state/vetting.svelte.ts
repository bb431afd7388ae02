import type { AppCard, CriterionAnswer, MeetingContent } from '$lib/domain/content/meeting-schemas';
import type { LocalizedText } from '$lib/domain/content/text';
import type { AppDecision, PackMeetingApp, RequiredSetting } from '$lib/domain/formats/policy-pack';
import {
	answersFromCard,
	appIdFromName,
	requiredFromCard,
	settingsFromLines,
	vetApp,
	type VettingResult
} from '$lib/domain/meetings/vetting';
import { localDate } from '$lib/domain/engine/freshness';
import { orgPolicy } from './org-policy.svelte';

/** The app being vetted: a built-in card, or another app the organisation names. */
export type VettedApp =
	{ kind: 'card'; card: AppCard } | { kind: 'other'; name: string; id: string };

/** One vetting: the answers, the settings chosen, the verdict, and saving the decision. */
export class VettingSession {
	readonly app: VettedApp;
	readonly #meetings: MeetingContent;
	answers = $state<Record<string, CriterionAnswer>>({});
	/** Ids of the card's settings the organisation requires (all of them to start with). */
	chosenSettings = $state<string[]>([]);
	customSettings = $state('');
	note = $state('');
	readonly result: VettingResult;

	constructor(meetings: MeetingContent, app: VettedApp) {
		this.#meetings = meetings;
		this.app = app;
		if (app.kind === 'card') {
			this.answers = answersFromCard(app.card);
			this.chosenSettings = app.card.settings.map((s) => s.id);
		}
		this.result = $derived(vetApp(this.#meetings.criteria, this.answers));
	}

	get name(): LocalizedText {
		return this.app.kind === 'card'
			? this.app.card.product
			: { ja: this.app.name, en: this.app.name };
	}

	/** The settings staff will see: the card's chosen ones, or the typed ones plus what MUST needs turned on. */
	#settings(): RequiredSetting[] {
		if (this.app.kind === 'card') {
			return this.app.card.settings
				.filter((s) => this.chosenSettings.includes(s.id))
				.map(requiredFromCard);
		}
		const turnOn = this.result.settingCriteria.flatMap((id) => {
			const criterion = this.#meetings.criteria.find((c) => c.id === id);
			return criterion
				? [{ id: `criterion-${id}`, name: criterion.title, requiredFrom: 'low' as const }]
				: [];
		});
		return [...turnOn, ...settingsFromLines(this.customSettings)];
	}

	/** Writes the decision into the draft policy (strict); rejects when nothing could be written. */
	async decide(decision: AppDecision, orgName?: LocalizedText): Promise<void> {
		const note = this.note.trim();
		const entry: PackMeetingApp = {
			app: this.app.kind === 'card' ? this.app.card.app : this.app.id,
			name: this.name,
			decision,
			verdict: this.result.verdict,
			...(this.result.openPoints.length > 0 ? { openPoints: this.result.openPoints } : {}),
			settings: this.#settings(),
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off timestamp, not state
			vettedAt: localDate(new Date()),
			...(this.app.kind === 'card' ? { cardReviewedAt: this.app.card.reviewedAt } : {}),
			...(note ? { note: note.slice(0, 500) } : {})
		};
		await orgPolicy.decideApp(entry, orgName);
	}
}

/** The id for another app: from its Latin letters, else a random one. */
export function otherAppId(name: string): string {
	return appIdFromName(name) ?? `app-${crypto.randomUUID().slice(0, 8)}`;
}
