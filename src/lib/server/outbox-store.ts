/**
 * The outbox: every mail the server sends is first a row here, written in the same transaction as
 * what it is about (a submission, a sign-up, an account change), then sent by ./outbox.ts. The
 * features queue their mail through `insertMail`; delivery claims, marks and counts it here.
 */
import type { Generated, Kysely, Selectable } from 'kysely';
import {
	database,
	fromJson,
	inTransaction,
	optionalDate,
	toDate,
	type NullableJson,
	type NullableTimestamp,
	type Timestamp,
} from './kysely.ts';
import type { Driver } from './sql.ts';
import type { Database } from './tables.ts';

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

export interface OutboxTable {
	id: Generated<number>;
	submission_id: number | null;
	subscriber_id: number | null;
	kind: MailKind;
	recipient: string;
	subject: string;
	body: string;
	headers: NullableJson<Record<string, string>>;
	created_at: Timestamp;
	attempts: Generated<number>;
	next_attempt_at: Timestamp;
	last_error: string | null;
	sent_at: NullableTimestamp;
}

/** Queues `mail`, due at once, on `db` (a transaction, to go with what it is about). */
export async function insertMail(
	db: Kysely<Database>,
	mail: NewMail,
	at: Date,
	links: MailLinks = {},
): Promise<void> {
	await db
		.insertInto('outbox')
		.values({
			submission_id: links.submissionId ?? null,
			subscriber_id: links.subscriberId ?? null,
			kind: mail.kind,
			recipient: mail.to,
			subject: mail.subject,
			body: mail.text,
			headers: mail.headers ?? null,
			created_at: at,
			next_attempt_at: at,
		})
		.execute();
}

function toMail(row: Selectable<OutboxTable>): OutboxMail {
	return {
		id: row.id,
		submissionId: row.submission_id ?? undefined,
		kind: row.kind,
		to: row.recipient,
		subject: row.subject,
		text: row.body,
		headers: row.headers === null ? undefined : fromJson(row.headers),
		createdAt: toDate(row.created_at),
		attempts: row.attempts,
		nextAttemptAt: toDate(row.next_attempt_at),
		lastError: row.last_error ?? undefined,
		sentAt: optionalDate(row.sent_at),
	};
}

export class OutboxStore {
	readonly #driver: Driver;

	constructor(driver: Driver) {
		this.#driver = driver;
	}

	/** Queues a mail about no one submission (the daily reminder). */
	queueMail(mail: NewMail, at: Date): Promise<void> {
		return insertMail(database(this.#driver), mail, at);
	}

	/**
	 * Takes up to `limit` mails due at `now` and not sent, and holds them until `leaseUntil` so
	 * that another instance does not send them too.
	 */
	async claimMail(now: Date, leaseUntil: Date, limit: number): Promise<OutboxMail[]> {
		return inTransaction(this.#driver, async (db) => {
			const due = db
				.selectFrom('outbox')
				.selectAll()
				.where('sent_at', 'is', null)
				.where('next_attempt_at', '<=', now)
				.orderBy('next_attempt_at')
				.orderBy('id')
				.limit(Math.max(1, Math.floor(limit)));
			// SQLite's transaction already holds the whole file; PostgreSQL's locks only these rows.
			const rows = await (
				this.#driver.dialect === 'postgres' ? due.forUpdate().skipLocked() : due
			).execute();
			for (const row of rows)
				await db
					.updateTable('outbox')
					.set({ next_attempt_at: leaseUntil })
					.where('id', '=', row.id)
					.execute();
			return rows.map(toMail);
		});
	}

	async markMailSent(id: number, at: Date): Promise<void> {
		await database(this.#driver)
			.updateTable('outbox')
			.set((update) => ({
				sent_at: at,
				attempts: update('attempts', '+', 1),
				last_error: null,
			}))
			.where('id', '=', id)
			.execute();
	}

	async markMailFailed(id: number, error: string, nextAttemptAt: Date): Promise<void> {
		await database(this.#driver)
			.updateTable('outbox')
			.set((update) => ({
				attempts: update('attempts', '+', 1),
				last_error: error.slice(0, 1000),
				next_attempt_at: nextAttemptAt,
			}))
			.where('id', '=', id)
			.execute();
	}

	async mailCounts(): Promise<MailCounts> {
		const row = await database(this.#driver)
			.selectFrom('outbox')
			.select((outbox) => [
				outbox.fn.countAll<number>().filterWhere('sent_at', 'is', null).as('pending'),
				outbox.fn
					.countAll<number>()
					.filterWhere('sent_at', 'is', null)
					.filterWhere('last_error', 'is not', null)
					.as('failing'),
				outbox.fn.countAll<number>().filterWhere('sent_at', 'is not', null).as('sent'),
			])
			.executeTakeFirstOrThrow();
		return { pending: Number(row.pending), failing: Number(row.failing), sent: Number(row.sent) };
	}

	async listMail(): Promise<OutboxMail[]> {
		const rows = await database(this.#driver)
			.selectFrom('outbox')
			.selectAll()
			.orderBy('id')
			.execute();
		return rows.map(toMail);
	}
}
