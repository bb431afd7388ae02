import type { TeleworkContext } from './context.ts';
import {
	FACTS,
	METHODS,
	NETWORKS,
	OS_BY_DEVICE_TYPE,
	OWNERSHIPS,
	PLACES,
	type DeviceType,
	type Method,
	type OperatingSystem,
	type Role
} from '../content/vocabulary.ts';

/**
 * Every context with one value per axis (a single network, place and method, or no known
 * method), each fact on and off, and only device/OS pairs that exist. Used to check that
 * every situation gets a MUST list a person can act on.
 */
export function* singleValueContexts(role: Role = 'employee'): Generator<TeleworkContext> {
	const devices = Object.entries(OS_BY_DEVICE_TYPE) as [DeviceType, readonly OperatingSystem[]][];
	const methods: Method[][] = [[], ...METHODS.map((m) => [m])];
	for (const ownership of OWNERSHIPS)
		for (const [deviceType, systems] of devices)
			for (const os of systems)
				for (const network of NETWORKS)
					for (const place of PLACES)
						for (const method of methods)
							for (let bits = 0; bits < 1 << FACTS.length; bits++) {
								const facts = Object.fromEntries(
									FACTS.map((fact, i) => [fact, (bits & (1 << i)) !== 0])
								) as TeleworkContext['facts'];
								yield {
									role,
									ownership,
									deviceType,
									os,
									networks: [network],
									places: [place],
									methods: method,
									meetingApps: [],
									facts
								};
							}
}
