import { readFileSync } from 'node:fs';

/** A key file `age-keygen` wrote (tests/fixtures/age/): its identity line and the public key it printed. */
export function ageKey(name: string): { path: string; identity: string; recipient: string } {
	const path = `tests/fixtures/age/${name}`;
	const text = readFileSync(path, 'utf8');
	return {
		path,
		identity: /^AGE-SECRET-KEY-1\S+$/m.exec(text)![0],
		recipient: /^# public key: (age1\S+)$/m.exec(text)![1]!
	};
}
