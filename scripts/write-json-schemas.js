// Writes static/schemas/*.json from the zod schemas: `npm run schemas` after changing a format.
import { mkdirSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./src/lib/domain/formats/json-schemas.ts');
mkdirSync('static/schemas', { recursive: true });
for (const [name, schema] of Object.entries(module.jsonSchemas)) {
	writeFileSync(`static/schemas/${name}`, module.renderJsonSchema(name, schema));
	console.log(`static/schemas/${name}`);
}
