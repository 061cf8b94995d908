/**
 * The repository's queries, written once for SQLite and PostgreSQL: both speak the SQL used
 * here (RETURNING, ON CONFLICT, partial indexes). The drivers (./sqlite.ts, ./postgres.ts) differ
 * in placeholders, value types and how a transaction holds the database.
 */
import { MIGRATIONS } from './migrations.ts';
import { scrub, scrubDeep, type Identity } from './purge.ts';
import type {
	CreateResult,
	FeedbackRepository,
	HistoryEntry,
	MailCounts,
	NewMail,
	NewSubmission,
	OutboxMail,
	RateLimit,
	StatusChange,
	Submission,
	SubmissionQuery,
} from './repository.ts';

export type Row = Record<string, unknown>;
export type SqlValue = string | number | Date | null | undefined | Record<string, unknown>;

/** Runs SQL written with PostgreSQL's `$1` placeholders. */
export interface Queryable {
	query(sql: string, params?: SqlValue[]): Promise<Row[]>;
}

export interface Driver extends Queryable {
	readonly dialect: 'sqlite' | 'postgres';
	/** Runs `work` in a transaction that holds the right to write (no other writer meanwhile). */
	transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
	/** Serialises migrations across instances starting together. */
	migrationLock(tx: Queryable): Promise<void>;
	close(): Promise<void>;
}

/** A timestamp column: a Date from PostgreSQL, ISO 8601 text from SQLite. */
const date = (value: unknown): Date | undefined =>
	value instanceof Date
		? value
		: typeof value === 'string' || typeof value === 'number'
			? new Date(value)
			: undefined;

const text = (value: unknown): string | undefined =>
	typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

const json = (value: unknown): Record<string, unknown> =>
	(typeof value === 'string' ? JSON.parse(value) : (value ?? {})) as Record<string, unknown>;

function toSubmission(row: Row): Submission {
	return {
		id: Number(row['id']),
		reference: String(row['reference']),
		kind: row['kind'] as Submission['kind'],
		locale: row['locale'] as Submission['locale'],
		status: row['status'] as Submission['status'],
		receivedAt: date(row['received_at']) ?? new Date(0),
		dueAt: date(row['due_at']),
		idempotencyKey: String(row['idempotency_key']),
		topic: text(row['topic']),
		officeId: text(row['office_id']),
		providerId: text(row['provider_id']),
		page: text(row['page']),
		contactName: text(row['contact_name']),
		contactEmail: text(row['contact_email']),
		contactPhone: text(row['contact_phone']),
		data: json(row['data']),
		clientHash: text(row['client_hash']),
		notifiedAt: date(row['notified_at']),
		forwardedTo: text(row['forwarded_to']),
		answer: text(row['answer']),
		answeredAt: date(row['answered_at']),
		closedAt: date(row['closed_at']),
		assignedAccountId:
			row['assigned_account_id'] === null || row['assigned_account_id'] === undefined
				? undefined
				: Number(row['assigned_account_id']),
		assignedOfficeId: text(row['assigned_office_id']),
		updatedAt: date(row['updated_at']) ?? new Date(0),
		anonymisedAt: date(row['anonymised_at']),
		source: (text(row['source']) ?? 'web') as Submission['source'],
		datedAt: date(row['dated_at']),
		enteredBy: text(row['entered_by']),
	};
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
				: (json(row['headers']) as Record<string, string>),
		createdAt: date(row['created_at']) ?? new Date(0),
		attempts: Number(row['attempts']),
		nextAttemptAt: date(row['next_attempt_at']) ?? new Date(0),
		lastError: text(row['last_error']),
		sentAt: date(row['sent_at']),
	};
}

function toHistory(row: Row): HistoryEntry {
	return {
		id: Number(row['id']),
		submissionId: Number(row['submission_id']),
		at: date(row['at']) ?? new Date(0),
		actor: String(row['actor']),
		action: String(row['action']),
		detail: json(row['detail']),
	};
}

/** To handle: complaints and suggestions not yet answered or closed. */
const OPEN = "kind IN ('complaint', 'suggestion') AND status IN ('new', 'forwarded')";

/** WHERE clause and parameters of a submission query. */
function where(query: SubmissionQuery): { clause: string; params: SqlValue[] } {
	const conditions: string[] = [];
	const params: SqlValue[] = [];
	const add = (condition: string, value: SqlValue) => {
		params.push(value);
		conditions.push(condition.replace('?', `$${params.length}`));
	};
	if (query.kind) add('kind = ?', query.kind);
	if (query.status) add('status = ?', query.status);
	if (query.officeId) add('office_id = ?', query.officeId);
	if (query.providerId) add('provider_id = ?', query.providerId);
	if (query.receivedFrom) add('received_at >= ?', query.receivedFrom);
	if (query.receivedBefore) add('received_at < ?', query.receivedBefore);
	if (query.datedFrom) add('COALESCE(dated_at, received_at) >= ?', query.datedFrom);
	if (query.datedBefore) add('COALESCE(dated_at, received_at) < ?', query.datedBefore);
	if (query.overdueAt) {
		add('due_at < ?', query.overdueAt);
		conditions.push("status IN ('new', 'forwarded')");
	}
	if (query.open) conditions.push(OPEN);
	if (query.assignedTo) {
		params.push(query.assignedTo.accountId);
		let mine = `assigned_account_id = $${params.length}`;
		if (query.assignedTo.officeId) {
			params.push(query.assignedTo.officeId);
			mine += ` OR assigned_office_id = $${params.length}`;
		}
		conditions.push(`(${mine})`);
	}
	// Each word must be somewhere: LIKE with its wildcards escaped, case folded (ASCII) both sides.
	for (const word of (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
		const pattern = `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
		params.push(pattern);
		const p = `$${params.length}`;
		conditions.push(
			`(LOWER(reference) LIKE ${p} ESCAPE '\\' OR LOWER(COALESCE(contact_name, '')) LIKE ${p} ESCAPE '\\'` +
				` OR LOWER(COALESCE(contact_email, '')) LIKE ${p} ESCAPE '\\' OR LOWER(CAST(data AS TEXT)) LIKE ${p} ESCAPE '\\')`,
		);
	}
	return { clause: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** ORDER BY of a submission query. */
const ORDER: Record<NonNullable<SubmissionQuery['order']>, string> = {
	newest: 'received_at DESC, id DESC',
	urgency: `CASE WHEN ${OPEN} AND due_at IS NOT NULL THEN 0 WHEN ${OPEN} THEN 1 ELSE 2 END,
		CASE WHEN ${OPEN} THEN due_at END, received_at DESC, id DESC`,
};

const INSERT_SUBMISSION = `
INSERT INTO submissions (
	reference, kind, locale, status, received_at, due_at, idempotency_key, topic, office_id,
	provider_id, page, contact_name, contact_email, contact_phone, data, client_hash, notified_at,
	updated_at, source, dated_at, entered_by
) VALUES ($1, $2, $3, 'new', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $4, $17, $18,
	$19)
ON CONFLICT DO NOTHING
RETURNING *`;

const HIT = `
INSERT INTO rate_limits (client_key, window_start, hits) VALUES ($1, $2, 1)
ON CONFLICT (client_key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
RETURNING hits`;

class RateLimited extends Error {}

const INSERT_MAIL = `
INSERT INTO outbox (submission_id, kind, recipient, subject, body, headers, created_at, next_attempt_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`;

export class SqlRepository implements FeedbackRepository {
	readonly dialect: 'sqlite' | 'postgres';
	readonly #driver: Driver;

	constructor(driver: Driver) {
		this.#driver = driver;
		this.dialect = driver.dialect;
	}

	/** The connection, for the tables of the function's other parts (the newsletter's). */
	get driver(): Driver {
		return this.#driver;
	}

	async migrate(): Promise<number> {
		const migrations = MIGRATIONS[this.dialect];
		return this.#driver.transaction(async (tx) => {
			await this.#driver.migrationLock(tx);
			await tx.query(
				`CREATE TABLE IF NOT EXISTS schema_migrations (
					version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
			);
			const applied = new Set(
				(await tx.query('SELECT version FROM schema_migrations')).map((row) =>
					Number(row['version']),
				),
			);
			for (const migration of migrations) {
				if (applied.has(migration.version)) continue;
				for (const statement of migration.sql.split(/;\s*\n/).filter((sql) => sql.trim()))
					await tx.query(statement);
				await tx.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [
					migration.version,
					migration.name,
					new Date().toISOString(),
				]);
			}
			return Math.max(0, ...migrations.map((migration) => migration.version));
		});
	}

	async setting(name: string, create: () => string): Promise<string> {
		const rows = await this.#driver.query(
			`INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`,
			[name, create()],
		);
		void rows;
		const [row] = await this.#driver.query('SELECT value FROM settings WHERE name = $1', [name]);
		return String(row?.['value']);
	}

	async writeSetting(name: string, value: string): Promise<void> {
		await this.#driver.query(
			`INSERT INTO settings (name, value) VALUES ($1, $2)
			ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
			[name, value],
		);
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
							const [hits] = await tx.query(HIT, [rateLimit.clientKey, rateLimit.windowStart]);
							// Past the limit: the transaction is rolled back, nothing is stored.
							if (Number(hits?.['hits']) > rateLimit.max) throw new RateLimited();
						}
						const stored = toSubmission(row);
						for (const mail of mails(stored.reference))
							await tx.query(INSERT_MAIL, [
								stored.id,
								mail.kind,
								mail.to,
								mail.subject,
								mail.text,
								mail.headers ? JSON.stringify(mail.headers) : null,
								stored.receivedAt,
							]);
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
				await tx.query(INSERT_MAIL, [
					id,
					change.mail.kind,
					change.mail.to,
					change.mail.subject,
					change.mail.text,
					change.mail.headers ? JSON.stringify(change.mail.headers) : null,
					change.at,
				]);
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

	async queueMail(mail: NewMail, at: Date): Promise<void> {
		await this.#driver.query(INSERT_MAIL, [
			null,
			mail.kind,
			mail.to,
			mail.subject,
			mail.text,
			mail.headers ?? null,
			at,
		]);
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

	async hit(clientKey: string, windowStart: Date): Promise<number> {
		const [row] = await this.#driver.query(HIT, [clientKey, windowStart]);
		return Number(row?.['hits'] ?? 1);
	}

	async forgetHits(before: Date): Promise<number> {
		const rows = await this.#driver.query(
			'DELETE FROM rate_limits WHERE window_start < $1 RETURNING client_key',
			[before],
		);
		return rows.length;
	}

	async claimMail(now: Date, leaseUntil: Date, limit: number): Promise<OutboxMail[]> {
		const lock = this.dialect === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : '';
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
			await tx.query(INSERT_MAIL, [null, mail.kind, mail.to, mail.subject, mail.text, null, at]);
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
			receivedAt: date(row['received_at']) ?? new Date(0),
		}));
	}

	close(): Promise<void> {
		return this.#driver.close();
	}
}
