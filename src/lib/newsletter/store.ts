/**
 * Where subscribers live: the `newsletter_subscribers` table on the server core's connection
 * (./migrations.ts, SQLite or PostgreSQL), and the mail about them in its outbox, written in the same
 * transaction as the sign-up so that a stored sign-up always gets its mail.
 */
import { insertMail, type NewMail } from '../server/outbox-store.ts';
import { dateColumn as date, type Driver, type Queryable, type Row } from '../server/sql.ts';
import type { NewsletterLanguage } from './fields.ts';
import type { SignUp } from './schema.ts';
import { kysely } from '../server/kysely.ts';

export type SubscriberStatus = 'pending' | 'confirmed';

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

function toSubscriber(row: Row): Subscriber {
	const sectors = row['sectors'];
	return {
		id: Number(row['id']),
		email: String(row['email']),
		locale: row['locale'] as NewsletterLanguage,
		sectors: (typeof sectors === 'string' ? JSON.parse(sectors) : (sectors ?? [])) as string[],
		status: row['status'] as SubscriberStatus,
		createdAt: date(row['created_at']) ?? new Date(0),
		confirmedAt: date(row['confirmed_at']),
		lastMailAt: date(row['last_mail_at']),
		updatedAt: date(row['updated_at']) ?? new Date(0),
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
		return this.#driver.transaction(async (tx) => {
			// A concurrent sign-up of the same address waits for the other's commit here, then finds
			// its row: never two rows, never a unique-constraint error.
			const [inserted] = await tx.query(
				`INSERT INTO newsletter_subscribers
					(email, locale, sectors, status, created_at, client_hash, updated_at)
				VALUES ($1, $2, $3, 'pending', $4, $5, $4)
				ON CONFLICT (email) DO NOTHING RETURNING *`,
				[signUp.email, signUp.language, JSON.stringify(signUp.sectors), at, clientHash],
			);
			let outcome: SignUpOutcome = 'created';
			let row = inserted;
			if (!inserted) {
				// Held until the commit, so that two sign-ups at once do not both pass the throttle.
				const lock = this.#driver.dialect === 'postgres' ? 'FOR UPDATE' : '';
				const [existing] = await tx.query(
					`SELECT * FROM newsletter_subscribers WHERE email = $1 ${lock}`,
					[signUp.email],
				);
				if (existing?.['status'] === 'pending') {
					outcome = 'pending';
					[row] = await tx.query(
						`UPDATE newsletter_subscribers SET locale = $2, sectors = $3, updated_at = $4
						WHERE id = $1 RETURNING *`,
						[Number(existing['id']), signUp.language, JSON.stringify(signUp.sectors), at],
					);
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
				await this.#queue(tx, subscriber.id, message, at);
				await tx.query('UPDATE newsletter_subscribers SET last_mail_at = $2 WHERE id = $1', [
					subscriber.id,
					at,
				]);
			}
			return { outcome, mailed: Boolean(message), subscriber };
		});
	}

	async #queue(tx: Queryable, subscriberId: number, mail: NewMail, at: Date): Promise<void> {
		await insertMail(kysely(tx, this.#driver.dialect), { ...mail, kind: 'newsletter' }, at, {
			subscriberId,
		});
	}

	async find(id: number): Promise<Subscriber | undefined> {
		const [row] = await this.#driver.query('SELECT * FROM newsletter_subscribers WHERE id = $1', [
			id,
		]);
		return row ? toSubscriber(row) : undefined;
	}

	async findByEmail(email: string): Promise<Subscriber | undefined> {
		const [row] = await this.#driver.query(
			'SELECT * FROM newsletter_subscribers WHERE email = $1',
			[email.trim().toLowerCase()],
		);
		return row ? toSubscriber(row) : undefined;
	}

	/** Confirms a pending sign-up; `already` when it was confirmed before, `gone` when absent. */
	async confirm(id: number, at: Date): Promise<'confirmed' | 'already' | 'gone'> {
		const [row] = await this.#driver.query(
			`UPDATE newsletter_subscribers SET status = 'confirmed', confirmed_at = $2, updated_at = $2,
				client_hash = NULL
			WHERE id = $1 AND status = 'pending' RETURNING id`,
			[id, at],
		);
		if (row) return 'confirmed';
		return (await this.find(id)) ? 'already' : 'gone';
	}

	/** Unsubscribes: the subscriber and every mail about them are deleted. */
	async unsubscribe(id: number): Promise<boolean> {
		const rows = await this.#driver.query(
			'DELETE FROM newsletter_subscribers WHERE id = $1 RETURNING id',
			[id],
		);
		return rows.length > 0;
	}

	/** Deletes the sign-ups still unconfirmed whose last confirmation mail went before `before`. */
	async purgeUnconfirmed(before: Date): Promise<number> {
		const rows = await this.#driver.query(
			`DELETE FROM newsletter_subscribers
			WHERE status = 'pending' AND COALESCE(last_mail_at, created_at) < $1 RETURNING id`,
			[before],
		);
		return rows.length;
	}

	/** The confirmed subscribers, oldest first (the export for the office's mailing tool). */
	async confirmed(): Promise<Subscriber[]> {
		const rows = await this.#driver.query(
			`SELECT * FROM newsletter_subscribers WHERE status = 'confirmed' ORDER BY confirmed_at, id`,
		);
		return rows.map(toSubscriber);
	}

	async counts(): Promise<Record<SubscriberStatus, number>> {
		const rows = await this.#driver.query(
			'SELECT status, COUNT(*) AS count FROM newsletter_subscribers GROUP BY status',
		);
		const counts = { pending: 0, confirmed: 0 };
		for (const row of rows) counts[row['status'] as SubscriberStatus] = Number(row['count']);
		return counts;
	}
}
