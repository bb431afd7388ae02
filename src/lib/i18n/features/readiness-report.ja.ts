/**
 * The readiness page's results and the basic policy draft: they load with the count, in Japanese.
 */
export default {
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
};
