/**
 * The newsletter's sign-up, confirmation and unsubscribe, with the same store, outbox, secret,
 * form token, honeypot and rate limit as the feedback forms. No Astro here: the sign-up action
 * (src/actions/newsletter.ts) and the pages pass the visitor's fields in, tests call it directly.
 *
 * A sign-up answers the same whatever the address's state (new, waiting for confirmation,
 * subscribed): "check your mailbox". The mail says the rest, to the address's owner only.
 */
import type { FieldProblem } from '../server/errors.ts';
import type { FeedbackConfig } from '../server/config.ts';
import type { FeedbackLocale } from '../feedback/repository.ts';
import type { RateLimiter } from '../server/rate-limits.ts';
import { describeRefusal, refusal, type Refusal, type RefusalMessage } from '../server/refusal.ts';
import { checkFormToken, clientKey, issueFormToken } from '../server/token.ts';
import { pathTo } from '../i18n/routes.ts';
import { SIGN_UP_FIELDS } from './fields.ts';
import { checkLink, CONFIRM_LINK_HOURS, linkKey, parseLink, signLink } from './links.ts';
import { signUpMail } from './mail.ts';
import { validateSignUp } from './schema.ts';
import type { NewsletterStore, Subscriber } from './store.ts';

/** At most one mail per address in this time, however often it is signed up. */
export const MAIL_THROTTLE_MINUTES = 15;

const HOUR = 60 * 60_000;

export interface NewsletterServiceOptions {
	store: NewsletterStore;
	/** The server's rate-limit counter (shared with the feedback forms). */
	rateLimits: RateLimiter;
	config: Pick<FeedbackConfig, 'minFillSeconds' | 'rateLimit' | 'rateWindowMinutes'>;
	/** The function's secret: form tokens, client keys, and (derived) the links' key. */
	secret: string;
	/** The sectors a subscriber may choose (their ids). */
	sectors: readonly string[];
	/** The site's public address, for links in mail. */
	siteUrl: string;
	now?: () => Date;
	/** Sends the mail waiting in the outbox (the feedback service's delivery). */
	deliver?: () => Promise<unknown>;
	/** Keeps work going after the response (a serverless host's `waitUntil`). */
	background?: (work: Promise<unknown>) => void;
}

/** A refused sign-up: the same shape, and the same JSON answer, as a refused feedback form. */
export type SignUpRefusal = Refusal;

export type SignUpResult = { ok: true } | ({ ok: false } & SignUpRefusal);

/**
 * What a confirmation link leads to: ready (GET, the button: mail scanners that open links must
 * not confirm anything), confirmed (POST), or why not.
 */
export type ConfirmOutcome = 'ready' | 'confirmed' | 'already' | 'invalid' | 'expired' | 'gone';
/** What an unsubscribe link leads to: ready (GET, the button), done (POST), or refused. */
export type UnsubscribeOutcome = 'ready' | 'done' | 'invalid' | 'gone';

export class NewsletterService {
	readonly #store: NewsletterStore;
	readonly #rateLimits: RateLimiter;
	readonly #config: NewsletterServiceOptions['config'];
	readonly #secret: string;
	readonly #key: Buffer;
	readonly #sectors: readonly string[];
	readonly #siteUrl: string;
	readonly #now: () => Date;
	readonly #deliver: () => Promise<unknown>;
	readonly #background: (work: Promise<unknown>) => void;

	constructor(options: NewsletterServiceOptions) {
		this.#store = options.store;
		this.#rateLimits = options.rateLimits;
		this.#config = options.config;
		this.#secret = options.secret;
		this.#key = linkKey(options.secret);
		this.#sectors = options.sectors;
		this.#siteUrl = options.siteUrl;
		this.#now = options.now ?? (() => new Date());
		this.#deliver = options.deliver ?? (() => Promise.resolve());
		this.#background =
			options.background ??
			((work) => {
				work.catch((error: unknown) => console.error('[newsletter]', error));
			});
	}

	get store(): NewsletterStore {
		return this.#store;
	}

	/** The token of a sign-up form displayed now (minimum fill time, as the feedback forms). */
	newFormToken(): string {
		return issueFormToken(this.#secret, this.#now());
	}

	/** The confirmation page's address with this sign-up's signed link, and when it expires. */
	confirmUrl(subscriber: Pick<Subscriber, 'id' | 'email' | 'locale'>, at = this.#now()) {
		const expiresAt = new Date(at.getTime() + CONFIRM_LINK_HOURS * HOUR);
		const token = signLink(this.#key, 'confirm', subscriber, expiresAt);
		const path = pathTo({ route: 'newsletterConfirm' }, subscriber.locale);
		return { url: new URL(`${path}?t=${token}`, this.#siteUrl).href, expiresAt };
	}

	/** The unsubscribe page's address with this subscriber's signed link (does not expire). */
	unsubscribeUrl(subscriber: Pick<Subscriber, 'id' | 'email' | 'locale'>): string {
		const token = signLink(this.#key, 'unsubscribe', subscriber);
		const path = pathTo({ route: 'newsletterUnsubscribe' }, subscriber.locale);
		return new URL(`${path}?t=${token}`, this.#siteUrl).href;
	}

	/** Checks and records a sign-up whose fields are in `input` (token and honeypot included). */
	async signUp(input: Record<string, unknown>, clientAddress: string): Promise<SignUpResult> {
		const now = this.#now();
		const { token, website, ...fields } = input;
		const unknown = Object.keys(fields).filter(
			(name) => !(SIGN_UP_FIELDS as readonly string[]).includes(name),
		);
		if (unknown.length > 0)
			return { ok: false, ...refusal(400, 'unknown-fields', 'feedback.error.unknownFields') };
		if (website !== undefined && website !== '')
			return { ok: false, ...refusal(422, 'honeypot', 'feedback.error.honeypot') };
		const check = checkFormToken(this.#secret, token, now, this.#config.minFillSeconds);
		if (!check.ok)
			return check.reason === 'too-fast'
				? { ok: false, ...refusal(422, 'too-fast', 'feedback.error.tooFast') }
				: { ok: false, ...refusal(400, `token-${check.reason}`, 'feedback.error.token') };

		const validation = validateSignUp(this.#sectors, fields);
		if (!validation.ok)
			return {
				ok: false,
				...refusal(
					422,
					'invalid-fields',
					'newsletter.error.fields',
					validation.fields as Record<string, FieldProblem>,
				),
			};

		try {
			return await this.#record(validation.data, now, clientAddress);
		} catch (error) {
			// The database is down or restarting: nothing was recorded; the visitor is told to try
			// again (503 with Retry-After) and keeps what they typed.
			console.error(
				'[newsletter] store unavailable:',
				error instanceof Error ? error.message : error,
			);
			return { ok: false, ...refusal(503, 'unavailable', 'feedback.error.unavailable') };
		}
	}

	async #record(
		data: Parameters<NewsletterStore['signUp']>[0],
		now: Date,
		clientAddress: string,
	): Promise<SignUpResult> {
		const client = clientKey(this.#secret, clientAddress);
		const windowMs = this.#config.rateWindowMinutes * 60_000;
		const hits = await this.#rateLimits.hit(
			client,
			new Date(Math.floor(now.getTime() / windowMs) * windowMs),
		);
		if (hits > this.#config.rateLimit)
			return { ok: false, ...refusal(429, 'rate-limit', 'feedback.error.rateLimit') };

		const { mailed } = await this.#store.signUp(
			data,
			now,
			client,
			new Date(now.getTime() - MAIL_THROTTLE_MINUTES * 60_000),
			(subscriber, outcome) => {
				const confirm = this.confirmUrl(subscriber, now);
				return signUpMail(subscriber, outcome, {
					confirm: confirm.url,
					expiresAt: confirm.expiresAt,
					unsubscribe: this.unsubscribeUrl(subscriber),
				});
			},
		);
		if (mailed) this.#background(this.#deliver());
		return { ok: true };
	}

	/** A refusal in words, in the visitor's language (what the sign-up action answers). */
	describe(refused: Refusal, locale: FeedbackLocale): RefusalMessage {
		return describeRefusal(refused, locale, this.#config.rateWindowMinutes);
	}

	/** Checks a confirmation link (the page shows its button): `ready`, or why not. */
	async checkConfirm(token: unknown): Promise<ConfirmOutcome> {
		const found = await this.#pending(token);
		return typeof found === 'string' ? found : 'ready';
	}

	/** Confirms the sign-up a link names (its button), or says why not. */
	async confirm(token: unknown): Promise<ConfirmOutcome> {
		const found = await this.#pending(token);
		if (typeof found === 'string') return found;
		return this.#store.confirm(found.id, this.#now());
	}

	/** The sign-up waiting for confirmation that a link names, or why there is none. */
	async #pending(token: unknown): Promise<Subscriber | Exclude<ConfirmOutcome, 'ready'>> {
		const link = parseLink(token);
		if (!link) return 'invalid';
		const subscriber = await this.#store.find(link.id);
		if (!subscriber) return 'gone';
		const check = checkLink(this.#key, 'confirm', link, subscriber.email, this.#now());
		if (!check.ok)
			return subscriber.status === 'confirmed' && check.reason === 'expired'
				? 'already'
				: check.reason;
		return subscriber.status === 'confirmed' ? 'already' : subscriber;
	}

	/** Checks an unsubscribe link (the page shows its button): `ready`, or why not. */
	async checkUnsubscribe(token: unknown): Promise<UnsubscribeOutcome> {
		const found = await this.#unsubscriber(token);
		return typeof found === 'string' ? found : 'ready';
	}

	/** Unsubscribes the subscriber a link names (its button, or a mail program's one-click POST). */
	async unsubscribe(token: unknown): Promise<UnsubscribeOutcome> {
		const found = await this.#unsubscriber(token);
		if (typeof found === 'string') return found;
		return (await this.#store.unsubscribe(found.id)) ? 'done' : 'gone';
	}

	async #unsubscriber(token: unknown): Promise<Subscriber | 'invalid' | 'gone'> {
		const link = parseLink(token);
		if (!link) return 'invalid';
		const subscriber = await this.#store.find(link.id);
		if (!subscriber) return 'gone';
		const check = checkLink(this.#key, 'unsubscribe', link, subscriber.email, this.#now());
		return check.ok ? subscriber : 'invalid';
	}
}
