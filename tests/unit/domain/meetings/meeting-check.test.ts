import { describe, expect, it } from 'vitest';
import type { RuleContext } from '$lib/domain/engine/context';
import type { MeetingMeasure } from '$lib/domain/content/meeting-schemas';
import {
	LEAK_CHECKS,
	measuresFor,
	meetingCheck,
	openBeforeMeeting
} from '$lib/domain/meetings/meeting-check';
import { meetingCheckRecordSchema } from '$lib/domain/meetings/meeting-check-record';
import ja from '$lib/i18n/features/meeting.ja';
import en from '$lib/i18n/features/meeting.en';

const text = { ja: 'テキスト', en: 'Text' };
const measure = (
	id: string,
	mustFrom: MeetingMeasure['mustFrom'],
	more: Partial<MeetingMeasure> = {}
): MeetingMeasure => ({
	id,
	title: text,
	why: text,
	mustFrom,
	area: 'join',
	sources: [{ title: 'NIST', url: 'https://www.nist.gov/', asOf: '2020-03-19' }],
	...more
});
const MEASURES = [measure('passcode', 'low'), measure('lobby', 'medium'), measure('lock', 'high')];
const keys = (check: ReturnType<typeof meetingCheck>) =>
	check.areas.flatMap((a) => a.points.map((p) => p.key));
const person = (more: Partial<RuleContext>): RuleContext => ({
	role: 'employee',
	methods: [],
	...more
});

describe('the look-around points', () => {
	it('are worded in both languages, each once', () => {
		expect(new Set(LEAK_CHECKS.map((c) => c.key)).size).toBe(LEAK_CHECKS.length);
		for (const area of ['camera', 'mic', 'share', 'join'])
			expect(ja[`meeting.${area}` as keyof typeof ja], area).toBeTruthy();
		for (const { key } of LEAK_CHECKS) {
			expect(ja[`meeting.${key}` as keyof typeof ja], key).toBeTruthy();
			expect(en[`meeting.${key}` as keyof typeof en], key).toBeTruthy();
		}
	});

	it('are all asked while the device is unknown, and only where they fit once it is known', () => {
		const all = keys(meetingCheck([], { level: 'low', hosting: false }));
		expect(all).toEqual(LEAK_CHECKS.map((c) => c.key));
		const ownRoom = meetingCheck([], {
			level: 'low',
			hosting: false,
			context: person({ places: ['own-room'] })
		});
		expect(keys(ownRoom)).not.toContain('camera.people');
		const cafe = person({ places: ['public-place'] });
		const inCafe = keys(meetingCheck([], { level: 'low', hosting: false, context: cafe }));
		expect(inCafe).toContain('camera.people');
		expect(inCafe).not.toContain('mic.speaker');
	});

	it('give way to the measure that asks for more, where it is MUST', () => {
		const room = measure('private-room', 'high', { area: 'camera' });
		const at = (level: MeetingMeasure['mustFrom']) =>
			keys(meetingCheck([room], { level, hosting: false }));
		expect(at('medium')).toContain('camera.people');
		expect(at('high')).toContain('measure.private-room');
		expect(at('high')).not.toContain('camera.people');
	});
});

describe('meeting measures', () => {
	it('a higher level makes more measures MUST, never fewer', () => {
		const ids = (level: MeetingMeasure['mustFrom']) =>
			measuresFor(MEASURES, level).must.map((m) => m.id);
		expect(ids('low')).toEqual(['passcode']);
		expect(ids('medium')).toEqual(['passcode', 'lobby']);
		expect(ids('high')).toEqual(['passcode', 'lobby', 'lock']);
		expect(measuresFor(MEASURES, 'low').should.map((m) => m.id)).toEqual(['lobby', 'lock']);
	});

	it('MUST measures are boxes to tick; SHOULD ones are listed apart and never hold it back', () => {
		const check = meetingCheck(MEASURES, { level: 'medium', hosting: false });
		expect(keys(check)).toContain('measure.lobby');
		expect(keys(check)).not.toContain('measure.lock');
		expect(check.should.map((m) => m.id)).toEqual(['lock']);
		const all = new Set<string>(LEAK_CHECKS.map((c) => c.key));
		expect(openBeforeMeeting(all, check)).toEqual(['measure.passcode', 'measure.lobby']);
		all.add('measure.passcode').add('measure.lobby');
		expect(openBeforeMeeting(all, check)).toEqual([]);
	});

	it("asks the host's measures of the host only", () => {
		const admit = measure('admit', 'low', { hostOnly: true });
		expect(keys(meetingCheck([admit], { level: 'high', hosting: false }))).not.toContain(
			'measure.admit'
		);
		const asGuest = meetingCheck([admit], { level: 'low', hosting: false });
		expect(asGuest.should).toEqual([]);
		expect(keys(meetingCheck([admit], { level: 'low', hosting: true }))).toContain('measure.admit');
	});

	it('leaves out a measure the device already meets, and asks it while the device is unknown', () => {
		const issued = measure('issued-only', 'low', { exceptWhen: [{ ownership: ['issued'] }] });
		const askedOn = (context?: RuleContext) =>
			keys(meetingCheck([issued], { level: 'low', hosting: false, context }));
		expect(askedOn(person({ ownership: 'issued' }))).not.toContain('measure.issued-only');
		expect(askedOn(person({ ownership: 'personal' }))).toContain('measure.issued-only');
		expect(askedOn()).toContain('measure.issued-only');
	});

	it('groups the boxes by area, in area order, leaving out empty areas', () => {
		const check = meetingCheck([measure('headset', 'low', { area: 'mic' })], {
			level: 'low',
			hosting: false
		});
		expect(check.areas.map((a) => a.area)).toEqual(['camera', 'mic', 'share']);
		expect(check.areas[1]?.points.map((p) => p.key)).toEqual([
			'measure.headset',
			'mic.speaker',
			'mic.mute'
		]);
	});

	it('keeps the last check as a strict record', () => {
		const record = { checkedAt: '2026-11-24T09:00:00.000Z', level: 'high', open: [] };
		expect(meetingCheckRecordSchema.parse(record)).toEqual(record);
		expect(meetingCheckRecordSchema.safeParse({ ...record, level: 'secret' }).success).toBe(false);
		expect(meetingCheckRecordSchema.safeParse({ ...record, extra: 1 }).success).toBe(false);
	});
});
