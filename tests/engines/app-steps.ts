import { readDownloads } from './page-scripts.ts';
import { pollFor } from './poll.ts';
import type { Tab } from './tab.ts';

/** The app's own steps, as a person takes them, in the words the Japanese screens use. */

const appLanguage = (tab: Tab) =>
	tab.evaluate(() =>
		document.documentElement.dataset.ready === 'true' ? document.documentElement.lang : ''
	);

/** Waits until the page's scripts run (the layout marks `<html data-ready>` on mount) in Japanese. */
export async function waitForApp(tab: Tab): Promise<void> {
	await pollFor(async () => (await appLanguage(tab)) === 'ja', 'the app to start in Japanese');
}

/**
 * Opens `url` as a person who reads Japanese. A browser that does not ask for Japanese (WebKitGTK
 * takes its language from the C library's locale, and this machine has no Japanese one) starts in
 * English: the person then picks 日本語 in the header once, and the app remembers it.
 */
export async function open(tab: Tab, url: string): Promise<void> {
	await tab.goto(url);
	if ((await pollFor(() => appLanguage(tab), 'the app to start')) === 'en') {
		await tab.click({ css: 'header button.lang', text: '日本語' });
	}
	await waitForApp(tab);
}

/**
 * Waits until a service worker controls the page (its precache is complete by then) and keeps
 * the content text of the page's language, which the page asks for after a language switch.
 */
export async function waitForServiceWorker(tab: Tab): Promise<void> {
	await pollFor(
		() =>
			tab.evaluate(async () => {
				const registration = await navigator.serviceWorker.ready;
				if (registration.active === null || navigator.serviceWorker.controller === null)
					return false;
				const text = new RegExp(`/text-${document.documentElement.lang}\\.[^/]+\\.js$`);
				for (const key of await caches.keys())
					for (const request of await (await caches.open(key)).keys())
						if (text.test(request.url)) return true;
				return false;
			}),
		'a service worker to control the page and keep its language',
		30_000
	);
}

/** The text of the first element `css` matches, or '' while there is none. */
export const textOf = (tab: Tab, css: string) =>
	tab.evaluate(
		(selector: string) =>
			(document.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim(),
		css
	);

/** Waits until one of the elements `css` matches holds `text` within its text. */
export async function waitForText(tab: Tab, css: string, text: string): Promise<void> {
	await pollFor(
		() =>
			tab.evaluate(
				(selector: string, wanted: string) =>
					Array.from(document.querySelectorAll(selector)).some((el) =>
						(el.textContent ?? '').replace(/\s+/g, ' ').includes(wanted)
					),
				css,
				text
			),
		`"${text}" in ${css}`
	);
}

const STATUS = { done: '対応済み', 'not-yet': 'まだ', unknown: 'わからない' } as const;
export type Status = keyof typeof STATUS;

const itemCss = (itemId: string) => `article[data-item-id="${itemId}"]`;

/** Answers an item and waits for "保存しました", which the app shows only after the write committed. */
export async function answer(tab: Tab, itemId: string, status: Status): Promise<void> {
	await tab.click({ css: `${itemCss(itemId)} input[type="radio"]`, label: STATUS[status] });
	await waitForText(tab, `[data-testid="save-${itemId}"]`, '保存しました');
}

/** The status whose radio is checked on an item, or null when none is (or no such item). */
export function checkedStatus(tab: Tab, itemId: string): Promise<Status | null> {
	return tab.evaluate(
		(css: string, labels: Record<string, string>) => {
			const checked = document.querySelector<HTMLInputElement>(
				`${css} input[type="radio"]:checked`
			);
			const text = (checked?.labels?.[0]?.textContent ?? '').trim();
			return Object.keys(labels).find((status) => labels[status] === text) ?? null;
		},
		itemCss(itemId),
		STATUS as Record<string, string>
	) as Promise<Status | null>;
}

export async function waitForStatus(
	tab: Tab,
	itemId: string,
	status: Status | null
): Promise<void> {
	await pollFor(
		async () => (await checkedStatus(tab, itemId)) === status,
		`${itemId} to show ${status ?? 'no answer'}`
	);
}

/** Answers the set-up questions (option labels, one list per step) and names the device. */
export async function setUp(tab: Tab, choices: string[][], name: string): Promise<void> {
	for (const labels of choices) {
		for (const label of labels) await tab.click({ label });
		await tab.click({ text: '次へ', css: 'button' });
	}
	await tab.type({ label: '呼び名（例：仕事用ノートPC、私のスマホ）' }, name);
	await tab.click({ text: '保存してチェックリストを見る', css: 'button' });
	await waitForText(tab, 'h1', 'あなたのチェックリスト');
	await pollFor(
		() =>
			tab.evaluate(() => document.querySelector('section[aria-labelledby="tier-must"]') !== null),
		'the MUST section'
	);
}

/** What the app saved through the browser's download so far (name and text). */
export const downloads = (tab: Tab) => tab.evaluate(readDownloads);

/** Waits for the `count`th file the app saves in this page, and returns it. */
export async function waitForDownload(
	tab: Tab,
	count = 1
): Promise<{ name: string; text: string }> {
	const all = await pollFor(async () => {
		const all = await downloads(tab);
		return all.length >= count ? all : undefined;
	}, `download ${count}`);
	return all[count - 1] as { name: string; text: string };
}

/** The value of the text field `css` names. */
export const valueOf = (tab: Tab, css: string) =>
	tab.evaluate(
		(selector: string) => document.querySelector<HTMLInputElement>(selector)?.value ?? '',
		css
	);

/**
 * Opens IndexedDB as it is (no upgrade) and reads `store`: the record under `key`, or with no key
 * the number of records. With no store, the database's version.
 */
function readDatabase(tab: Tab, store?: string, key?: string | string[]): Promise<unknown> {
	return tab.evaluate(
		(name: string | null, key: string | string[] | null) =>
			new Promise<unknown>((resolve, reject) => {
				const request = indexedDB.open('telework-check');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					if (name === null) return (db.close(), resolve(db.version));
					const objects = db.transaction(name).objectStore(name);
					const read = key === null ? objects.count() : objects.get(key);
					read.onsuccess = () => (db.close(), resolve(read.result));
					read.onerror = () => reject(read.error);
				};
			}),
		store ?? null,
		key ?? null
	);
}

export const storedCount = async (tab: Tab, store: string) =>
	Number(await readDatabase(tab, store));
export const storedRecord = (tab: Tab, store: string, key: string | string[]) =>
	readDatabase(tab, store, key);
export const databaseVersion = async (tab: Tab) => Number(await readDatabase(tab));
