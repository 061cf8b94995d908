/**
 * The function's settings: defaults when nothing is set, and a message naming the variable for
 * each wrong one (the server stops at start-up with it).
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../../src/lib/server/config';
import { checkFormToken, issueFormToken } from '../../../../src/lib/server/token';

describe('resolveConfig', () => {
	it('runs with no settings at all: SQLite, mail kept in the outbox', () => {
		expect(resolveConfig({})).toEqual({
			sqlitePath: 'data/feedback.sqlite',
			suggestionsMail: 'immediate',
			digestHour: 8,
			retentionMonths: 24,
			complaintDueDays: 3,
			minFillSeconds: 3,
			rateLimit: 10,
			rateWindowMinutes: 10,
			outboxIntervalSeconds: 60,
		});
	});

	it('reads SMTP settings and numbers given as text or as numbers', () => {
		const config = resolveConfig({
			SMTP_HOST: 'smtp.example.org',
			SMTP_PORT: 465,
			SMTP_SECURE: 'true',
			SMTP_USER: 'office',
			SMTP_PASSWORD: 'secret',
			SMTP_FROM: 'Office <office@example.org>',
			OFFICE_NOTIFY_EMAIL: 'a@example.org, b@example.org',
			FEEDBACK_RETENTION_MONTHS: '36',
		});
		expect(config.smtp).toEqual({
			host: 'smtp.example.org',
			port: 465,
			secure: true,
			user: 'office',
			password: 'secret',
			from: 'Office <office@example.org>',
		});
		expect(config.retentionMonths).toBe(36);
	});

	it.each([
		[{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
		[{ FEEDBACK_SECRET: 'short' }, /FEEDBACK_SECRET.*32/],
		[{ SMTP_HOST: 'smtp.example.org', OFFICE_NOTIFY_EMAIL: 'a@example.org' }, /SMTP_FROM/],
		[
			{ SMTP_HOST: 'smtp.example.org', SMTP_FROM: 'a@example.org' },
			/OFFICE_NOTIFY_EMAIL is required/,
		],
		[
			{
				SMTP_HOST: 'h',
				SMTP_FROM: 'a@example.org',
				OFFICE_NOTIFY_EMAIL: 'a@example.org',
				SMTP_USER: 'u',
			},
			/SMTP_USER and SMTP_PASSWORD/,
		],
		[{ OFFICE_NOTIFY_EMAIL: 'not an address' }, /OFFICE_NOTIFY_EMAIL/],
		[{ FEEDBACK_SUGGESTIONS_MAIL: 'weekly' }, /FEEDBACK_SUGGESTIONS_MAIL/],
		[{ FEEDBACK_DIGEST_HOUR: '25' }, /FEEDBACK_DIGEST_HOUR="25" must be a number from 0 to 23/],
		[{ FEEDBACK_RATE_LIMIT: 'lots' }, /FEEDBACK_RATE_LIMIT/],
		[{ FEEDBACK_RETENTION_MONTHS: '0' }, /FEEDBACK_RETENTION_MONTHS/],
	])('refuses %j, naming the variable', (env, message) => {
		expect(() => resolveConfig(env)).toThrow(message);
	});
});

describe('form token', () => {
	const secret = 'a-secret-that-is-long-enough-for-the-tests';
	const shown = new Date('2026-07-15T10:00:00Z');
	const at = (seconds: number) => new Date(shown.getTime() + seconds * 1000);

	it('is accepted once the minimum fill time has passed', () => {
		const token = issueFormToken(secret, shown);
		expect(checkFormToken(secret, token, at(2), 3)).toEqual({ ok: false, reason: 'too-fast' });
		expect(checkFormToken(secret, token, at(3), 3)).toEqual({ ok: true, issuedAt: shown });
	});

	it('is refused when signed with another secret, altered, or too old', () => {
		const token = issueFormToken(secret, shown);
		expect(checkFormToken('another-secret-that-is-long-enough', token, at(10), 3).ok).toBe(false);
		const [stamp] = token.split('.');
		const earlier = `${(shown.getTime() - 60_000).toString(36)}.${token.split('.')[1]}`;
		expect(stamp).toBeTruthy();
		expect(checkFormToken(secret, earlier, at(10), 3)).toEqual({ ok: false, reason: 'invalid' });
		expect(checkFormToken(secret, token, at(31 * 24 * 3600), 3)).toEqual({
			ok: false,
			reason: 'expired',
		});
	});
});
