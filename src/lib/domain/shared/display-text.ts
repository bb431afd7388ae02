/**
 * Text from outside the app (a file's name, a key in it, an organisation's item title) made safe
 * to show or to write into an export: nothing in it can hide, reorder or mark up what follows.
 */

// C0/C1 control characters and bidi embeddings, overrides and isolates (Trojan Source).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** Every control and bidi character as U+FFFD: visible, and it reorders nothing. */
export function withoutUnsafeChars(text: string): string {
	return text.replace(UNSAFE_CHARS, '\ufffd');
}

/** A name as it may be shown: printable, and short enough for one line. */
export function displayName(name: string, fallback = ''): string {
	const clean = withoutUnsafeChars(name).trim() || fallback;
	return clean.length > 100 ? `${clean.slice(0, 60)}…${clean.slice(-30)}` : clean;
}

// Line breaks, which would start a line of the file's own structure (a heading, a list entry).
const LINE_BREAKS = /[\t\n\v\f\r\u2028\u2029]+/gu;

// What Markdown and HTML viewers turn into a link, an image or a tag: `[x](javascript:…)`,
// `![x](…)`, `<a href=…>`, `<javascript:…>`. Their full-width forms read the same and do nothing.
const MARKUP = /[<>[\]]/gu;
const INERT: Readonly<Record<string, string>> = { '<': '＜', '>': '＞', '[': '［', ']': '］' };

/**
 * Text for one line of a plain-text export: one line, no control or bidi character, no link,
 * image or tag in any viewer that renders Markdown or HTML. Letters and punctuation otherwise stay
 * as written (`Win32_BIOS` keeps its underscore: emphasis marks neither link nor run anything).
 */
export function inertLine(text: string): string {
	return withoutUnsafeChars(text.replace(LINE_BREAKS, ' ')).replace(MARKUP, (c) => INERT[c] ?? c);
}
