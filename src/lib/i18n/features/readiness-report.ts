import { defineMessages } from '../define';

/** The readiness page's results and the basic policy draft: they load with the count. */
export const readinessReport = defineMessages({
	ja: {
		'ready.oneStar': '★ 一つ星: 情報セキュリティ5か条',
		'ready.oneStarLead':
			'5つの基本の対策が、社員の端末でできているかです。点検結果が届いた端末と、この端末で点検した端末、合わせて{devices}台で数えています。',
		'ready.noDevices':
			'まだ端末の点検結果がありません。社員に点検してもらい、「点検結果の取り込み」で取り込んでください。',
		'ready.measure': '対策',
		'ready.inPlace': 'できている',
		'ready.missing': '足りない',
		'ready.unknownDevices': 'わからない',
		'ready.devicesCount': '{count}台',
		'ready.twoStars': '★★ 二つ星: 自社診断（25項目）と基本方針',
		'ready.twoStarsLead':
			'IPA の自社診断と同じ点数のつけ方です（できている 4点、一部 2点、できていない 0点、わからない −1点。100点満点）。アプリの項目で答えられるものは答えから数え、それ以外はここで答えてください。',
		'ready.total': '合計 {total}点 / 100点',
		'ready.unknownTopics':
			'「わからない」が{count}項目あります。それぞれ、誰に聞けばわかるか確かめてください。',
		'ready.part.1': 'パート1 基本の対策（1〜5）',
		'ready.part.2': 'パート2 社員としての対策（6〜18）',
		'ready.part.3': 'パート3 組織としての対策（19〜25）',
		'ready.points': '点',
		'ready.fromItems':
			'アプリの答えから: できている{done}件、できていない{notDone}件、わからない{unknown}件',
		'ready.noItemAnswers': 'アプリの該当項目にまだ答えがありません',
		'ready.direct': 'ここで答える',
		'ready.saved': '答えを保存しました。',
		'ready.saveFailed': '答えを保存できませんでした。（{detail}）',
		'ready.policyTitle': '情報セキュリティ基本方針の下書き',
		'ready.policyLead':
			'二つ星では、基本方針を決めて社外に公開します。下の下書きは、組織のポリシーから作ったものです。印刷して、自社に合わせて書き直してから公開してください。',
		'ready.responsible': '責任者の名前（例: 代表取締役 山田太郎）',
		'ready.responsibleSaved': '責任者の名前を保存しました。',
		'ready.printPolicy': '基本方針の下書きを印刷する',
		'ready.noPolicy':
			'組織のポリシーがまだありません。「組織のポリシー」で組織の名前を入れると、下書きに入ります。',
		'ready.micTitle': '総務省 テレワークセキュリティガイドライン（第5版）の分類ごとの状況',
		'ready.micLead':
			'ガイドラインの対策の分類ごとに、アプリの該当項目の答えのうち「対応済み」の割合です（対象外は除きます）。分類とアプリの項目の対応づけは、このアプリによるものです。',
		'ready.micCategory': '分類',
		'ready.micItems': '項目数',
		'ready.micDone': '対応済み',
		'ready.micNone': '答えなし',
		'ready.micPercent': '{percent}%（{answered}件中{done}件）',
		'policy.heading': '情報セキュリティ基本方針',
		'policy.draftMark': '下書き',
		'policy.intro':
			'{org}（以下「当社」）は、お客様や取引先からお預かりした情報と、当社の情報を、事故や攻撃から守ることを大切な務めと考えます。そのため、次の方針で情報セキュリティに取り組みます。',
		'policy.1': '経営者が責任を持って、情報セキュリティに取り組む体制を整えます。',
		'policy.2': '情報を守るための社内のきまりを定め、社員に周知し、守ります。',
		'policy.3': '法令や、お客様・取引先との契約で決められたことを守ります。',
		'policy.4': '社員に、情報セキュリティの教育と注意喚起を続けます。',
		'policy.5': '事故が起きたときは、すぐに対応し、原因を調べて再発を防ぎます。',
		'policy.6': '定期的に点検し、対策を見直して、よりよくしていきます。',
		'policy.adopted': '当社が定めているきまり',
		'policy.recheck': '全員が{days}日ごとにテレワークの点検をし直します。',
		'policy.musts': '{count}件の対策を、全員が必ず行うことにしています。',
		'policy.rules': 'テレワークのきまり（第{version}版）を定め、全員に確認してもらっています。',
		'policy.desks': '困ったときの相談窓口: {desks}',
		'policy.date': '制定日: {date}',
		'policy.signed': '{org}　責任者：{responsible}'
	},
	en: {
		'ready.oneStar': '★ One star: the five basic measures',
		'ready.oneStarLead':
			'Whether the five basic measures are in place on staff devices, counted over {devices|# device|# devices}: the summaries received and the devices checked on this one.',
		'ready.noDevices':
			'No device summaries yet. Ask staff to do their check, then import their summaries.',
		'ready.measure': 'Measure',
		'ready.inPlace': 'In place',
		'ready.missing': 'Missing',
		'ready.unknownDevices': 'Not known',
		'ready.devicesCount': '{count|# device|# devices}',
		'ready.twoStars': '★★ Two stars: the self-diagnosis (25 topics) and a basic policy',
		'ready.twoStarsLead':
			"Scored as IPA's self-diagnosis is (done 4, partly 2, not done 0, don't know −1; 100 at most). Topics the app's items cover are scored from their answers; answer the others here.",
		'ready.total': 'Total {total} of 100',
		'ready.unknownTopics':
			'{count|# topic is|# topics are} "don\u2019t know". For each, find out who would know.',
		'ready.part.1': 'Part 1: basic measures (1–5)',
		'ready.part.2': 'Part 2: measures for staff (6–18)',
		'ready.part.3': 'Part 3: measures for the organisation (19–25)',
		'ready.points': 'Points',
		'ready.fromItems':
			"From the app's answers: {done} done, {notDone} not done, {unknown} don't know",
		'ready.noItemAnswers': "The app's matching items have no answers yet",
		'ready.direct': 'Answer here',
		'ready.saved': 'Answer saved.',
		'ready.saveFailed': 'The answer could not be saved. ({detail})',
		'ready.policyTitle': 'Draft basic information security policy',
		'ready.policyLead':
			'For two stars you set a basic policy and publish it. The draft below is made from your organisation policy: print it, rewrite it to fit your company, then publish it.',
		'ready.responsible': 'Name of the person responsible (e.g. Taro Yamada, CEO)',
		'ready.responsibleSaved': 'Name saved.',
		'ready.printPolicy': 'Print the draft policy',
		'ready.noPolicy':
			'There is no organisation policy yet. Enter your organisation name under Organisation policy and it appears in the draft.',
		'ready.micTitle': "By category of MIC's Telework Security Guideline (5th edition)",
		'ready.micLead':
			"For each of the guideline's categories of measures, the share of answers to the app's matching items that are done (not applicable left out). Which items match which category is this app's own mapping.",
		'ready.micCategory': 'Category',
		'ready.micItems': 'Items',
		'ready.micDone': 'Done',
		'ready.micNone': 'no answers',
		'ready.micPercent': '{percent}% ({done} of {answered})',
		'policy.heading': 'Basic Information Security Policy',
		'policy.draftMark': 'Draft',
		'policy.intro':
			'{org} ("we") holds protecting the information entrusted to us by customers and partners, and our own, from accidents and attacks to be one of our key duties. We therefore work on information security as follows.',
		'policy.1':
			'Management takes responsibility and sets up the organisation to protect information.',
		'policy.2':
			'We set internal rules to protect information, make them known to all staff, and follow them.',
		'policy.3':
			'We comply with the law and with what our contracts with customers and partners require.',
		'policy.4': 'We keep training and reminding our staff about information security.',
		'policy.5':
			'When an incident happens we respond at once, find its cause and prevent it from happening again.',
		'policy.6': 'We check regularly and review our measures to keep improving them.',
		'policy.adopted': 'The rules we have set',
		'policy.recheck': 'Everyone redoes the telework check every {days} days.',
		'policy.musts': '{count|# measure is|# measures are} required of everyone.',
		'policy.rules':
			'We have written telework rules (version {version}), and everyone acknowledges them.',
		'policy.desks': 'Help desks: {desks}',
		'policy.date': 'Adopted on {date}',
		'policy.signed': '{org}. Responsible: {responsible}'
	}
});
