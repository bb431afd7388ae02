// The content compiled from checklists/ at build time by src/lib/node/vite-plugin-content.ts.
declare module 'virtual:checklist-content' {
	export const content: import('$lib/domain/content/compile').ChecklistContent;
	export default content;
}

// The same content in parts: the shape without text, and each language's text on its own
// (src/lib/domain/content/by-language.ts).
declare module 'virtual:checklist-shape' {
	export const shape: unknown;
	export default shape;
}

declare module 'virtual:checklist-text-ja' {
	export const text: string[];
	export default text;
}

declare module 'virtual:checklist-text-en' {
	export const text: string[];
	export default text;
}

declare module 'virtual:checklist-version' {
	export const contentVersion: string;
}

declare module 'virtual:meeting-content' {
	export const meetings: import('$lib/domain/content/compile').Content['meetings'];
	export default meetings;
}

declare module 'virtual:meeting-check-content' {
	export const meetingCheck: import('$lib/load-meeting-check').MeetingCheckContent;
	export default meetingCheck;
}

// The same in parts: the shape without text, and each language's text on its own.
declare module 'virtual:meeting-check-shape' {
	export const shape: unknown;
	export default shape;
}

declare module 'virtual:meeting-check-text-ja' {
	export const text: string[];
	export default text;
}

declare module 'virtual:meeting-check-text-en' {
	export const text: string[];
	export default text;
}

declare module 'virtual:meeting-setting-owners' {
	export const settingOwners: import('$lib/domain/meetings/setting-owners').SettingOwners;
	export default settingOwners;
}

declare module 'virtual:crosswalks' {
	export const crosswalks: import('$lib/domain/content/crosswalk-schema').Crosswalks;
	export default crosswalks;
}
