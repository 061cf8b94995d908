/**
 * Where submissions live: one interface, implemented on the server core's connection (SQLite
 * or PostgreSQL, src/lib/server/) by ./sql-repository.ts, one test suite run against both
 * (tests/unit/lib/feedback/repository.test.ts). The staff inbox reads and updates submissions
 * through the same interface: statuses, history, due dates.
 */
import type { Locale } from '../i18n/locales.ts';
import type { MailCounts, NewMail, OutboxMail } from '../server/outbox-store.ts';
import type { Identity } from './purge.ts';
import type { FeedbackKind } from './choices.ts';

export const SUBMISSION_STATUSES = ['new', 'forwarded', 'answered', 'closed'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export type FeedbackLocale = Locale;

/**
 * Where an item came from: a form of the site, or typed in by staff from a paper form or
 * questionnaire, an oral remark (cahier de liaison) or an online review.
 */
export const SUBMISSION_SOURCES = ['web', 'paper', 'oral', 'review'] as const;
export type SubmissionSource = (typeof SUBMISSION_SOURCES)[number];

/** What the handler stores for a validated submission. */
export interface NewSubmission {
	/** Given to the visitor: "REC-2026-7K3MQ9". Unique. */
	reference: string;
	kind: FeedbackKind;
	locale: FeedbackLocale;
	receivedAt: Date;
	/** Complaints: the date the office promised an answer by. */
	dueAt?: Date | undefined;
	/** Sent by the form; the same key twice stores one submission. */
	idempotencyKey: string;
	/** The suggestion's topic or the complaint's subject. */
	topic?: string | undefined;
	officeId?: string | undefined;
	providerId?: string | undefined;
	/** The page of the site the visitor reported (suggestions from "report an error" links). */
	page?: string | undefined;
	contactName?: string | undefined;
	contactEmail?: string | undefined;
	contactPhone?: string | undefined;
	/** The form's other answers (ratings, texts, dates…), as validated. */
	data: Record<string, unknown>;
	/** Keyed hash of the client's address, for the rate limit and abuse checks; erased by the purge. */
	clientHash?: string | undefined;
	/** Set when the office has been (or need not be) notified; unset while waiting for the digest. */
	notifiedAt?: Date | undefined;
	/** `web` when unset. */
	source?: SubmissionSource | undefined;
	/**
	 * The day of the visit or of the review an item typed in by staff tells of: the synthesis
	 * counts it then, not on the day it was typed. Unset: the day of receipt.
	 */
	datedAt?: Date | undefined;
	/** The staff member (e-mail) who typed it in; unset for what visitors sent. */
	enteredBy?: string | undefined;
}

export interface Submission extends NewSubmission {
	id: number;
	status: SubmissionStatus;
	updatedAt: Date;
	forwardedTo?: string | undefined;
	answer?: string | undefined;
	answeredAt?: Date | undefined;
	closedAt?: Date | undefined;
	/** The staff account the item is assigned to (src/lib/staff/assignment.ts). */
	assignedAccountId?: number | undefined;
	/** The office the item is assigned to. */
	assignedOfficeId?: string | undefined;
	/** When the purge erased its personal data. */
	anonymisedAt?: Date | undefined;
}

export interface HistoryEntry {
	id: number;
	submissionId: number;
	at: Date;
	/** "visitor", "system", or a staff member's e-mail. */
	actor: string;
	/** "received", "status", "note", "anonymised"… */
	action: string;
	detail: Record<string, unknown>;
}

export interface SubmissionQuery {
	kind?: FeedbackKind | undefined;
	status?: SubmissionStatus | undefined;
	officeId?: string | undefined;
	providerId?: string | undefined;
	receivedFrom?: Date | undefined;
	receivedBefore?: Date | undefined;
	/** By the day the item tells of (`datedAt`, or the day of receipt): the synthesis's period. */
	datedFrom?: Date | undefined;
	datedBefore?: Date | undefined;
	/** Only complaints past their due date at this time and not yet answered or closed. */
	overdueAt?: Date | undefined;
	/** Only complaints and suggestions still to handle (new or forwarded). */
	open?: boolean | undefined;
	/** Words found in the reference, the visitor's name or e-mail, or anything they wrote. */
	text?: string | undefined;
	/** Only items assigned to this account, or to this office when given ("assigned to me"). */
	assignedTo?: { accountId: number; officeId?: string | undefined } | undefined;
	/**
	 * `newest` (the default) by date received; `urgency`: complaints and suggestions still to
	 * handle first, soonest due first, then everything else, newest first.
	 */
	order?: 'newest' | 'urgency' | undefined;
	limit?: number | undefined;
	offset?: number | undefined;
}

export interface StatusChange {
	status: SubmissionStatus;
	actor: string;
	at: Date;
	forwardedTo?: string | undefined;
	answer?: string | undefined;
	note?: string | undefined;
	/** Mail sent with the change (the answer to the visitor), queued in the same transaction. */
	mail?: NewMail | undefined;
}

export interface RateLimit {
	clientKey: string;
	windowStart: Date;
	/** Submissions allowed per client and window. */
	max: number;
}

export type CreateResult =
	{ status: 'created' | 'duplicate'; submission: Submission } | { status: 'rate-limited' };

export interface FeedbackRepository {
	readonly dialect: 'sqlite' | 'postgres';
	/** Applies the migrations not yet applied (src/lib/server/schema.ts); returns the schema version. */
	migrate(): Promise<number>;
	/** A stored setting, or `create()` stored under that name when there is none (first one wins). */
	setting(name: string, create: () => string): Promise<string>;
	writeSetting(name: string, value: string): Promise<void>;

	/**
	 * Stores a submission and its outgoing mail in one transaction. With an idempotency key already
	 * stored, stores nothing and returns the stored one (`duplicate`). `reference` gives a fresh
	 * reference; it is called again in the unlikely case of a clash. With `rateLimit`, a new
	 * submission counts as a hit of its client in the same transaction, and is not stored
	 * (`rate-limited`) past the limit: one write per submission, and a limit that holds across
	 * instances.
	 */
	createSubmission(
		submission: Omit<NewSubmission, 'reference'>,
		reference: () => string,
		mails: (reference: string) => NewMail[],
		rateLimit?: RateLimit,
	): Promise<CreateResult>;
	findSubmission(reference: string): Promise<Submission | undefined>;
	listSubmissions(query?: SubmissionQuery): Promise<Submission[]>;
	countSubmissions(query?: SubmissionQuery): Promise<number>;
	/** Sets a submission's status (and what was forwarded or answered), recorded in its history. */
	changeStatus(reference: string, change: StatusChange): Promise<Submission>;
	addHistory(
		submissionId: number,
		entry: Omit<HistoryEntry, 'id' | 'submissionId'>,
	): Promise<HistoryEntry>;
	history(submissionId: number): Promise<HistoryEntry[]>;
	/** Queues a mail about no one submission (the daily reminder). */
	queueMail(mail: NewMail, at: Date): Promise<void>;
	/**
	 * Assigns a submission to a staff account or an office (or to no one: both unset), recorded in
	 * its history (action "assigned", with `entry`'s detail: the assignee's name).
	 */
	assign(
		submissionId: number,
		assignment: { accountId?: number | undefined; officeId?: string | undefined },
		entry: Omit<HistoryEntry, 'id' | 'submissionId' | 'action'>,
	): Promise<void>;

	/** Counts one hit of a client in a time window; returns the hits so far in that window. */
	hit(clientKey: string, windowStart: Date): Promise<number>;
	/** Forgets rate-limit windows that started before `before`. */
	forgetHits(before: Date): Promise<number>;

	/**
	 * Takes up to `limit` mails due at `now` and not sent, and holds them until `leaseUntil` so
	 * that another instance does not send them too.
	 */
	claimMail(now: Date, leaseUntil: Date, limit: number): Promise<OutboxMail[]>;
	markMailSent(id: number, at: Date): Promise<void>;
	markMailFailed(id: number, error: string, nextAttemptAt: Date): Promise<void>;
	mailCounts(): Promise<MailCounts>;
	listMail(): Promise<OutboxMail[]>;

	/**
	 * Marks the suggestions waiting for the digest as notified and queues the digest that
	 * `compose` writes for them, in one transaction. Returns how many suggestions it covers.
	 */
	queueDigest(at: Date, compose: (suggestions: Submission[]) => NewMail): Promise<number>;

	/**
	 * Erases the personal data of submissions received before `cutoff` (contact fields, client
	 * hash, mail sent about them); `scrubberFor` makes what cleans every text left about each of them
	 * (answers, staff answer and forwarding, history). Returns how many it changed.
	 */
	anonymise(
		cutoff: Date,
		at: Date,
		scrubberFor: (identity: Identity) => (text: string) => string,
	): Promise<number>;
	/** The submissions still holding personal data, oldest first: what the purge erases next. */
	anonymisationQueue(limit: number): Promise<Pick<Submission, 'reference' | 'receivedAt'>[]>;

	close(): Promise<void>;
}
