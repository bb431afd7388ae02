import { z } from '../shared/zod.ts';
import { kebabId } from '../content/text.ts';
import {
	DEVICE_TYPES,
	FACTS,
	METHODS,
	NETWORKS,
	OPERATING_SYSTEMS,
	OS_BY_DEVICE_TYPE,
	OWNERSHIPS,
	PLACES,
	ROLES,
	type DeviceType,
	type Fact,
	type Method,
	type Network,
	type OperatingSystem,
	type OrgFact,
	type OrgSize,
	type Ownership,
	type Place,
	type Role
} from '../content/vocabulary.ts';

function uniqueSet<T extends readonly [string, ...string[]]>(values: T, min: number) {
	return z
		.array(z.enum(values))
		.min(min, min === 1 ? 'choose at least one' : `choose at least ${min}`)
		.max(values.length)
		.refine((list) => new Set(list).size === list.length, {
			message: 'must not repeat a value',
			params: { expect: 'unique' }
		});
}

/**
 * A person's telework situation on one device: what decides which items apply and how
 * urgent they are. Networks, places and methods are sets (several can be true at once);
 * an empty `methods` list means "I don't know how I reach work".
 */
export const contextSchema = z
	.strictObject({
		role: z.enum(ROLES),
		ownership: z.enum(OWNERSHIPS),
		deviceType: z.enum(DEVICE_TYPES),
		os: z.enum(OPERATING_SYSTEMS),
		networks: uniqueSet(NETWORKS, 1),
		places: uniqueSet(PLACES, 1),
		methods: uniqueSet(METHODS, 0),
		/** Ids of the meeting apps used (the catalogue lives with the meeting content). */
		meetingApps: z.array(kebabId()).max(30),
		facts: z.strictObject(
			Object.fromEntries(FACTS.map((fact) => [fact, z.boolean()])) as Record<
				(typeof FACTS)[number],
				z.ZodBoolean
			>
		)
	})
	.refine((c) => OS_BY_DEVICE_TYPE[c.deviceType].includes(c.os), {
		message: 'this operating system does not run on this type of device',
		path: ['os'],
		params: { expect: 'os-device' }
	});
export type TeleworkContext = z.infer<typeof contextSchema>;

/**
 * What the rule engine reads: a person's device context, or an organisation's profile for the
 * admin's and owner's lists. An axis that is absent never matches a condition.
 */
export interface RuleContext {
	role: Role;
	ownership?: Ownership;
	deviceType?: DeviceType;
	os?: OperatingSystem;
	networks?: readonly Network[];
	places?: readonly Place[];
	methods: readonly Method[];
	facts?: Partial<Record<Fact, boolean>>;
	org?: { size: OrgSize; facts: Record<OrgFact, boolean> };
}
