import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent, type Content } from '$lib/domain/content/compile';
import { PLACES, OWNERSHIPS, SENSITIVITY_LEVELS } from '$lib/domain/content/vocabulary';
import type { RuleContext } from '$lib/domain/engine/context';
import {
	LEAK_CHECKS,
	meetingCheck,
	type MeetingCheck,
	type MeetingSituation
} from '$lib/domain/meetings/meeting-check';
import ja from '$lib/i18n/features/meeting.ja';
import en from '$lib/i18n/features/meeting.en';
import { readChecklistFiles } from '$lib/node/read-checklists';

// The pre-meeting check built from the real measures in checklists/meetings/sensitivity.yaml.
let measures: Content['meetings']['measures'];

beforeAll(async () => {
	const result = compileContent(await readChecklistFiles('checklists'));
	if (!result.ok) throw new Error(result.issues.map((i) => JSON.stringify(i)).join('\n'));
	measures = result.content.meetings.measures;
});

/** Every place set and owner a device can have, and no device at all. */
function* situations(): Generator<MeetingSituation> {
	const contexts: (RuleContext | undefined)[] = [undefined];
	for (const ownership of OWNERSHIPS)
		for (let bits = 1; bits < 1 << PLACES.length; bits++) {
			const places = PLACES.filter((_, i) => (bits & (1 << i)) !== 0);
			contexts.push({ role: 'employee', methods: [], ownership, places });
		}
	for (const level of SENSITIVITY_LEVELS)
		for (const hosting of [false, true])
			for (const context of contexts) yield { level, hosting, context };
}

/** Every line the page shows for a check, boxes and the SHOULD list, in one language. */
function lines(check: MeetingCheck, lang: 'ja' | 'en'): string[] {
	const messages: Record<string, string> = { ja, en }[lang];
	const boxes = check.areas.flatMap((a) =>
		a.points.map((p) => p.measure?.title[lang] ?? messages[`meeting.${p.key}`] ?? p.key)
	);
	return [...boxes, ...check.should.map((m) => m.title[lang])];
}

/** Dice similarity of two texts' character pairs (punctuation left out): 1 is the same text. */
function alike(a: string, b: string): number {
	const pairs = (s: string) => {
		const bare = s.replace(/[、。（）・「」\s,.()/]/g, '');
		return new Set(Array.from({ length: bare.length - 1 }, (_, i) => bare.slice(i, i + 2)));
	};
	const [x, y] = [pairs(a), pairs(b)];
	return (2 * [...x].filter((p) => y.has(p)).length) / (x.size + y.size);
}
// Two points that say the same thing in other words share most of their character pairs.
const SAME_THING = 0.5;

describe('the pre-meeting check asks each point once', () => {
	it('tells the duplicates it had apart from different points (positive control)', () => {
		// The three points the old page asked twice: a look-around point and a measure.
		expect(
			alike(
				'画面全体ではなく、見せるウィンドウだけを共有する',
				'画面共有は見せるウィンドウだけにする'
			)
		).toBeGreaterThanOrEqual(SAME_THING);
		expect(
			alike(
				'マイク付きイヤホンを使い、相手の声がスピーカーから出ない',
				'マイク付きイヤホンを使い、相手の声がスピーカーから出ないようにする'
			)
		).toBeGreaterThanOrEqual(SAME_THING);
		expect(
			alike(
				'通知を止めている（おやすみモード・集中モード）',
				'通知を止める（おやすみモード・集中モード）'
			)
		).toBeGreaterThanOrEqual(SAME_THING);
		expect(alike('話さないときはミュートにする', '関係のないタブを閉じている')).toBeLessThan(
			SAME_THING
		);
	});

	it('never shows a point twice, at any level, as host or guest, on any device or none', () => {
		const twice: string[] = [];
		let checked = 0;
		for (const situation of situations()) {
			const check = meetingCheck(measures, situation);
			const keys = [
				...check.areas.flatMap((a) => a.points.map((p) => p.key)),
				...check.should.map((m) => `measure.${m.id}`)
			];
			const [ja, en] = [lines(check, 'ja'), lines(check, 'en')];
			if (new Set(keys).size !== keys.length) twice.push(`ids: ${keys.join(', ')}`);
			if (new Set(en).size !== en.length) twice.push(`words: ${en.join(' / ')}`);
			ja.forEach((a, i) => {
				for (const b of ja.slice(i + 1)) if (alike(a, b) >= SAME_THING) twice.push(`${a} / ${b}`);
			});
			checked++;
		}
		expect([...new Set(twice)]).toEqual([]);
		expect(checked).toBe(3 * 2 * (1 + 2 * 15));
	});

	it('names a real measure wherever a point gives way to one', () => {
		const ids = new Set(measures.map((m) => m.id));
		for (const check of LEAK_CHECKS) if (check.givesWayTo) expect(ids).toContain(check.givesWayTo);
	});
});

// Counted by hand from sensitivity.yaml (mustFrom, hostOnly, exceptWhen) and LEAK_CHECKS.
describe('how many boxes each level asks', () => {
	const count = (situation: MeetingSituation) =>
		meetingCheck(measures, situation).areas.reduce((n, a) => n + a.points.length, 0);
	const issuedOwnRoom: RuleContext = {
		role: 'employee',
		methods: [],
		ownership: 'issued',
		places: ['own-room']
	};

	it('with no device registered', () => {
		// Guest: MUST measures low 2, medium 5, high 7; look-around points 5, 5, 4 (people → private room).
		expect(SENSITIVITY_LEVELS.map((level) => count({ level, hosting: false }))).toEqual([
			7, 10, 11
		]);
		// Host: + passcode (low); + waiting room, recording, after the meeting (medium); + 3 (high).
		expect(SENSITIVITY_LEVELS.map((level) => count({ level, hosting: true }))).toEqual([8, 14, 18]);
	});

	it('on a company device used in a room of ones own', () => {
		// No one walks past, company device already: points 4; MUST measures 2, 5, 6.
		expect(
			SENSITIVITY_LEVELS.map((level) => count({ level, hosting: false, context: issuedOwnRoom }))
		).toEqual([6, 9, 10]);
	});

	it('never more than 10 boxes at the medium level for a guest', () => {
		for (const situation of situations())
			if (situation.level === 'medium' && !situation.hosting)
				expect(count(situation), JSON.stringify(situation.context)).toBeLessThanOrEqual(10);
	});

	it('groups the medium check under camera, mic, share and join', () => {
		const check = meetingCheck(measures, { level: 'medium', hosting: false });
		expect(check.areas.map((a) => [a.area, a.points.map((p) => p.key)])).toEqual([
			['camera', ['camera.background', 'camera.people']],
			['mic', ['measure.headset', 'mic.speaker', 'mic.mute']],
			['share', ['measure.share-window-only', 'measure.notifications-off', 'share.tabs']],
			['join', ['measure.check-participants', 'measure.approved-app']]
		]);
		expect(check.should.map((m) => m.id)).toEqual(['issued-device-only', 'private-room']);
	});
});
