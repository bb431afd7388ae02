import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent, type Content } from '$lib/domain/content/compile';
import { SENSITIVITY_LEVELS } from '$lib/domain/content/vocabulary';
import { measuresFor } from '$lib/domain/meetings/meeting-check';
import { vetApp, answersFromCard } from '$lib/domain/meetings/vetting';
import { readChecklistFiles } from '$lib/node/read-checklists';

// Checks of the real meeting content in checklists/meetings/ (the schemas are tested with fixtures).
let meetings: Content['meetings'];
let setupApps: Content['meetingApps'];

beforeAll(async () => {
	const result = compileContent(await readChecklistFiles('checklists'));
	if (!result.ok) throw new Error(result.issues.map((i) => JSON.stringify(i)).join('\n'));
	meetings = result.content.meetings;
	setupApps = result.content.meetingApps;
});

const UNSOURCED = /TODO|未記入|example\.invalid/;
// Forums, Q&A answers, universities' help pages and repository blobs are not sources for a fact.
const NOT_PRIMARY =
	/\/\/(community\.|answers\.)|\/answers\/questions\/|\/forum|stackoverflow|reddit|\.edu\/|github\.com\/.*\/blob\//;

describe('meeting-app vetting content', () => {
	it('has cards for the common apps, each reviewed on a stated date', () => {
		const apps = meetings.cards.map((card) => card.app).sort();
		expect(apps).toEqual(
			expect.arrayContaining(['google-meet', 'microsoft-teams', 'webex', 'zoom'])
		);
		for (const card of meetings.cards)
			expect(card.reviewedAt, card.app).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('has a card for every app the set-up offers by name (only "another app" has none)', () => {
		const cards = new Set(meetings.cards.map((card) => card.app));
		const without = setupApps.filter((app) => !cards.has(app.id)).map((app) => app.id);
		expect(without).toEqual(['other-meeting-app']);
	});

	it('every card fact, unknown ones too, names its primary source with a date', () => {
		for (const card of meetings.cards) {
			expect(card.facts.map((f) => f.criterion).sort(), card.app).toEqual(
				meetings.criteria.map((c) => c.id).sort()
			);
			const sources = [...card.facts, ...card.settings].map((entry) => entry.source);
			for (const source of sources) {
				expect(source.url, card.app).toMatch(/^https:\/\//);
				expect(source.url, card.app).not.toMatch(NOT_PRIMARY);
				expect(source.asOf, source.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}
		}
	});

	it('the source check knows the pages that are not sources (the ones cards cited before)', () => {
		for (const url of [
			'https://community.zoom.com/t5/Customer-Success-Forum/How-to-keep-your-Zoom-meeting-secure/td-p/132577',
			'https://td.usnh.edu/TDClient/60/Portal/KB/ArticleDet?ID=3973',
			'https://learn.microsoft.com/en-us/answers/questions/2118615/encryption-protocols',
			'https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/public/Teams/x.md'
		])
			expect(url).toMatch(NOT_PRIMARY);
		expect('https://support.zoom.com/hc/en/article?id=zm_kb').not.toMatch(NOT_PRIMARY);
		expect('https://learn.microsoft.com/en-us/microsoftteams/teams-security-guide').not.toMatch(
			NOT_PRIMARY
		);
	});

	it('criteria, levels, measures and cards are written in both languages, without placeholders', () => {
		const texts = JSON.stringify(meetings);
		expect(texts).not.toMatch(UNSOURCED);
		for (const criterion of meetings.criteria) {
			for (const field of [criterion.title, criterion.why, criterion.howToFind]) {
				expect(field.ja.trim(), criterion.id).not.toBe('');
				expect(field.en.trim(), criterion.id).not.toBe('');
				expect(field.ja, criterion.id).not.toBe(field.en);
			}
		}
	});

	it('covers the criteria the sources name, with MUST and SHOULD tiers', () => {
		const ids = meetings.criteria.map((c) => c.id);
		for (const id of [
			'e2ee',
			'standard-crypto',
			'account-mfa',
			'join-control',
			'waiting-room',
			'meeting-passcode',
			'recording-notice',
			'data-location',
			'auto-update',
			'vuln-disclosure',
			'third-party-sharing',
			'secure-deletion'
		]) {
			expect(ids).toContain(id);
		}
		expect(meetings.criteria.some((c) => c.tier === 'must')).toBe(true);
		expect(meetings.criteria.some((c) => c.tier === 'should')).toBe(true);
	});

	it('each level makes at least as many measures MUST as the level below it', () => {
		expect(meetings.levels.map((l) => l.id)).toEqual([...SENSITIVITY_LEVELS]);
		const counts = SENSITIVITY_LEVELS.map(
			(level) => measuresFor(meetings.measures, level).must.length
		);
		expect(counts[0]).toBeGreaterThan(0);
		expect(counts[1]).toBeGreaterThan(counts[0] ?? 0);
		expect(counts[2]).toBeGreaterThan(counts[1] ?? 0);
	});

	it('gives every card a verdict from its own facts, explained by real criteria', () => {
		const ids = new Set(meetings.criteria.map((c) => c.id));
		for (const card of meetings.cards) {
			const answers = answersFromCard(card);
			const result = vetApp(meetings.criteria, answers);
			const failedMust = meetings.criteria.some(
				(c) => c.tier === 'must' && answers[c.id] === 'not-met'
			);
			// "Not recommended" only where a MUST criterion is known to fail, never for an unknown.
			expect(result.verdict === 'not-recommended', card.app).toBe(failedMust);
			for (const reason of result.reasons) expect(ids.has(reason.criterion), card.app).toBe(true);
		}
	});
});
