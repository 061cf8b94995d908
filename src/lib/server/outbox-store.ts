/**
 * The outbox: every mail the server sends is first a row here, written in the same transaction as
 * what it is about (a submission, a sign-up, an account change), then sent by ./outbox.ts. The
 * features queue their mail through `insertMail`; delivery claims, marks and counts it here.
 */
import {
	dateColumn,
	jsonColumn,
	textColumn,
	type Driver,
	type Queryable,
	type Row,
} from './sql.ts';

/** "newsletter": the newsletter's own mail (confirmation links, src/lib/newsletter/). */
export type MailKind =
	| 'office'
	| 'acknowledgement'
	| 'digest'
	| 'newsletter'
	/** The answer written in the back office, to the visitor. */
	| 'reply'
	/** An item forwarded from the back office. */
	| 'forward'
	/** A staff account's invitation or password reset link (src/lib/staff/accounts.ts). */
	| 'account'
	/** The office's daily reminder of complaints due within a day and overdue. */
	| 'reminder';

export interface NewMail {
	kind: MailKind;
	/** One address, or several separated by commas. */
	to: string;
	subject: string;
	text: string;
	/** Extra headers, e.g. List-Unsubscribe on the newsletter's mail (RFC 2369, RFC 8058). */
	headers?: Record<string, string> | undefined;
}

export interface OutboxMail extends NewMail {
	id: number;
	submissionId?: number | undefined;
	createdAt: Date;
	attempts: number;
	nextAttemptAt: Date;
	lastError?: string | undefined;
	sentAt?: Date | undefined;
}

export interface MailCounts {
	/** Waiting to be sent (never tried, or to be tried again). */
	pending: number;
	/** Of those, the ones whose last try failed. */
	failing: number;
	sent: number;
}

/** What a queued mail is about: a submission, a newsletter subscriber, or neither. */
export interface MailLinks {
	submissionId?: number | undefined;
	subscriberId?: number | undefined;
}

const INSERT_MAIL = `
INSERT INTO outbox (submission_id, subscriber_id, kind, recipient, subject, body, headers, created_at,
	next_attempt_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`;

/** Queues `mail`, due at once, on `db` (a transaction, to go with what it is about). */
export async function insertMail(
	db: Queryable,
	mail: NewMail,
	at: Date,
	links: MailLinks = {},
): Promise<void> {
	await db.query(INSERT_MAIL, [
		links.submissionId ?? null,
		links.subscriberId ?? null,
		mail.kind,
		mail.to,
		mail.subject,
		mail.text,
		mail.headers ? JSON.stringify(mail.headers) : null,
		at,
	]);
}

function toMail(row: Row): OutboxMail {
	return {
		id: Number(row['id']),
		submissionId: row['submission_id'] === null ? undefined : Number(row['submission_id']),
		kind: row['kind'] as OutboxMail['kind'],
		to: String(row['recipient']),
		subject: String(row['subject']),
		text: String(row['body']),
		headers:
			row['headers'] === null || row['headers'] === undefined
				? undefined
				: (jsonColumn(row['headers']) as Record<string, string>),
		createdAt: dateColumn(row['created_at']) ?? new Date(0),
		attempts: Number(row['attempts']),
		nextAttemptAt: dateColumn(row['next_attempt_at']) ?? new Date(0),
		lastError: textColumn(row['last_error']),
		sentAt: dateColumn(row['sent_at']),
	};
}

export class OutboxStore {
	readonly #driver: Driver;

	constructor(driver: Driver) {
		this.#driver = driver;
	}

	/** Queues a mail about no one submission (the daily reminder). */
	queueMail(mail: NewMail, at: Date): Promise<void> {
		return insertMail(this.#driver, mail, at);
	}

	/**
	 * Takes up to `limit` mails due at `now` and not sent, and holds them until `leaseUntil` so
	 * that another instance does not send them too.
	 */
	async claimMail(now: Date, leaseUntil: Date, limit: number): Promise<OutboxMail[]> {
		const lock = this.#driver.dialect === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : '';
		return this.#driver.transaction(async (tx) => {
			const rows = await tx.query(
				`SELECT * FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $1
				ORDER BY next_attempt_at, id LIMIT ${Math.max(1, Math.floor(limit))} ${lock}`,
				[now],
			);
			for (const row of rows)
				await tx.query('UPDATE outbox SET next_attempt_at = $2 WHERE id = $1', [
					Number(row['id']),
					leaseUntil,
				]);
			return rows.map(toMail);
		});
	}

	async markMailSent(id: number, at: Date): Promise<void> {
		await this.#driver.query(
			'UPDATE outbox SET sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1',
			[id, at],
		);
	}

	async markMailFailed(id: number, error: string, nextAttemptAt: Date): Promise<void> {
		await this.#driver.query(
			`UPDATE outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3
			WHERE id = $1`,
			[id, error.slice(0, 1000), nextAttemptAt],
		);
	}

	async mailCounts(): Promise<MailCounts> {
		const [row] = await this.#driver.query(
			`SELECT
				SUM(CASE WHEN sent_at IS NULL THEN 1 ELSE 0 END) AS pending,
				SUM(CASE WHEN sent_at IS NULL AND last_error IS NOT NULL THEN 1 ELSE 0 END) AS failing,
				SUM(CASE WHEN sent_at IS NOT NULL THEN 1 ELSE 0 END) AS sent
			FROM outbox`,
		);
		return {
			pending: Number(row?.['pending'] ?? 0),
			failing: Number(row?.['failing'] ?? 0),
			sent: Number(row?.['sent'] ?? 0),
		};
	}

	async listMail(): Promise<OutboxMail[]> {
		return (await this.#driver.query('SELECT * FROM outbox ORDER BY id')).map(toMail);
	}
}
