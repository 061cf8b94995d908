/**
 * Where subscribers live: the `newsletter_subscribers` table on the server core's connection
 * (./migrations.ts, SQLite or PostgreSQL), and the mail about them in its outbox, written in the same
 * transaction as the sign-up so that a stored sign-up always gets its mail.
 */
import type { Generated, Kysely, Selectable } from 'kysely';
import {
	database,
	fromJson,
	inTransaction,
	optionalDate,
	toDate,
	type Json,
	type NullableTimestamp,
	type Timestamp,
} from '../server/kysely.ts';
import { insertMail, type NewMail } from '../server/outbox-store.ts';
import type { Driver } from '../server/sql.ts';
import type { Database } from '../server/tables.ts';
import type { NewsletterLanguage } from './fields.ts';
import type { SignUp } from './schema.ts';

export type SubscriberStatus = 'pending' | 'confirmed';

/** The newsletter's table (./migrations.ts). */
export interface NewsletterTables {
	newsletter_subscribers: {
		id: Generated<number>;
		email: string;
		locale: NewsletterLanguage;
		sectors: Json<string[]>;
		status: SubscriberStatus;
		created_at: Timestamp;
		confirmed_at: NullableTimestamp;
		last_mail_at: NullableTimestamp;
		client_hash: string | null;
		updated_at: Timestamp;
	};
}

type SubscriberRow = Selectable<NewsletterTables['newsletter_subscribers']>;

export interface Subscriber {
	id: number;
	email: string;
	locale: NewsletterLanguage;
	sectors: string[];
	status: SubscriberStatus;
	createdAt: Date;
	confirmedAt?: Date | undefined;
	/** When the last mail about this subscription was queued (for the per-address throttle). */
	lastMailAt?: Date | undefined;
	updatedAt: Date;
}

/** What a sign-up found: a new address, one waiting for confirmation, or a subscriber already. */
export type SignUpOutcome = 'created' | 'pending' | 'confirmed';

/** The mail to queue about a sign-up, written once its row (and id) exists; none: no mail. */
export type SignUpMail = (subscriber: Subscriber, outcome: SignUpOutcome) => NewMail | undefined;

function toSubscriber(row: SubscriberRow): Subscriber {
	return {
		id: row.id,
		email: row.email,
		locale: row.locale,
		sectors: fromJson(row.sectors),
		status: row.status,
		createdAt: toDate(row.created_at),
		confirmedAt: optionalDate(row.confirmed_at),
		lastMailAt: optionalDate(row.last_mail_at),
		updatedAt: toDate(row.updated_at),
	};
}

export class NewsletterStore {
	readonly #driver: Driver;

	constructor(driver: Driver) {
		this.#driver = driver;
	}

	/**
	 * Records a sign-up, and in the same transaction the mail `mail` writes about it:
	 * - a new address is stored, pending confirmation;
	 * - an address waiting for confirmation takes the new choices (it is not confirmed yet);
	 * - a subscriber keeps their choices (nobody else may change them).
	 * A mail is queued unless one was queued about this address since `throttleBefore`: signing up
	 * an address again and again sends it at most one mail per throttle window.
	 */
	async signUp(
		signUp: SignUp,
		at: Date,
		clientHash: string | undefined,
		throttleBefore: Date,
		mail: SignUpMail,
	): Promise<{ outcome: SignUpOutcome; mailed: boolean; subscriber: Subscriber }> {
		return inTransaction(this.#driver, async (db) => {
			// A concurrent sign-up of the same address waits for the other's commit here, then finds
			// its row: never two rows, never a unique-constraint error.
			const inserted = await db
				.insertInto('newsletter_subscribers')
				.values({
					email: signUp.email,
					locale: signUp.language,
					sectors: signUp.sectors,
					status: 'pending',
					created_at: at,
					client_hash: clientHash ?? null,
					updated_at: at,
				})
				.onConflict((conflict) => conflict.column('email').doNothing())
				.returningAll()
				.executeTakeFirst();
			let outcome: SignUpOutcome = 'created';
			let row = inserted;
			if (!inserted) {
				const query = db
					.selectFrom('newsletter_subscribers')
					.selectAll()
					.where('email', '=', signUp.email);
				// Held until the commit, so that two sign-ups at once do not both pass the throttle.
				const existing = await (
					this.#driver.dialect === 'postgres' ? query.forUpdate() : query
				).executeTakeFirst();
				if (existing?.status === 'pending') {
					outcome = 'pending';
					row = await db
						.updateTable('newsletter_subscribers')
						.set({ locale: signUp.language, sectors: signUp.sectors, updated_at: at })
						.where('id', '=', existing.id)
						.returningAll()
						.executeTakeFirst();
				} else {
					outcome = 'confirmed';
					row = existing;
				}
			}
			if (!row) throw new Error('Sign-up not stored');
			const subscriber = toSubscriber(row);
			const throttled =
				subscriber.lastMailAt !== undefined && subscriber.lastMailAt > throttleBefore;
			const message = throttled ? undefined : mail(subscriber, outcome);
			if (message) {
				await this.#queue(db, subscriber.id, message, at);
				await db
					.updateTable('newsletter_subscribers')
					.set({ last_mail_at: at })
					.where('id', '=', subscriber.id)
					.execute();
			}
			return { outcome, mailed: Boolean(message), subscriber };
		});
	}

	async #queue(db: Kysely<Database>, subscriberId: number, mail: NewMail, at: Date): Promise<void> {
		await insertMail(db, { ...mail, kind: 'newsletter' }, at, { subscriberId });
	}

	async find(id: number): Promise<Subscriber | undefined> {
		const row = await database(this.#driver)
			.selectFrom('newsletter_subscribers')
			.selectAll()
			.where('id', '=', id)
			.executeTakeFirst();
		return row && toSubscriber(row);
	}

	async findByEmail(email: string): Promise<Subscriber | undefined> {
		const row = await database(this.#driver)
			.selectFrom('newsletter_subscribers')
			.selectAll()
			.where('email', '=', email.trim().toLowerCase())
			.executeTakeFirst();
		return row && toSubscriber(row);
	}

	/** Confirms a pending sign-up; `already` when it was confirmed before, `gone` when absent. */
	async confirm(id: number, at: Date): Promise<'confirmed' | 'already' | 'gone'> {
		const row = await database(this.#driver)
			.updateTable('newsletter_subscribers')
			.set({ status: 'confirmed', confirmed_at: at, updated_at: at, client_hash: null })
			.where('id', '=', id)
			.where('status', '=', 'pending')
			.returning('id')
			.executeTakeFirst();
		if (row) return 'confirmed';
		return (await this.find(id)) ? 'already' : 'gone';
	}

	/** Unsubscribes: the subscriber and every mail about them are deleted. */
	async unsubscribe(id: number): Promise<boolean> {
		const rows = await database(this.#driver)
			.deleteFrom('newsletter_subscribers')
			.where('id', '=', id)
			.returning('id')
			.execute();
		return rows.length > 0;
	}

	/** Deletes the sign-ups still unconfirmed whose last confirmation mail went before `before`. */
	async purgeUnconfirmed(before: Date): Promise<number> {
		const rows = await database(this.#driver)
			.deleteFrom('newsletter_subscribers')
			.where('status', '=', 'pending')
			.where((subscriber) => subscriber.fn.coalesce('last_mail_at', 'created_at'), '<', before)
			.returning('id')
			.execute();
		return rows.length;
	}

	/** The confirmed subscribers, oldest first (the export for the office's mailing tool). */
	async confirmed(): Promise<Subscriber[]> {
		const rows = await database(this.#driver)
			.selectFrom('newsletter_subscribers')
			.selectAll()
			.where('status', '=', 'confirmed')
			.orderBy('confirmed_at')
			.orderBy('id')
			.execute();
		return rows.map(toSubscriber);
	}

	async counts(): Promise<Record<SubscriberStatus, number>> {
		const rows = await database(this.#driver)
			.selectFrom('newsletter_subscribers')
			.select((subscriber) => ['status', subscriber.fn.countAll<number>().as('count')])
			.groupBy('status')
			.execute();
		const counts = { pending: 0, confirmed: 0 };
		for (const row of rows) counts[row.status] = Number(row.count);
		return counts;
	}
}
