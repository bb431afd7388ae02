/** Records checked between two breaks: a few milliseconds of work each time. */
const SLICE = 200;

/**
 * `fn` over every item, pausing between slices so that checking thousands of records never
 * holds the page's thread for long (a click or a key still answers at once).
 */
export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T) => R): Promise<R[]> {
	const out: R[] = [];
	for (let start = 0; start < items.length; start += SLICE) {
		if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
		for (const item of items.slice(start, start + SLICE)) out.push(fn(item));
	}
	return out;
}
