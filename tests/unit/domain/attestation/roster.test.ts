import { describe, expect, it } from 'vitest';
import { mailtoHref } from '$lib/domain/attestation/mailto';
import { matchRoster, parseRoster, rosterText } from '$lib/domain/attestation/roster';

describe('the staff list', () => {
	it('reads spreadsheet columns, commas, semicolons and "Name <address>", reporting bad lines', () => {
		const pasted = [
			'山田 太郎\tyamada@example.com',
			'',
			'Suzuki Hanako, suzuki@example.com',
			'佐藤;sato@example.com',
			'Tanaka Ichiro <tanaka@example.com>',
			'高橋',
			'伊藤, ito@',
			'Yamada, Taro'
		].join('\n');
		const { entries, badLines } = parseRoster(pasted);
		expect(entries).toEqual([
			{ name: '山田 太郎', email: 'yamada@example.com' },
			{ name: 'Suzuki Hanako', email: 'suzuki@example.com' },
			{ name: '佐藤', email: 'sato@example.com' },
			{ name: 'Tanaka Ichiro', email: 'tanaka@example.com' },
			{ name: '高橋' },
			{ name: 'Yamada, Taro' }
		]);
		expect(badLines).toEqual([7]);
		expect(parseRoster(rosterText(entries)).entries).toEqual(entries);
	});

	it('matches names whatever their width, case and spacing; the rest have not sent', () => {
		const entries = parseRoster('山田 太郎\tyamada@example.com\nSuzuki Hanako\n高橋').entries;
		const names = new Map([
			['r-1', '山田　太郎'], // a full-width space
			['r-2', 'suzuki hanako'],
			['r-3', '渡辺']
		]);
		const { byRespondent, notSent } = matchRoster(entries, names);
		expect([...byRespondent].map(([id, e]) => [id, e.name])).toEqual([
			['r-1', '山田 太郎'],
			['r-2', 'Suzuki Hanako']
		]);
		expect(notSent).toEqual([{ name: '高橋' }]);
	});
});

describe('a reminder by e-mail', () => {
	it('fills the subject and body, CRLF line breaks, everyone else in Bcc', () => {
		const href = mailtoHref({
			to: 'yamada@example.com',
			subject: '点検のお願い & more',
			body: '山田さん\n期限は 2027-02-22 です。'
		});
		const url = new URL(href);
		expect(url.protocol).toBe('mailto:');
		expect(decodeURIComponent(url.pathname)).toBe('yamada@example.com');
		expect(url.searchParams.get('subject')).toBe('点検のお願い & more');
		expect(url.searchParams.get('body')).toBe('山田さん\r\n期限は 2027-02-22 です。');
		const many = new URL(mailtoHref({ bcc: ['a@x.test', 'b@x.test'], subject: 's', body: 'b' }));
		expect(many.pathname).toBe('');
		expect(many.searchParams.get('bcc')).toBe('a@x.test,b@x.test');
	});
});
