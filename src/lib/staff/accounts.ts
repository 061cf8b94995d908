/**
 * Staff accounts managed in the back office, as plain TypeScript (the pages call it through
 * ./account-pages.ts):
 * - an administrator invites a colleague by e-mail (name, office, role): the account has no
 *   password until the colleague opens the invitation's link and sets one; renames, changes the
 *   office or role, deactivates (the account's sessions and links end) — never their own account;
 * - anyone asks for a reset link from the sign-in page: the answer is the same whether or not the
 *   address has an active account, and the mail goes at most once per `RESET_SPACING_MINUTES` per
 *   account and `RESET_PER_CLIENT` times per client address and window;
 * - a link (invitation or reset) holds a random token whose SHA-256 only is stored; it works
 *   once, until it expires, and setting the password ends the account's sessions.
 * Mail goes through the outbox (kind "account"), in French like the back office.
 */
import { createHash } from 'node:crypto';
import type { NewMail } from '../server/outbox-store.ts';
import { pathTo } from '../i18n/routes.ts';
import { useTranslations } from '../i18n/ui.ts';
import { newToken } from './auth.ts';
import { field, type PostedForm } from './actions.ts';
import { frenchDateTime } from './filters.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password.ts';
import {
	normaliseEmail,
	type AccountDetails,
	type StaffAccount,
	type StaffRole,
	type StaffStore,
	type TokenPurpose,
} from './store.ts';

/** How long links work: an invitation a week, a reset an hour. */
export const LINK_LIFETIME_MS: Record<TokenPurpose, number> = {
	invite: 7 * 24 * 3_600_000,
	reset: 3_600_000,
};
/** At most one reset mail per account in this time. */
export const RESET_SPACING_MINUTES = 15;
/** Reset requests one client address may make per window. */
export const RESET_PER_CLIENT = 5;
export const RESET_WINDOW_MS = 15 * 60_000;

export const ACCOUNT_LIMITS = { name: 100, email: 254, password: 1000 } as const;

const EMAIL =
	/^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)+$/i;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Dictionary keys of the problems an accounts post or a password form can have. */
export type AccountError =
	| 'staff.accounts.error.action'
	| 'staff.accounts.error.email'
	| 'staff.accounts.error.name'
	| 'staff.accounts.error.office'
	| 'staff.accounts.error.exists'
	| 'staff.accounts.error.self'
	| 'staff.accounts.error.unknown'
	| 'staff.password.error.length'
	| 'staff.password.error.different'
	| 'staff.password.error.link';

export type AccountAction =
	| { action: 'invite'; email: string; details: AccountDetails }
	| { action: 'update'; id: number; details: AccountDetails }
	| { action: 'deactivate'; id: number };

function details(
	form: PostedForm,
	offices: readonly string[],
): { ok: true; details: AccountDetails } | { ok: false; error: AccountError } {
	const name = field(form, 'name');
	if (!name || name.length > ACCOUNT_LIMITS.name)
		return { ok: false, error: 'staff.accounts.error.name' };
	const officeId = field(form, 'office');
	if (officeId && !offices.includes(officeId))
		return { ok: false, error: 'staff.accounts.error.office' };
	const role: StaffRole = form.get('role') === 'admin' ? 'admin' : 'staff';
	return { ok: true, details: { name, officeId, role } };
}

/** An administrator's post on the accounts page. */
export function parseAccountAction(
	form: PostedForm,
	offices: readonly string[],
): { ok: true; action: AccountAction } | { ok: false; error: AccountError } {
	const action = form.get('action');
	if (action === 'invite') {
		const email = field(form, 'email');
		if (!email || email.length > ACCOUNT_LIMITS.email || !EMAIL.test(email))
			return { ok: false, error: 'staff.accounts.error.email' };
		const parsed = details(form, offices);
		return parsed.ok
			? { ok: true, action: { action, email: normaliseEmail(email), details: parsed.details } }
			: parsed;
	}
	const id = Number(field(form, 'account'));
	if (!Number.isSafeInteger(id) || id <= 0)
		return { ok: false, error: 'staff.accounts.error.action' };
	if (action === 'deactivate') return { ok: true, action: { action, id } };
	if (action === 'update') {
		const parsed = details(form, offices);
		return parsed.ok ? { ok: true, action: { action, id, details: parsed.details } } : parsed;
	}
	return { ok: false, error: 'staff.accounts.error.action' };
}

/** The mail with a link that sets the password (invitation or reset), in French. */
export function accountMail(
	purpose: TokenPurpose,
	to: string,
	link: string,
	expiresAt: Date,
	invitedBy?: string,
): NewMail {
	const t = useTranslations('fr');
	const expires = frenchDateTime(expiresAt);
	return {
		kind: 'account',
		to,
		subject: t(`staff.mail.${purpose}.subject`),
		text: [
			t('feedback.mail.ack.greeting'),
			'',
			purpose === 'invite'
				? t('staff.mail.invite.body', { by: invitedBy ?? t('site.name') })
				: t('staff.mail.reset.body'),
			'',
			link,
			'',
			t('staff.mail.link.expires', { date: expires }),
			t(`staff.mail.${purpose}.ignore`),
			'',
			t('site.name'),
		].join('\n'),
	};
}

/** Sliding-window counts per client address, in this process's memory. */
class ClientWindow {
	readonly #hits = new Map<string, number[]>();
	admit(client: string, now: number): boolean {
		const recent = (this.#hits.get(client) ?? []).filter((at) => at > now - RESET_WINDOW_MS);
		if (recent.length >= RESET_PER_CLIENT) {
			this.#hits.set(client, recent);
			return false;
		}
		recent.push(now);
		this.#hits.set(client, recent);
		if (this.#hits.size > 10_000) this.#hits.clear();
		return true;
	}
}

export type PasswordOutcome =
	{ ok: true; account: StaffAccount } | { ok: false; error: AccountError };

export class AccountService {
	readonly #store: StaffStore;
	readonly #siteUrl: string;
	readonly #clients = new ClientWindow();

	constructor(store: StaffStore, siteUrl: string) {
		this.#store = store;
		this.#siteUrl = siteUrl;
	}

	#link(purpose: TokenPurpose, now: Date) {
		const token = newToken();
		const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[purpose]);
		const path = `${pathTo({ route: 'staffSetPassword' }, 'fr')}?t=${token}`;
		return { hash: tokenHash(token), expiresAt, url: new URL(path, this.#siteUrl).href };
	}

	/** Applies an administrator's action; `by` is the administrator's account. */
	async apply(
		action: AccountAction,
		by: { accountId: number; email: string; name?: string | undefined },
		now: Date,
	): Promise<{ ok: true } | { ok: false; error: AccountError }> {
		if (action.action === 'invite') {
			const link = this.#link('invite', now);
			const mail = accountMail(
				'invite',
				action.email,
				link.url,
				link.expiresAt,
				by.name ?? by.email,
			);
			const result = await this.#store.invite(action.email, action.details, link, mail, now);
			return result.ok ? { ok: true } : { ok: false, error: 'staff.accounts.error.exists' };
		}
		const account = await this.#store.findAccountById(action.id);
		if (!account || account.deactivatedAt)
			return { ok: false, error: 'staff.accounts.error.unknown' };
		// No administrator locks themselves out: another one must do it.
		const self = account.id === by.accountId;
		if (action.action === 'deactivate') {
			if (self) return { ok: false, error: 'staff.accounts.error.self' };
			await this.#store.deactivate(account.id, now);
			return { ok: true };
		}
		if (self && action.details.role !== 'admin')
			return { ok: false, error: 'staff.accounts.error.self' };
		await this.#store.updateAccount(account.id, action.details, now);
		return { ok: true };
	}

	/**
	 * A reset asked for from the sign-in page. Returns nothing a page could tell apart: the mail
	 * goes (through the outbox) only to an active account with a password or an invitation, not
	 * more than once per spacing, and not past the client's limit.
	 */
	async requestReset(email: string, client: string, now: Date): Promise<void> {
		if (!this.#clients.admit(client, now.getTime())) return;
		const account = await this.#store.findAccount(email.slice(0, ACCOUNT_LIMITS.email));
		if (!account || account.deactivatedAt) return;
		const last = await this.#store.lastTokenAt(account.id, 'reset');
		if (last && now.getTime() - last.getTime() < RESET_SPACING_MINUTES * 60_000) return;
		const link = this.#link('reset', now);
		await this.#store.issueToken(
			account.id,
			'reset',
			link,
			accountMail('reset', account.email, link.url, link.expiresAt),
			now,
		);
	}

	/** What a link opens at `now` (shown before the password is typed; opening it uses nothing). */
	async checkLink(token: string | null | undefined, now: Date) {
		if (!token || token.length > 100) return { status: 'invalid' as const };
		return this.#store.findToken(tokenHash(token), now);
	}

	/** Sets the password of a link's account, once. */
	async setPassword(
		token: string | undefined,
		password: string,
		confirmation: string,
		now: Date,
	): Promise<PasswordOutcome> {
		if (!token) return { ok: false, error: 'staff.password.error.link' };
		if (password.length < MIN_PASSWORD_LENGTH || password.length > ACCOUNT_LIMITS.password)
			return { ok: false, error: 'staff.password.error.length' };
		if (password !== confirmation) return { ok: false, error: 'staff.password.error.different' };
		const opened = await this.checkLink(token, now);
		if (opened.status !== 'valid') return { ok: false, error: 'staff.password.error.link' };
		const account = await this.#store.useToken(tokenHash(token), await hashPassword(password), now);
		return account ? { ok: true, account } : { ok: false, error: 'staff.password.error.link' };
	}
}
