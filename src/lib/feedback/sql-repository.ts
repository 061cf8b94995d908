/**
 * The feedback function's queries: submissions, their history, rate limits and the mail that goes
 * with them, on the server core's connection (src/lib/server/sql.ts, SQLite or PostgreSQL), typed
 * through Kysely (./submission-rows.ts holds the tables' types). The outbox's own queries
 * (delivery) and the settings are the core's.
 */
import { sql } from 'kysely';
import { database, inTransaction, toDate } from '../server/kysely.ts';
import { migrateSchema } from '../server/schema.ts';
import { forgetHits, hit } from '../server/rate-limits.ts';
import { setting, writeSetting } from '../server/settings.ts';
import {
	insertMail,
	OutboxStore,
	type MailCounts,
	type NewMail,
	type OutboxMail,
} from '../server/outbox-store.ts';
import type { Driver } from '../server/sql.ts';
import { anonymiseBefore } from './anonymise-rows.ts';
import type { Identity } from './purge.ts';
import type {
	CreateResult,
	FeedbackRepository,
	HistoryEntry,
	NewSubmission,
	RateLimit,
	StatusChange,
	Submission,
	SubmissionQuery,
} from './repository.ts';
import { matching, openDueAt, toHistory, toSubmission, urgency } from './submission-rows.ts';

class RateLimited extends Error {}

export class SqlRepository implements FeedbackRepository {
	readonly dialect: 'sqlite' | 'postgres';
	readonly #driver: Driver;

	readonly #outbox: OutboxStore;

	constructor(driver: Driver) {
		this.#driver = driver;
		this.#outbox = new OutboxStore(driver);
		this.dialect = driver.dialect;
	}

	/** The connection it queries (the server core's). */
	get driver(): Driver {
		return this.#driver;
	}

	/** Brings the whole server database up to date (every feature's tables: ../server/schema.ts). */
	migrate(): Promise<number> {
		return migrateSchema(this.#driver);
	}

	setting(name: string, create: () => string): Promise<string> {
		return setting(database(this.#driver), name, create);
	}

	writeSetting(name: string, value: string): Promise<void> {
		return writeSetting(database(this.#driver), name, value);
	}

	async createSubmission(
		submission: Omit<NewSubmission, 'reference'>,
		reference: () => string,
		mails: (reference: string) => NewMail[],
		rateLimit?: RateLimit,
	): Promise<CreateResult> {
		try {
			return await inTransaction(this.#driver, async (db) => {
				for (let attempt = 0; attempt < 5; attempt++) {
					const row = await db
						.insertInto('submissions')
						.values({
							reference: reference(),
							kind: submission.kind,
							locale: submission.locale,
							status: 'new',
							received_at: submission.receivedAt,
							due_at: submission.dueAt ?? null,
							idempotency_key: submission.idempotencyKey,
							topic: submission.topic ?? null,
							office_id: submission.officeId ?? null,
							provider_id: submission.providerId ?? null,
							page: submission.page ?? null,
							contact_name: submission.contactName ?? null,
							contact_email: submission.contactEmail ?? null,
							contact_phone: submission.contactPhone ?? null,
							data: submission.data,
							client_hash: submission.clientHash ?? null,
							notified_at: submission.notifiedAt ?? null,
							updated_at: submission.receivedAt,
							source: submission.source ?? 'web',
							dated_at: submission.datedAt ?? null,
							entered_by: submission.enteredBy ?? null,
						})
						.onConflict((conflict) => conflict.doNothing())
						.returningAll()
						.executeTakeFirst();
					if (row) {
						if (rateLimit) {
							const hits = await hit(db, rateLimit.clientKey, rateLimit.windowStart);
							// Past the limit: the transaction is rolled back, nothing is stored.
							if (hits > rateLimit.max) throw new RateLimited();
						}
						const stored = toSubmission(row);
						for (const mail of mails(stored.reference))
							await insertMail(db, mail, stored.receivedAt, { submissionId: stored.id });
						// Typed in by staff: the history says who ("entered"), and from what.
						await db
							.insertInto('submission_history')
							.values({
								submission_id: stored.id,
								at: stored.receivedAt,
								...(submission.enteredBy
									? {
											actor: submission.enteredBy,
											action: 'entered',
											detail: { source: stored.source },
										}
									: { actor: 'visitor', action: 'received', detail: {} }),
							})
							.execute();
						return { status: 'created', submission: stored } as const;
					}
					const existing = await db
						.selectFrom('submissions')
						.selectAll()
						.where('idempotency_key', '=', submission.idempotencyKey)
						.executeTakeFirst();
					if (existing) return { status: 'duplicate', submission: toSubmission(existing) } as const;
					// Otherwise the reference clashed with another one: draw again.
				}
				throw new Error('Could not draw an unused reference in 5 attempts');
			});
		} catch (error) {
			if (error instanceof RateLimited) return { status: 'rate-limited' };
			throw error;
		}
	}

	async findSubmission(reference: string): Promise<Submission | undefined> {
		const row = await database(this.#driver)
			.selectFrom('submissions')
			.selectAll()
			.where('reference', '=', reference)
			.executeTakeFirst();
		return row && toSubmission(row);
	}

	async listSubmissions(query: SubmissionQuery = {}): Promise<Submission[]> {
		let listed = database(this.#driver)
			.selectFrom('submissions')
			.selectAll()
			.where(matching(query));
		if (query.order === 'urgency') listed = listed.orderBy(urgency).orderBy(openDueAt);
		const rows = await listed
			.orderBy('received_at', 'desc')
			.orderBy('id', 'desc')
			.limit(Math.max(1, Math.min(query.limit ?? 1000, 10_000)))
			.offset(Math.max(0, query.offset ?? 0))
			.execute();
		return rows.map(toSubmission);
	}

	async countSubmissions(query: SubmissionQuery = {}): Promise<number> {
		const row = await database(this.#driver)
			.selectFrom('submissions')
			.select((submission) => submission.fn.countAll<number>().as('count'))
			.where(matching(query))
			.executeTakeFirst();
		return Number(row?.count ?? 0);
	}

	async changeStatus(reference: string, change: StatusChange): Promise<Submission> {
		return inTransaction(this.#driver, async (db) => {
			const before = await db
				.selectFrom('submissions')
				.selectAll()
				.where('reference', '=', reference)
				.executeTakeFirst();
			if (!before) throw new Error(`No submission ${reference}`);
			// Closed with an answer mailed: answered now too.
			const answered =
				change.status === 'answered' ||
				(change.status === 'closed' && change.mail?.kind === 'reply');
			const row = await db
				.updateTable('submissions')
				.set((submission) => ({
					status: change.status,
					updated_at: change.at,
					...(change.forwardedTo === undefined ? {} : { forwarded_to: change.forwardedTo }),
					...(change.answer === undefined ? {} : { answer: change.answer }),
					// Answered once: the first time is kept.
					...(answered
						? {
								answered_at: submission.fn
									.coalesce('answered_at', sql.val(change.at))
									.$castTo<Date>(),
							}
						: {}),
					...(change.status === 'closed' ? { closed_at: change.at } : {}),
				}))
				.where('reference', '=', reference)
				.returningAll()
				.executeTakeFirst();
			const id = before.id;
			if (change.mail) await insertMail(db, change.mail, change.at, { submissionId: id });
			// The history keeps what changed: an answer or a forward unchanged is not written again.
			const changed = (value: string | undefined, stored: string | null) =>
				value !== undefined && value !== stored ? value : undefined;
			const forwardedTo = changed(change.forwardedTo, before.forwarded_to);
			const answer = changed(change.answer, before.answer);
			await db
				.insertInto('submission_history')
				.values({
					submission_id: id,
					at: change.at,
					actor: change.actor,
					action: 'status',
					detail: {
						from: before.status,
						to: change.status,
						...(forwardedTo ? { forwardedTo } : {}),
						...(answer ? { answer } : {}),
						...(change.note ? { note: change.note } : {}),
						...(change.mail ? { mailed: change.mail.kind } : {}),
						...(change.mail?.kind === 'forward' ? { mailedTo: change.mail.to } : {}),
					},
				})
				.execute();
			return toSubmission(row ?? before);
		});
	}

	async addHistory(
		submissionId: number,
		entry: Omit<HistoryEntry, 'id' | 'submissionId'>,
	): Promise<HistoryEntry> {
		const row = await database(this.#driver)
			.insertInto('submission_history')
			.values({
				submission_id: submissionId,
				at: entry.at,
				actor: entry.actor,
				action: entry.action,
				detail: entry.detail,
			})
			.returningAll()
			.executeTakeFirstOrThrow();
		return toHistory(row);
	}

	queueMail(mail: NewMail, at: Date): Promise<void> {
		return this.#outbox.queueMail(mail, at);
	}

	async assign(
		submissionId: number,
		assignment: { accountId?: number | undefined; officeId?: string | undefined },
		entry: Omit<HistoryEntry, 'id' | 'submissionId' | 'action'>,
	): Promise<void> {
		await inTransaction(this.#driver, async (db) => {
			await db
				.updateTable('submissions')
				.set({
					assigned_account_id: assignment.accountId ?? null,
					assigned_office_id: assignment.officeId ?? null,
					updated_at: entry.at,
				})
				.where('id', '=', submissionId)
				.execute();
			await db
				.insertInto('submission_history')
				.values({
					submission_id: submissionId,
					at: entry.at,
					actor: entry.actor,
					action: 'assigned',
					detail: entry.detail,
				})
				.execute();
		});
	}

	async history(submissionId: number): Promise<HistoryEntry[]> {
		const rows = await database(this.#driver)
			.selectFrom('submission_history')
			.selectAll()
			.where('submission_id', '=', submissionId)
			.orderBy('at')
			.orderBy('id')
			.execute();
		return rows.map(toHistory);
	}

	hit(clientKey: string, windowStart: Date): Promise<number> {
		return hit(database(this.#driver), clientKey, windowStart);
	}

	forgetHits(before: Date): Promise<number> {
		return forgetHits(database(this.#driver), before);
	}

	claimMail(now: Date, leaseUntil: Date, limit: number): Promise<OutboxMail[]> {
		return this.#outbox.claimMail(now, leaseUntil, limit);
	}

	markMailSent(id: number, at: Date): Promise<void> {
		return this.#outbox.markMailSent(id, at);
	}

	markMailFailed(id: number, error: string, nextAttemptAt: Date): Promise<void> {
		return this.#outbox.markMailFailed(id, error, nextAttemptAt);
	}

	mailCounts(): Promise<MailCounts> {
		return this.#outbox.mailCounts();
	}

	listMail(): Promise<OutboxMail[]> {
		return this.#outbox.listMail();
	}

	async queueDigest(at: Date, compose: (suggestions: Submission[]) => NewMail): Promise<number> {
		return inTransaction(this.#driver, async (db) => {
			const rows = await db
				.updateTable('submissions')
				.set({ notified_at: at })
				.where('kind', '=', 'suggestion')
				.where('notified_at', 'is', null)
				.returningAll()
				.execute();
			if (rows.length === 0) return 0;
			const suggestions = rows
				.map(toSubmission)
				.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
			const mail = compose(suggestions);
			await insertMail(db, { ...mail, headers: undefined }, at);
			return suggestions.length;
		});
	}

	async anonymise(
		cutoff: Date,
		at: Date,
		scrubberFor: (identity: Identity) => (text: string) => string,
	): Promise<number> {
		return inTransaction(this.#driver, (db) => anonymiseBefore(db, cutoff, at, scrubberFor));
	}

	async anonymisationQueue(limit: number): Promise<Pick<Submission, 'reference' | 'receivedAt'>[]> {
		const rows = await database(this.#driver)
			.selectFrom('submissions')
			.select(['reference', 'received_at'])
			.where('anonymised_at', 'is', null)
			.orderBy('received_at')
			.orderBy('id')
			.limit(Math.max(1, Math.floor(limit)))
			.execute();
		return rows.map((row) => ({ reference: row.reference, receivedAt: toDate(row.received_at) }));
	}

	close(): Promise<void> {
		return this.#driver.close();
	}
}
