import { describe, expect, test } from 'vitest';
import { isAppError, isAppRejection } from '$lib/state/unexpected-error.svelte';

const ORIGIN = 'https://telework.example';
const boom = new Error('boom');

describe('isAppError', () => {
	test('an error in the app’s own script counts', () => {
		const event = { message: 'Uncaught Error: boom', filename: `${ORIGIN}/_app/x.js`, error: boom };
		expect(isAppError(event, ORIGIN)).toBe(true);
	});

	test('an error with no file but an error object (inline, evaluated code) counts', () => {
		expect(isAppError({ message: 'Uncaught Error: boom', filename: '', error: boom }, ORIGIN)).toBe(
			true
		);
	});

	test('ResizeObserver notices are not errors', () => {
		for (const message of [
			'ResizeObserver loop completed with undelivered notifications.',
			'ResizeObserver loop limit exceeded'
		]) {
			expect(isAppError({ message, filename: '', error: null }, ORIGIN), message).toBe(false);
			expect(isAppError({ message, filename: `${ORIGIN}/`, error: null }, ORIGIN)).toBe(false);
		}
	});

	test('extensions, other origins and hidden cross-origin errors do not count', () => {
		for (const filename of [
			'chrome-extension://abcdef/content.js',
			'moz-extension://1234/inject.js',
			'https://cdn.example.com/x.js'
		]) {
			expect(isAppError({ message: 'x', filename, error: boom }, ORIGIN), filename).toBe(false);
		}
		expect(isAppError({ message: 'Script error.', filename: '', error: null }, ORIGIN)).toBe(false);
	});
});

describe('isAppRejection', () => {
	test('the app’s rejections count, whatever their reason', () => {
		expect(isAppRejection(boom)).toBe(true);
		expect(isAppRejection('a string')).toBe(true);
		expect(isAppRejection(undefined)).toBe(true);
	});

	test('a rejection raised in an extension does not count', () => {
		const error = new Error('x');
		error.stack = `Error: x\n    at f (chrome-extension://abc/bg.js:1:2)\n    at g (${ORIGIN}/_app/a.js:3:4)`;
		expect(isAppRejection(error)).toBe(false);
		error.stack = `g@${ORIGIN}/_app/a.js:3:4\nf@moz-extension://abc/bg.js:1:2`;
		expect(isAppRejection(error)).toBe(true);
	});
});
