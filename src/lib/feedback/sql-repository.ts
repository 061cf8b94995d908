/**
 * The feedback function's queries: submissions, their history, rate limits and the mail that goes
 * with them, on the server core's connection (src/lib/server/sql.ts, SQLite or PostgreSQL). The
 * outbox's own queries (delivery) and the settings are the core's.
 */
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
import { dateColumn, jsonColumn as json, textColumn as text, type Driver } from '../server/sql.ts';
import { scrub, scrubDeep, type Identity } from './purge.ts';
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
import { ORDER, toHistory, toSubmission, where } from './submission-rows.ts';
import { database, kysely } from '../server/kysely.ts';
const INSERT_SUBMISSION = `
INSERT INTO submissions (
	reference, kind, locale, status, received_at, due_at, idempotency_key, topic, office_id,
	provider_id, page, contact_name, contact_email, contact_phone, data, client_hash, notified_at,
	updated_at, source, dated_at, entered_by
) VALUES ($1, $2, $3, 'new', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $4, $17, $18,
	$19)
ON CONFLICT DO NOTHING
RETURNING *`;

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
			return await this.#driver.transaction(async (tx) => {
				for (let attempt = 0; attempt < 5; attempt++) {
					const [row] = await tx.query(INSERT_SUBMISSION, [
						reference(),
						submission.kind,
						submission.locale,
						submission.receivedAt,
						submission.dueAt,
						submission.idempotencyKey,
						submission.topic,
						submission.officeId,
						submission.providerId,
						submission.page,
						submission.contactName,
						submission.contactEmail,
						submission.contactPhone,
						submission.data,
						submission.clientHash,
						submission.notifiedAt,
						submission.source ?? 'web',
						submission.datedAt,
						submission.enteredBy,
					]);
					if (row) {
						if (rateLimit) {
							const hits = await hit(
								kysely(tx, this.#driver.dialect),
								rateLimit.clientKey,
								rateLimit.windowStart,
							);
							// Past the limit: the transaction is rolled back, nothing is stored.
							if (hits > rateLimit.max) throw new RateLimited();
						}
						const stored = toSubmission(row);
						for (const mail of mails(stored.reference))
							await insertMail(kysely(tx, this.#driver.dialect), mail, stored.receivedAt, {
								submissionId: stored.id,
							});
						// Typed in by staff: the history says who ("entered"), and from what.
						await tx.query(
							`INSERT INTO submission_history (submission_id, at, actor, action, detail)
							VALUES ($1, $2, $3, $4, $5)`,
							submission.enteredBy
								? [
										stored.id,
										stored.receivedAt,
										submission.enteredBy,
										'entered',
										{ source: stored.source },
									]
								: [stored.id, stored.receivedAt, 'visitor', 'received', {}],
						);
						return { status: 'created', submission: stored } as const;
					}
					const [existing] = await tx.query(
						'SELECT * FROM submissions WHERE idempotency_key = $1',
						[submission.idempotencyKey],
					);
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
		const [row] = await this.#driver.query('SELECT * FROM submissions WHERE reference = $1', [
			reference,
		]);
		return row ? toSubmission(row) : undefined;
	}

	async listSubmissions(query: SubmissionQuery = {}): Promise<Submission[]> {
		const { clause, params } = where(query);
		const limit = Math.max(1, Math.min(query.limit ?? 1000, 10_000));
		const offset = Math.max(0, query.offset ?? 0);
		const rows = await this.#driver.query(
			`SELECT * FROM submissions ${clause} ORDER BY ${ORDER[query.order ?? 'newest']}
			LIMIT ${limit} OFFSET ${offset}`,
			params,
		);
		return rows.map(toSubmission);
	}

	async countSubmissions(query: SubmissionQuery = {}): Promise<number> {
		const { clause, params } = where(query);
		const [row] = await this.#driver.query(
			`SELECT COUNT(*) AS count FROM submissions ${clause}`,
			params,
		);
		return Number(row?.['count'] ?? 0);
	}

	async changeStatus(reference: string, change: StatusChange): Promise<Submission> {
		return this.#driver.transaction(async (tx) => {
			const [before] = await tx.query('SELECT * FROM submissions WHERE reference = $1', [
				reference,
			]);
			if (!before) throw new Error(`No submission ${reference}`);
			const [row] = await tx.query(
				`UPDATE submissions SET status = $2, updated_at = $3,
					forwarded_to = COALESCE($4, forwarded_to),
					answer = COALESCE($5, answer),
					answered_at = CASE WHEN ($2 = 'answered' OR ($2 = 'closed' AND $6 = 1)) AND answered_at IS NULL
						THEN $3 ELSE answered_at END,
					closed_at = CASE WHEN $2 = 'closed' THEN $3 ELSE closed_at END
				WHERE reference = $1 RETURNING *`,
				[
					reference,
					change.status,
					change.at,
					change.forwardedTo,
					change.answer,
					// Closed with an answer mailed: answered now too.
					change.mail?.kind === 'reply' ? 1 : 0,
				],
			);
			const id = Number(before['id']);
			if (change.mail)
				await insertMail(kysely(tx, this.#driver.dialect), change.mail, change.at, {
					submissionId: id,
				});
			// The history keeps what changed: an answer or a forward unchanged is not written again.
			const changed = (value: string | undefined, column: string) =>
				value !== undefined && value !== before[column] ? value : undefined;
			const forwardedTo = changed(change.forwardedTo, 'forwarded_to');
			const answer = changed(change.answer, 'answer');
			await tx.query(
				`INSERT INTO submission_history (submission_id, at, actor, action, detail)
				VALUES ($1, $2, $3, 'status', $4)`,
				[
					id,
					change.at,
					change.actor,
					{
						from: before['status'],
						to: change.status,
						...(forwardedTo ? { forwardedTo } : {}),
						...(answer ? { answer } : {}),
						...(change.note ? { note: change.note } : {}),
						...(change.mail ? { mailed: change.mail.kind } : {}),
						...(change.mail?.kind === 'forward' ? { mailedTo: change.mail.to } : {}),
					},
				],
			);
			return toSubmission(row ?? before);
		});
	}

	async addHistory(
		submissionId: number,
		entry: Omit<HistoryEntry, 'id' | 'submissionId'>,
	): Promise<HistoryEntry> {
		const [row] = await this.#driver.query(
			`INSERT INTO submission_history (submission_id, at, actor, action, detail)
			VALUES ($1, $2, $3, $4, $5) RETURNING *`,
			[submissionId, entry.at, entry.actor, entry.action, entry.detail],
		);
		if (!row) throw new Error('History entry not stored');
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
		await this.#driver.transaction(async (tx) => {
			await tx.query(
				`UPDATE submissions SET assigned_account_id = $2, assigned_office_id = $3, updated_at = $4
				WHERE id = $1`,
				[submissionId, assignment.accountId ?? null, assignment.officeId ?? null, entry.at],
			);
			await tx.query(
				`INSERT INTO submission_history (submission_id, at, actor, action, detail)
				VALUES ($1, $2, $3, 'assigned', $4)`,
				[submissionId, entry.at, entry.actor, entry.detail],
			);
		});
	}

	async history(submissionId: number): Promise<HistoryEntry[]> {
		const rows = await this.#driver.query(
			'SELECT * FROM submission_history WHERE submission_id = $1 ORDER BY at, id',
			[submissionId],
		);
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
		return this.#driver.transaction(async (tx) => {
			const rows = await tx.query(
				`UPDATE submissions SET notified_at = $1
				WHERE kind = 'suggestion' AND notified_at IS NULL RETURNING *`,
				[at],
			);
			if (rows.length === 0) return 0;
			const suggestions = rows
				.map(toSubmission)
				.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
			const mail = compose(suggestions);
			await insertMail(kysely(tx, this.#driver.dialect), { ...mail, headers: undefined }, at);
			return suggestions.length;
		});
	}

	async anonymise(
		cutoff: Date,
		at: Date,
		scrubberFor: (identity: Identity) => (text: string) => string,
	): Promise<number> {
		return this.#driver.transaction(async (tx) => {
			const rows = await tx.query(
				`SELECT id, data, contact_name, contact_email, contact_phone, answer, forwarded_to
				FROM submissions WHERE anonymised_at IS NULL AND received_at < $1`,
				[cutoff],
			);
			for (const row of rows) {
				const id = Number(row['id']);
				const clean = scrubberFor({
					name: text(row['contact_name']),
					email: text(row['contact_email']),
					phone: text(row['contact_phone']),
				});
				const answer = text(row['answer']);
				const forwardedTo = text(row['forwarded_to']);
				await tx.query(
					`UPDATE submissions SET contact_name = NULL, contact_email = NULL, contact_phone = NULL,
						client_hash = NULL, data = $2, answer = $3, forwarded_to = $4, anonymised_at = $5,
						updated_at = $5
					WHERE id = $1`,
					[
						id,
						scrub(json(row['data']), clean),
						answer === undefined ? null : clean(answer),
						forwardedTo === undefined ? null : clean(forwardedTo),
						at,
					],
				);
				// Staff notes, answers and forwarding quoted in the history.
				for (const entry of await tx.query(
					'SELECT id, detail FROM submission_history WHERE submission_id = $1',
					[id],
				))
					await tx.query('UPDATE submission_history SET detail = $2 WHERE id = $1', [
						Number(entry['id']),
						scrubDeep(json(entry['detail']), clean) as Record<string, unknown>,
					]);
				// The mail about it quotes the visitor's words and address.
				await tx.query('DELETE FROM outbox WHERE submission_id = $1', [id]);
				await tx.query(
					`INSERT INTO submission_history (submission_id, at, actor, action, detail)
					VALUES ($1, $2, 'system', 'anonymised', $3)`,
					[id, at, {}],
				);
			}
			// Digests quote several visitors: erased once the newest suggestion in them is due.
			await tx.query(
				'DELETE FROM outbox WHERE submission_id IS NULL AND sent_at IS NOT NULL AND created_at < $1',
				[cutoff],
			);
			return rows.length;
		});
	}

	async anonymisationQueue(limit: number): Promise<Pick<Submission, 'reference' | 'receivedAt'>[]> {
		const rows = await this.#driver.query(
			`SELECT reference, received_at FROM submissions WHERE anonymised_at IS NULL
			ORDER BY received_at, id LIMIT ${Math.max(1, Math.floor(limit))}`,
		);
		return rows.map((row) => ({
			reference: String(row['reference']),
			receivedAt: dateColumn(row['received_at']) ?? new Date(0),
		}));
	}

	close(): Promise<void> {
		return this.#driver.close();
	}
}
