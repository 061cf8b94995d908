/**
 * What the account pages show for a request (see ./pages.ts for the others): the accounts page of
 * administrators, the reset request open to anyone, and the page a link opens to set a password.
 * The middleware has checked the session (and CSRF token) of the accounts page; the two open pages
 * carry their own tokens.
 */
import type { UiKey } from '../i18n/ui.ts';
import { readForm } from '../http/body.ts';
import { clientAddressOf } from '../http/client-address.ts';
import { ACCOUNT_LIMITS, parseAccountAction, type AccountError } from './accounts.ts';
import { newToken } from './auth.ts';
import { PASSWORD_RESET_PATH, SIGN_IN_PATH, STAFF_PREFIX } from './guard.ts';
import { parsePost, shownContext } from './page-state.ts';
import {
	context,
	SIGN_IN_FAILURE_MS,
	type Astro,
	type Redirect,
	type StaffContext,
} from './pages.ts';
import { backOffice, sessionCookieOptions } from './server.ts';
import type { StaffAccount } from './store.ts';

/** The reset form's own cookie (a random value its token is bound to), on its path only. */
export const RESET_COOKIE = 'staff_reset';
/** The largest post of the open pages: an address or two passwords, and a token. */
const OPEN_BODY_BYTES = 4 * 1024;

export const ACCOUNTS_PATH = `${STAFF_PREFIX}comptes/`;

export interface AccountsState extends StaffContext {
	status: number;
	/** Whether the signed-in person administers accounts (the page says so otherwise). */
	admin: boolean;
	accounts: StaffAccount[];
	problem?: AccountError | undefined;
	/** What the last post did (`staff.accounts.done.*`). */
	done?: 'invite' | 'update' | 'deactivate' | undefined;
	/** What was typed in the invitation form, given back with its problem. */
	typed: Record<string, string>;
}

const DONE = ['invite', 'update', 'deactivate'] as const;

/** The accounts page: every account, the invitation form, and each account's changes. */
export async function accountsPage(astro: Astro): Promise<Redirect | AccountsState> {
	const staff = await context(astro);
	const admin = staff.session.role === 'admin';
	const base = {
		...shownContext(staff),
		admin,
		typed: {},
	};
	if (!admin) return { ...base, status: 403, accounts: [] };
	let problem: AccountError | undefined;
	const typed: Record<string, string> = {};
	if (astro.request.method === 'POST') {
		const { form, parsed } = await parsePost(
			astro.request,
			(posted) =>
				parseAccountAction(
					posted,
					staff.offices.map((office) => office.id),
				),
			'staff.accounts.error.action' as const,
		);
		const result = parsed.ok
			? await staff.accounts.apply(parsed.action, staff.session, staff.now)
			: parsed;
		if (result.ok && parsed.ok) {
			console.log(
				`[staff] accounts: ${parsed.action.action} by ${staff.session.email}` +
					('id' in parsed.action ? ` (account ${parsed.action.id})` : ''),
			);
			if (parsed.action.action === 'invite') staff.deliver();
			return { redirect: `${ACCOUNTS_PATH}?fait=${parsed.action.action}` };
		}
		if (!result.ok) problem = result.error;
		if (form?.get('action') === 'invite')
			for (const name of ['email', 'name', 'office', 'role']) {
				const value = form.get(name);
				if (typeof value === 'string') typed[name] = value.slice(0, ACCOUNT_LIMITS.email);
			}
	}
	const asked = astro.url.searchParams.get('fait');
	return {
		...base,
		status: problem ? 422 : 200,
		accounts: await staff.store.listAccounts(),
		problem,
		done: problem ? undefined : DONE.find((done) => done === asked),
		typed,
	};
}

export interface PasswordResetState {
	status: number;
	token: string;
	/** The request was taken: the same words whatever the address. */
	sent: boolean;
	problem?: UiKey | undefined;
}

/** Asking for a reset link: one answer, and one duration, whether or not the address exists. */
export async function passwordResetPage(astro: Astro): Promise<PasswordResetState> {
	const { auth, accounts, deliver } = await backOffice();
	const fresh = () => {
		const nonce = newToken();
		astro.cookies.set(RESET_COOKIE, nonce, {
			...sessionCookieOptions(astro.url, astro.request),
			path: PASSWORD_RESET_PATH,
			maxAge: 3600,
		});
		return auth.signInToken(nonce);
	};
	if (astro.request.method !== 'POST') return { status: 200, token: fresh(), sent: false };
	const started = Date.now();
	const posted = await readForm(astro.request, OPEN_BODY_BYTES);
	if (!posted.ok)
		return {
			status: posted.status,
			token: fresh(),
			sent: false,
			problem: 'staff.signIn.unreadable',
		};
	if (!auth.checkSignInToken(astro.cookies.get(RESET_COOKIE)?.value, posted.value.get('csrf')))
		return { status: 403, token: fresh(), sent: false, problem: 'staff.reset.expired' };
	const email = posted.value.get('email');
	if (typeof email === 'string' && email.trim() !== '') {
		await accounts.requestReset(email, clientAddressOf(astro), new Date());
		deliver();
	}
	const wait = SIGN_IN_FAILURE_MS - (Date.now() - started);
	if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
	return { status: 200, token: fresh(), sent: true };
}

export interface SetPasswordState {
	status: number;
	/** The link's token, posted back with the password. */
	token: string;
	link: 'valid' | 'expired' | 'invalid';
	purpose?: 'invite' | 'reset' | undefined;
	email?: string | undefined;
	problem?: AccountError | undefined;
}

/** The page a link opens: opening it uses nothing; the posted password uses the link. */
export async function setPasswordPage(astro: Astro): Promise<Redirect | SetPasswordState> {
	const { accounts } = await backOffice();
	const now = new Date();
	if (astro.request.method === 'POST') {
		const posted = await readForm(astro.request, OPEN_BODY_BYTES);
		const text = (name: string) => {
			const value = posted.ok ? posted.value.get(name) : null;
			return typeof value === 'string' ? value : '';
		};
		const token = text('t');
		const outcome = await accounts.setPassword(token, text('password'), text('confirmation'), now);
		if (outcome.ok) {
			console.log(`[staff] password set for account ${outcome.account.id}`);
			return { redirect: `${SIGN_IN_PATH}?motdepasse=1` };
		}
		const opened = await accounts.checkLink(token, now);
		return {
			status: opened.status === 'valid' ? 422 : 410,
			token,
			link: opened.status,
			...(opened.status === 'valid'
				? { purpose: opened.purpose, email: opened.account.email }
				: {}),
			problem: outcome.error,
		};
	}
	const token = astro.url.searchParams.get('t') ?? '';
	const opened = await accounts.checkLink(token, now);
	if (opened.status !== 'valid') return { status: 410, token: '', link: opened.status };
	return {
		status: 200,
		token,
		link: 'valid',
		purpose: opened.purpose,
		email: opened.account.email,
	};
}
