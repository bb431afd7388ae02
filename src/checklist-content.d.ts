// The content compiled from checklists/ at build time by src/lib/node/vite-plugin-content.ts.
declare module 'virtual:checklist-content' {
	export const content: import('$lib/domain/content/compile').ChecklistContent;
	export default content;
}

declare module 'virtual:checklist-version' {
	export const contentVersion: string;
}

declare module 'virtual:meeting-check-content' {
	export const meetingCheck: import('$lib/load-meeting-check').MeetingCheckContent;
	export default meetingCheck;
}

declare module 'virtual:meeting-setting-owners' {
	export const settingOwners: import('$lib/domain/meetings/setting-owners').SettingOwners;
	export default settingOwners;
}

declare module 'virtual:crosswalks' {
	export const crosswalks: import('$lib/domain/content/crosswalk-schema').Crosswalks;
	export default crosswalks;
}

// Content in parts (src/lib/domain/content/by-language.ts): `virtual:<name>-shape` is the shape
// without text, `virtual:<name>-text-<lang>` one language's text (checklist, meeting-check,
// meetings, crosswalks).
declare module 'virtual:*-shape' {
	export const shape: unknown;
	export default shape;
}

declare module 'virtual:*-text-ja' {
	export const text: string[];
	export default text;
}

declare module 'virtual:*-text-en' {
	export const text: string[];
	export default text;
}
