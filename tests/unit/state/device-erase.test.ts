import { describe, expect, test, vi } from 'vitest';
import { DeviceErase } from '$lib/state/device-erase.svelte';

function setUp(erase: () => Promise<void> = async () => {}) {
	const eraseSpy = vi.fn(erase);
	const after = vi.fn();
	return { state: new DeviceErase(eraseSpy, after), eraseSpy, after };
}

describe('DeviceErase', () => {
	test('erases only after the second step, then opens the start page', async () => {
		const { state, eraseSpy, after } = setUp();
		await state.confirm();
		expect(eraseSpy).not.toHaveBeenCalled();

		state.ask();
		expect(state.phase).toBe('confirming');
		expect(eraseSpy).not.toHaveBeenCalled();

		await state.confirm();
		expect(eraseSpy).toHaveBeenCalledOnce();
		expect(state.phase).toBe('erased');
		expect(after).toHaveBeenCalledOnce();
	});

	test('cancel erases nothing', async () => {
		const { state, eraseSpy, after } = setUp();
		state.ask();
		state.cancel();
		expect(state.phase).toBe('idle');
		await state.confirm();
		expect(eraseSpy).not.toHaveBeenCalled();
		expect(after).not.toHaveBeenCalled();
	});

	test('a failed erase says so, stays on the page and can be tried again', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const { state, after } = setUp(async () => {
			throw new Error('disk gone');
		});
		state.ask();
		await state.confirm();
		expect(state.phase).toBe('failed');
		expect(after).not.toHaveBeenCalled();
		state.ask();
		expect(state.phase).toBe('confirming');
	});

	test('a second click while erasing does not erase twice', async () => {
		let finish = () => {};
		const { state, eraseSpy } = setUp(() => new Promise<void>((resolve) => (finish = resolve)));
		state.ask();
		const first = state.confirm();
		expect(state.phase).toBe('erasing');
		await state.confirm();
		finish();
		await first;
		expect(eraseSpy).toHaveBeenCalledOnce();
	});
});
