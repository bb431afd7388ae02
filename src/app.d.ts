// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

declare module 'virtual:checklist-content' {
	import type { Content } from '$lib/domain/content/compile';
	export const content: Content;
	export default content;
}

export {};
