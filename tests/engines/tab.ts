/**
 * What a critical-flow test needs from a browser tab, whatever drives it (Puppeteer over
 * WebDriver BiDi for Firefox, classic WebDriver for WebKitGTK). Elements are
 * found in the page by what a person sees (a label, a button's text) and then clicked or typed
 * into with the driver's native input, so the engine handles real events.
 */
export interface Target {
	/** A CSS selector the element must match; default: anything clickable for `text`, any input for `label`. */
	css?: string;
	/** The element's visible text, whitespace collapsed, exactly. */
	text?: string;
	/** The text of the `<label>` of a form control (or its aria-label). */
	label?: string;
	/** Also finds elements that are not shown (a file input behind its styled label). */
	hidden?: boolean;
}

export type PageFunction<A extends unknown[], R> = (...args: A) => R | Promise<R>;

export interface Tab {
	readonly engine: EngineName;
	/** Opens `url` and waits for the load event. */
	goto(url: string): Promise<void>;
	reload(): Promise<void>;
	/** Runs `fn` in the page (it must use nothing from outside its own body) and returns its JSON result. */
	evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R>;
	/** A native click on the element `target` names, once it exists. */
	click(target: Target): Promise<void>;
	/** Clears the text field `target` names and types `text` into it natively. */
	type(target: Target, text: string): Promise<void>;
	/** Puts files on the file input `target` names, as a person choosing them would. */
	setFiles(target: Target, paths: string[]): Promise<void>;
	/** Saves what the tab shows as a PNG file (kept for a failed test). */
	screenshot(path: string): Promise<void>;
	/**
	 * The errors the page's scripts reported since the last call: uncaught errors, unhandled
	 * rejections and `console.error`. A page's list is read before the test leaves it; what fails
	 * while it is being left (loads the browser aborts) is not an error of the app.
	 */
	takeErrors(): Promise<string[]>;
	close(): Promise<void>;
}

export type EngineName = 'firefox' | 'webkit';

export interface EngineSession {
	readonly name: EngineName;
	/** The tab the session opened with. */
	readonly tab: Tab;
	newTab(): Promise<Tab>;
	close(): Promise<void>;
}
