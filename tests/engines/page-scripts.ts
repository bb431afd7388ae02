import type { Target } from './tab.ts';

/**
 * Runs in the page: finds the element `target` names, marks it with `data-engine-target` and
 * scrolls it into view at once (the app scrolls smoothly, which makes native clicks below the
 * fold miss). Returns the marker's value, or an empty string while there is no such element.
 */
export function markTarget(target: Target, marker: string): string {
	const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
	const visible = (el: Element) => {
		if (target.hidden) return true;
		const box = el.getBoundingClientRect();
		return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
	};
	let found: Element | undefined;
	if (target.label !== undefined) {
		const wanted = norm(target.label);
		const controls = document.querySelectorAll<HTMLElement>(
			target.css ?? 'input, select, textarea'
		);
		found = Array.from(controls).find((control) => {
			const labels = (control as HTMLInputElement).labels;
			const texts = [
				...Array.from(labels ?? []).map((l) => norm(l.textContent)),
				norm(control.getAttribute('aria-label'))
			];
			// A visually hidden radio is still the target: its label is what is visible.
			const shown = visible(control) || Array.from(labels ?? []).some(visible);
			return shown && texts.includes(wanted);
		});
		// Native clicks land on what is visible: the label of a hidden control.
		if (found && !visible(found)) found = (found as HTMLInputElement).labels?.[0] ?? found;
	} else {
		const candidates = document.querySelectorAll(
			target.css ?? 'button, a[href], summary, [role="button"], [role="tab"]'
		);
		found = Array.from(candidates).find(
			(el) =>
				visible(el) && (target.text === undefined || norm(el.textContent) === norm(target.text))
		);
	}
	if (!found) return '';
	document
		.querySelectorAll(`[data-engine-target="${marker}"]`)
		.forEach((el) => el.removeAttribute('data-engine-target'));
	found.setAttribute('data-engine-target', marker);
	found.scrollIntoView({ block: 'center', behavior: 'instant' });
	return marker;
}

/**
 * Runs in the page: keeps what the app hands to the browser's download (a blob behind a link
 * with `download`) in `window.engineDownloads`, instead of the download dialog some engines
 * open under automation. The file's bytes are the app's own; only the save dialog is skipped.
 * Also keeps what the page's scripts report as errors (uncaught errors, unhandled rejections,
 * `console.error`) in `window.engineErrors`. Safe to run twice.
 */
export function installPageHooks(): void {
	const w = window as unknown as {
		engineHooks?: boolean;
		engineDownloads: { name: string; text: Promise<string> }[];
		engineErrors: string[];
	};
	if (w.engineHooks) return;
	w.engineHooks = true;
	w.engineDownloads = [];
	w.engineErrors = [];
	window.addEventListener('error', (event) => w.engineErrors.push(String(event.message)));
	window.addEventListener('unhandledrejection', (event) =>
		w.engineErrors.push(`Unhandled rejection: ${String(event.reason)}`)
	);
	const consoleError = console.error.bind(console);
	console.error = (...args: unknown[]) => {
		w.engineErrors.push(args.map(String).join(' '));
		consoleError(...args);
	};
	const blobs = new Map<string, Blob>();
	const createObjectURL = URL.createObjectURL.bind(URL);
	URL.createObjectURL = (object: Blob | MediaSource) => {
		const url = createObjectURL(object);
		if (object instanceof Blob) blobs.set(url, object);
		return url;
	};
	const click = HTMLAnchorElement.prototype.click;
	HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
		const blob = blobs.get(this.href);
		if (this.download && blob) {
			w.engineDownloads.push({ name: this.download, text: blob.text() });
			return;
		}
		click.call(this);
	};
}

/** Runs in the page: the downloads so far, as file name and text. */
export async function readDownloads(): Promise<{ name: string; text: string }[]> {
	const w = window as unknown as { engineDownloads?: { name: string; text: Promise<string> }[] };
	return Promise.all(
		(w.engineDownloads ?? []).map(async (d) => ({ name: d.name, text: await d.text }))
	);
}

/**
 * Runs in the page: true once the marked element stays where it is for 50 ms. A native
 * click goes to coordinates; a page still moving (a preview opening, focus scrolling) misses.
 */
export function holdsStill(marker: string): Promise<boolean> {
	const element = document.querySelector(`[data-engine-target="${marker}"]`);
	if (!element) return Promise.resolve(false);
	const place = () => {
		const box = element.getBoundingClientRect();
		return `${box.x},${box.y},${box.width},${box.height}`;
	};
	const before = place();
	// A timer, not animation frames: a tab in the background gets no frames in WebKit.
	return new Promise((resolve) => setTimeout(() => resolve(place() === before), 50));
}

/** Runs in the page: the errors kept since the last call, and forgets them. */
export function takePageErrors(): string[] {
	const w = window as unknown as { engineErrors?: string[] };
	return (w.engineErrors ?? []).splice(0);
}

/**
 * Runs in the page: from now on the page's clock (`new Date()`, `Date.now()`, `Date()`) reads
 * `iso` and runs on from there, as on a device whose calendar shows that day. Dates made from
 * given values are as they were, and every date is still a `Date`. It lasts as long as the page:
 * the app's own links keep it, a load or a reload ends it.
 */
export function shiftClock(iso: string): void {
	const Real = Date;
	const offset = Real.parse(iso) - Real.now();
	const now = () => Real.now() + offset;
	function Shifted(...args: unknown[]): Date | string {
		if (!new.target) return new Real(now()).toString();
		return Reflect.construct(Real, args.length === 0 ? [now()] : args, new.target) as Date;
	}
	Object.setPrototypeOf(Shifted, Real);
	Shifted.prototype = Real.prototype;
	Shifted.now = now;
	window.Date = Shifted as unknown as DateConstructor;
}
