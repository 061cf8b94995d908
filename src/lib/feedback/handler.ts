/**
 * The feedback function's core. No Astro here: the forms' action (src/actions/feedback.ts) passes
 * the posted fields in, whether the form's script sent them or a browser without JavaScript
 * posted the form (Astro has already limited the body's size and read it), and tests call it
 * directly.
 *
 * A submission goes through, in order: idempotency key, unknown fields, honeypot, form token
 * (minimum fill time), field validation, then one
 * transaction that counts it against the client's rate limit and stores it with its mail. Only
 * once that transaction is committed is it acknowledged. Every refusal is a 4xx
 * with a message in the visitor's language, and stores nothing.
 */
import { isLocale } from '../i18n/locales.ts';
import { FEEDBACK_KINDS, type FeedbackChoices, type FeedbackKind } from './choices.ts';
import type { FeedbackConfig } from '../server/config.ts';
import { validate } from '../server/errors.ts';
import { mailFor, notifiesAtOnce } from './mail.ts';
import { deliverMail, type DeliveryReport, type MailTransport } from '../server/outbox.ts';
import { queueDigestIfDue, queueReminderIfDue } from './notices.ts';
import type {
	CreateResult,
	FeedbackLocale,
	FeedbackRepository,
	NewSubmission,
	Submission,
} from './repository.ts';
import { sameContent } from './same-content.ts';
import { FORM_FIELDS, schemaFor } from './schemas.ts';
import { describeRefusal, refusal, type Refusal, type RefusalMessage } from '../server/refusal.ts';
import {
	checkFormToken,
	clientKey,
	IDEMPOTENCY_KEY,
	issueFormToken,
	newIdempotencyKey,
	newReference,
} from '../server/token.ts';

/** Fields every form carries besides its own: the signed token, the key, the honeypot. */
export const ENVELOPE_FIELDS = ['token', 'idempotencyKey', 'website'] as const;

/** The honeypot: hidden from people, filled by robots that fill every field. */
export const HONEYPOT_FIELD = 'website';

export interface FeedbackServiceOptions {
	config: FeedbackConfig;
	repository: FeedbackRepository;
	/** Signs form tokens and keys client addresses. */
	secret: string;
	/** The offices and providers a form may name. */
	choices: FeedbackChoices;
	/** The site's public address, for links in mail. */
	siteUrl: string;
	transport?: MailTransport | undefined;
	now?: () => Date;
	/** Keeps work going after the response (a serverless host's `waitUntil`). */
	background?: (work: Promise<unknown>) => void;
}

/** A refusal: HTTP status, a code for scripts, a message key, and problems per field. */
export type { Refusal };

export type SubmitOutcome =
	{ ok: true; submission: Submission; created: boolean } | ({ ok: false } & Refusal);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const isFeedbackKind = (value: unknown): value is FeedbackKind =>
	typeof value === 'string' && (FEEDBACK_KINDS as readonly string[]).includes(value);

export class FeedbackService {
	readonly config: FeedbackConfig;
	readonly repository: FeedbackRepository;
	readonly #secret: string;
	readonly #choices: FeedbackChoices;
	readonly #siteUrl: string;
	readonly #transport: MailTransport | undefined;
	readonly #now: () => Date;
	readonly #background: (work: Promise<unknown>) => void;
	#delivering: Promise<DeliveryReport> | undefined;
	#deliverAgain = false;

	constructor(options: FeedbackServiceOptions) {
		this.config = options.config;
		this.repository = options.repository;
		this.#secret = options.secret;
		this.#choices = options.choices;
		this.#siteUrl = options.siteUrl;
		this.#transport = options.transport;
		this.#now = options.now ?? (() => new Date());
		this.#background =
			options.background ??
			((work) => {
				work.catch((error: unknown) => console.error('[feedback]', error));
			});
	}

	/** The token and idempotency key of a form being displayed now. */
	newForm(): { token: string; idempotencyKey: string } {
		return {
			token: issueFormToken(this.#secret, this.#now()),
			idempotencyKey: newIdempotencyKey(),
		};
	}

	/** Checks and stores one submission whose fields are in `input` (envelope included). */
	async submit(
		kind: FeedbackKind,
		locale: FeedbackLocale,
		input: Record<string, unknown>,
		clientAddress: string,
	): Promise<SubmitOutcome> {
		const now = this.#now();
		const { token, idempotencyKey, website, ...fields } = input;

		if (typeof idempotencyKey !== 'string' || !IDEMPOTENCY_KEY.test(idempotencyKey))
			return { ok: false, ...refusal(400, 'idempotency-key', 'feedback.error.malformed') };

		const allowed = new Set(FORM_FIELDS[kind]);
		const unknown = Object.keys(fields).filter((name) => !allowed.has(name));
		if (unknown.length > 0)
			return { ok: false, ...refusal(400, 'unknown-fields', 'feedback.error.unknownFields') };

		if (website !== undefined && website !== '')
			return { ok: false, ...refusal(422, 'honeypot', 'feedback.error.honeypot') };

		const check = checkFormToken(this.#secret, token, now, this.config.minFillSeconds);
		if (!check.ok)
			return check.reason === 'too-fast'
				? { ok: false, ...refusal(422, 'too-fast', 'feedback.error.tooFast') }
				: { ok: false, ...refusal(400, `token-${check.reason}`, 'feedback.error.token') };

		const validation = validate(schemaFor(kind, this.#choices, now), fields);
		if (!validation.ok)
			return validation.unknownFields.length > 0
				? { ok: false, ...refusal(400, 'unknown-fields', 'feedback.error.unknownFields') }
				: {
						ok: false,
						...refusal(422, 'invalid-fields', 'feedback.error.fields', validation.fields),
					};

		const client = clientKey(this.#secret, clientAddress);
		const data = validation.data as Record<string, unknown>;
		const { name, email, phone, ...answers } = data;
		const topic = kind === 'complaint' ? data['subject'] : data['topic'];
		const submission: Omit<NewSubmission, 'reference'> = {
			kind,
			locale,
			receivedAt: now,
			dueAt:
				kind === 'complaint'
					? new Date(now.getTime() + this.config.complaintDueDays * 24 * 60 * 60_000)
					: undefined,
			idempotencyKey,
			topic: typeof topic === 'string' ? topic : undefined,
			officeId: typeof data['officeId'] === 'string' ? data['officeId'] : undefined,
			providerId: typeof data['providerId'] === 'string' ? data['providerId'] : undefined,
			page: typeof data['page'] === 'string' ? data['page'] : undefined,
			contactName: typeof name === 'string' ? name : undefined,
			contactEmail: typeof email === 'string' ? email : undefined,
			contactPhone: typeof phone === 'string' ? phone : undefined,
			data: Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined)),
			clientHash: client,
			// Waiting for the digest: not notified yet. Otherwise notified with this very transaction.
			notifiedAt: kind === 'suggestion' && !notifiesAtOnce(kind, this.config) ? undefined : now,
		};
		const windowMs = this.config.rateWindowMinutes * 60_000;
		let result: CreateResult;
		try {
			result = await this.repository.createSubmission(
				submission,
				() => newReference(kind, now),
				(reference) =>
					mailFor({ ...submission, reference }, this.config, this.#siteUrl, this.#choices.names),
				{
					clientKey: client,
					windowStart: new Date(Math.floor(now.getTime() / windowMs) * windowMs),
					max: this.config.rateLimit,
				},
			);
		} catch (error) {
			// The database is down or restarting: nothing was stored, and the visitor is told to
			// try again (503 with Retry-After), never left with an empty error page.
			console.error('[feedback] store unavailable:', messageOf(error));
			return { ok: false, ...refusal(503, 'unavailable', 'feedback.error.unavailable') };
		}
		if (result.status === 'rate-limited')
			return { ok: false, ...refusal(429, 'rate-limit', 'feedback.error.rateLimit') };
		// The same key with other content (another form, or an edited message): not a retry of
		// the stored message, and never silently answered with its reference.
		if (result.status === 'duplicate' && !sameContent(result.submission, submission))
			return {
				ok: false,
				...refusal(409, 'idempotency-conflict', 'feedback.error.idempotencyConflict'),
			};
		const created = result.status === 'created';
		if (created) this.#background(this.deliver());
		return { ok: true, submission: result.submission, created };
	}

	/**
	 * Sends the mail due now (and queues the digest when due). Calls during a delivery wait for it
	 * and run once more after it, so mail queued meanwhile is not left behind.
	 */
	deliver(): Promise<DeliveryReport> {
		if (this.#delivering) {
			this.#deliverAgain = true;
			return this.#delivering;
		}
		const run = async (): Promise<DeliveryReport> => {
			const total = { sent: 0, failed: 0 };
			do {
				this.#deliverAgain = false;
				await queueDigestIfDue(this.repository, this.config, this.#siteUrl, this.#now());
				await queueReminderIfDue(this.repository, this.config, this.#siteUrl, this.#now());
				const report = await deliverMail(this.repository, this.#transport, this.#now);
				total.sent += report.sent;
				total.failed += report.failed;
			} while (this.#deliverAgain);
			return total;
		};
		this.#delivering = run().finally(() => {
			this.#delivering = undefined;
		});
		return this.#delivering;
	}

	/** Delivers mail every `outboxIntervalSeconds` until the returned function is called. */
	startDeliveryTimer(): () => void {
		const seconds = this.config.outboxIntervalSeconds;
		if (seconds <= 0) return () => undefined;
		const timer = setInterval(() => this.#background(this.deliver()), seconds * 1000);
		timer.unref();
		return () => clearInterval(timer);
	}

	/**
	 * A form as the forms' action receives it: `{ kind, locale, token, idempotencyKey, website,
	 * …fields }`; the locale its answer is in (French unless it names another), and the outcome.
	 * A form of no kind or no language of ours is refused as malformed.
	 */
	async submitForm(
		posted: Record<string, unknown>,
		clientAddress: string,
	): Promise<{ locale: FeedbackLocale; outcome: SubmitOutcome }> {
		const { kind, locale: requested, ...input } = posted;
		const locale = isLocale(requested) ? requested : 'fr';
		if (!isFeedbackKind(kind) || !isLocale(requested))
			return {
				locale,
				outcome: { ok: false, ...refusal(400, 'unknown-kind', 'feedback.error.malformed') },
			};
		return { locale, outcome: await this.submit(kind, locale, input, clientAddress) };
	}

	/** A refusal in words, in the visitor's language (what the forms' action answers). */
	describe(refused: Refusal, locale: FeedbackLocale): RefusalMessage {
		return describeRefusal(refused, locale, this.config.rateWindowMinutes);
	}
}
