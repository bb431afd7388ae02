import { defineMessages } from '../define';

// The policy editor's page (/org/edit) around its form: the form's own words (pack-editor.ts)
// load with the form.
export const packEditorCover = defineMessages({
	ja: {
		'edit.title': 'ポリシーを編集する',
		'edit.lead':
			'組織の名前、相談窓口、項目の扱い、独自の項目、点検の見直しの間隔、社員から集める項目を決めます。保存すると下書きになり、「組織のポリシー」で公開すると社員に届きます。'
	},
	en: {
		'edit.title': 'Edit the policy',
		'edit.lead':
			"Set your organisation's name, its help desks, how items count, your own items, how often staff re-check, and what their summaries carry. Saving keeps a draft; publishing it on the Organisation policy page sends it to staff."
	}
});
