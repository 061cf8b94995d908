/**
 * Erasing one person's data on request (GDPR right to erasure), from the retention page: found by
 * e-mail address or by name, everything about them goes, in every table — their submissions
 * (suggestions, complaints, questionnaires, brochure requests) with their history and the mail
 * about them, mail sent to their address, their newsletter subscription — and, where someone
 * else's item quotes their address, name or phone (a message, a staff answer, a note, a digest),
 * those words are blanked. Logged in `erasures`: who, when, how many rows of each table, never
 * what was erased.
 */
import { REDACTED, scrubDeep } from '../feedback/purge.ts';
import type { Submission } from '../feedback/repository.ts';
import type { Queryable, Row, SqlValue } from '../server/sql.ts';

/** Who to erase: an e-mail address, or a name exactly as the person gave it (case aside). */
export type Person = { email: string } | { name: string };

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,63}$/;

/** What staff typed in the search field, or undefined when it cannot name anyone. */
export function parsePerson(text: string | null | undefined): Person | undefined {
	const value = (text ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
	if (value.includes('@')) return EMAIL.test(value) ? { email: value.toLowerCase() } : undefined;
	return value.length >= 2 && value.length <= 100 ? { name: value } : undefined;
}

/** The search field's value for a person. */
export const personText = (person: Person) => ('email' in person ? person.email : person.name);

export interface ErasureCounts {
	submissions: number;
	history: number;
	mail: number;
	subscribers: number;
	/** Other people's items, history entries and mail where their details were blanked. */
	mentions: number;
}

export interface PersonHoldings {
	submissions: Pick<
		Submission,
		'reference' | 'kind' | 'receivedAt' | 'contactName' | 'contactEmail'
	>[];
	/** Their newsletter subscription's status, when they have one. */
	subscriptions: { email: string; status: string }[];
	/** Mail to them or about them waiting or kept in the outbox. */
	mail: number;
	/** Other items quoting them, where their details would be blanked. */
	mentions: number;
}

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('fr');
/**
 * A LIKE pattern finding `value` in lower-cased text. SQLite's LOWER folds ASCII only: each other
 * character matches any one ("_"), and the exact, case-blind check is done here afterwards.
 */
const like = (value: string) =>
	`%${value
		.toLowerCase()
		.replace(/[\\%_]/g, (character) => `\\${character}`)
		.replace(/[^\p{ASCII}]/gu, '_')}%`;
const list = (values: readonly SqlValue[], start: number) =>
	values.map((_, index) => `$${start + index}`).join(', ');
const json = (value: unknown): Record<string, unknown> =>
	(typeof value === 'string' ? JSON.parse(value) : (value ?? {})) as Record<string, unknown>;

interface Match {
	ids: number[];
	rows: Row[];
	/** Their addresses: the one searched, and those given on their submissions (lower case). */
	emails: string[];
	/** Their names and phones as given: blanked where other items quote them. */
	quoted: string[];
	subscriberIds: number[];
}

/** The person's own submissions, addresses and subscriptions. */
async function match(tx: Queryable, person: Person): Promise<Match> {
	const byId = new Map<number, Row>();
	const add = (rows: Row[]) => rows.forEach((row) => byId.set(Number(row['id']), row));
	const columns = 'id, reference, kind, received_at, contact_name, contact_email, contact_phone';
	if ('name' in person) {
		// Compared here, not in SQL: SQLite's LOWER folds ASCII only ("ÉLODIE" ≠ "élodie").
		const wanted = fold(person.name);
		add(
			(await tx.query(`SELECT ${columns} FROM submissions WHERE contact_name IS NOT NULL`)).filter(
				(row) => fold(String(row['contact_name'])) === wanted,
			),
		);
	}
	const emails = new Set<string>('email' in person ? [person.email] : []);
	for (const row of byId.values())
		if (typeof row['contact_email'] === 'string') emails.add(row['contact_email'].toLowerCase());
	if (emails.size > 0)
		add(
			await tx.query(
				`SELECT ${columns} FROM submissions WHERE LOWER(contact_email) IN (${list([...emails], 1)})`,
				[...emails],
			),
		);
	const rows = [...byId.values()];
	const quoted = new Set<string>('name' in person ? [person.name] : []);
	for (const row of rows)
		for (const column of ['contact_name', 'contact_phone'])
			if (typeof row[column] === 'string' && String(row[column]).trim().length >= 3)
				quoted.add(String(row[column]).trim());
	const subscriberIds =
		emails.size > 0
			? (
					await tx.query(
						`SELECT id FROM newsletter_subscribers WHERE LOWER(email) IN (${list([...emails], 1)})`,
						[...emails],
					)
				).map((row) => Number(row['id']))
			: [];
	return { ids: [...byId.keys()], rows, emails: [...emails], quoted: [...quoted], subscriberIds };
}

/** The outbox rows to or about the person: their items' mail, mail to them, mail quoting them. */
async function mailIds(tx: Queryable, found: Match): Promise<number[]> {
	const conditions: string[] = [];
	const params: SqlValue[] = [];
	const add = (condition: (start: number) => string, values: SqlValue[]) => {
		conditions.push(condition(params.length + 1));
		params.push(...values);
	};
	if (found.ids.length) add((start) => `submission_id IN (${list(found.ids, start)})`, found.ids);
	if (found.subscriberIds.length)
		add((start) => `subscriber_id IN (${list(found.subscriberIds, start)})`, found.subscriberIds);
	for (const value of [...found.emails, ...found.quoted])
		add(
			(start) =>
				`(LOWER(recipient) LIKE $${start} ESCAPE '\\' OR LOWER(body) LIKE $${start} ESCAPE '\\'` +
				` OR LOWER(COALESCE(CAST(headers AS TEXT), '')) LIKE $${start} ESCAPE '\\')`,
			[like(value)],
		);
	if (!conditions.length) return [];
	return (await tx.query(`SELECT id FROM outbox WHERE ${conditions.join(' OR ')}`, params)).map(
		(row) => Number(row['id']),
	);
}

/** A function blanking the person's address, name and phone wherever they are quoted. */
function blanker(found: Match): (text: string) => string {
	const values = [...found.emails, ...found.quoted].sort((a, b) => b.length - a.length);
	if (!values.length) return (text) => text;
	// Whole words only: blanking "Marc" leaves "Marcel" alone.
	const pattern = new RegExp(
		`(?<![\\p{L}\\d])(?:${values.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\d])`,
		'giu',
	);
	return (text) => text.replace(pattern, REDACTED);
}

/** Other people's submissions and history entries that quote the person (SQL prefilter). */
async function mentions(tx: Queryable, found: Match): Promise<{ items: Row[]; entries: Row[] }> {
	const values = [...found.emails, ...found.quoted];
	if (!values.length) return { items: [], entries: [] };
	const patterns = values.map(like);
	const anyOf = (column: string) =>
		patterns.map((_, index) => `LOWER(${column}) LIKE $${index + 1} ESCAPE '\\'`).join(' OR ');
	const mine = found.ids.length ? `AND id NOT IN (${list(found.ids, patterns.length + 1)})` : '';
	const blank = blanker(found);
	const quotes = (row: Row) => JSON.stringify(row) !== JSON.stringify(scrubDeep(row, blank));
	const items = await tx.query(
		`SELECT id, data, answer, forwarded_to FROM submissions
		WHERE (${anyOf('CAST(data AS TEXT)')} OR ${anyOf("COALESCE(answer, '')")}
			OR ${anyOf("COALESCE(forwarded_to, '')")}) ${mine}`,
		[...patterns, ...found.ids],
	);
	const entries = await tx.query(
		`SELECT id, detail FROM submission_history WHERE (${anyOf('CAST(detail AS TEXT)')})
		${found.ids.length ? `AND submission_id NOT IN (${list(found.ids, patterns.length + 1)})` : ''}`,
		[...patterns, ...found.ids],
	);
	// LIKE folds ASCII only: the exact check is the blanker's.
	return {
		items: items.filter((row) =>
			quotes({ ...json(row['data']), a: row['answer'], f: row['forwarded_to'] }),
		),
		entries: entries.filter((row) => quotes(json(row['detail']))),
	};
}

/** What the office holds about a person: shown before erasing. */
export async function findPerson(db: Queryable, person: Person): Promise<PersonHoldings> {
	const found = await match(db, person);
	const subscriptions = found.subscriberIds.length
		? await db.query(
				`SELECT email, status FROM newsletter_subscribers WHERE id IN (${list(found.subscriberIds, 1)})`,
				found.subscriberIds,
			)
		: [];
	const { items, entries } = await mentions(db, found);
	const date = (value: unknown) => new Date(value instanceof Date ? value : String(value));
	return {
		submissions: found.rows
			.map((row) => ({
				reference: String(row['reference']),
				kind: row['kind'] as Submission['kind'],
				receivedAt: date(row['received_at']),
				contactName: typeof row['contact_name'] === 'string' ? row['contact_name'] : undefined,
				contactEmail: typeof row['contact_email'] === 'string' ? row['contact_email'] : undefined,
			}))
			.sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime()),
		subscriptions: subscriptions.map((row) => ({
			email: String(row['email']),
			status: String(row['status']),
		})),
		mail: (await mailIds(db, found)).length,
		mentions: items.length + entries.length,
	};
}

/** Erases everything about a person in one transaction, and logs the counts. */
export async function erasePerson(
	db: { transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> },
	person: Person,
	actor: string,
	at: Date,
): Promise<ErasureCounts> {
	return db.transaction(async (tx) => {
		const found = await match(tx, person);
		const { items, entries } = await mentions(tx, found);
		const blank = blanker(found);
		const mail = await mailIds(tx, found);
		if (mail.length) await tx.query(`DELETE FROM outbox WHERE id IN (${list(mail, 1)})`, mail);
		let history = 0;
		if (found.ids.length) {
			const ids = list(found.ids, 1);
			history = (
				await tx.query(
					`DELETE FROM submission_history WHERE submission_id IN (${ids}) RETURNING id`,
					found.ids,
				)
			).length;
			await tx.query(`DELETE FROM submissions WHERE id IN (${ids})`, found.ids);
		}
		if (found.subscriberIds.length)
			await tx.query(
				`DELETE FROM newsletter_subscribers WHERE id IN (${list(found.subscriberIds, 1)})`,
				found.subscriberIds,
			);
		for (const row of items) {
			const text = (value: unknown) => (typeof value === 'string' ? blank(value) : null);
			await tx.query(
				'UPDATE submissions SET data = $2, answer = $3, forwarded_to = $4 WHERE id = $1',
				[
					Number(row['id']),
					scrubDeep(json(row['data']), blank) as Record<string, unknown>,
					text(row['answer']),
					text(row['forwarded_to']),
				],
			);
		}
		for (const row of entries)
			await tx.query('UPDATE submission_history SET detail = $2 WHERE id = $1', [
				Number(row['id']),
				scrubDeep(json(row['detail']), blank) as Record<string, unknown>,
			]);
		const counts: ErasureCounts = {
			submissions: found.ids.length,
			history,
			mail: mail.length,
			subscribers: found.subscriberIds.length,
			mentions: items.length + entries.length,
		};
		await tx.query('INSERT INTO erasures (at, actor, counts) VALUES ($1, $2, $3)', [
			at,
			actor,
			{ ...counts },
		]);
		return counts;
	});
}

export interface ErasureLogEntry {
	at: Date;
	actor: string;
	counts: ErasureCounts;
}

/** The latest erasures, newest first. */
export async function erasureLog(db: Queryable, limit = 10): Promise<ErasureLogEntry[]> {
	const rows = await db.query(
		`SELECT at, actor, counts FROM erasures ORDER BY at DESC, id DESC LIMIT ${Math.max(1, limit)}`,
	);
	return rows.map((row) => ({
		at: new Date(row['at'] instanceof Date ? row['at'] : String(row['at'])),
		actor: String(row['actor']),
		counts: json(row['counts']) as unknown as ErasureCounts,
	}));
}
