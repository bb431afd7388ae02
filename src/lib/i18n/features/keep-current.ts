import { defineMessages } from '../define';

/** Keeping one's check current: due dates per device, the rules to acknowledge, reminders. */
export const keepCurrent = defineMessages({
	ja: {
		'keep.title': '点検の期限',
		'keep.current': '{date} まで有効',
		'keep.dueSoon': 'もうすぐ期限: {date} までに点検し直して送ってください',
		'keep.expired': '期限切れ（{date} まで）: 点検し直して送ってください',
		'keep.notSent': 'まだ点検結果を送っていません',
		'keep.send': '点検結果を送る',
		'keep.rules': '{org} のテレワークのきまり（第{version}版）を読んで、確認してください。',
		'keep.readRules': 'きまりを読む',
		'keep.calendar': 'カレンダーに期限を入れる',
		'keep.calendarHint':
			'点検の期限、例外の終わる日、全員の点検日を、予定のファイル（.ics）で保存します。Outlook、Google カレンダー、iPhone や Mac のカレンダーで開けます。1週間前にお知らせが出ます。',
		'keep.calendarSaved': '「{file}」を保存しました。開くとカレンダーに入ります。',
		'keep.calendarNone': 'カレンダーに入れる期限は、今はありません。',
		'keep.calendarName': 'テレワークチェック',
		'keep.event.recheck': '点検の期限（{device}）',
		'keep.event.waiver': '例外の期限: {item}（{device}）',
		'keep.event.orgCheck': '全員の点検日（{org}）',
		'keep.event.body':
			'{date} が期限です。テレワークチェックを開いて、答えを見直し、点検結果を送ってください。',
		'keep.event.waiverBody':
			'例外（いまは対応しないと決めたこと）が {date} で終わります。テレワークチェックを開いて、対応するか、もう一度例外にするか決めてください。'
	},
	en: {
		'keep.title': 'When to check again',
		'keep.current': 'Valid until {date}',
		'keep.dueSoon': 'Due soon: check again and send by {date}',
		'keep.expired': 'Expired ({date}): check again and send',
		'keep.notSent': 'No summary sent yet',
		'keep.send': 'Send your summary',
		'keep.rules': 'Please read and acknowledge the telework rules of {org} (version {version}).',
		'keep.readRules': 'Read the rules',
		'keep.calendar': 'Add the dates to my calendar',
		'keep.calendarHint':
			'Saves your re-check dates, the end of each exception and the organisation-wide check date as a calendar file (.ics). It opens in Outlook, Google Calendar and the iPhone or Mac Calendar. Each has a reminder a week before.',
		'keep.calendarSaved': 'Saved "{file}". Open it to add the dates to your calendar.',
		'keep.calendarNone': 'There are no dates to add to a calendar right now.',
		'keep.calendarName': 'Telework Check',
		'keep.event.recheck': 'Telework check due ({device})',
		'keep.event.waiver': 'Exception ends: {item} ({device})',
		'keep.event.orgCheck': 'Organisation-wide check ({org})',
		'keep.event.body':
			'Due on {date}. Open Telework Check, review your answers and send your summary.',
		'keep.event.waiverBody':
			'An exception (something you decided not to do for now) ends on {date}. Open Telework Check and either do it or renew the exception.'
	}
});
