/**
 * One feature's UI text in both languages, side by side. The English object must have exactly
 * the Japanese keys (the type says so; a unit test checks the merged catalogue too).
 */
export function defineMessages<const K extends string>(messages: {
	ja: Record<K, string>;
	en: Record<NoInfer<K>, string>;
}) {
	return messages;
}
