import { error } from '@sveltejs/kit';
import { ROLES, type Role } from '$lib/domain/content/vocabulary';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => ROLES.map((role) => ({ role }));

export const load: PageLoad = ({ params }) => {
	if (!(ROLES as readonly string[]).includes(params.role)) error(404, 'Unknown role');
	return { role: params.role as Role };
};
