/**
 * A `mailto:` link (RFC 6068) with the subject and body filled in; several addresses go in Bcc
 * so that staff do not see each other's. Without an address the mail program asks for one.
 */
export function mailtoHref(mail: {
	to?: string;
	bcc?: readonly string[];
	subject: string;
	body: string;
}): string {
	const encode = encodeURIComponent;
	const params = [
		...(mail.bcc && mail.bcc.length > 0 ? [`bcc=${mail.bcc.map(encode).join(',')}`] : []),
		`subject=${encode(mail.subject)}`,
		// Line breaks as CRLF, as RFC 6068 asks.
		`body=${encode(mail.body.replace(/\r?\n/g, '\r\n'))}`
	];
	return `mailto:${mail.to ? encode(mail.to) : ''}?${params.join('&')}`;
}
