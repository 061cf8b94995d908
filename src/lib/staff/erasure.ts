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
import { sql, type Expression, type Generated, type Kysely, type SqlBool } from 'kysely';
import {
	database,
	fromJson,
	inTransaction,
	toDate,
	type Json,
	type Timestamp,
} from '../server/kysely.ts';
import type { Driver } from '../server/sql.ts';
import type { Database } from '../server/tables.ts';

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

/** The log of erasures (./migrations.ts, version 6): never what was erased. */
export interface ErasureTables {
	erasures: {
		id: Generated<number>;
		at: Timestamp;
		actor: string;
		counts: Json<ErasureCounts>;
	};
}

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
/** `LOWER(text) LIKE pattern`, with the backslash as the escape of LIKE's wildcards. */
const likeLower = (text: Expression<unknown>, pattern: string) =>
	sql<SqlBool>`LOWER(${text}) LIKE ${pattern} ESCAPE '\\'`;

interface OwnSubmission {
	id: number;
	reference: string;
	kind: Submission['kind'];
	received_at: Date | string;
	contact_name: string | null;
	contact_email: string | null;
	contact_phone: string | null;
}

interface Match {
	ids: number[];
	rows: OwnSubmission[];
	/** Their addresses: the one searched, and those given on their submissions (lower case). */
	emails: string[];
	/** Their names and phones as given: blanked where other items quote them. */
	quoted: string[];
	subscriberIds: number[];
}

/** The person's own submissions, addresses and subscriptions. */
async function match(db: Kysely<Database>, person: Person): Promise<Match> {
	const byId = new Map<number, OwnSubmission>();
	const add = (rows: OwnSubmission[]) => rows.forEach((row) => byId.set(row.id, row));
	const submissions = db
		.selectFrom('submissions')
		.select([
			'id',
			'reference',
			'kind',
			'received_at',
			'contact_name',
			'contact_email',
			'contact_phone',
		]);
	if ('name' in person) {
		// Compared here, not in SQL: SQLite's LOWER folds ASCII only ("ÉLODIE" ≠ "élodie").
		const wanted = fold(person.name);
		add(
			(await submissions.where('contact_name', 'is not', null).execute()).filter(
				(row) => row.contact_name !== null && fold(row.contact_name) === wanted,
			),
		);
	}
	const emails = new Set<string>('email' in person ? [person.email] : []);
	for (const row of byId.values())
		if (row.contact_email !== null) emails.add(row.contact_email.toLowerCase());
	if (emails.size > 0)
		add(
			await submissions
				.where((submission) => submission.fn('LOWER', ['contact_email']), 'in', [...emails])
				.execute(),
		);
	const rows = [...byId.values()];
	const quoted = new Set<string>('name' in person ? [person.name] : []);
	for (const row of rows)
		for (const value of [row.contact_name, row.contact_phone])
			if (value !== null && value.trim().length >= 3) quoted.add(value.trim());
	const subscriberIds =
		emails.size > 0
			? (
					await db
						.selectFrom('newsletter_subscribers')
						.select('id')
						.where((subscriber) => subscriber.fn('LOWER', ['email']), 'in', [...emails])
						.execute()
				).map((row) => row.id)
			: [];
	return { ids: [...byId.keys()], rows, emails: [...emails], quoted: [...quoted], subscriberIds };
}

/** The outbox rows to or about the person: their items' mail, mail to them, mail quoting them. */
async function mailIds(db: Kysely<Database>, found: Match): Promise<number[]> {
	const values = [...found.emails, ...found.quoted];
	if (!found.ids.length && !found.subscriberIds.length && !values.length) return [];
	const rows = await db
		.selectFrom('outbox')
		.select('id')
		.where((mail) =>
			mail.or([
				...(found.ids.length ? [mail('submission_id', 'in', found.ids)] : []),
				...(found.subscriberIds.length ? [mail('subscriber_id', 'in', found.subscriberIds)] : []),
				...values.flatMap((value) => [
					likeLower(mail.ref('recipient'), like(value)),
					likeLower(mail.ref('body'), like(value)),
					likeLower(mail.fn.coalesce(mail.cast('headers', 'text'), sql.lit('')), like(value)),
				]),
			]),
		)
		.execute();
	return rows.map((row) => row.id);
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

interface QuotingItem {
	id: number;
	data: Record<string, unknown>;
	answer: string | null;
	forwarded_to: string | null;
}

/** Other people's submissions and history entries that quote the person (SQL prefilter). */
async function mentions(
	db: Kysely<Database>,
	found: Match,
): Promise<{ items: QuotingItem[]; entries: { id: number; detail: Record<string, unknown> }[] }> {
	const values = [...found.emails, ...found.quoted];
	if (!values.length) return { items: [], entries: [] };
	const patterns = values.map(like);
	const anyOf = (text: Expression<unknown>) => patterns.map((pattern) => likeLower(text, pattern));
	const blank = blanker(found);
	const quotes = (value: unknown) =>
		JSON.stringify(value) !== JSON.stringify(scrubDeep(value, blank));
	const items = await db
		.selectFrom('submissions')
		.select(['id', 'data', 'answer', 'forwarded_to'])
		.where((submission) =>
			submission.and([
				submission.or([
					...anyOf(submission.cast('data', 'text')),
					...anyOf(submission.fn.coalesce('answer', sql.lit(''))),
					...anyOf(submission.fn.coalesce('forwarded_to', sql.lit(''))),
				]),
				...(found.ids.length ? [submission('id', 'not in', found.ids)] : []),
			]),
		)
		.execute();
	const entries = await db
		.selectFrom('submission_history')
		.select(['id', 'detail'])
		.where((entry) =>
			entry.and([
				entry.or(anyOf(entry.cast('detail', 'text'))),
				...(found.ids.length ? [entry('submission_id', 'not in', found.ids)] : []),
			]),
		)
		.execute();
	// LIKE folds ASCII only: the exact check is the blanker's.
	return {
		items: items
			.map((row) => ({ ...row, data: fromJson(row.data) }))
			.filter((row) => quotes({ ...row.data, a: row.answer, f: row.forwarded_to })),
		entries: entries
			.map((row) => ({ id: row.id, detail: fromJson(row.detail) }))
			.filter((row) => quotes(row.detail)),
	};
}

/** What the office holds about a person: shown before erasing. */
export async function findPerson(driver: Driver, person: Person): Promise<PersonHoldings> {
	const db = database(driver);
	const found = await match(db, person);
	const subscriptions = found.subscriberIds.length
		? await db
				.selectFrom('newsletter_subscribers')
				.select(['email', 'status'])
				.where('id', 'in', found.subscriberIds)
				.execute()
		: [];
	const { items, entries } = await mentions(db, found);
	return {
		submissions: found.rows
			.map((row) => ({
				reference: row.reference,
				kind: row.kind,
				receivedAt: toDate(row.received_at),
				contactName: row.contact_name ?? undefined,
				contactEmail: row.contact_email ?? undefined,
			}))
			.sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime()),
		subscriptions: subscriptions.map((row) => ({ email: row.email, status: row.status })),
		mail: (await mailIds(db, found)).length,
		mentions: items.length + entries.length,
	};
}

/** Erases everything about a person in one transaction, and logs the counts. */
export async function erasePerson(
	driver: Driver,
	person: Person,
	actor: string,
	at: Date,
): Promise<ErasureCounts> {
	return inTransaction(driver, async (db) => {
		const found = await match(db, person);
		const { items, entries } = await mentions(db, found);
		const blank = blanker(found);
		const mail = await mailIds(db, found);
		if (mail.length) await db.deleteFrom('outbox').where('id', 'in', mail).execute();
		let history = 0;
		if (found.ids.length) {
			history = (
				await db
					.deleteFrom('submission_history')
					.where('submission_id', 'in', found.ids)
					.returning('id')
					.execute()
			).length;
			await db.deleteFrom('submissions').where('id', 'in', found.ids).execute();
		}
		if (found.subscriberIds.length)
			await db
				.deleteFrom('newsletter_subscribers')
				.where('id', 'in', found.subscriberIds)
				.execute();
		for (const row of items)
			await db
				.updateTable('submissions')
				.set({
					data: scrubDeep(row.data, blank) as Record<string, unknown>,
					answer: row.answer === null ? null : blank(row.answer),
					forwarded_to: row.forwarded_to === null ? null : blank(row.forwarded_to),
				})
				.where('id', '=', row.id)
				.execute();
		for (const row of entries)
			await db
				.updateTable('submission_history')
				.set({ detail: scrubDeep(row.detail, blank) as Record<string, unknown> })
				.where('id', '=', row.id)
				.execute();
		const counts: ErasureCounts = {
			submissions: found.ids.length,
			history,
			mail: mail.length,
			subscribers: found.subscriberIds.length,
			mentions: items.length + entries.length,
		};
		await db
			.insertInto('erasures')
			.values({ at, actor, counts: { ...counts } })
			.execute();
		return counts;
	});
}

export interface ErasureLogEntry {
	at: Date;
	actor: string;
	counts: ErasureCounts;
}

/** The latest erasures, newest first. */
export async function erasureLog(driver: Driver, limit = 10): Promise<ErasureLogEntry[]> {
	const rows = await database(driver)
		.selectFrom('erasures')
		.select(['at', 'actor', 'counts'])
		.orderBy('at', 'desc')
		.orderBy('id', 'desc')
		.limit(Math.max(1, limit))
		.execute();
	return rows.map((row) => ({
		at: toDate(row.at),
		actor: row.actor,
		counts: fromJson(row.counts),
	}));
}
