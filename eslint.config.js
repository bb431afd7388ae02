import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// zod reads its CSP setting when a schema is defined: src/lib/domain/shared/zod.ts sets it first.
const ZOD_ONLY_THROUGH_DOMAIN = {
	name: 'zod',
	message: 'Import z from src/lib/domain/shared/zod.ts, which configures zod for the CSP.'
};

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'test-results/',
			'playwright-report/',
			'bench-results/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: [
						'src/service-worker.ts',
						'playwright.config.ts',
						'vitest.engines.config.ts'
					]
				},
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	{
		rules: {
			'svelte/no-at-html-tags': 'error',
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'idb', message: 'Only src/lib/storage may import idb.' },
						ZOD_ONLY_THROUGH_DOMAIN
					]
				}
			]
		}
	},
	{
		files: ['src/lib/storage/**', 'tests/unit/storage/**'],
		rules: { 'no-restricted-imports': ['error', { paths: [ZOD_ONLY_THROUGH_DOMAIN] }] }
	},
	{
		// The domain is pure: no DOM, no storage, no UI.
		files: ['src/lib/domain/**'],
		languageOptions: { globals: {} },
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						'idb',
						'svelte',
						'$app/environment',
						'$app/navigation',
						'$app/state',
						ZOD_ONLY_THROUGH_DOMAIN
					],
					patterns: [
						'$lib/storage/*',
						'$lib/app/*',
						'$lib/ui/*',
						'$lib/state/*',
						'$lib/pwa/*',
						'node:*'
					]
				}
			],
			'no-restricted-globals': [
				'error',
				'window',
				'document',
				'navigator',
				'indexedDB',
				'caches',
				'localStorage'
			]
		}
	},
	{
		files: ['src/**'],
		ignores: ['src/service-worker.ts'],
		rules: { 'no-restricted-globals': ['error', 'caches'] }
	},
	{
		files: ['src/lib/domain/shared/zod.ts'],
		rules: { 'no-restricted-imports': 'off' }
	}
);
