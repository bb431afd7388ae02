/**
 * `compute` remembered by its argument, for hot paths that ask for the same few values again and
 * again. Bounded: once `max` values are kept it starts over, as the arguments may come from files.
 */
export function boundedMemo<K, V>(compute: (key: K) => V, max: number): (key: K) => V {
	const kept = new Map<K, V>();
	return (key) => {
		if (kept.has(key)) return kept.get(key) as V;
		if (kept.size >= max) kept.clear();
		const value = compute(key);
		kept.set(key, value);
		return value;
	};
}
