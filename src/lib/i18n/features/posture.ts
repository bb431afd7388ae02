import { defineMessages } from '../define';

// The posture meter and the per-category chart (src/lib/ui/Posture*.svelte).
export const posture = defineMessages({
	ja: {
		'posture.title': '対策の進み具合',
		'posture.mustShare': '必須の対策のうち、済んだ割合',
		'posture.count': '{total} 項目中 {done} 項目',
		'posture.level.must-open': 'まだ済んでいない必須の対策があります',
		'posture.level.must-done': '必須の対策は、すべて済んでいます',
		'posture.level.strong': '必須はすべて、推奨もほとんど済んでいます',
		'posture.should': '推奨の対策：{percent}%（{total} 項目中 {done} 項目）',
		'posture.shouldNone': '推奨の対策：数える項目はありません',
		'posture.recheck': '見直しが必要な項目：{count}',
		'posture.waived': '例外にしている項目：{count}',
		'posture.chartTitle': 'カテゴリーごとの、済んだ割合',
		'posture.chartDesc': '横棒グラフです。同じ数字を表でも示しています。',
		'posture.category': 'カテゴリー',
		'posture.done': '済んだ項目',
		'posture.counted': '数える項目',
		'posture.percent': '割合',
		'posture.notCounted': '該当なし',
		'posture.legendDone': '済んだ',
		'posture.legendOpen': 'まだ'
	},
	en: {
		'posture.title': 'How far along you are',
		'posture.mustShare': 'of the must-do items are done',
		'posture.count': '{done} of {total|# item|# items}',
		'posture.level.must-open': 'Some must-do items are not done yet',
		'posture.level.must-done': 'All must-do items are done',
		'posture.level.strong': 'All must-do items and most should-do items are done',
		'posture.should': 'Should-do items: {percent}% done ({done} of {total})',
		'posture.shouldNone': 'Should-do items: none to count',
		'posture.recheck': 'Items to check again: {count}',
		'posture.waived': 'Items with an exception: {count}',
		'posture.chartTitle': 'Done by category',
		'posture.chartDesc': 'A bar chart. The same numbers are also given in a table.',
		'posture.category': 'Category',
		'posture.done': 'Done',
		'posture.counted': 'Items counted',
		'posture.percent': 'Share',
		'posture.notCounted': 'n/a',
		'posture.legendDone': 'Done',
		'posture.legendOpen': 'Not yet'
	}
});
