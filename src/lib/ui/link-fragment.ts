/**
 * Hands the data of a link's fragment (`#pack=…`) to `take`, when the page opens with it and
 * when a link is opened while the page is already showing (only the fragment changes then).
 * The data is read once: it must not linger in the address bar or the history.
 * Returns the clean-up for `onMount`.
 */
export function takeLinkData(prefix: string, take: (data: string) => void): () => void {
	function check(): void {
		if (!location.hash.startsWith(prefix)) return;
		const data = location.hash.slice(prefix.length);
		history.replaceState(history.state, '', location.pathname + location.search);
		take(data);
	}
	check();
	window.addEventListener('hashchange', check);
	return () => window.removeEventListener('hashchange', check);
}
