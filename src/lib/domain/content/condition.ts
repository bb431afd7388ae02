import { z } from '../shared/zod.ts';
import {
	DEVICE_TYPES,
	FACTS,
	METHODS,
	NETWORKS,
	OPERATING_SYSTEMS,
	ORG_FACTS,
	ORG_SIZES,
	OWNERSHIPS,
	PLACES
} from './vocabulary.ts';

function anyOf<T extends readonly [string, ...string[]]>(values: T) {
	return z
		.array(z.enum(values))
		.min(1, 'must list at least one value')
		.refine((list) => new Set(list).size === list.length, {
			message: 'must not repeat a value',
			params: { expect: 'unique' }
		});
}

/**
 * A condition over the context. Within one axis the values are alternatives (any of them);
 * across axes every listed axis must match. `facts` matches when any listed fact is true.
 * Example: `{ networks: [public-wifi, shared-wifi], deviceType: [pc] }` is
 * "on a PC, and on public or shared Wi-Fi". An axis the context does not have never matches.
 */
export const conditionSchema = z
	.strictObject({
		ownership: anyOf(OWNERSHIPS).optional(),
		deviceType: anyOf(DEVICE_TYPES).optional(),
		os: anyOf(OPERATING_SYSTEMS).optional(),
		networks: anyOf(NETWORKS).optional(),
		places: anyOf(PLACES).optional(),
		methods: anyOf(METHODS).optional(),
		facts: anyOf(FACTS).optional(),
		/** The organisation's profile: only the admin's and owner's lists have one. */
		orgSize: anyOf(ORG_SIZES).optional(),
		orgFacts: anyOf(ORG_FACTS).optional()
	})
	.refine((c) => Object.keys(c).length > 0, {
		message: 'must name at least one context axis',
		params: { expect: 'condition-axis' }
	});
export type Condition = z.infer<typeof conditionSchema>;
export type ConditionAxis = keyof Condition;
