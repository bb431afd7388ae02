/** The paper copy of the admin's keys (printed from /summaries), in Japanese. */
export default {
	'paper.title': '暗号化された状況ファイルを開く鍵（紙の控え）',
	'paper.current': 'いま使っている鍵',
	'paper.older': '古い鍵（この鍵あてのファイルを開くために残しているもの）',
	'paper.added': 'この端末で作った（読み込んだ）日',
	'paper.printed': '印刷した日',
	'paper.public': '公開鍵（ポリシーに入れるもの。秘密ではありません）',
	'paper.secret': '秘密鍵',
	'paper.qr': '秘密鍵のQRコード',
	'paper.gaps':
		'区切りの空白は読みやすくするためのものです。入力するときは空白を入れずに1行で続けてください。「0」はすべて数字のゼロです（英字のOやIは使われていません）。',
	'paper.warnTitle': 'この紙の扱い',
	'paper.warnRead':
		'この紙を手にした人はだれでも、この鍵あてに暗号化された状況ファイルをすべて読めます。',
	'paper.warnLock':
		'金庫や鍵のかかる引き出しにしまってください。写真に撮ったり、共有フォルダーに入れたり、メールで送ったりしないでください。',
	'paper.warnDispose':
		'捨てるのは、この鍵あてのファイルがもう要らないと確かめてから、シュレッダーにかけてください。',
	'paper.restoreTitle': '鍵を使えるように戻すには',
	'paper.restoreFile':
		'信頼できるパソコンで、QRコードを読み取るか秘密鍵を打ち込んで、テキストファイル（例: key.txt）に保存します。',
	'paper.restoreApp':
		'{app}の「{page}」ページで、「{input}」からそのファイルを選びます。読み込んだら、テキストファイルは消してください。',
	'paper.restoreAge': 'コマンドラインの age でも開けます:'
};
