/**
 * `part` of `whole` in percent, floored to one decimal so that 100 means all (the integers are
 * multiplied first: 29 of 100 is 29, not 28.9). `empty` when there is no whole.
 */
export function percentOf(part: number, whole: number, empty = 0): number {
	return whole === 0 ? empty : Math.floor((part * 1000) / whole) / 10;
}
