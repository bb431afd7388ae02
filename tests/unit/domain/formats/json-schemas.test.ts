import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, renderJsonSchema } from '$lib/domain/formats/json-schemas';

describe('published JSON Schemas', () => {
	it.each(Object.entries(jsonSchemas))(
		'static/schemas/%s matches its zod schema',
		(name, schema) => {
			// If this fails after a schema change, run `npm run schemas` and commit the result.
			expect(readFileSync(`static/schemas/${name}`, 'utf8')).toBe(renderJsonSchema(name, schema));
		}
	);

	it('publishes nothing that no zod schema generates', () => {
		expect(readdirSync('static/schemas').sort()).toEqual(Object.keys(jsonSchemas).sort());
	});

	it('rejects unknown keys, as the zod schemas do', () => {
		const items = JSON.parse(readFileSync('static/schemas/checklist-items.schema.json', 'utf8'));
		expect(items.additionalProperties).toBe(false);
		expect(items.properties.items.items.additionalProperties).toBe(false);
	});

	it('every content file points editors at its schema', () => {
		const files = readdirSync('checklists', { recursive: true }) as string[];
		for (const file of files.filter((f) => f.endsWith('.yaml'))) {
			const first = readFileSync(`checklists/${file}`, 'utf8').split('\n')[0];
			expect(first, file).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+static\/schemas\//);
		}
	});
});
